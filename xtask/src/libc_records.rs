//! `cargo xtask libc-records musl`: builds musl from Debian's pinned source with stackbound-cc,
//! installs it as a sysroot per target, and writes the stack records of its `libc.a` as a
//! bundle that the same inputs always give byte for byte (docs/libc.md, "Building the records").

use std::{
    ffi::OsString,
    fmt, fs,
    path::{Path, PathBuf},
    process::Command,
    time::Instant,
};

use anyhow::{anyhow, bail, Context, Result};
use serde::Serialize;
use stackbound::libc::{self, BundleCounts, BundleIdentity};
use stackbound::{
    llc::{Llc, PASS_HASH},
    objects,
};
use stackbound_llvm::download::{self, Expected};
use stackbound_llvm::unpack::{self, Codec};
use xshell::{cmd, Shell};

pub(crate) const USAGE: &str = "\
cargo xtask libc-records musl [--target x86_64|aarch64]... [--out DIR] [--llc PATH] [--dist DIR]
    Builds musl (Debian's pinned orig tarball, fetched by the deb-src route and cached in
    target/libc/downloads) with stackbound-cc for each target (default: both), installs it as
    DIR/musl-<version>/<arch>-linux-musl/ (include/, lib/libc.a, lib/crt1.o, ...) and writes
    the records of its start files and libc.a to records/ there: records.jsonl, members.json,
    manifest.json.
    A sysroot whose build stamp matches (source, llc, stackbound-cc) is not built again.
    --out: the root (default target/libc). --llc: the custom llc (default: $STACKBOUND_LLC, ...).
    --dist: also write each bundle as DIR/musl-<version>-<target>.tar.gz with its .sha256, the
    release asset that `stackbound libc install --from` takes.
";

/// The C libraries this command builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Library {
    Musl,
}

/// The targets musl is built for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Arch {
    X86_64,
    Aarch64,
}

impl Arch {
    const ALL: [Arch; 2] = [Arch::X86_64, Arch::Aarch64];

    /// musl's `--target` and clang's arch.
    fn name(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64",
            Arch::Aarch64 => "aarch64",
        }
    }

    fn triple(self) -> String {
        format!("{}-linux-musl", self.name())
    }
}

impl fmt::Display for Arch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One Debian orig tarball, pinned.
pub(crate) struct Tarball {
    /// `apt-get source` argument.
    pub(crate) package: &'static str,
    pub(crate) file: &'static str,
    pub(crate) sha256: &'static str,
    pub(crate) size: u64,
    pub(crate) version: &'static str,
}

/// trixie's musl 1.2.5-3.1~deb13u1; its orig tarball is upstream's musl-1.2.5.tar.gz (the same
/// sha256 as musl.libc.org publishes). Debian's patches are not applied.
pub(crate) const MUSL: Tarball = Tarball {
    package: "musl",
    file: "musl_1.2.5.orig.tar.gz",
    sha256: "a9a118bbe84d8764da0ea0d28b3ab3fae8477fc7e4085d90102b8596fc7c75e4",
    size: 1080786,
    version: "1.2.5",
};

/// The tools the build runs besides stackbound-cc (which runs clang-22 and the llc).
const AR: &str = "llvm-ar-22";
const RANLIB: &str = "llvm-ranlib-22";

/// `cargo xtask libc-records` and its flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LibcRecords {
    pub(crate) library: Library,
    /// Empty: all.
    pub(crate) targets: Vec<Arch>,
    pub(crate) out: Option<PathBuf>,
    pub(crate) llc: Option<PathBuf>,
    /// Where to write each bundle as a release archive (`stackbound libc install` reads it).
    pub(crate) dist: Option<PathBuf>,
}

impl LibcRecords {
    pub(crate) fn parse(args: impl IntoIterator<Item = OsString>) -> Result<LibcRecords> {
        let mut args = args.into_iter();
        let library = match args.next().as_ref().and_then(|a| a.to_str()) {
            Some("musl") => Library::Musl,
            Some(other) => bail!("libc-records builds musl only, not {other:?}.\n\n{USAGE}"),
            None => bail!("libc-records needs the library to build (musl).\n\n{USAGE}"),
        };
        let mut flags = LibcRecords {
            library,
            targets: Vec::new(),
            out: None,
            llc: None,
            dist: None,
        };
        let known = [
            ("--target", true),
            ("--out", true),
            ("--llc", true),
            ("--dist", true),
        ];
        for (name, value) in crate::flags::options(args, "libc-records", &known)? {
            let value = value.unwrap_or_default();
            match name.as_str() {
                "--target" => {
                    let arch = match value.as_str() {
                        "x86_64" | "x86-64" => Arch::X86_64,
                        "aarch64" | "arm64" => Arch::Aarch64,
                        _ => bail!("--target must be x86_64 or aarch64, not {value:?}"),
                    };
                    if !flags.targets.contains(&arch) {
                        flags.targets.push(arch);
                    }
                }
                "--out" => flags.out = Some(PathBuf::from(value)),
                "--dist" => flags.dist = Some(PathBuf::from(value)),
                _ => flags.llc = Some(PathBuf::from(value)),
            }
        }
        Ok(flags)
    }

    /// Runs from the workspace root (`sh`'s current directory).
    pub(crate) fn run(&self, sh: &Shell) -> Result<()> {
        let Library::Musl = self.library;
        let started = Instant::now();
        let root = match &self.out {
            Some(out) => absolute(sh, out),
            None => target_dir().join("libc"),
        };
        fs::create_dir_all(&root).with_context(|| format!("cannot create {}", root.display()))?;
        let tools = Tools::find(sh, self.llc.as_deref())?;
        let tarball = fetch(sh, &root, &MUSL)?;
        let targets = if self.targets.is_empty() {
            Arch::ALL.to_vec()
        } else {
            self.targets.clone()
        };
        for arch in targets {
            let sysroot = root
                .join(format!("musl-{}", MUSL.version))
                .join(arch.triple());
            let built = build(&tools, &tarball, &root, &sysroot, arch, started)?;
            let bundle = write_bundle(&tools, &sysroot, arch)?;
            println!(
                "{}: {} members, {} modules, {} functions, {} unrecorded{} -> {}",
                arch.triple(),
                bundle.members,
                bundle.modules,
                bundle.functions,
                bundle.unrecorded,
                built.map_or(String::new(), |secs| format!(", built in {secs:.0} s")),
                sysroot.join(BUNDLE_DIR).display()
            );
            if let Some(dist) = &self.dist {
                let dist = absolute(sh, dist);
                let (archive, sha256) = libc::dist::pack(&sysroot.join(BUNDLE_DIR), &dist)?;
                println!("  release archive {} (sha256 {sha256})", archive.display());
            }
        }
        Ok(())
    }
}

fn absolute(sh: &Shell, path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        sh.current_dir().join(path)
    }
}

/// `$CARGO_TARGET_DIR`, else the workspace's `target/`.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::project_root().join("target"))
}

// ---------------------------------------------------------------------------------------------
// Tools
// ---------------------------------------------------------------------------------------------

struct Tools {
    /// target/debug/stackbound-cc, freshly built.
    cc: PathBuf,
    /// Its `--version` line naming stackbound.
    cc_version: String,
    /// The wrapper's clang: `$STACKBOUND_CLANG`, else clang-22.
    clang: String,
    llc: Llc,
    llc_sha256: String,
}

impl Tools {
    fn find(sh: &Shell, llc: Option<&Path>) -> Result<Tools> {
        let clang = std::env::var("STACKBOUND_CLANG")
            .ok()
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| "clang-22".into());
        for (tool, package) in [
            (clang.as_str(), "clang-22"),
            (AR, "llvm-22"),
            (RANLIB, "llvm-22"),
            ("make", "make"),
        ] {
            let runs = Command::new(tool)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success());
            if !runs {
                bail!(
                    "`{tool} --version` does not run: building musl needs {tool} on PATH \
                     (Debian: apt-get install {package}; LLVM 22 from apt.llvm.org)."
                );
            }
        }
        let llc = Llc::discover(llc).context(
            "building musl with stackbound-cc needs the custom llc: pass --llc PATH, set \
             STACKBOUND_LLC, or run `cargo xtask build-llc`",
        )?;
        let (llc_sha256, _) = download::sha256_file(&llc.path)
            .with_context(|| format!("cannot read {}", llc.path.display()))?;

        println!("==> cargo build -p stackbound --bin stackbound-cc");
        cmd!(sh, "cargo build --quiet -p stackbound --bin stackbound-cc")
            .run()
            .context("cannot build stackbound-cc (`cargo build -p stackbound --bin stackbound-cc` failed)")?;
        let cc = target_dir().join("debug/stackbound-cc");
        let output = Command::new(&cc)
            .arg("--version")
            .env("STACKBOUND_LLC", &llc.path)
            .output()
            .with_context(|| format!("cannot run {} --version", cc.display()))?;
        let text = String::from_utf8_lossy(&output.stdout);
        let cc_version = text
            .lines()
            .find_map(|l| l.strip_prefix("stackbound-cc "))
            .and_then(|l| l.split_whitespace().next())
            .ok_or_else(|| {
                anyhow!(
                    "`{} --version` printed no `stackbound-cc <version>` line ({}):\n{}{}",
                    cc.display(),
                    output.status,
                    text,
                    String::from_utf8_lossy(&output.stderr)
                )
            })?
            .to_owned();
        Ok(Tools {
            cc,
            cc_version,
            clang,
            llc,
            llc_sha256,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Source
// ---------------------------------------------------------------------------------------------

/// The pinned tarball in `root/downloads`, fetched by the Debian source route when it is not
/// there. Only its size and sha256 decide (apt's exit status does not: the mirror may lack the
/// .dsc); a file that fails them is deleted, never used.
fn fetch(sh: &Shell, root: &Path, t: &Tarball) -> Result<PathBuf> {
    let downloads = root.join("downloads");
    fs::create_dir_all(&downloads)
        .with_context(|| format!("cannot create {}", downloads.display()))?;
    let dest = downloads.join(t.file);
    let expected = Expected {
        sha256: t.sha256.into(),
        size: Some(t.size),
    };
    match download::check_cached(&dest, &expected) {
        Ok(true) => return Ok(dest),
        Ok(false) => {}
        Err(err) => eprintln!("{err}; fetching it again"),
    }
    let work = root.join(format!("apt-{}", t.package));
    let fetched = stackbound_llvm::apt::download_orig(sh, &work, t.package, t.file)
        .map_err(anyhow::Error::from)
        .and_then(|file| download::admit(&file, &dest, &expected).map_err(Into::into));
    let _ = fs::remove_dir_all(&work);
    fetched.with_context(|| {
        format!(
            "cannot fetch {} (Debian source package {}, sha256 {}): the deb-src route needs a \
             Debian mirror reachable through this machine's apt sources. Or put the file there \
             yourself: {}",
            t.file,
            t.package,
            t.sha256,
            dest.display()
        )
    })?;
    Ok(dest)
}

// ---------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------

/// What a sysroot was built from; a sysroot whose stamp equals the current one is kept.
#[derive(Serialize)]
struct Stamp<'a> {
    source_sha256: &'a str,
    target: String,
    configure: Vec<String>,
    llc_sha256: &'a str,
    cc_sha256: String,
}

const STAMP: &str = "build-stamp.json";

/// musl's `configure` arguments; `cc` is the wrapper's absolute path.
fn configure_args(cc: &Path, sysroot: &Path, arch: Arch) -> Vec<String> {
    vec![
        format!("--target={arch}"),
        format!("--prefix={}", sysroot.display()),
        "--disable-shared".into(),
        format!("CC={} --target={}", cc.display(), arch.triple()),
        format!("AR={AR}"),
        format!("RANLIB={RANLIB}"),
    ]
}

/// Builds and installs musl into `sysroot` unless its stamp says it is current; returns the
/// seconds the build took, `None` when it was current.
fn build(
    tools: &Tools,
    tarball: &Path,
    root: &Path,
    sysroot: &Path,
    arch: Arch,
    started: Instant,
) -> Result<Option<f64>> {
    let triple = arch.triple();
    let progress = |step: &str| {
        println!(
            "==> [{triple}] {step} ({:.0} s)",
            started.elapsed().as_secs_f64()
        )
    };
    let configure = configure_args(&tools.cc, sysroot, arch);
    // Paths in the stamp would make two roots' stamps differ: the command without them.
    let portable = configure_args(Path::new("stackbound-cc"), Path::new("PREFIX"), arch);
    let (cc_sha256, _) = download::sha256_file(&tools.cc)
        .with_context(|| format!("cannot read {}", tools.cc.display()))?;
    let stamp = serde_json::to_string_pretty(&Stamp {
        source_sha256: MUSL.sha256,
        target: triple.clone(),
        configure: portable,
        llc_sha256: &tools.llc_sha256,
        cc_sha256,
    })?;
    let stamp_path = sysroot.join(STAMP);
    if sysroot.join("lib/libc.a").is_file()
        && fs::read_to_string(&stamp_path).is_ok_and(|s| s == stamp)
    {
        progress("sysroot is current (its build stamp matches), not built again");
        return Ok(None);
    }

    let build_started = Instant::now();
    // musl is built in its own tree, configured as `./configure`: its Makefile then names
    // sources relative to it (`src/string/strchr.c`), so no build path reaches the records.
    let tree = root
        .join("build")
        .join(format!("musl-{}-{}", MUSL.version, arch));
    let _ = fs::remove_dir_all(&tree);
    let _ = fs::remove_dir_all(sysroot);
    if let Some(parent) = tree.parent() {
        fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    progress(&format!(
        "unpack {} into {}",
        tarball.display(),
        tree.display()
    ));
    unpack::unpack_as(Codec::Gzip, tarball, &tree, &|_| true)?;

    let env = |command: &mut Command| {
        command
            .current_dir(&tree)
            .env("STACKBOUND_LLC", &tools.llc.path)
            .env("STACKBOUND_CLANG", &tools.clang)
            // Deterministic archives and no locale in tool output.
            .env("LC_ALL", "C")
            .env_remove("CFLAGS")
            .env_remove("CPPFLAGS")
            .env_remove("LDFLAGS")
            .env_remove("CROSS_COMPILE");
    };
    progress("configure");
    let mut command = Command::new("./configure");
    command.args(&configure);
    env(&mut command);
    // configure probes flags with the wrapper: there a flag the wrapper passes to clang alone is
    // only left out of the build, so strictness starts with make.
    run_logged(&mut command, &tree.join("configure.log"))?;
    for (step, args) in [
        ("make -j2", &["-j2"][..]),
        ("make install", &["install"][..]),
    ] {
        progress(step);
        let mut command = Command::new("make");
        command.args(args);
        env(&mut command);
        // Every C object must carry records: a compile the wrapper cannot redo is an error.
        command.env("STACKBOUND_CC_STRICT", "1");
        run_logged(
            &mut command,
            &tree.join(format!("{}.log", step.replace(' ', "-"))),
        )?;
    }
    for file in [
        "lib/libc.a",
        "lib/crt1.o",
        "lib/crti.o",
        "lib/crtn.o",
        "lib/rcrt1.o",
        "include/stdio.h",
    ] {
        if !sysroot.join(file).is_file() {
            bail!(
                "`make install` in {} finished but left no {} in {}",
                tree.display(),
                file,
                sysroot.display()
            );
        }
    }
    fs::write(&stamp_path, stamp)
        .with_context(|| format!("cannot write {}", stamp_path.display()))?;
    let secs = build_started.elapsed().as_secs_f64();
    progress(&format!("built and installed in {secs:.0} s"));
    Ok(Some(secs))
}

/// Runs `command` with its output in `log`; a failure quotes the command and the log's tail.
fn run_logged(command: &mut Command, log: &Path) -> Result<()> {
    let shown = format!(
        "{} {}",
        command.get_program().to_string_lossy(),
        command
            .get_args()
            .map(|a| shell_quote(&a.to_string_lossy()))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let dir = command
        .get_current_dir()
        .map_or(String::new(), |d| d.display().to_string());
    let file = fs::File::create(log).with_context(|| format!("cannot create {}", log.display()))?;
    let status = command
        .stdout(file.try_clone()?)
        .stderr(file)
        .status()
        .with_context(|| format!("cannot run `{shown}` in {dir}"))?;
    if !status.success() {
        let text = fs::read_to_string(log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let tail = lines[lines.len().saturating_sub(30)..].join("\n    ");
        bail!(
            "`{shown}` failed in {dir} ({status}); the whole output is in {}. Its last lines:\n    {tail}",
            log.display()
        );
    }
    Ok(())
}

fn shell_quote(arg: &str) -> String {
    if !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_=/.,:+@%".contains(c))
    {
        arg.to_owned()
    } else {
        format!("'{}'", arg.replace('\'', r"'\''"))
    }
}

// ---------------------------------------------------------------------------------------------
// The bundle
// ---------------------------------------------------------------------------------------------

/// The bundle's directory inside the sysroot.
pub(crate) const BUNDLE_DIR: &str = "records";

/// The objects a static link of a program always takes from the sysroot, before its own
/// objects (`crt1.o crti.o`) and after them (`crtn.o`): what they use pulls members in too.
const START_FILES: [&str; 3] = ["crt1.o", "crti.o", "crtn.o"];

#[derive(Serialize)]
struct Provenance<'a> {
    source: Source,
    configure: Vec<String>,
    llc: LlcIdentity<'a>,
    stackbound: StackboundIdentity<'a>,
}

#[derive(Serialize)]
struct Source {
    package: &'static str,
    file: &'static str,
    sha256: &'static str,
    size: u64,
}

#[derive(Serialize)]
struct LlcIdentity<'a> {
    llvm_version: &'a str,
    /// The pass hash its manifest.json names, when it has one.
    pass_hash: Option<&'a str>,
    sha256: &'a str,
}

#[derive(Serialize)]
struct StackboundIdentity<'a> {
    version: &'a str,
    /// This checkout's hash of pass/ and llvm-patches/.
    pass_hash: &'static str,
}

/// Writes the bundle of `sysroot`'s start files and `lib/libc.a` into `sysroot/records`.
fn write_bundle(tools: &Tools, sysroot: &Path, arch: Arch) -> Result<BundleCounts> {
    let lib = sysroot.join("lib");
    let archive = lib.join("libc.a");
    let members = objects::read_library(&archive)
        .with_context(|| format!("cannot read the records of {}", archive.display()))?;
    let mut start_files = Vec::new();
    for name in START_FILES {
        let path = lib.join(name);
        start_files.push(
            objects::read_object_member(&path)
                .with_context(|| format!("cannot read the records of {}", path.display()))?,
        );
    }
    let provenance = Provenance {
        source: Source {
            package: MUSL.package,
            file: MUSL.file,
            sha256: MUSL.sha256,
            size: MUSL.size,
        },
        configure: configure_args(Path::new("stackbound-cc"), Path::new("PREFIX"), arch),
        llc: LlcIdentity {
            llvm_version: &tools.llc.version,
            pass_hash: tools.llc.manifest.as_ref().map(|m| m.pass_hash.as_str()),
            sha256: &tools.llc_sha256,
        },
        stackbound: StackboundIdentity {
            version: &tools.cc_version,
            pass_hash: PASS_HASH,
        },
    };
    let serde_json::Value::Object(provenance) = serde_json::to_value(&provenance)? else {
        bail!("the bundle's provenance is not a JSON object");
    };
    let identity = BundleIdentity {
        library: "musl".into(),
        version: MUSL.version.into(),
        target: arch.triple(),
        archive: "libc.a".into(),
        provenance,
    };
    let dir = sysroot.join(BUNDLE_DIR);
    Ok(libc::write_bundle(&dir, &identity, start_files, members)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<LibcRecords> {
        LibcRecords::parse(args.iter().map(OsString::from))
    }

    #[test]
    fn parses_targets_and_paths() {
        let flags = parse(&[
            "musl",
            "--target",
            "aarch64",
            "--target=x86_64",
            "--out",
            "o",
            "--dist=d",
        ])
        .unwrap();
        assert_eq!(flags.targets, [Arch::Aarch64, Arch::X86_64]);
        assert_eq!(flags.out.as_deref(), Some(Path::new("o")));
        assert_eq!(flags.dist.as_deref(), Some(Path::new("d")));
        assert!(parse(&["glibc"])
            .unwrap_err()
            .to_string()
            .contains("musl only"));
        assert!(parse(&[]).is_err());
        assert!(parse(&["musl", "--target", "riscv64"])
            .unwrap_err()
            .to_string()
            .contains("x86_64 or aarch64"));
    }

    #[test]
    fn quoting() {
        assert_eq!(
            shell_quote("CC=/x/stackbound-cc --target=a"),
            "'CC=/x/stackbound-cc --target=a'"
        );
        assert_eq!(shell_quote("-j2"), "-j2");
    }
}
