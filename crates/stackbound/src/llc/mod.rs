//! Running the custom llc that writes `-stack-report` files (found by [`locate`], checked
//! against its manifest and by [`probe`]).

mod discover;
pub mod manage;
mod manifest;
mod probe;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::records::{self, ModuleReport, RecordError};

pub use discover::{
    cache_home, locate, search, user_cache_dir, user_cache_llc, workspace_root, Attempt,
};
pub use manifest::{manifest_path, matches_pass, read_manifest, short_hash, Manifest};
pub use probe::{llvm_version, matches_pin, probe};

/// The LLVM version in the workspace's `llvm-pin.toml`, read at build time.
pub const LLVM_PIN: &str = env!("STACKBOUND_LLVM_PIN");
/// The pass hash of the pass sources and LLVM patches this stackbound carries (`pass/`,
/// `llvm-patches/`), computed at build time by `stackbound-pass-hash`, the rule the xtask uses
/// for the `pass_hash` of the manifests it writes. An llc whose manifest has another is stale.
pub const PASS_HASH: &str = env!("STACKBOUND_PASS_HASH");
/// Environment variable naming the llc to use when `--llc` is not given.
pub const LLC_ENV: &str = "STACKBOUND_LLC";
/// Where `cargo xtask build-llc` installs llc, relative to the workspace root.
pub const WORKSPACE_LLC: &str = "target/llc/bin/llc";
pub(crate) const BUILD_HINT: &str =
    "install one into the user cache with `stackbound llc install` (prebuilt) or \
`stackbound llc build` (from the sources this stackbound carries), or in a stackbound checkout \
`cargo xtask build-llc` (it installs target/llc/bin/llc); or name one with --llc or STACKBOUND_LLC";
/// What fixes an llc built from other pass sources.
pub(crate) const STALE_FIX: &str = "install the matching one with `stackbound llc install` or \
`stackbound llc build`, or rebuild it with `cargo xtask build-llc` in a stackbound checkout of \
this version (it installs target/llc/bin/llc); or name another llc with --llc or STACKBOUND_LLC";

/// Code generation flags passed through to llc: frames depend on every one of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Codegen {
    /// `-mtriple`
    pub triple: Option<String>,
    /// `-O<level>`: `0`..`3`.
    pub opt_level: Option<String>,
    /// `-mcpu`
    pub cpu: Option<String>,
    /// `-mattr`, e.g. `+avx2,-sse4.1`.
    pub attrs: Option<String>,
    /// `-relocation-model`: `static`, `pic`, ...
    pub relocation_model: Option<String>,
    /// Anything else, verbatim.
    pub extra_args: Vec<String>,
}

impl Codegen {
    pub fn args(&self) -> Vec<String> {
        let mut args = Vec::new();
        if let Some(t) = &self.triple {
            args.push(format!("-mtriple={t}"));
        }
        if let Some(o) = &self.opt_level {
            args.push(format!("-O{o}"));
        }
        if let Some(c) = &self.cpu {
            args.push(format!("-mcpu={c}"));
        }
        if let Some(a) = &self.attrs {
            args.push(format!("-mattr={a}"));
        }
        if let Some(r) = &self.relocation_model {
            args.push(format!("-relocation-model={r}"));
        }
        args.extend(self.extra_args.iter().cloned());
        args
    }
}

/// How the llc was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Found {
    /// `--llc`.
    Flag,
    /// `$STACKBOUND_LLC`.
    Env,
    /// The user cache entry for this LLVM version and pass hash ([`user_cache_llc`]).
    UserCache,
    /// `target/llc/bin/llc` under the workspace found from the current directory.
    Workspace,
    /// `target/llc/bin/llc` under the workspace found from this executable's location.
    BesideExecutable,
}

impl Found {
    /// The rule, in words.
    pub fn describe(&self) -> &'static str {
        match self {
            Found::Flag => "--llc",
            Found::Env => "$STACKBOUND_LLC",
            Found::UserCache => "the user cache",
            Found::Workspace => "the workspace of the current directory",
            Found::BesideExecutable => "the workspace of this executable",
        }
    }

    /// Named by the user (`--llc`, `$STACKBOUND_LLC`): a stale manifest is a warning, not a
    /// refusal.
    pub fn is_explicit(&self) -> bool {
        matches!(self, Found::Flag | Found::Env)
    }
}

/// A probed llc: the pinned LLVM version, and it writes stack reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Llc {
    pub path: PathBuf,
    pub version: String,
    pub found: Found,
    /// Its `manifest.json`, when it has one ([`manifest_path`]).
    #[serde(default)]
    pub manifest: Option<Manifest>,
    /// Why it may be the wrong llc though it was used (a stale manifest of an llc named with
    /// `--llc` or `$STACKBOUND_LLC`).
    #[serde(default)]
    pub warning: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum LlcError {
    #[error("no custom llc found (looked for {tried}); {BUILD_HINT}")]
    Missing { tried: String },
    #[error(
        "{path} is a stock llc (LLVM {version}): it does not know -stack-report, so it cannot \
         report stack depths; stackbound needs the custom llc with the StackReport pass: {BUILD_HINT}"
    )]
    Stock { path: PathBuf, version: String },
    #[error(
        "{path} is LLVM {found}, but stackbound is pinned to LLVM {LLVM_PIN} (llvm-pin.toml), the only \
         version whose frames and report format it checks; {BUILD_HINT}"
    )]
    WrongVersion { path: PathBuf, found: String },
    #[error("{path} does not look like llc: `{command}` printed no \"LLVM version\" line ({status}){stderr}")]
    NotLlc {
        path: PathBuf,
        command: String,
        status: String,
        stderr: String,
    },
    #[error(
        "{path} was built from other pass sources than this stackbound's: its manifest \
         ({manifest}) has pass hash {theirs}, but this stackbound's pass/ and llvm-patches/ hash \
         to {PASS_HASH}, so its records may not be what this stackbound reads; {STALE_FIX}"
    )]
    Stale {
        path: PathBuf,
        manifest: PathBuf,
        theirs: String,
    },
    #[error("{path} is not a valid llc manifest ({problem}); {STALE_FIX}")]
    BadManifest { path: PathBuf, problem: String },
    #[error("cannot run `{command}`: {source}")]
    Spawn {
        command: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} failed its -stack-report self-test: `{command}` ({status}) {problem}{stderr}")]
    Probe {
        path: PathBuf,
        command: String,
        status: String,
        problem: String,
        stderr: String,
    },
    #[error("input {0} does not exist")]
    NoInput(PathBuf),
    #[error("input {0} is empty: there is no IR to analyse; pass a .ll or .bc module")]
    EmptyInput(PathBuf),
    #[error(
        "input {0} is a stack-report record file (JSON Lines from llc -stack-report), not IR: \
         pass it with `--records {0}`"
    )]
    RecordsAsIr(PathBuf),
    #[error("llc failed on {input} ({status}):\n{stderr}\ncommand: {command}{hint}")]
    Failed {
        input: PathBuf,
        command: String,
        /// llc's exit status (its code, or the signal that ended it).
        status: std::process::ExitStatus,
        stderr: String,
        /// What to do, when the failure has a known cause.
        hint: String,
    },
    #[error(
        "llc compiled {input} but wrote no stack report: the pass has SP decoders for X86, \
         AArch64, ARM and RISC-V only, so the module's target ({triple}) is not supported. \
         Compile it for an x86_64, aarch64, arm/thumb or riscv32/riscv64 triple \
         (-mtriple=...). Command: {command}"
    )]
    UnsupportedTarget {
        input: PathBuf,
        triple: String,
        command: String,
    },
    #[error("llc wrote no usable stack report for {input} (command: {command}): {source}")]
    Report {
        input: PathBuf,
        command: String,
        #[source]
        source: RecordError,
    },
    #[error("cannot create a temporary directory: {0}")]
    Temp(#[source] std::io::Error),
}

impl Llc {
    /// Finds llc (`explicit`, then `$STACKBOUND_LLC`, then the user cache, then the
    /// workspace's build output), checks its manifest and probes it, once per binary per process.
    pub fn discover(explicit: Option<&Path>) -> Result<Llc, LlcError> {
        let (path, found) = locate(explicit)?;
        Llc::check(&path, found)
    }

    /// Checks the llc at `path`: its manifest, if it has one, must carry [`PASS_HASH`] (else it
    /// is refused, or only warned about when the user named it), then the probe.
    pub fn check(path: &Path, found: Found) -> Result<Llc, LlcError> {
        let (manifest, warning) = match (read_manifest(path), found.is_explicit()) {
            (Ok(Some((at, manifest))), explicit) if !manifest::matches_pass(&manifest) => {
                let stale = LlcError::Stale {
                    path: path.to_path_buf(),
                    manifest: at,
                    theirs: manifest.pass_hash.clone(),
                };
                if !explicit {
                    return Err(stale);
                }
                (Some(manifest), Some(stale.to_string()))
            }
            (Ok(found), _) => (found.map(|(_, m)| m), None),
            (Err(err), true) => (None, Some(err.to_string())),
            (Err(err), false) => return Err(err),
        };
        let mut llc = probe::probe_cached(path, found)?;
        llc.manifest = manifest;
        llc.warning = warning;
        Ok(llc)
    }

    /// Compiles every input in parallel (at most `jobs` llc processes, default: one per core)
    /// and returns their reports in input order. The first failing input, in input order, is
    /// the error.
    pub fn compile_all(
        &self,
        inputs: &[PathBuf],
        codegen: &Codegen,
        jobs: Option<usize>,
    ) -> Result<Vec<Compiled>, LlcError> {
        check_inputs(inputs)?;
        let dir = tempfile::Builder::new()
            .prefix("stackbound-")
            .tempdir()
            .map_err(LlcError::Temp)?;
        let workers = jobs
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .clamp(1, inputs.len().max(1));
        let next = AtomicUsize::new(0);
        let results: Mutex<Vec<Option<Result<Compiled, LlcError>>>> =
            Mutex::new((0..inputs.len()).map(|_| None).collect());
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(input) = inputs.get(i) else { break };
                    let result = self.compile(input, codegen, dir.path(), i);
                    lock(&results)[i] = Some(result);
                });
            }
        });
        let results = results.into_inner().unwrap_or_else(|e| e.into_inner());
        results
            .into_iter()
            .map(|r| r.expect("every input was compiled"))
            .collect()
    }

    /// Runs the full code generation of one module, as for an object (so the analysed code is
    /// the code that ships), without writing the object, and reads its report.
    pub fn compile(
        &self,
        input: &Path,
        codegen: &Codegen,
        workdir: &Path,
        n: usize,
    ) -> Result<Compiled, LlcError> {
        let report = workdir.join(format!("{n}.jsonl"));
        let mut command = Command::new(&self.path);
        // No object is wanted: the null streamer skips encoding it, and the records are the same
        // bytes (tests/tests/identical.rs, records_without_an_object_are_the_same).
        command
            .arg(plain_arg(input))
            .arg("-filetype=null")
            .arg("-o")
            .arg(null_device())
            .arg(flag_with_path("-stack-report=", &report))
            .args(codegen.args());
        let shown = show(&command);
        let output = run(&mut command, &shown)?;
        // llc's own lines (`llc: file.ll:3:5: error: ...`) verbatim, minus blank lines, so the
        // error stays one paragraph.
        let stderr: String = String::from_utf8_lossy(&output.stderr)
            .lines()
            .filter(|l| !l.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        if !output.status.success() {
            return Err(LlcError::Failed {
                input: input.to_path_buf(),
                command: shown,
                status: output.status,
                hint: failure_hint(input, &stderr),
                stderr,
            });
        }
        if !report.exists() {
            // The pass has decoders for X86, AArch64, ARM and RISC-V only: any other target compiles
            // without writing a report.
            return Err(LlcError::UnsupportedTarget {
                input: input.to_path_buf(),
                triple: codegen
                    .triple
                    .clone()
                    .or_else(|| ir_triple(input))
                    .unwrap_or_else(|| "llc's default".into()),
                command: shown,
            });
        }
        let mut modules = records::read_file(&report).map_err(|source| LlcError::Report {
            input: input.to_path_buf(),
            command: shown.clone(),
            source,
        })?;
        for module in &mut modules {
            module.origin = input.to_path_buf();
            if module.module.module_id.is_empty() {
                module.module.module_id = input.display().to_string();
            }
        }
        Ok(Compiled {
            modules,
            warnings: (!stderr.is_empty()).then_some(stderr),
        })
    }
}

/// Why llc may have failed to read a module, when its message suggests a known cause.
fn failure_hint(input: &Path, stderr: &str) -> String {
    let pin = LLVM_PIN;
    let major = pin.split('.').next().unwrap_or(pin);
    // clang records its version in the module; a different major cannot be read reliably.
    if let Some(producer) = ir_producer(input) {
        let theirs = producer
            .split_whitespace()
            .skip_while(|w| *w != "version")
            .nth(1)
            .and_then(|v| v.split('.').next());
        if producer.starts_with("clang") && theirs.is_some_and(|v| v != major) {
            return format!(
                "\nThe module was written by {producer}; this llc is LLVM {pin}. Regenerate it \
                 with clang-{major}."
            );
        }
    }
    if stderr.contains("unable to get target for") {
        return "\nThat target is not supported: stackbound's llc carries the pass for X86, \
                AArch64, ARM and RISC-V only; compile the module for an x86_64, aarch64, \
                arm/thumb or riscv32/riscv64 triple."
            .into();
    }
    let parse_error = stderr.contains("error: expected")
        || stderr.contains("Unknown attribute")
        || stderr.contains("Invalid bitcode")
        || stderr.contains("error: unknown")
        || stderr.contains("unterminated");
    if parse_error {
        format!(
            "\nIf the module comes from a newer LLVM than {pin} (a newer clang or rustc: \
             `rustc --version --verbose` shows its LLVM), this llc cannot read it: produce it with \
             LLVM {major}."
        )
    } else {
        String::new()
    }
}

/// A textual module's `target triple`, if it names one.
fn ir_triple(input: &Path) -> Option<String> {
    ir_header_value(input, "target triple = \"")
}

/// A textual module's `!llvm.ident` producer string, e.g. `clang version 22.1.8`.
fn ir_producer(input: &Path) -> Option<String> {
    let text = std::fs::read(input).ok()?;
    let text = String::from_utf8_lossy(&text);
    let ident = text
        .lines()
        .find(|l| l.contains("clang version") || l.contains("rustc version"))?;
    let start = ident.find("!\"")? + 2;
    let end = ident[start..].find('"')? + start;
    Some(ident[start..end].to_string())
}

/// Where llc writes the object nobody reads.
fn null_device() -> &'static str {
    if cfg!(windows) {
        "NUL"
    } else {
        "/dev/null"
    }
}

/// Every input exists, is not empty and is not a record file: checked before llc is looked
/// for, so that a wrong input is named as such.
pub fn check_inputs(inputs: &[PathBuf]) -> Result<(), LlcError> {
    for input in inputs {
        match std::fs::metadata(input) {
            Err(_) => return Err(LlcError::NoInput(input.clone())),
            Ok(meta) if meta.len() == 0 => return Err(LlcError::EmptyInput(input.clone())),
            Ok(_) if looks_like_records(input) => return Err(LlcError::RecordsAsIr(input.clone())),
            Ok(_) => {}
        }
    }
    Ok(())
}

/// True when the file starts like a `-stack-report` file: its first line is a JSON object
/// with `"kind":"module"`.
fn looks_like_records(input: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 4096];
    let Ok(n) = std::fs::File::open(input).and_then(|mut f| f.read(&mut head)) else {
        return false;
    };
    let first = head[..n].split(|&b| b == b'\n').next().unwrap_or_default();
    let first = String::from_utf8_lossy(first);
    first.trim_start().starts_with('{') && first.contains("\"kind\":\"module\"")
}

fn ir_header_value(input: &Path, key: &str) -> Option<String> {
    let text = std::fs::read(input).ok()?;
    let text = String::from_utf8_lossy(&text);
    let line = text.lines().find(|l| l.starts_with(key))?;
    Some(line[key.len()..].trim_end_matches('"').to_string())
}

/// One input's reports, and llc's stderr when it printed warnings but succeeded.
#[derive(Debug, Clone)]
pub struct Compiled {
    pub modules: Vec<ModuleReport>,
    pub warnings: Option<String>,
}

pub(super) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// llc reads an argument starting with `-` as an option.
fn plain_arg(path: &Path) -> PathBuf {
    if path.as_os_str().to_string_lossy().starts_with('-') {
        Path::new(".").join(path)
    } else {
        path.to_path_buf()
    }
}

pub(super) fn flag_with_path(flag: &str, path: &Path) -> OsString {
    let mut arg = OsString::from(flag);
    arg.push(path.as_os_str());
    arg
}

pub(super) use crate::command_line as show;

pub(super) fn run(command: &mut Command, shown: &str) -> Result<Output, LlcError> {
    command
        .stdin(Stdio::null())
        .output()
        .map_err(|source| LlcError::Spawn {
            command: shown.to_string(),
            source,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codegen_flags() {
        let c = Codegen {
            triple: Some("aarch64-unknown-linux-gnu".into()),
            opt_level: Some("2".into()),
            cpu: Some("neoverse-v1".into()),
            attrs: Some("+sve".into()),
            relocation_model: Some("pic".into()),
            extra_args: vec!["-frame-pointer=all".into()],
        };
        assert_eq!(
            c.args(),
            [
                "-mtriple=aarch64-unknown-linux-gnu",
                "-O2",
                "-mcpu=neoverse-v1",
                "-mattr=+sve",
                "-relocation-model=pic",
                "-frame-pointer=all"
            ]
        );
    }

    #[test]
    fn quoting() {
        let mut c = Command::new("/usr/bin/llc");
        c.args(["-O2", "a b", "it's"]);
        assert_eq!(show(&c), r"/usr/bin/llc -O2 'a b' 'it'\''s'");
    }
}
