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
    corpus::{Lang, Program, Source},
    Arch,
};
use std::collections::{BTreeMap, BTreeSet};

/// Where Debian's arm64 cross libc lives: qemu-aarch64's `-L` prefix.
const AARCH64_SYSROOT: &str = "/usr/aarch64-linux-gnu";
/// How long one test binary may run (qemu included) before it is killed.
const RUN_TIMEOUT: Duration = Duration::from_secs(120);

pub struct Tools {
    pub llc: Llc,
    pub clang: PathBuf,
    pub qemu: Option<PathBuf>,
    pub rustc: Option<PathBuf>,
    /// llvm-objdump of the same major version, for `requires asm`.
    pub objdump: Option<PathBuf>,
    /// Targets rustc has `core` for (`rustup target list --installed`).
    pub rust_targets: Vec<Arch>,
    /// Source directories of the registry crates that `crate:` sources name (`crate_sources`).
    pub crates: BTreeMap<String, PathBuf>,
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
        let qemu = which("qemu-aarch64");
        if targets.contains(&Arch::Aarch64) {
            if qemu.is_none() {
                bail!("qemu-aarch64 not found on PATH: the AArch64 part runs under qemu-user (Debian package qemu-user), or pass --target x86_64");
            }
            if !Path::new(AARCH64_SYSROOT).join("lib").is_dir() {
                bail!("{AARCH64_SYSROOT}/lib is missing: AArch64 programs link against Debian's arm64 cross libc (packages libc6-dev-arm64-cross, gcc-aarch64-linux-gnu), or pass --target x86_64");
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
            qemu,
            rustc,
            objdump,
            rust_targets,
            crates: BTreeMap::new(),
        })
    }

    /// Why `program` cannot be built for `arch` on this machine, if it cannot.
    pub fn unsupported(&self, program: &Program, arch: Arch) -> Option<String> {
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

/// Per target: the harness objects and the runtime library, built once.
pub struct Support {
    pub arch: Arch,
    pub harness: Vec<PathBuf>,
    pub harness_dir: PathBuf,
    /// `validate/corpus/`, on every program's include path (for `sb.h`).
    pub corpus_include: PathBuf,
    /// `validate/rt/rt.c` through the custom llc: its object and its records.
    pub rt_object: PathBuf,
    pub rt_modules: Vec<ModuleReport>,
}

impl Support {
    pub fn build(tools: &Tools, root: &Path, out: &Path, arch: Arch) -> Result<Support> {
        let dir = out.join(arch.name()).join("_support");
        fs::create_dir_all(&dir)?;
        let harness_dir = root.join("validate/harness");
        let mut harness = Vec::new();
        for (source, object) in [
            (harness_dir.join("harness.c"), dir.join("harness.o")),
            (
                harness_dir.join(format!("trampoline_{}.S", arch.name())),
                dir.join("trampoline.o"),
            ),
        ] {
            let mut cmd = Command::new(&tools.clang);
            cmd.arg(format!("--target={}", arch.triple()))
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
        llc(tools, arch, &rt_ir, &rt_object, &rt_report, "-O2", &[])?;
        let rt_modules = stackbound::records::read_file(&rt_report)?;
        Ok(Support {
            arch,
            harness,
            harness_dir,
            corpus_include: root.join("validate/corpus"),
            rt_object,
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
                cmd.arg(format!("--target={}", arch.triple()));
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
                    .args(&program.cflags)
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
                    .args(&program.cflags)
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
            .arg(&support.rt_object)
            .args(&libraries)
            .arg("-Wl,-rpath,$ORIGIN")
            .arg("-o")
            .arg(&path);
        run(&mut cmd)?;
        libraries.push(path);
    }

    // The entry table, generated: the harness calls each entry as `long f(long)`.
    let mut table = String::from("#include \"harness.h\"\n");
    for e in &program.entries {
        table.push_str(&format!("extern long {}(long);\n", e.symbol));
    }
    table.push_str("const struct sb_entry sb_entries[] = {\n");
    for e in &program.entries {
        table.push_str(&format!("    {{\"{0}\", {0}, {1}L}},\n", e.symbol, e.arg));
    }
    table.push_str(&format!(
        "}};\nconst int sb_entry_count = {};\n",
        program.entries.len()
    ));
    let entries_c = dir.join("entries.c");
    fs::write(&entries_c, table)?;
    let entries_o = dir.join("entries.o");
    let mut cmd = Command::new(&tools.clang);
    cmd.arg(format!("--target={}", arch.triple()))
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
            .arg(&support.rt_object)
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
            .arg(&support.rt_object)
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
    })
}

/// One custom-llc run: the object and the stack report of the same code generation.
fn llc(
    tools: &Tools,
    arch: Arch,
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
        .arg(format!("-mtriple={}", arch.triple()))
        .arg(opt)
        .arg("-relocation-model=pic")
        .arg("-filetype=obj")
        .arg("-o")
        .arg(object)
        .arg(report_flag)
        .args(extra);
    run(&mut cmd)?;
    Ok(())
}

/// Runs the test binary (under qemu for AArch64) and returns its stdout.
pub fn execute(tools: &Tools, arch: Arch, built: &Built, program: &Program) -> Result<String> {
    let binary = &built.binary;
    let mut cmd = match arch {
        Arch::X86_64 => Command::new(binary),
        Arch::Aarch64 => {
            let mut cmd = Command::new(tools.qemu.as_ref().context("qemu-aarch64 not found")?);
            cmd.args(["-L", AARCH64_SYSROOT]);
            if let Some(cpu) = &program.qemu_cpu {
                cmd.args(["-cpu", cpu]);
            }
            cmd.arg(binary);
            cmd
        }
    };
    cmd.arg("--stack").arg(program.stack.to_string());
    cmd.arg("--offsets").arg(program.sp_offsets.to_string());
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

/// The object's disassembly with runs of whitespace collapsed to one space.
pub fn disassemble(tools: &Tools, object: &Path) -> Result<String> {
    let objdump = tools
        .objdump
        .as_ref()
        .context("llvm-objdump not found on PATH (needed by `requires asm`)")?;
    let mut cmd = Command::new(objdump);
    cmd.args(["-d", "--no-show-raw-insn"]).arg(object);
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
