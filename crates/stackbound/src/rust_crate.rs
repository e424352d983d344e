//! `--crate DIR`: a Rust crate's library built to one LLVM IR module with the stable
//! toolchain, ready for [`crate::analyze`] (docs/report.md, "Rust crates").
//!
//! The crate is built as a path dependency of a generated one-line wrapper package, in a target
//! directory of its own: nothing is written into the crate's directory (it may be a read-only
//! registry checkout), its dev-dependencies are not resolved, and the workspace's own build
//! lock is not taken. `cargo rustc -p <crate> --lib --release -- --emit=llvm-ir
//! -C codegen-units=1` then writes the crate as one module.
//!
//! Two ways to build, a tradeoff:
//! - default: the crate's rlib. The module holds the crate's own code (every function rustc
//!   emits for it: non-generic functions, and generic ones only where the crate instantiates
//!   them); calls into dependencies and `std` are external (unknown unless assumed).
//! - [`CrateOptions::lto`]: a staticlib with fat LTO (`CARGO_PROFILE_RELEASE_LTO=fat`). The
//!   module also holds the dependencies and the parts of `std` used (std ships bitcode), so
//!   fewer callees are unknown; but LTO internalizes everything that is not exported and
//!   drops or inlines what no exported (`#[no_mangle]`, `extern "C"`) symbol reaches. Right for
//!   a crate that is a C-callable library; a pure Rust library keeps little.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[derive(Debug, Clone, Default)]
pub struct CrateOptions {
    /// Fat LTO into a staticlib (see the module documentation).
    pub lto: bool,
    /// Where to build; default `<workspace>/target/stackbound-crate` (the workspace of
    /// `llvm-pin.toml` above the current directory), else `$TMPDIR/stackbound-crate`.
    pub target_dir: Option<PathBuf>,
    /// Cargo features to enable on the crate (its default features stay on).
    pub features: Vec<String>,
}

/// The built module.
#[derive(Debug, Clone)]
pub struct CrateIr {
    /// The package's name.
    pub package: String,
    pub version: String,
    /// The `.ll` file.
    pub ir: PathBuf,
    /// The module's `target triple`.
    pub triple: String,
    /// The llc `-O` level matching the release profile's codegen (`3`).
    pub opt_level: String,
    /// The relocation model rustc used (`pic` on Linux targets).
    pub relocation_model: String,
    /// How many functions the module defines.
    pub functions: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum CrateError {
    #[error("--crate {0}: no Cargo.toml there")]
    NoManifest(PathBuf),
    #[error("cannot run `{command}`: {source}")]
    Spawn {
        command: String,
        #[source]
        source: std::io::Error,
    },
    #[error("`{command}` failed ({status}):\n{stderr}")]
    Failed {
        command: String,
        status: String,
        stderr: String,
    },
    #[error("--crate {dir}: {message}")]
    Package { dir: PathBuf, message: String },
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cargo built {package} but wrote no {pattern} in {dir}")]
    NoIr {
        package: String,
        pattern: String,
        dir: PathBuf,
    },
}

pub(crate) fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

use crate::command_line as show;

pub(crate) fn output(command: &mut Command) -> Result<Vec<u8>, CrateError> {
    let shown = show(command);
    let out = command
        .stdin(Stdio::null())
        .output()
        .map_err(|source| CrateError::Spawn {
            command: shown.clone(),
            source,
        })?;
    if !out.status.success() {
        let mut stderr = String::from_utf8_lossy(&out.stderr).trim_end().to_string();
        // With --message-format=json the compiler's errors are on stdout, as JSON.
        for rendered in compiler_errors(&out.stdout) {
            stderr.push('\n');
            stderr.push_str(rendered.trim_end());
        }
        return Err(CrateError::Failed {
            command: shown,
            status: out.status.to_string(),
            stderr,
        });
    }
    Ok(out.stdout)
}

/// The rendered text of the error diagnostics in cargo's JSON messages.
fn compiler_errors(stdout: &[u8]) -> Vec<String> {
    use cargo_metadata::diagnostic::DiagnosticLevel;
    cargo_metadata::Message::parse_stream(stdout)
        .filter_map(Result::ok)
        .filter_map(|m| match m {
            cargo_metadata::Message::CompilerMessage(m)
                if matches!(
                    m.message.level,
                    DiagnosticLevel::Error | DiagnosticLevel::Ice
                ) =>
            {
                m.message.rendered
            }
            _ => None,
        })
        .collect()
}

/// Builds the library of the crate in `dir` to one IR module.
pub fn build(dir: &Path, options: &CrateOptions) -> Result<CrateIr, CrateError> {
    let manifest = dir.join("Cargo.toml");
    if !manifest.is_file() {
        return Err(CrateError::NoManifest(dir.to_path_buf()));
    }
    let manifest = manifest.canonicalize().map_err(|source| CrateError::Io {
        path: manifest.clone(),
        source,
    })?;
    let package_error = |message: String| CrateError::Package {
        dir: dir.to_path_buf(),
        message,
    };
    // The package and its library target, without resolving dependencies.
    let stdout = output(
        cargo()
            .args([
                "metadata",
                "--no-deps",
                "--format-version",
                "1",
                "--manifest-path",
            ])
            .arg(&manifest),
    )?;
    let metadata: cargo_metadata::Metadata = serde_json::from_slice(&stdout)
        .map_err(|e| package_error(format!("unreadable `cargo metadata` output: {e}")))?;
    let Some(package) = metadata
        .packages
        .iter()
        .find(|p| p.manifest_path.as_std_path() == manifest)
    else {
        let members: Vec<&str> = metadata.packages.iter().map(|p| p.name.as_ref()).collect();
        return Err(package_error(format!(
            "this is a workspace, not a package; name one of its members: {}",
            members.join(", ")
        )));
    };
    let Some(lib) = package.targets.iter().find(|t| {
        use cargo_metadata::TargetKind;
        t.kind.iter().any(|k| {
            matches!(
                k,
                TargetKind::Lib
                    | TargetKind::RLib
                    | TargetKind::StaticLib
                    | TargetKind::CDyLib
                    | TargetKind::DyLib
            )
        })
    }) else {
        return Err(package_error(format!(
            "package {} has no library target (--crate analyses a crate's library)",
            package.name
        )));
    };

    let root = options
        .target_dir
        .clone()
        .unwrap_or_else(default_target_dir);
    let crate_dir = manifest.parent().expect("a manifest is in a directory");
    let wrapper = root.join("wrappers").join(format!(
        "{}-{:016x}",
        package.name,
        fnv(crate_dir.to_string_lossy().as_bytes())
    ));
    let workspace_root = metadata.workspace_root.as_std_path();
    write_wrapper(&wrapper, package, crate_dir, workspace_root, options, "")?;
    let mut command = crate_build(&wrapper, &root, &package.name, options.lto);
    let (messages, lib_name) = match output(&mut command) {
        // A no_std crate as a staticlib has no panic handler, allocator or unwinder: build a
        // no_std wrapper that supplies them instead, with panics aborting.
        Err(CrateError::Failed { stderr, .. }) if options.lto && needs_runtime(&stderr) => {
            let bare = wrapper.with_file_name(format!(
                "{}-no-std",
                wrapper.file_name().unwrap_or_default().to_string_lossy()
            ));
            write_wrapper(
                &bare,
                package,
                crate_dir,
                workspace_root,
                options,
                NO_STD_WRAPPER,
            )?;
            let mut command = crate_build(&bare, &root, WRAPPER, true);
            command.env("CARGO_PROFILE_RELEASE_PANIC", "abort");
            (output(&mut command)?, WRAPPER.replace('-', "_"))
        }
        result => (result?, lib.name.replace('-', "_")),
    };

    // The artifact (`lib<name>-<hash>.rlib` or `.a`) names the module: `<name>-<hash>.ll`
    // beside it. Cargo reports it for a fresh build too.
    let ir = artifact_ir(&messages, &lib_name).ok_or_else(|| CrateError::NoIr {
        package: package.name.clone(),
        pattern: format!("{lib_name}-*.ll"),
        dir: root.join("build/release/deps"),
    })?;
    let built = CrateIr::read(package, ir, "3")?;
    if options.lto && built.functions == 0 {
        return Err(CrateError::Package {
            dir: dir.to_path_buf(),
            message: format!(
                "fat LTO kept no code of {}: a staticlib keeps only what its exported \
                 (`#[no_mangle] extern \"C\"`) functions reach, and it exports none; analyse its \
                 library without --crate-lto",
                package.name
            ),
        });
    }
    Ok(built)
}

impl CrateIr {
    /// The module rustc wrote for `package`, with the codegen facts it records: its triple and
    /// whether it is position-independent. `opt_level` is the llc level matching the profile.
    pub(crate) fn read(
        package: &cargo_metadata::Package,
        ir: PathBuf,
        opt_level: &str,
    ) -> Result<CrateIr, CrateError> {
        let text = std::fs::read_to_string(&ir).map_err(|source| CrateError::Io {
            path: ir.clone(),
            source,
        })?;
        let triple = text
            .lines()
            .find_map(|l| l.strip_prefix("target triple = \""))
            .and_then(|t| t.strip_suffix('"'))
            .unwrap_or_default()
            .to_string();
        // rustc marks position-independent code with the module flag; Linux targets default to
        // it.
        let pic = text.contains("\"PIC Level\"");
        Ok(CrateIr {
            package: package.name.clone(),
            version: package.version.to_string(),
            ir,
            triple,
            opt_level: opt_level.into(),
            relocation_model: if pic { "pic" } else { "static" }.into(),
            functions: text.lines().filter(|l| l.starts_with("define ")).count(),
        })
    }
}

/// The generated package's name.
const WRAPPER: &str = "stackbound-crate-wrapper";

/// The wrapper's library for a no_std crate under `--crate-lto`: a staticlib needs a panic
/// handler and a global allocator. Both call functions that exist nowhere, so the report shows
/// `unknown __stackbound_*` where a real handler or allocator would run, never a made-up size.
const NO_STD_WRAPPER: &str = r#"//! Generated by stackbound --crate --crate-lto for a no_std crate.
#![no_std]
pub use analysed;

extern "C" {
    fn __stackbound_panic_handler() -> !;
    fn __stackbound_alloc(size: usize, align: usize) -> *mut u8;
    fn __stackbound_dealloc(ptr: *mut u8, size: usize, align: usize);
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    unsafe { __stackbound_panic_handler() }
}

struct UnknownAllocator;

unsafe impl core::alloc::GlobalAlloc for UnknownAllocator {
    unsafe fn alloc(&self, layout: core::alloc::Layout) -> *mut u8 {
        __stackbound_alloc(layout.size(), layout.align())
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: core::alloc::Layout) {
        __stackbound_dealloc(ptr, layout.size(), layout.align())
    }
}

#[global_allocator]
static ALLOCATOR: UnknownAllocator = UnknownAllocator;
"#;

/// rustc's errors for a staticlib without std's runtime pieces.
fn needs_runtime(stderr: &str) -> bool {
    stderr.contains("`#[panic_handler]` function required")
        || stderr.contains("no global memory allocator found")
        || stderr.contains("unwinding panics are not supported without std")
}

/// `cargo rustc` of `package` in the wrapper at `wrapper`, to IR with one codegen unit.
fn crate_build(wrapper: &Path, root: &Path, package: &str, lto: bool) -> Command {
    let mut command = cargo();
    command
        .args([
            "rustc",
            "--quiet",
            "--message-format=json",
            "--release",
            "--lib",
        ])
        .args(["-p", package])
        .arg("--manifest-path")
        .arg(wrapper.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", root.join("build"))
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "3");
    if lto {
        command
            .args(["--crate-type", "staticlib"])
            .env("CARGO_PROFILE_RELEASE_LTO", "fat")
            .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "1");
    }
    command.args(["--", "--emit=llvm-ir", "-C", "codegen-units=1"]);
    command
}

fn default_target_dir() -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|d| crate::llc::workspace_root(&d))
        .map(|w| w.join("target/stackbound-crate"))
        .unwrap_or_else(|| std::env::temp_dir().join("stackbound-crate"))
}

/// The generated package that depends on the crate by path (default features, plus any asked
/// for), with the crate's workspace lock file as the starting point of its own.
fn write_wrapper(
    wrapper: &Path,
    package: &cargo_metadata::Package,
    crate_dir: &Path,
    workspace_root: &Path,
    options: &CrateOptions,
    lib_rs: &str,
) -> Result<(), CrateError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| CrateError::Io { path, source }
    };
    std::fs::create_dir_all(wrapper).map_err(io(wrapper))?;
    let features: Vec<String> = options.features.iter().map(|f| format!("{f:?}")).collect();
    let manifest = format!(
        "# Generated by stackbound --crate: builds {name} {version} as a dependency.\n\
         [package]\nname = \"{WRAPPER}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [lib]\npath = \"lib.rs\"\n\n\
         [dependencies]\n{key} = {{ package = {name:?}, path = {path:?}, features = [{features}] }}\n\n\
         [workspace]\n",
        name = package.name,
        version = package.version,
        key = "analysed",
        path = crate_dir.to_string_lossy(),
        features = features.join(", "),
    );
    let path = wrapper.join("Cargo.toml");
    if std::fs::read_to_string(&path).ok().as_deref() != Some(manifest.as_str()) {
        std::fs::write(&path, manifest).map_err(io(&path))?;
    }
    let lib = wrapper.join("lib.rs");
    if std::fs::read_to_string(&lib).ok().as_deref() != Some(lib_rs) {
        std::fs::write(&lib, lib_rs).map_err(io(&lib))?;
    }
    let lock = wrapper.join("Cargo.lock");
    let theirs = workspace_root.join("Cargo.lock");
    if !lock.is_file() && theirs.is_file() {
        std::fs::copy(&theirs, &lock).map_err(io(&lock))?;
    }
    Ok(())
}

/// The `.ll` beside the library artifact that cargo reported for `lib_name`.
fn artifact_ir(messages: &[u8], lib_name: &str) -> Option<PathBuf> {
    let prefix = format!("lib{lib_name}-");
    for message in cargo_metadata::Message::parse_stream(messages).filter_map(Result::ok) {
        let cargo_metadata::Message::CompilerArtifact(artifact) = message else {
            continue;
        };
        for file in artifact
            .filenames
            .iter()
            .map(|f| f.as_std_path().to_path_buf())
        {
            // A staticlib is reported where cargo copies it up (`release/lib<name>.a`): the
            // hashed original in `deps/` is the same file.
            let file = &hashed_original(&file, lib_name).unwrap_or_else(|| file.clone());
            let name = file.file_name()?.to_string_lossy();
            let Some(rest) = name.strip_prefix(&prefix) else {
                continue;
            };
            let hash = rest.split('.').next()?;
            let ir = file.with_file_name(format!("{lib_name}-{hash}.ll"));
            if ir.is_file() {
                return Some(ir);
            }
        }
    }
    None
}

/// For an uplifted `lib<name>.<ext>`, the `deps/lib<name>-<hash>.<ext>` it was copied or
/// linked from: same size and modification time (and inode where there is one).
fn hashed_original(file: &Path, lib_name: &str) -> Option<PathBuf> {
    let name = file.file_name()?.to_string_lossy().into_owned();
    let ext = name.strip_prefix(&format!("lib{lib_name}."))?;
    let deps = file.parent()?.join("deps");
    let want = std::fs::metadata(file).ok()?;
    let same = |m: &std::fs::Metadata| {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            if m.ino() == want.ino() && m.dev() == want.dev() {
                return true;
            }
        }
        m.len() == want.len() && m.modified().ok() == want.modified().ok()
    };
    std::fs::read_dir(deps)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            let n = p.file_name().unwrap_or_default().to_string_lossy();
            n.starts_with(&format!("lib{lib_name}-"))
                && n.ends_with(&format!(".{ext}"))
                && std::fs::metadata(p).is_ok_and(|m| same(&m))
        })
}

/// FNV-1a: a stable name for a directory.
pub(crate) fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Real `cargo build --message-format=json` output (cargo 1.95, a crate with a bad
    /// import), plus a line that is not JSON: only the error's rendered text is kept.
    #[test]
    fn compiler_errors_come_from_the_json_messages() {
        let stdout = include_bytes!("../tests/data/cargo_messages.jsonl");
        let errors = compiler_errors(stdout);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("error[E0432]: unresolved import `nope`"),
            "{errors:?}"
        );
    }
}
