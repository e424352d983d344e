//! `cargo xtask validate`: the runtime proof of the bounds (docs/validation.md).
//!
//! For every corpus program in `validate/corpus/` and every selected target:
//! 1. the source becomes IR (clang for C/C++, rustc for Rust); a program of several modules
//!    (`validate/corpus/<name>/`) does steps 1 and 2 once per source file;
//! 2. ONE custom-llc invocation writes both the object and its `-stack-report`, so the code that
//!    is measured is exactly the code that was analysed;
//! 3. the object is linked with the harness (`validate/harness/`), which runs each entry on a
//!    painted stack of its own and prints the deepest byte it touched below the caller's SP;
//! 4. the bound comes from the `stackbound` library on the same records, and the two are compared.
//!
//! A complete bound below its measurement is an underestimate: the run fails. Entries the tool
//! must flag instead of bound (recursion, indirect calls, dynamic frames, unknown externals) are
//! checked for the flag, and their measurement is printed beside it.

pub(crate) mod build;
mod corpus;
mod measure;
mod random;
mod table;

use std::{
    ffi::OsString,
    fmt,
    path::PathBuf,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Mutex,
    },
    time::Instant,
};

use anyhow::{anyhow, bail, Context, Result};
use xshell::Shell;

pub const USAGE: &str = "\
cargo xtask validate [--target TARGET|all]... [--quick] [--only PROGRAM]... [--llc PATH]
                     [--jobs N] [--markdown FILE] [--corpus DIR] [--random N [--seed S]]
    Compiles every program in validate/corpus/ with the custom llc (object and stack report
    from one invocation), runs each entry on a painted stack and compares the measured depth
    with stackbound's bound. Fails on any underestimate.
    --target: x86_64 (native), aarch64, armv7 (Thumb-2 Linux), riscv64 (qemu-user), cortex-m
              (Cortex-M4F, qemu-system-arm -M mps2-an386), riscv32 (RV32IMAC, qemu-system-riscv32
              -M virt), or all (the default); repeatable.
    --quick: all x86-64 programs and, on every other target, the programs marked `quick`
             (what CI runs).
    --only: only these programs (file stems or directory names, repeatable).
    --markdown: also write the table and summary as Markdown to FILE.
    --corpus: programs from DIR instead of validate/corpus/ (same `// validate:` lines).
    --random: N generated programs (random call graphs, frames and codegen flags) instead of
              the corpus, from seed S (default 1); written to target/validate-random/corpus/.
";

/// The targets validate runs on: x86-64 natively, the others under qemu (user mode for the Linux
/// targets, system mode for the bare-metal ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arch {
    X86_64,
    Aarch64,
    /// ARMv7-A Linux, Thumb-2 (`-mthumb`), hard-float ABI.
    Armv7,
    /// Bare-metal Cortex-M4F (ARMv7E-M, FPv4-SP), under `qemu-system-arm -M mps2-an386`.
    CortexM,
    /// RV64GC Linux, lp64d.
    Riscv64,
    /// Bare-metal RV32IMAC, ilp32, under `qemu-system-riscv32 -M virt`.
    Riscv32,
}

impl Arch {
    pub const ALL: [Arch; 6] = [
        Arch::X86_64,
        Arch::Aarch64,
        Arch::Armv7,
        Arch::CortexM,
        Arch::Riscv64,
        Arch::Riscv32,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64",
            Arch::Aarch64 => "aarch64",
            Arch::Armv7 => "armv7",
            Arch::CortexM => "cortex-m",
            Arch::Riscv64 => "riscv64",
            Arch::Riscv32 => "riscv32",
        }
    }

    /// The triple given to clang and rustc.
    pub fn triple(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64-unknown-linux-gnu",
            Arch::Aarch64 => "aarch64-unknown-linux-gnu",
            Arch::Armv7 => "armv7-unknown-linux-gnueabihf",
            Arch::CortexM => "thumbv7em-none-eabihf",
            Arch::Riscv64 => "riscv64-unknown-linux-gnu",
            Arch::Riscv32 => "riscv32-unknown-elf",
        }
    }

    /// The triple llc gets: what clang's IR says (`-mthumb` makes ARM Linux `thumbv7`), so that
    /// hand-written IR is compiled for the same mode.
    pub fn llc_triple(self) -> &'static str {
        match self {
            Arch::Armv7 => "thumbv7-unknown-linux-gnueabihf",
            other => other.triple(),
        }
    }

    /// clang flags that select the CPU, instruction set and ABI (every module, harness included).
    pub fn clang_flags(self) -> &'static [&'static str] {
        match self {
            Arch::X86_64 | Arch::Aarch64 | Arch::Riscv64 => &[],
            Arch::Armv7 => &["-mthumb"],
            Arch::CortexM => &["-mcpu=cortex-m4", "-mfpu=fpv4-sp-d16", "-mfloat-abi=hard"],
            Arch::Riscv32 => &["-march=rv32imac", "-mabi=ilp32"],
        }
    }

    /// llc flags for the same: clang's IR carries them per function, hand-written IR does not.
    pub fn llc_flags(self) -> &'static [&'static str] {
        match self {
            Arch::X86_64 | Arch::Aarch64 => &[],
            Arch::Armv7 => &["-mattr=+vfp3d16"],
            Arch::CortexM => &["-mcpu=cortex-m4"],
            Arch::Riscv64 => &["-mattr=+m,+a,+f,+d,+c", "-target-abi=lp64d"],
            Arch::Riscv32 => &["-mattr=+m,+a,+c", "-target-abi=ilp32"],
        }
    }

    /// The triple the clang driver links with: Debian's cross toolchains (`aarch64-linux-gnu`,
    /// ...); a bare-metal target links with its own linker script, without the driver's defaults.
    pub fn link_target(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64-linux-gnu",
            Arch::Aarch64 => "aarch64-linux-gnu",
            Arch::Armv7 => "arm-linux-gnueabihf",
            Arch::Riscv64 => "riscv64-linux-gnu",
            Arch::CortexM | Arch::Riscv32 => self.triple(),
        }
    }

    /// Bare metal: no OS, no mmap, no command line (harness_bare.c, startup_<arch>.S).
    pub fn bare_metal(self) -> bool {
        matches!(self, Arch::CortexM | Arch::Riscv32)
    }

    /// Whether an unexpected flag fails the run. On x86-64 and AArch64 the decoders are complete,
    /// so a flag the program does not expect is a regression; on the ARM and RISC-V targets a
    /// function the decoder refuses is `dynamic` (correct: refused, never low), so an unexpected
    /// flag is reported, not failed. Underestimates fail on every target.
    pub fn strict_flags(self) -> bool {
        matches!(self, Arch::X86_64 | Arch::Aarch64)
    }

    /// The bare-metal startup and linker script: `startup_<board_stem>.S`, `link_<board_stem>.ld`.
    pub fn board_stem(self) -> &'static str {
        match self {
            Arch::CortexM => "cortex_m",
            other => other.name(),
        }
    }

    /// The trampoline, `trampoline_<file_stem>.S` (one for RV32 and RV64).
    pub fn file_stem(self) -> &'static str {
        match self {
            Arch::CortexM => "cortex_m",
            Arch::Riscv64 | Arch::Riscv32 => "riscv",
            other => other.name(),
        }
    }

    fn parse(s: &str) -> Option<Arch> {
        match s {
            "x86_64" | "x86-64" | "x86" => Some(Arch::X86_64),
            "aarch64" | "arm64" => Some(Arch::Aarch64),
            "armv7" | "arm" | "thumbv7" => Some(Arch::Armv7),
            "cortex-m" | "cortex_m" | "cortexm" | "thumbv7em" => Some(Arch::CortexM),
            "riscv64" | "rv64" => Some(Arch::Riscv64),
            "riscv32" | "rv32" => Some(Arch::Riscv32),
            _ => None,
        }
    }
}

impl fmt::Display for Arch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The `cargo xtask validate` command and its flags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validate {
    /// The targets to run; empty means both.
    pub targets: Vec<Arch>,
    pub quick: bool,
    /// Program names (file stems); empty means all.
    pub only: Vec<String>,
    pub llc: Option<PathBuf>,
    pub jobs: Option<usize>,
    pub markdown: Option<PathBuf>,
    pub corpus: Option<PathBuf>,
    /// Generated programs instead of the corpus: how many, and the seed.
    pub random: Option<u64>,
    pub seed: u64,
    /// `--help`: print the usage and do nothing else.
    pub help: bool,
}

impl Validate {
    /// Parses the flags after `validate`.
    pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Validate> {
        let mut flags = Validate {
            seed: 1,
            ..Validate::default()
        };
        let mut args = args.into_iter().map(|arg| {
            arg.into_string()
                .map_err(|arg| anyhow!("argument {arg:?} is not UTF-8"))
        });
        while let Some(arg) = args.next() {
            let arg = arg?;
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) if name.starts_with("--") => {
                    (name.to_owned(), Some(value.to_owned()))
                }
                _ => (arg.clone(), None),
            };
            let mut value = || -> Result<String> {
                match inline.clone() {
                    Some(value) => Ok(value),
                    None => args
                        .next()
                        .unwrap_or_else(|| bail!("{name} needs a value.\n\n{USAGE}")),
                }
            };
            match name.as_str() {
                "--target" => {
                    let v = value()?;
                    match v.as_str() {
                        "all" => flags.targets = Arch::ALL.to_vec(),
                        other => {
                            let arch = Arch::parse(other).with_context(|| {
                                format!("--target must be one of x86_64, aarch64, armv7, cortex-m, riscv64, riscv32 or all, not {other:?}")
                            })?;
                            if !flags.targets.contains(&arch) {
                                flags.targets.push(arch);
                            }
                        }
                    }
                }
                "--quick" => flags.quick = true,
                "--only" => flags.only.push(value()?),
                "--llc" => flags.llc = Some(PathBuf::from(value()?)),
                "--markdown" => flags.markdown = Some(PathBuf::from(value()?)),
                "--corpus" => flags.corpus = Some(PathBuf::from(value()?)),
                "--random" => {
                    let n = value()?;
                    flags.random = Some(
                        n.parse()
                            .ok()
                            .filter(|&n: &u64| n > 0)
                            .context("--random takes a positive count")?,
                    );
                }
                "--seed" => flags.seed = value()?.parse().context("--seed takes a number")?,
                "--jobs" | "-j" => {
                    let jobs = value()?;
                    let jobs = jobs.parse().ok().filter(|&n: &usize| n > 0);
                    flags.jobs = Some(jobs.context("--jobs takes a positive number")?);
                }
                "-h" | "--help" => flags.help = true,
                _ => bail!("unknown option {arg:?} for validate.\n\n{USAGE}"),
            }
        }
        Ok(flags)
    }

    /// Runs the validation from the workspace root (`sh`'s current directory).
    pub fn run(self, sh: &Shell) -> Result<()> {
        if self.help {
            print!("{USAGE}");
            return Ok(());
        }
        let root = sh.current_dir();
        let started = Instant::now();
        let targets = if self.targets.is_empty() && self.random.is_some() {
            // The generator's flags (stack probes, ...) are for the two 64-bit Linux targets.
            vec![Arch::X86_64, Arch::Aarch64]
        } else if self.targets.is_empty() {
            Arch::ALL.to_vec()
        } else {
            self.targets.clone()
        };
        let mut tools = build::Tools::discover(self.llc.as_deref(), &targets)?;
        eprintln!(
            "==> llc: {} (LLVM {})",
            tools.llc.path.display(),
            tools.llc.version
        );

        let corpus_dir = match (&self.corpus, self.random) {
            (Some(_), Some(_)) => bail!("--corpus and --random exclude each other"),
            (Some(dir), None) if dir.is_absolute() => dir.clone(),
            (Some(dir), None) => root.join(dir),
            (None, Some(count)) => {
                let dir = root.join("target/validate-random/corpus");
                random::generate(&dir, self.seed, count)?;
                eprintln!(
                    "==> {count} random programs (seed {}) in {}",
                    self.seed,
                    dir.display()
                );
                dir
            }
            (None, None) => root.join("validate/corpus"),
        };
        let programs = corpus::load(&corpus_dir)?;
        for name in &self.only {
            if !programs.iter().any(|p| &p.name == name) {
                bail!("--only {name}: no such program in {}", corpus_dir.display());
            }
        }
        let out = match (&self.corpus, self.random) {
            (Some(_), _) => root.join("target/validate-extra"),
            (None, Some(_)) => root.join("target/validate-random"),
            (None, None) => root.join("target/validate"),
        };
        let mut jobs = Vec::new();
        let mut skipped = Vec::new();
        for arch in &targets {
            for program in &programs {
                if !self.only.is_empty() && !self.only.contains(&program.name) {
                    continue;
                }
                if !program.targets.contains(arch) {
                    continue;
                }
                if self.quick && *arch != Arch::X86_64 && !program.quick {
                    continue;
                }
                if let Some(why) = tools.unsupported(program, *arch) {
                    skipped.push(format!("{} on {arch}: {why}", program.name));
                    continue;
                }
                jobs.push((program, *arch));
            }
        }
        if jobs.is_empty() {
            bail!("nothing to validate with these flags");
        }

        // The registry crates whose sources the selected programs compile (`crate:` sources).
        let wanted: std::collections::BTreeSet<String> = jobs
            .iter()
            .flat_map(|(p, _)| p.modules().chain(&p.includes))
            .filter_map(|s| s.package().map(str::to_string))
            .collect();
        if !wanted.is_empty() {
            tools.crates = build::crate_sources(&root, &wanted)?;
            for (name, dir) in &tools.crates {
                eprintln!("==> crate {name}: {}", dir.display());
            }
        }
        // The C library sysroots that `libc` programs link against (`cargo xtask libc-records`).
        let libc_root = build::LibcSysroot::root(&root);
        let kinds: std::collections::BTreeSet<(Arch, Option<corpus::Libc>)> =
            jobs.iter().map(|(p, a)| (*a, p.libc)).collect();
        for &(arch, libc) in &kinds {
            if let Some(libc) = libc {
                let found = build::LibcSysroot::find(&libc_root, libc, arch)?;
                eprintln!(
                    "==> {} for {arch}: {} (records {})",
                    libc.name(),
                    found.sysroot.display(),
                    found.bundle.display()
                );
                tools.libcs.insert((arch, libc), found);
            }
        }
        let tools = tools;

        // Per target and C library: the harness objects and the runtime library (analysed like
        // the corpus).
        let mut support = Vec::new();
        for &(arch, libc) in &kinds {
            support.push(build::Support::build(&tools, &root, &out, arch, libc)?);
        }

        let workers = self
            .jobs
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        let next = AtomicUsize::new(0);
        let done = AtomicUsize::new(0);
        let results: Mutex<Vec<Option<Vec<measure::Row>>>> =
            Mutex::new((0..jobs.len()).map(|_| None).collect());
        std::thread::scope(|scope| {
            for _ in 0..workers.clamp(1, jobs.len()) {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&(program, arch)) = jobs.get(i) else {
                        break;
                    };
                    let support = support
                        .iter()
                        .find(|s| s.arch == arch && s.libc == program.libc)
                        .expect("support built");
                    let t = Instant::now();
                    let rows = measure::validate_program(&tools, support, &out, program, arch);
                    let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                    let bad = rows.iter().filter(|r| r.verdict.is_failure()).count();
                    eprintln!(
                        "[{n:>3}/{}] {arch:<7} {:<24} {} ({:.1}s)",
                        jobs.len(),
                        program.name,
                        if bad == 0 {
                            "ok".to_string()
                        } else {
                            format!("{bad} FAILED")
                        },
                        t.elapsed().as_secs_f64()
                    );
                    results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(rows);
                });
            }
        });
        let mut rows: Vec<measure::Row> = results
            .into_inner()
            .unwrap_or_else(|e| e.into_inner())
            .into_iter()
            .flat_map(|r| r.expect("every job ran"))
            .collect();
        rows.sort_by(|a, b| (&a.program, a.order, a.arch).cmp(&(&b.program, b.order, b.arch)));

        let summary = table::Summary::of(&rows);
        print!("{}", table::text(&rows, &summary));
        for line in &skipped {
            println!("skipped: {line}");
        }
        println!("took {:.1}s", started.elapsed().as_secs_f64());
        if let Some(path) = &self.markdown {
            let path = if path.is_absolute() {
                path.clone()
            } else {
                root.join(path)
            };
            std::fs::write(&path, table::markdown(&rows, &summary, &skipped))
                .with_context(|| format!("writing {}", path.display()))?;
            eprintln!("==> wrote {}", path.display());
        }
        summary.verdict()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Validate> {
        Validate::parse(args.iter().map(OsString::from))
    }

    #[test]
    fn parses_flags() {
        let v = parse(&[
            "--target",
            "aarch64",
            "--quick",
            "--only=sort_heap",
            "--only",
            "crc32",
            "-j",
            "2",
        ])
        .unwrap();
        assert_eq!(v.targets, vec![Arch::Aarch64]);
        assert!(v.quick);
        assert_eq!(v.only, vec!["sort_heap".to_string(), "crc32".to_string()]);
        assert_eq!(v.jobs, Some(2));
        assert_eq!(
            parse(&["--target=all"]).unwrap().targets,
            Arch::ALL.to_vec()
        );
        assert!(parse(&[]).unwrap().targets.is_empty());
        assert_eq!(
            parse(&["--target", "cortex-m", "--target=rv32", "--target", "armv7"])
                .unwrap()
                .targets,
            vec![Arch::CortexM, Arch::Riscv32, Arch::Armv7]
        );
        assert!(parse(&["--help"]).unwrap().help);
        let r = parse(&["--random", "40", "--seed=9"]).unwrap();
        assert_eq!((r.random, r.seed), (Some(40), 9));
    }

    #[test]
    fn rejects_bad_flags() {
        assert!(parse(&["--target", "riscv"]).is_err());
        assert!(parse(&["--target", "mips"]).is_err());
        assert!(parse(&["--jobs", "0"]).is_err());
        assert!(parse(&["--only"]).is_err());
        assert!(parse(&["--fast"]).is_err());
        assert!(parse(&["--random", "0"]).is_err());
    }
}
