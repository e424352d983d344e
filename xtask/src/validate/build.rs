//! The toolchain steps: finding the tools, building the harness and the runtime library, and
//! turning one corpus program into an analysed object and a linked test binary.

use std::{
    env, fs,
    io::Read,
    path::{Path, PathBuf},
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use anyhow::{bail, Context, Result};
use stackbound::{records::ModuleReport, Llc};

use super::{
    corpus::{Lang, Libc, Program, Source},
    Arch,
};
use std::collections::{BTreeMap, BTreeSet};

/// How each target's programs run: natively, under qemu-user with Debian's cross libc as its
/// `-L` prefix, or under qemu-system on a board with the bare-metal harness.
impl Arch {
    /// The emulator that runs the test binary, if any.
    pub fn emulator(self) -> Option<&'static str> {
        match self {
            Arch::X86_64 => None,
            Arch::Aarch64 => Some("qemu-aarch64"),
            Arch::Armv7 => Some("qemu-arm"),
            Arch::Riscv64 => Some("qemu-riscv64"),
            Arch::CortexM => Some("qemu-system-arm"),
            Arch::Riscv32 => Some("qemu-system-riscv32"),
        }
    }

    /// Debian's cross libc (qemu-user's `-L` prefix) for the Linux targets under qemu.
    pub fn sysroot(self) -> Option<&'static str> {
        match self {
            Arch::Aarch64 => Some("/usr/aarch64-linux-gnu"),
            Arch::Armv7 => Some("/usr/arm-linux-gnueabihf"),
            Arch::Riscv64 => Some("/usr/riscv64-linux-gnu"),
            _ => None,
        }
    }

    /// The Debian packages a target needs beyond clang and lld, for the error that names them.
    pub fn packages(self) -> &'static str {
        match self {
            Arch::X86_64 => "",
            Arch::Aarch64 => "qemu-user, gcc-aarch64-linux-gnu, libc6-dev-arm64-cross",
            Arch::Armv7 => "qemu-user, gcc-arm-linux-gnueabihf, libc6-dev-armhf-cross",
            Arch::Riscv64 => "qemu-user, gcc-riscv64-linux-gnu, libc6-dev-riscv64-cross",
            Arch::CortexM => "qemu-system-arm, gcc-arm-none-eabi, picolibc-arm-none-eabi",
            Arch::Riscv32 => {
                "qemu-system-misc, gcc-riscv64-unknown-elf, picolibc-riscv64-unknown-elf"
            }
        }
    }

    /// Bare metal: picolibc's multilib directory and libgcc's (gcc-arm-none-eabi,
    /// gcc-riscv64-unknown-elf) for this CPU and ABI.
    fn bare_libraries(self) -> Option<(&'static str, &'static str, &'static str)> {
        match self {
            Arch::CortexM => Some(("arm-none-eabi", "thumb/v7e-m+fp/hard", "arm-none-eabi")),
            Arch::Riscv32 => Some((
                "riscv64-unknown-elf",
                "rv32imac/ilp32",
                "riscv64-unknown-elf",
            )),
            _ => None,
        }
    }

    /// The ABI's SP alignment at a call: the step between the tops `sp-offsets` tries.
    pub fn stack_align(self) -> u64 {
        match self {
            Arch::Armv7 | Arch::CortexM => 8,
            _ => 16,
        }
    }

    /// The relocation model of clang's IR: PIE on Debian's Linux targets, static on bare metal.
    fn relocation_model(self) -> &'static str {
        if self.bare_metal() {
            "-relocation-model=static"
        } else {
            "-relocation-model=pic"
        }
    }
}

/// A bare-metal target's painted region (its linker script): programs asking for more stack
/// (with the 4 KiB above the top and the offsets) are skipped.
fn bare_region(arch: Arch) -> u64 {
    match arch {
        Arch::CortexM => 16 << 20,
        _ => 64 << 20,
    }
}

/// The C library and libgcc a bare-metal program links against, and the C library's headers.
#[derive(Debug, Clone)]
pub struct BareLibs {
    pub include: PathBuf,
    pub libc: PathBuf,
    pub libgcc: PathBuf,
}

impl BareLibs {
    fn find(arch: Arch) -> Result<Option<BareLibs>> {
        let Some((picolibc, multilib, gcc)) = arch.bare_libraries() else {
            return Ok(None);
        };
        let base = Path::new("/usr/lib/picolibc").join(picolibc);
        let libc = base.join("lib").join(multilib).join("libc.a");
        let gcc_dir = Path::new("/usr/lib/gcc").join(gcc);
        let libgcc = fs::read_dir(&gcc_dir)
            .ok()
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok())
            .map(|e| e.path().join(multilib).join("libgcc.a"))
            .find(|p| p.is_file());
        match (libc.is_file(), libgcc) {
            (true, Some(libgcc)) => Ok(Some(BareLibs {
                include: base.join("include"),
                libc,
                libgcc,
            })),
            _ => bail!(
                "{} or {}/*/{multilib}/libgcc.a is missing: {arch} programs link against picolibc and libgcc (Debian packages {}), or leave out --target {arch}",
                libc.display(),
                gcc_dir.display(),
                arch.packages()
            ),
        }
    }
}
/// A C library that `cargo xtask libc-records` built for one target: its sysroot (headers,
/// start files, `libc.a`) and the records bundle of that `libc.a`.
#[derive(Debug, Clone)]
pub struct LibcSysroot {
    /// `<root>/musl-<version>/<arch>-linux-musl`.
    pub sysroot: PathBuf,
    /// The bundle `--libc` takes: `<sysroot>/records` (a directory with `manifest.json`).
    pub bundle: PathBuf,
    /// The compiler's runtime library (libgcc's soft-float helpers, which musl's `long double`
    /// code calls on AArch64): the link needs it; nothing in it has records.
    pub libgcc: Option<PathBuf>,
}

impl Arch {
    /// The triple of a program linked against musl (clang and llc).
    pub fn musl_triple(self) -> String {
        format!("{}-unknown-linux-musl", self.name())
    }
}

impl LibcSysroot {
    /// Where `cargo xtask libc-records` writes: `$STACKBOUND_LIBC_DIR` (its `--out`), else
    /// `$CARGO_TARGET_DIR/libc`, else the workspace's `target/libc`.
    pub fn root(workspace: &Path) -> PathBuf {
        if let Some(dir) = env::var_os("STACKBOUND_LIBC_DIR").filter(|d| !d.is_empty()) {
            return PathBuf::from(dir);
        }
        match env::var_os("CARGO_TARGET_DIR").filter(|d| !d.is_empty()) {
            Some(dir) => PathBuf::from(dir).join("libc"),
            None => workspace.join("target/libc"),
        }
    }

    /// The newest `musl-<version>/<arch>-linux-musl` under `root` with a `lib/libc.a` and a
    /// records bundle.
    pub fn find(root: &Path, libc: Libc, arch: Arch) -> Result<LibcSysroot> {
        let target = format!("{}-linux-musl", arch.name());
        let prefix = format!("{}-", libc.name());
        let mut found: Vec<(Vec<u64>, PathBuf)> = fs::read_dir(root)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                let version = name.strip_prefix(&prefix)?.to_string();
                let sysroot = e.path().join(&target);
                sysroot.join("lib/libc.a").is_file().then(|| {
                    let key = version
                        .split(|c: char| !c.is_ascii_digit())
                        .filter_map(|n| n.parse().ok())
                        .collect();
                    (key, sysroot)
                })
            })
            .collect();
        found.sort();
        let Some((_, sysroot)) = found.pop() else {
            bail!(
                "no {lib} sysroot for {arch} in {}: `// validate: libc {lib}` programs link against                  the {lib} that `cargo xtask libc-records {lib} --target {arch}` builds there (or set                  STACKBOUND_LIBC_DIR to the directory it wrote, its --out); or leave those programs                  out (--only, --target)",
                root.display(),
                lib = libc.name(),
            );
        };
        // The bundle sits in the sysroot's `records/`; a bundle in the sysroot itself is taken too.
        let bundle = [sysroot.join("records"), sysroot.clone()]
            .into_iter()
            .find(|d| d.join(stackbound::libc::MANIFEST).is_file())
            .with_context(|| {
                format!(
                    "{} has no records bundle (records/{}): run `cargo xtask libc-records {} --target {arch}` again",
                    sysroot.display(),
                    stackbound::libc::MANIFEST,
                    libc.name()
                )
            })?;
        for file in ["lib/crt1.o", "lib/crti.o", "lib/crtn.o", "include/stdio.h"] {
            if !sysroot.join(file).is_file() {
                bail!(
                    "{} has no {file}: an incomplete install; run `cargo xtask libc-records {} --target {arch}` again",
                    sysroot.display(),
                    libc.name()
                );
            }
        }
        Ok(LibcSysroot {
            sysroot,
            bundle,
            libgcc: libgcc(arch),
        })
    }

    pub fn include(&self) -> PathBuf {
        self.sysroot.join("include")
    }

    pub fn lib(&self, file: &str) -> PathBuf {
        self.sysroot.join("lib").join(file)
    }
}

/// Debian's libgcc.a for `arch` (native gcc, or the cross gcc's), if installed.
fn libgcc(arch: Arch) -> Option<PathBuf> {
    let base = match arch {
        Arch::X86_64 => "/usr/lib/gcc/x86_64-linux-gnu",
        Arch::Aarch64 => "/usr/lib/gcc-cross/aarch64-linux-gnu",
        _ => return None,
    };
    let mut found: Vec<PathBuf> = fs::read_dir(base)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("libgcc.a"))
        .filter(|p| p.is_file())
        .collect();
    found.sort();
    found.pop()
}

/// How long one test binary may run (qemu included) before it is killed.
const RUN_TIMEOUT: Duration = Duration::from_secs(120);

pub struct Tools {
    pub llc: Llc,
    pub clang: PathBuf,
    /// The emulator of each selected target that has one (`Arch::emulator`).
    pub emulators: BTreeMap<Arch, PathBuf>,
    /// The bare-metal targets' picolibc and libgcc.
    pub bare: BTreeMap<Arch, BareLibs>,
    pub rustc: Option<PathBuf>,
    /// llvm-objdump of the same major version, for `requires asm`.
    pub objdump: Option<PathBuf>,
    /// Targets rustc has `core` for (`rustup target list --installed`).
    pub rust_targets: Vec<Arch>,
    /// Source directories of the registry crates that `crate:` sources name (`crate_sources`).
    pub crates: BTreeMap<String, PathBuf>,
    /// The C library sysroots that `libc` programs link against, per target.
    pub libcs: BTreeMap<(Arch, Libc), LibcSysroot>,
}

impl Tools {
    pub fn discover(llc: Option<&Path>, targets: &[Arch]) -> Result<Tools> {
        let llc = Llc::discover(llc).context("validate needs the custom llc")?;
        // The clang of the pinned major version: its IR is what this llc reads.
        let major = llc
            .version
            .split('.')
            .next()
            .unwrap_or_default()
            .to_string();
        let clang = match env::var_os("STACKBOUND_CLANG") {
            Some(path) => PathBuf::from(path),
            None => which(&format!("clang-{major}"))
                .or_else(|| which("clang"))
                .with_context(|| format!("clang-{major} not found on PATH (Debian package clang-{major}); or set STACKBOUND_CLANG"))?,
        };
        let objdump = which(&format!("llvm-objdump-{major}")).or_else(|| which("llvm-objdump"));
        let mut emulators = BTreeMap::new();
        let mut bare = BTreeMap::new();
        for &arch in targets {
            if let Some(name) = arch.emulator() {
                let path = which(name).with_context(|| {
                    format!(
                        "{name} not found on PATH: the {arch} part runs under it (Debian packages {}), or leave out --target {arch}",
                        arch.packages()
                    )
                })?;
                emulators.insert(arch, path);
            }
            if let Some(sysroot) = arch.sysroot() {
                if !Path::new(sysroot).join("lib").is_dir() {
                    bail!("{sysroot}/lib is missing: {arch} programs link against Debian's cross libc (packages {}), or leave out --target {arch}", arch.packages());
                }
            }
            if let Some(libs) = BareLibs::find(arch)? {
                bare.insert(arch, libs);
            }
        }
        let rustc = which("rustc");
        let mut rust_targets = Vec::new();
        if let Some(rustc) = &rustc {
            let sysroot = Command::new(rustc)
                .args(["--print", "sysroot"])
                .output()
                .ok();
            if let Some(out) = sysroot.filter(|o| o.status.success()) {
                let sysroot = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
                for arch in Arch::ALL {
                    if sysroot
                        .join("lib/rustlib")
                        .join(arch.triple())
                        .join("lib")
                        .is_dir()
                    {
                        rust_targets.push(arch);
                    }
                }
            }
        }
        Ok(Tools {
            llc,
            clang,
            emulators,
            bare,
            rustc,
            objdump,
            rust_targets,
            crates: BTreeMap::new(),
            libcs: BTreeMap::new(),
        })
    }

    /// Why `program` cannot be built for `arch` on this machine, if it cannot.
    pub fn unsupported(&self, program: &Program, arch: Arch) -> Option<String> {
        if arch.bare_metal() {
            if !program.shared.is_empty() || program.dlopen {
                return Some("shared libraries and dlopen need a dynamic loader".into());
            }
            let needs = program.stack + 4096 + arch.stack_align() * program.sp_offsets + 16;
            if needs > bare_region(arch) {
                return Some(format!(
                    "needs {needs} bytes of painted stack, the board's region has {}",
                    bare_region(arch)
                ));
            }
        }
        if program.lang != Lang::Rust {
            return None;
        }
        if self.rustc.is_none() {
            return Some("rustc not found on PATH".into());
        }
        if !self.rust_targets.contains(&arch) {
            return Some(format!(
                "rustc has no core/std for {} (`rustup target list --installed`)",
                arch.triple()
            ));
        }
        None
    }
}

/// Per target (and C library): the harness objects and the runtime library, built once.
pub struct Support {
    pub arch: Arch,
    /// `None`: Debian's glibc (or picolibc on bare metal), with `validate/rt`.
    pub libc: Option<Libc>,
    pub harness: Vec<PathBuf>,
    /// With a `libc`: the stack reports of the harness, compiled through the custom llc. The
    /// members of `libc.a` it references are in the link, and decide which definitions the
    /// program's calls bind to (musl's weak `__libc_malloc_impl` gives way to mallocng's when
    /// `free` is in): the analysis pulls the members for them too.
    pub harness_reports: Vec<PathBuf>,
    pub harness_dir: PathBuf,
    /// `validate/corpus/`, on every program's include path (for `sb.h`).
    pub corpus_include: PathBuf,
    /// `validate/rt/rt.c` through the custom llc: its object and its records (none with a
    /// `libc`, which defines memcpy and the rest itself).
    pub rt_object: Option<PathBuf>,
    pub rt_modules: Vec<ModuleReport>,
}

/// The clang flags of a module linked against `libc`: its triple, its headers and no others
/// (musl's own stddef.h, stdarg.h, ...).
fn libc_clang_flags(cmd: &mut Command, arch: Arch, libc: &LibcSysroot) {
    cmd.arg(format!("--target={}", arch.musl_triple()))
        .arg("-nostdinc")
        .arg("-isystem")
        .arg(libc.include());
}

impl Tools {
    /// The sysroot of `libc` for `arch` (found before any job runs).
    pub fn libc(&self, arch: Arch, libc: Libc) -> Result<&LibcSysroot> {
        self.libcs
            .get(&(arch, libc))
            .with_context(|| format!("no {} sysroot for {arch}", libc.name()))
    }
}

impl Support {
    pub fn build(
        tools: &Tools,
        root: &Path,
        out: &Path,
        arch: Arch,
        libc: Option<Libc>,
    ) -> Result<Support> {
        let dir = match libc {
            None => out.join(arch.name()).join("_support"),
            Some(l) => out.join(arch.name()).join(format!("_support-{}", l.name())),
        };
        fs::create_dir_all(&dir)?;
        let harness_dir = root.join("validate/harness");
        let stem = arch.file_stem();
        let trampoline = harness_dir.join(format!("trampoline_{stem}.S"));
        if let Some(libc) = libc {
            let sysroot = tools.libc(arch, libc)?;
            // harness.c through the custom llc (its records join the analysis' link); the
            // trampoline is assembly, and references nothing.
            let ir = dir.join("harness.ll");
            let mut cmd = Command::new(&tools.clang);
            libc_clang_flags(&mut cmd, arch, sysroot);
            cmd.args(["-O2", "-S", "-emit-llvm", "-Wall", "-Werror"])
                .arg("-I")
                .arg(&harness_dir)
                .arg(harness_dir.join("harness.c"))
                .arg("-o")
                .arg(&ir);
            run(&mut cmd)?;
            let object = dir.join("harness.o");
            let report = dir.join("harness.jsonl");
            llc(
                tools,
                arch,
                &arch.musl_triple(),
                &ir,
                &object,
                &report,
                "-O2",
                &[],
            )?;
            let tramp = dir.join("trampoline.o");
            let mut cmd = Command::new(&tools.clang);
            cmd.arg(format!("--target={}", arch.musl_triple()))
                .args(["-c"])
                .arg(&trampoline)
                .arg("-o")
                .arg(&tramp);
            run(&mut cmd)?;
            return Ok(Support {
                arch,
                libc: Some(libc),
                harness: vec![object, tramp],
                harness_reports: vec![report],
                harness_dir,
                corpus_include: root.join("validate/corpus"),
                rt_object: None,
                rt_modules: Vec::new(),
            });
        }
        let mut harness = Vec::new();
        let mut sources = vec![
            (
                harness_dir.join(if arch.bare_metal() {
                    "harness_bare.c"
                } else {
                    "harness.c"
                }),
                dir.join("harness.o"),
            ),
            (trampoline, dir.join("trampoline.o")),
        ];
        if arch.bare_metal() {
            sources.push((
                harness_dir.join(format!("startup_{}.S", arch.board_stem())),
                dir.join("startup.o"),
            ));
        }
        for (source, object) in sources {
            let mut cmd = Command::new(&tools.clang);
            cmd.arg(format!("--target={}", arch.triple()))
                .args(arch.clang_flags())
                .args(["-O2", "-c", "-Wall", "-Werror"])
                .arg("-I")
                .arg(&harness_dir)
                .arg(&source)
                .arg("-o")
                .arg(&object);
            run(&mut cmd)?;
            harness.push(object);
        }
        let rt = root.join("validate/rt/rt.c");
        let rt_ir = dir.join("rt.ll");
        let mut cmd = Command::new(&tools.clang);
        cmd.arg(format!("--target={}", arch.triple()))
            .args(arch.clang_flags())
            .args([
                "-O2",
                "-S",
                "-emit-llvm",
                "-ffreestanding",
                "-fno-builtin",
                "-fno-stack-protector",
            ])
            .arg(&rt)
            .arg("-o")
            .arg(&rt_ir);
        run(&mut cmd)?;
        let rt_object = dir.join("rt.o");
        let rt_report = dir.join("rt.jsonl");
        llc(
            tools,
            arch,
            arch.llc_triple(),
            &rt_ir,
            &rt_object,
            &rt_report,
            "-O2",
            &[],
        )?;
        let rt_modules = stackbound::records::read_file(&rt_report)?;
        Ok(Support {
            arch,
            libc: None,
            harness,
            harness_reports: Vec::new(),
            harness_dir,
            corpus_include: root.join("validate/corpus"),
            rt_object: Some(rt_object),
            rt_modules,
        })
    }
}

/// The pinned registry crates whose C sources programs use (`crate:<package>/...`).
pub const CRATES_MANIFEST: &str = "validate/crates/Cargo.toml";

/// Downloads the crates of `validate/crates/Cargo.toml` at the versions its `Cargo.lock` pins
/// (`cargo fetch --locked`) and returns each wanted package's source directory, from `cargo
/// metadata`.
pub fn crate_sources(root: &Path, wanted: &BTreeSet<String>) -> Result<BTreeMap<String, PathBuf>> {
    pinned_crate_sources(&root.join(CRATES_MANIFEST), wanted)
}

/// The same for any manifest that pins registry crates in its `Cargo.lock` (the bench's
/// `xtask/bench-crates/` too): every wanted package's source directory.
pub fn pinned_crate_sources(
    manifest: &Path,
    wanted: &BTreeSet<String>,
) -> Result<BTreeMap<String, PathBuf>> {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(&cargo);
    cmd.args(["fetch", "--locked", "--manifest-path"])
        .arg(manifest);
    run(&mut cmd)?;
    let mut cmd = Command::new(&cargo);
    cmd.args([
        "metadata",
        "--locked",
        "--format-version",
        "1",
        "--manifest-path",
    ])
    .arg(manifest);
    let output = cmd
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .with_context(|| format!("cannot run {}", shown(&cmd)))?;
    if !output.status.success() {
        bail!("{} failed ({})", shown(&cmd), output.status);
    }
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).context("cargo metadata printed no JSON")?;
    let mut dirs = BTreeMap::new();
    for package in metadata["packages"].as_array().into_iter().flatten() {
        let (Some(name), Some(manifest_path)) =
            (package["name"].as_str(), package["manifest_path"].as_str())
        else {
            continue;
        };
        if wanted.contains(name) {
            let dir = Path::new(manifest_path)
                .parent()
                .context("manifest_path has no parent")?;
            dirs.insert(name.to_string(), dir.to_path_buf());
        }
    }
    for name in wanted {
        if !dirs.contains_key(name) {
            bail!("{name} is not a dependency in {}", manifest.display());
        }
    }
    Ok(dirs)
}

/// What one program's build produced: one object and one stack report per module.
pub struct Built {
    pub binary: PathBuf,
    /// With `dlopen`: the program's own shared library, which the harness `dlopen`s.
    pub dlopen: Option<PathBuf>,
    /// The `shared` libraries, next to the binary.
    pub libraries: Vec<PathBuf>,
    pub objects: Vec<PathBuf>,
    pub reports: Vec<PathBuf>,
    /// A static `libc` link: `ld.lld --why-extract`'s table of the archive members it took.
    pub why_extract: Option<PathBuf>,
}

/// One module of a program: its source file, language, and whether it is ours (warnings are
/// errors) or a crate's.
struct Module {
    stem: String,
    path: PathBuf,
    lang: Lang,
    ours: bool,
    /// The `shared` library it goes into, if any.
    lib: Option<usize>,
}

fn resolve(tools: &Tools, program_dir: &Path, source: &Source) -> Result<PathBuf> {
    Ok(match source {
        Source::Local(p) => program_dir.join(p),
        Source::Crate { package, path } => tools
            .crates
            .get(package)
            .with_context(|| format!("{source}: crate sources not fetched"))?
            .join(path),
    })
}

/// Each source → its own IR → (its own object + stack report, one llc run) → all objects linked
/// into one test binary.
pub fn program(
    tools: &Tools,
    support: &Support,
    dir: &Path,
    program: &Program,
    arch: Arch,
) -> Result<Built> {
    fs::create_dir_all(dir)?;
    let corpus_dir = program.path.parent().unwrap_or(Path::new("."));
    let libc = match program.libc {
        Some(l) => Some(tools.libc(arch, l)?),
        None => None,
    };
    let triple = match libc {
        Some(_) => arch.musl_triple(),
        None => arch.llc_triple().to_string(),
    };
    let mut modules = vec![Module {
        stem: program.name.clone(),
        path: program.path.clone(),
        lang: program.lang,
        ours: true,
        lib: None,
    }];
    let libs = program.shared.iter().enumerate();
    let listed = program
        .sources
        .iter()
        .map(|s| (s, None))
        .chain(libs.flat_map(|(i, lib)| lib.iter().map(move |s| (s, Some(i)))));
    for (source, lib) in listed {
        modules.push(Module {
            stem: source.stem(),
            path: resolve(tools, corpus_dir, source)?,
            lang: source.lang()?,
            ours: source.package().is_none(),
            lib,
        });
    }
    let includes = program
        .includes
        .iter()
        .map(|s| resolve(tools, corpus_dir, s))
        .collect::<Result<Vec<_>>>()?;

    let mut objects = Vec::new();
    let mut reports = Vec::new();
    let mut lib_objects: Vec<Vec<PathBuf>> = vec![Vec::new(); program.shared.len()];
    for module in &modules {
        let ir = dir.join(format!("{}.ll", module.stem));
        match module.lang {
            // Hand-written IR: no front end; llc reads (a copy of) the file itself.
            Lang::Ir => {
                fs::copy(&module.path, &ir).with_context(|| {
                    format!("copying {} to {}", module.path.display(), ir.display())
                })?;
            }
            Lang::C | Lang::Cpp => {
                let mut cmd = Command::new(&tools.clang);
                match libc {
                    Some(libc) => libc_clang_flags(&mut cmd, arch, libc),
                    None => {
                        cmd.arg(format!("--target={}", arch.triple()));
                    }
                }
                cmd.args(arch.clang_flags());
                // Bare metal: picolibc's headers, after clang's own (stddef.h, stdint.h, ...).
                if let Some(libs) = tools.bare.get(&arch) {
                    cmd.arg("-idirafter").arg(&libs.include);
                }
                if module.lang == Lang::Cpp {
                    cmd.args(["-x", "c++", "-std=c++17", "-fno-exceptions", "-fno-rtti"]);
                } else {
                    cmd.arg("-std=gnu11");
                }
                cmd.args(["-O2", "-S", "-emit-llvm"]);
                if module.ours {
                    cmd.args(["-Wall", "-Werror"]);
                }
                // Code for a shared library (llc's `-relocation-model=pic` is the same for all).
                if module.lib.is_some() || program.dlopen {
                    cmd.arg("-fPIC");
                }
                cmd.arg("-I").arg(corpus_dir);
                for include in &includes {
                    cmd.arg("-I").arg(include);
                }
                cmd.arg("-I")
                    .arg(&support.corpus_include)
                    .args(program.cflags_for(arch))
                    .arg(&module.path)
                    .arg("-o")
                    .arg(&ir);
                run(&mut cmd)?;
            }
            Lang::Rust => {
                let mut cmd = Command::new(tools.rustc.as_ref().context("rustc not found")?);
                cmd.args(["--edition=2021", "--crate-type=lib", "--emit=llvm-ir"])
                    .args([
                        "-C",
                        "opt-level=2",
                        "-C",
                        "panic=abort",
                        "-C",
                        "codegen-units=1",
                    ])
                    .arg(format!("--target={}", arch.triple()))
                    .arg(format!("--crate-name={}", program.name))
                    .args(program.cflags_for(arch))
                    .arg(&module.path)
                    .arg("-o")
                    .arg(&ir);
                run(&mut cmd)?;
            }
        }

        let object = dir.join(format!("{}.o", module.stem));
        let report = dir.join(format!("{}.jsonl", module.stem));
        llc(
            tools,
            arch,
            &triple,
            &ir,
            &object,
            &report,
            program.llc_opt(),
            &program.llc_flags,
        )?;
        match module.lib {
            Some(i) => lib_objects[i].push(object.clone()),
            None => objects.push(object.clone()),
        }
        reports.push(report);
    }
    let all_objects: Vec<PathBuf> = modules
        .iter()
        .map(|m| dir.join(format!("{}.o", m.stem)))
        .collect();

    // Each `shared` line: `lib<stem>.so`, with the runtime library in it too, so that its
    // codegen libcalls bind to the analysed `rt.o` (`-Bsymbolic`: calls inside a library reach
    // its own definitions, as the analysis links them), bound at load time (`-z now`).
    let mut libraries = Vec::new();
    for (lib, objs) in program.shared.iter().zip(&lib_objects) {
        let soname = format!("lib{}.so", lib[0].stem());
        let path = dir.join(&soname);
        let mut cmd = Command::new(&tools.clang);
        cmd.arg(format!("--target={}", arch.link_target()))
            .args(["-fuse-ld=lld", "-shared", "-Wl,-z,now", "-Wl,-Bsymbolic"])
            .arg(format!("-Wl,-soname,{soname}"))
            .args(objs)
            .args(&support.rt_object)
            .args(&libraries)
            .arg("-Wl,-rpath,$ORIGIN")
            .arg("-o")
            .arg(&path);
        run(&mut cmd)?;
        libraries.push(path);
    }

    // The entry table, generated: the harness calls each entry as `long f(long)`. Bare metal
    // has no command line: the table carries the run's parameters, and which entries are
    // exception handlers.
    let table = entry_table(program, arch)?;
    let entries_c = dir.join("entries.c");
    fs::write(&entries_c, table)?;
    let entries_o = dir.join("entries.o");
    if let Some(libc) = libc {
        return link_static(
            tools, support, dir, program, arch, libc, &entries_c, objects, reports,
        );
    }
    let mut cmd = Command::new(&tools.clang);
    cmd.arg(format!("--target={}", arch.triple()))
        .args(arch.clang_flags())
        .args(["-O2", "-c"]);
    if program.dlopen {
        cmd.arg("-fPIC");
    }
    cmd.arg("-I")
        .arg(&support.harness_dir)
        .arg(&entries_c)
        .arg("-o")
        .arg(&entries_o);
    run(&mut cmd)?;

    // The program: linked into the test binary, or (`dlopen`) into `lib<name>.so`, which the
    // harness opens; either way against the libraries, found next to it.
    let binary = dir.join(program.name.clone());
    if let Some(libs) = tools.bare.get(&arch) {
        // Bare metal: the board's linker script, picolibc for what a program calls in libc,
        // libgcc for the code generator's soft-float helpers; no start files of the driver's.
        let mut cmd = Command::new(&tools.clang);
        cmd.arg(format!("--target={}", arch.triple()))
            .args(arch.clang_flags())
            .args(["-fuse-ld=lld", "-nostdlib", "-static", "-T"])
            .arg(
                support
                    .harness_dir
                    .join(format!("link_{}.ld", arch.board_stem())),
            )
            .args(&support.harness)
            .arg(&entries_o)
            .args(&objects)
            .args(&support.rt_object)
            .arg(&libs.libc)
            .arg(&libs.libgcc)
            .arg("-o")
            .arg(&binary);
        run(&mut cmd)?;
        return Ok(Built {
            binary,
            dlopen: None,
            libraries,
            objects: all_objects,
            reports,
            why_extract: None,
        });
    }
    let mut dlopen = None;
    let mut cmd = Command::new(&tools.clang);
    cmd.arg(format!("--target={}", arch.link_target()))
        .args(["-fuse-ld=lld", "-Wl,-z,now"]);
    if program.dlopen {
        let soname = format!("lib{}.so", program.name);
        let path = dir.join(&soname);
        let mut so = Command::new(&tools.clang);
        so.arg(format!("--target={}", arch.link_target()))
            .args(["-fuse-ld=lld", "-shared", "-Wl,-z,now", "-Wl,-Bsymbolic"])
            .arg(format!("-Wl,-soname,{soname}"))
            .arg(&entries_o)
            .args(&objects)
            .args(&support.rt_object)
            .args(&libraries)
            .arg("-Wl,-rpath,$ORIGIN")
            .arg("-o")
            .arg(&path);
        run(&mut so)?;
        dlopen = Some(path);
        cmd.args(&support.harness);
    } else {
        cmd.args(&support.harness)
            .arg(&entries_o)
            .args(&objects)
            .args(&support.rt_object)
            .args(&libraries);
        if !libraries.is_empty() {
            cmd.arg("-Wl,-rpath,$ORIGIN");
        }
    }
    cmd.arg("-o").arg(&binary);
    run(&mut cmd)?;
    Ok(Built {
        binary,
        dlopen,
        libraries,
        objects: all_objects,
        reports,
        why_extract: None,
    })
}

/// A program against a C library of its own (`libc`): the entry table through the custom llc like
/// the harness, then one static link, `crt1.o crti.o <harness> <entries> <program> libc.a
/// libgcc.a crtn.o`, as the C library's own driver wrapper (`musl-gcc`) links.
#[allow(clippy::too_many_arguments)]
fn link_static(
    tools: &Tools,
    support: &Support,
    dir: &Path,
    program: &Program,
    arch: Arch,
    libc: &LibcSysroot,
    entries_c: &Path,
    objects: Vec<PathBuf>,
    mut reports: Vec<PathBuf>,
) -> Result<Built> {
    let ir = dir.join("entries.ll");
    let mut cmd = Command::new(&tools.clang);
    libc_clang_flags(&mut cmd, arch, libc);
    cmd.args(["-O2", "-S", "-emit-llvm"])
        .arg("-I")
        .arg(&support.harness_dir)
        .arg(entries_c)
        .arg("-o")
        .arg(&ir);
    run(&mut cmd)?;
    let entries_o = dir.join("entries.o");
    let entries_report = dir.join("entries.jsonl");
    llc(
        tools,
        arch,
        &arch.musl_triple(),
        &ir,
        &entries_o,
        &entries_report,
        "-O2",
        &[],
    )?;
    let binary = dir.join(&program.name);
    let why_extract = dir.join("why-extract.txt");
    let mut cmd = Command::new(&tools.clang);
    cmd.arg(format!("--target={}", arch.musl_triple()))
        .args(["-fuse-ld=lld", "-static", "-nostdlib"])
        .arg(libc.lib("crt1.o"))
        .arg(libc.lib("crti.o"))
        .args(&support.harness)
        .arg(&entries_o)
        .args(&objects)
        .arg("-Wl,--start-group")
        .arg(libc.lib("libc.a"))
        .args(&libc.libgcc)
        .arg("-Wl,--end-group")
        .arg(libc.lib("crtn.o"))
        // Which archive member the linker took, and for which name: the build's record of
        // what the analysis' pull must match.
        .arg(format!("-Wl,--why-extract={}", why_extract.display()))
        .arg("-o")
        .arg(&binary);
    run(&mut cmd)?;
    let mut all_objects = objects;
    all_objects.push(entries_o);
    reports.push(entries_report);
    Ok(Built {
        binary,
        dlopen: None,
        libraries: Vec::new(),
        objects: all_objects,
        reports,
        why_extract: Some(why_extract),
    })
}

/// The generated entry table (`entries.c`): `harness.h`'s for the hosted harness, `harness_bare.h`'s
/// (with the stack size, the offsets and the exception entries) for the bare-metal one.
fn entry_table(program: &Program, arch: Arch) -> Result<String> {
    let bare = arch.bare_metal();
    let mut table = String::from(if bare {
        "#include \"harness_bare.h\"\n"
    } else {
        "#include \"harness.h\"\n"
    });
    for e in &program.entries {
        if e.exception && arch != Arch::CortexM {
            bail!(
                "{}: `exception` entries are entered through PendSV, on cortex-m only",
                e.symbol
            );
        }
        table.push_str(&format!("extern long {}(long);\n", e.symbol));
    }
    if bare {
        table.push_str("const struct sb_bare_entry sb_bare_entries[] = {\n");
        for e in &program.entries {
            table.push_str(&format!(
                "    {{\"{0}\", {0}, {1}L, {2}}},\n",
                e.symbol, e.arg, e.exception as u8
            ));
        }
        table.push_str(&format!(
            "}};\nconst int sb_bare_entry_count = {};\nconst unsigned long sb_stack_bytes = {}ul;\nconst long sb_offsets = {};\nconst long sb_offset_step = {};\n",
            program.entries.len(),
            program.stack,
            program.sp_offsets,
            arch.stack_align()
        ));
    } else {
        table.push_str("const struct sb_entry sb_entries[] = {\n");
        for e in &program.entries {
            table.push_str(&format!("    {{\"{0}\", {0}, {1}L}},\n", e.symbol, e.arg));
        }
        table.push_str(&format!(
            "}};\nconst int sb_entry_count = {};\n",
            program.entries.len()
        ));
    }
    Ok(table)
}

/// One custom-llc run: the object and the stack report of the same code generation.
#[allow(clippy::too_many_arguments)]
fn llc(
    tools: &Tools,
    arch: Arch,
    triple: &str,
    ir: &Path,
    object: &Path,
    report: &Path,
    opt: &str,
    extra: &[String],
) -> Result<()> {
    let mut report_flag = std::ffi::OsString::from("-stack-report=");
    report_flag.push(report);
    let mut cmd = Command::new(&tools.llc.path);
    cmd.arg(ir)
        .arg(format!("-mtriple={triple}"))
        .args(arch.llc_flags())
        .arg(opt)
        .arg(arch.relocation_model())
        .arg("-filetype=obj")
        .arg("-o")
        .arg(object)
        .arg(report_flag)
        .args(extra);
    run(&mut cmd)?;
    Ok(())
}

/// Runs the test binary (natively, under qemu-user, or on a qemu-system board) and returns its
/// stdout.
pub fn execute(tools: &Tools, arch: Arch, built: &Built, program: &Program) -> Result<String> {
    let binary = &built.binary;
    let emulator = || {
        tools
            .emulators
            .get(&arch)
            .with_context(|| format!("no emulator for {arch}"))
    };
    let mut cmd = match arch {
        Arch::X86_64 => Command::new(binary),
        Arch::Aarch64 | Arch::Armv7 | Arch::Riscv64 => {
            let mut cmd = Command::new(emulator()?);
            // A static binary (`libc`) loads nothing: no prefix for the cross libc.
            if program.libc.is_none() {
                cmd.args([
                    "-L",
                    arch.sysroot().expect("a Linux target under qemu-user"),
                ]);
            }
            if let Some(cpu) = &program.qemu_cpu {
                cmd.args(["-cpu", cpu]);
            }
            cmd.arg(binary);
            cmd
        }
        // Semihosting output on stdout (its own chardev); exit through SYS_EXIT.
        Arch::CortexM => {
            let mut cmd = Command::new(emulator()?);
            cmd.args([
                "-M",
                "mps2-an386",
                "-display",
                "none",
                "-monitor",
                "none",
                "-serial",
                "none",
                "-chardev",
                "stdio,id=sh0",
                "-semihosting-config",
                "enable=on,target=native,chardev=sh0",
                "-kernel",
            ])
            .arg(binary);
            cmd
        }
        // UART output on stdout; exit through the SiFive test device.
        Arch::Riscv32 => {
            let mut cmd = Command::new(emulator()?);
            cmd.args([
                "-M", "virt", "-m", "128M", "-bios", "none", "-display", "none", "-monitor",
                "none", "-serial", "stdio", "-kernel",
            ])
            .arg(binary);
            cmd
        }
    };
    if !arch.bare_metal() {
        cmd.arg("--stack").arg(program.stack.to_string());
        cmd.arg("--offsets").arg(program.sp_offsets.to_string());
        if arch.stack_align() != 16 {
            cmd.arg("--offset-step").arg(arch.stack_align().to_string());
        }
    }
    if let Some(library) = &built.dlopen {
        cmd.arg("--dlopen").arg(library);
    }
    let (status, stdout, stderr) = run_with_timeout(&mut cmd, RUN_TIMEOUT)?;
    if !stderr.trim().is_empty() || !status.success() {
        bail!(
            "{} ({status}):\n{}{}",
            shown(&cmd),
            stdout,
            stderr.trim_end()
        );
    }
    Ok(stdout)
}

/// The object's disassembly, relocations included (a call the pass does not record as one, such
/// as `-msave-restore`'s `call t0, __riscv_save_N`, shows by its relocation), with runs of
/// whitespace collapsed to one space.
pub fn disassemble(tools: &Tools, object: &Path) -> Result<String> {
    let objdump = tools
        .objdump
        .as_ref()
        .context("llvm-objdump not found on PATH (needed by `requires asm`)")?;
    let mut cmd = Command::new(objdump);
    cmd.args(["-d", "-r", "--no-show-raw-insn"]).arg(object);
    let output = cmd
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("cannot run {}", shown(&cmd)))?;
    if !output.status.success() {
        bail!(
            "{} failed: {}",
            shown(&cmd),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let text = String::from_utf8_lossy(&output.stdout);
    Ok(text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n"))
}

/// Runs `cmd`, failing with its command line and output when it fails.
pub fn run(cmd: &mut Command) -> Result<()> {
    let output = cmd
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("cannot run {}", shown(cmd)))?;
    if !output.status.success() {
        bail!(
            "{} failed ({}):\n{}{}",
            shown(cmd),
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr).trim_end()
        );
    }
    Ok(())
}

fn run_with_timeout(
    cmd: &mut Command,
    limit: Duration,
) -> Result<(std::process::ExitStatus, String, String)> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot run {}", shown(cmd)))?;
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            bail!(
                "{} ran longer than {}s and was killed",
                shown(cmd),
                limit.as_secs()
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok((status, stdout, stderr))
}

fn shown(cmd: &Command) -> String {
    let mut parts = vec![cmd.get_program().to_string_lossy().into_owned()];
    parts.extend(cmd.get_args().map(|a| a.to_string_lossy().into_owned()));
    parts.join(" ")
}

fn which(name: &str) -> Option<PathBuf> {
    let path = env::var_os("PATH")?;
    env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn program(text: &str) -> Program {
        super::super::corpus::parse_for_tests(Path::new("p.c"), text)
    }

    /// The newest complete sysroot with a bundle is taken; a missing one names the command that
    /// builds it.
    #[test]
    fn finds_libc_sysroots() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let install = |version: &str, bundle: bool| {
            let sysroot = root.join(format!("musl-{version}/x86_64-linux-musl"));
            for file in [
                "lib/libc.a",
                "lib/crt1.o",
                "lib/crti.o",
                "lib/crtn.o",
                "include/stdio.h",
            ] {
                let path = sysroot.join(file);
                fs::create_dir_all(path.parent().unwrap()).unwrap();
                fs::write(path, "").unwrap();
            }
            if bundle {
                fs::create_dir_all(sysroot.join("records")).unwrap();
                fs::write(sysroot.join("records/manifest.json"), "{}").unwrap();
            }
            sysroot
        };
        let err = LibcSysroot::find(root, Libc::Musl, Arch::X86_64).unwrap_err();
        assert!(
            format!("{err:#}").contains("cargo xtask libc-records musl --target x86_64"),
            "{err:#}"
        );
        install("1.2.9", true);
        let newest = install("1.2.10", true);
        let found = LibcSysroot::find(root, Libc::Musl, Arch::X86_64).unwrap();
        assert_eq!(found.sysroot, newest);
        assert_eq!(found.bundle, newest.join("records"));
        assert_eq!(found.lib("libc.a"), newest.join("lib/libc.a"));
        // Another target's sysroot is not this one's.
        assert!(LibcSysroot::find(root, Libc::Musl, Arch::Aarch64).is_err());
        // A sysroot without its bundle, or without its start files, is an error, not a guess.
        install("1.2.11", false);
        let err = LibcSysroot::find(root, Libc::Musl, Arch::X86_64).unwrap_err();
        assert!(format!("{err:#}").contains("no records bundle"), "{err:#}");
        let partial = install("1.2.12", true);
        fs::remove_file(partial.join("lib/crt1.o")).unwrap();
        let err = LibcSysroot::find(root, Libc::Musl, Arch::X86_64).unwrap_err();
        assert!(format!("{err:#}").contains("crt1.o"), "{err:#}");
    }

    #[test]
    fn bare_metal_entry_tables_carry_the_run() {
        let p = program(
            "// validate: about x\n// validate: entry f 3\n// validate: entry h 5 exception\n// validate: targets cortex-m\n// validate: stack 65536\n// validate: sp-offsets 4\n",
        );
        let table = entry_table(&p, Arch::CortexM).unwrap();
        assert!(table.contains("#include \"harness_bare.h\""), "{table}");
        assert!(table.contains("{\"f\", f, 3L, 0}"), "{table}");
        assert!(table.contains("{\"h\", h, 5L, 1}"), "{table}");
        assert!(table.contains("sb_stack_bytes = 65536ul;"), "{table}");
        assert!(table.contains("sb_offsets = 4;"), "{table}");
        // ARM's SP alignment: the tops are 8 bytes apart.
        assert!(table.contains("sb_offset_step = 8;"), "{table}");
        // Exceptions are entered through PendSV: cortex-m only.
        assert!(entry_table(&p, Arch::Riscv32).is_err());
        let hosted = program("// validate: about x\n// validate: entry f 3\n");
        let table = entry_table(&hosted, Arch::X86_64).unwrap();
        assert!(
            table.contains("const struct sb_entry sb_entries[] = {\n    {\"f\", f, 3L},\n};"),
            "{table}"
        );
        assert!(!table.contains("sb_stack_bytes"), "{table}");
    }
}
