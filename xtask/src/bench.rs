//! `cargo xtask bench`: speed targets as ratios, never as timed tests (docs/performance.md).
//! 1. `records`: parse + link + bound of a synthetic program's records on disk, as ratios to
//!    reading the file, at 1%, 10% and 100% of the size (the crate's `bound_bench` example,
//!    release build).
//! 2. `sqlite`: the whole report (`stackbound -O2 --format json`) on the sqlite3 amalgamation
//!    against `llc -O2 -filetype=obj` of the same IR. sqlite3.c comes from the `libsqlite3-sys`
//!    crate pinned in `xtask/bench-crates/` (fetched from crates.io, never built), compiled once
//!    by clang to `target/bench/sqlite3.ll`.
//! 3. `module`: the same comparison on one big generated module of many small functions, where
//!    the per-function cost of the report weighs the most.
//!
//! Each comparison runs the commands alternately, rotating which goes first, so that machine
//! noise and drift hit all of them; the medians and their ratio are what to compare across
//! commits. A third command, the llc run the report makes itself (`-filetype=null
//! -stack-report`), splits the report's time into llc and the analysis.

use std::{
    env,
    ffi::OsString,
    fmt::Write as _,
    fs,
    path::{Path, PathBuf},
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use anyhow::{bail, ensure, Context, Result};
use xshell::{cmd, Shell};

use crate::{
    flags::{self, BenchPart},
    pin::Pin,
    project_root,
    report::llc_for_tools,
};

/// The pinned crate that carries sqlite3.c (`[dependencies]` of this manifest, `Cargo.lock`).
const BENCH_CRATES: &str = "xtask/bench-crates/Cargo.toml";
const SQLITE_PACKAGE: &str = "libsqlite3-sys";
/// The target of the report's figures: its time over that of `llc -O2 -filetype=obj`.
const TARGET_RATIO: f64 = 1.03;

/// The defines `libsqlite3-sys` compiles its bundled sqlite3.c with on Linux (its build.rs,
/// feature `bundled`), so the module is the one a Rust program using it ships.
const SQLITE_DEFINES: &[&str] = &[
    "-DSQLITE_CORE",
    "-DSQLITE_DEFAULT_FOREIGN_KEYS=1",
    "-DSQLITE_ENABLE_API_ARMOR",
    "-DSQLITE_ENABLE_COLUMN_METADATA",
    "-DSQLITE_ENABLE_DBSTAT_VTAB",
    "-DSQLITE_ENABLE_FTS3",
    "-DSQLITE_ENABLE_FTS3_PARENTHESIS",
    "-DSQLITE_ENABLE_FTS5",
    "-DSQLITE_ENABLE_JSON1",
    "-DSQLITE_ENABLE_LOAD_EXTENSION=1",
    "-DSQLITE_ENABLE_MEMORY_MANAGEMENT",
    "-DSQLITE_ENABLE_RTREE",
    "-DSQLITE_ENABLE_STAT4",
    "-DSQLITE_SOUNDEX",
    "-DSQLITE_THREADSAFE=1",
    "-DSQLITE_USE_URI",
    "-DHAVE_USLEEP=1",
    "-DHAVE_ISNAN",
    "-D_POSIX_THREAD_SAFE_FUNCTIONS",
    "-DHAVE_LOCALTIME_R",
];

impl flags::Bench {
    pub(crate) fn run(self, sh: &Shell) -> Result<()> {
        let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
        if self.wants(BenchPart::Records) {
            // From records on disk: read, parse, link, bound; at growing sizes, so that the
            // time per function shows whether it stays linear.
            let per_function = self.edges / self.functions.max(1);
            for functions in [self.functions / 100, self.functions / 10, self.functions] {
                let edges = (functions * per_function).to_string();
                let functions = functions.max(1).to_string();
                eprintln!(
                    "==> parse + link + bound, {functions} functions, {edges} calls (release build)"
                );
                cmd!(sh, "{cargo} run --quiet --release -p stackbound --example bound_bench -- {functions} {edges}")
                    .run()?;
            }
        }
        if !self.wants(BenchPart::Sqlite) && !self.wants(BenchPart::Module) {
            return Ok(());
        }

        let llc = llc_for_tools(sh)?;
        cmd!(
            sh,
            "{cargo} build --quiet --release -p stackbound --bin stackbound"
        )
        .run()?;
        let bench = Commands {
            llc,
            stackbound: project_root().join("target/release/stackbound"),
            rounds: self.rounds,
        };
        let dir = project_root().join("target/bench");
        fs::create_dir_all(&dir)?;
        let mut results = Vec::new();
        if self.wants(BenchPart::Sqlite) {
            let (module, about) = sqlite_module(&dir)?;
            results.push(bench.side_by_side(&module, &about)?);
        }
        if self.wants(BenchPart::Module) {
            let module = dir.join("big.ll");
            fs::write(&module, synthetic_module(self.module_functions))?;
            let about = format!("generated module, {} functions", self.module_functions);
            results.push(bench.side_by_side(&module, &about)?);
        }
        for result in &results {
            println!("{result}");
        }
        Ok(())
    }

    fn wants(&self, part: BenchPart) -> bool {
        self.only.is_empty() || self.only.contains(&part)
    }
}

/// The tools one comparison runs.
struct Commands {
    llc: PathBuf,
    stackbound: PathBuf,
    rounds: usize,
}

/// The three commands of a comparison, in the order of `Comparison::samples`.
const NAMES: [&str; 3] = [
    "llc -filetype=obj",
    "llc -filetype=null + report",
    "stackbound",
];

/// One command's wall-clock time and the CPU time (user + system) of the processes it ran.
#[derive(Debug, Clone, Copy, Default)]
struct Sample {
    wall: Duration,
    cpu: Option<Duration>,
}

impl Commands {
    /// `llc -O2 -filetype=obj` (the baseline), the llc run the report makes itself, and the
    /// whole report, alternately, `rounds` times.
    fn side_by_side(&self, module: &Path, about: &str) -> Result<Comparison> {
        let object = module.with_extension("o");
        let records = module.with_extension("jsonl");
        let commands = |which: usize| -> Command {
            let mut cmd = Command::new(if which < 2 {
                &self.llc
            } else {
                &self.stackbound
            });
            match which {
                0 => cmd
                    .arg("-O2")
                    .arg("-filetype=obj")
                    .arg(module)
                    .arg("-o")
                    .arg(&object),
                1 => cmd
                    .arg("-O2")
                    .arg("-filetype=null")
                    .arg(module)
                    .args(["-o", "/dev/null"])
                    .arg(with_path("-stack-report=", &records)),
                _ => cmd
                    .arg("--llc")
                    .arg(&self.llc)
                    .arg("-O2")
                    .args(["--format", "json"])
                    .arg(module),
            };
            cmd
        };
        eprintln!(
            "==> {about}: {}, {} rounds",
            NAMES.join(" vs "),
            self.rounds
        );
        for which in 0..NAMES.len() {
            eprintln!("    {}", shown(&commands(which)));
        }
        let mut samples: [Vec<Sample>; 3] = Default::default();
        for round in 0..self.rounds {
            // Rotate the order, so that no command always runs right after the same one.
            for step in 0..NAMES.len() {
                let which = (round + step) % NAMES.len();
                samples[which].push(time(&mut commands(which))?);
            }
        }
        Ok(Comparison {
            about: about.to_owned(),
            samples,
        })
    }
}

/// The samples of one comparison; `Display` prints the medians and ratios.
struct Comparison {
    about: String,
    samples: [Vec<Sample>; 3],
}

impl Comparison {
    fn wall(&self, which: usize) -> Duration {
        median(self.samples[which].iter().map(|s| s.wall).collect())
    }

    fn cpu(&self, which: usize) -> Option<Duration> {
        let times: Option<Vec<_>> = self.samples[which].iter().map(|s| s.cpu).collect();
        times.map(median)
    }
}

impl std::fmt::Display for Comparison {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let rounds = self.samples[0].len();
        writeln!(f, "{} (median of {rounds} rounds):", self.about)?;
        let base_wall = self.wall(0).as_secs_f64();
        let base_cpu = self.cpu(0).map(|d| d.as_secs_f64());
        for (which, name) in NAMES.iter().enumerate() {
            let wall = self.wall(which).as_secs_f64();
            let (min, max) = self.samples[which]
                .iter()
                .map(|s| s.wall.as_secs_f64())
                .fold((f64::MAX, 0f64), |(lo, hi), t| (lo.min(t), hi.max(t)));
            write!(
                f,
                "  {name:<28} wall {wall:7.2} s ({min:.2}..{max:.2})  ratio {:.3}",
                wall / base_wall
            )?;
            if let (Some(cpu), Some(base)) = (self.cpu(which), base_cpu) {
                let cpu = cpu.as_secs_f64();
                write!(f, "   cpu {cpu:7.2} s  ratio {:.3}", cpu / base)?;
            }
            writeln!(f)?;
        }
        let ratio = self.wall(2).as_secs_f64() / base_wall;
        let analysis = self.wall(2).as_secs_f64() - self.wall(1).as_secs_f64();
        // Within one round the commands ran back to back: the median of those ratios is less
        // exposed to drift over the run than the ratio of the medians.
        let mut paired: Vec<f64> = self.samples[2]
            .iter()
            .zip(&self.samples[0])
            .map(|(report, llc)| report.wall.as_secs_f64() / llc.wall.as_secs_f64())
            .collect();
        paired.sort_by(f64::total_cmp);
        write!(
            f,
            "  report / llc -filetype=obj: {ratio:.3} ({} the {TARGET_RATIO:.2}x target); \
             per round {:.3} ({:.3}..{:.3}); analysis + output after llc: {analysis:+.2} s",
            if ratio <= TARGET_RATIO {
                "meets"
            } else {
                "misses"
            },
            paired[paired.len() / 2],
            paired[0],
            paired[paired.len() - 1],
        )
    }
}

/// Runs `cmd` to completion, stdout to /dev/null, and times it: wall clock, and the CPU time of
/// the processes it ran (from this process's reaped-children counters).
fn time(cmd: &mut Command) -> Result<Sample> {
    let cpu_before = children_cpu();
    let started = Instant::now();
    let out = cmd
        .stdout(Stdio::null())
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("cannot run {}", shown(cmd)))?;
    let wall = started.elapsed();
    ensure!(
        out.status.success(),
        "{} failed ({}):\n{}",
        shown(cmd),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let cpu = match (cpu_before, children_cpu()) {
        (Some(before), Some(after)) => after.checked_sub(before),
        _ => None,
    };
    Ok(Sample { wall, cpu })
}

/// User + system time of this process's waited-for children and theirs (`cutime` + `cstime` of
/// /proc/self/stat); None where there is no procfs.
fn children_cpu() -> Option<Duration> {
    let stat = fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces: state is
    // field 3, cutime field 16 and cstime field 17.
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = fields.get(13)?.parse::<u64>().ok()? + fields.get(14)?.parse::<u64>().ok()?;
    // USER_HZ, which the kernel reports these in, is 100 on every Linux ABI.
    Some(Duration::from_millis(ticks * 10))
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn with_path(flag: &str, path: &Path) -> OsString {
    let mut arg = OsString::from(flag);
    arg.push(path);
    arg
}

fn shown(cmd: &Command) -> String {
    let root = project_root();
    let word = |s: &std::ffi::OsStr| {
        let s = s.to_string_lossy();
        // Paths inside the checkout are shown relative to it.
        match s.find(&*root.to_string_lossy()) {
            Some(at) => format!(
                "{}{}",
                &s[..at],
                s[at + root.as_os_str().len()..].trim_start_matches('/')
            ),
            None => s.into_owned(),
        }
    };
    let mut parts = vec![word(cmd.get_program())];
    parts.extend(cmd.get_args().map(word));
    parts.join(" ")
}

/// `target/bench/sqlite3.ll`, compiled from the pinned crate's sqlite3.c when it is missing or
/// was made by another command; and a line saying what it is.
fn sqlite_module(dir: &Path) -> Result<(PathBuf, String)> {
    let source = crate_source(SQLITE_PACKAGE)?.join("sqlite3/sqlite3.c");
    ensure!(source.is_file(), "{} is missing", source.display());
    let module = dir.join("sqlite3.ll");
    let stamp = dir.join("sqlite3.ll.cmd");
    let clang = match env::var_os("STACKBOUND_CLANG") {
        Some(clang) => PathBuf::from(clang),
        None => PathBuf::from(format!("clang-{}", Pin::load(&project_root())?.major())),
    };
    let partial = dir.join("sqlite3.ll.partial");
    let mut compile = Command::new(&clang);
    compile
        .args([
            "-O2",
            "-S",
            "-emit-llvm",
            "-target",
            "x86_64-unknown-linux-gnu",
        ])
        .args(SQLITE_DEFINES)
        .arg(&source)
        .arg("-o")
        .arg(&partial);
    let version = Command::new(&clang)
        .arg("--version")
        .output()
        .with_context(|| {
            format!(
                "cannot run {} (Debian package {0}; or set STACKBOUND_CLANG)",
                clang.display()
            )
        })?;
    let recipe = format!(
        "{}\n{}",
        shown(&compile),
        String::from_utf8_lossy(&version.stdout)
            .lines()
            .next()
            .unwrap_or_default()
    );
    if !module.exists() || fs::read_to_string(&stamp).ok().as_deref() != Some(recipe.as_str()) {
        eprintln!("==> {}", shown(&compile));
        let out = compile.stdin(Stdio::null()).output()?;
        if !out.status.success() {
            bail!(
                "{} failed ({}):\n{}",
                shown(&compile),
                out.status,
                String::from_utf8_lossy(&out.stderr)
            );
        }
        fs::rename(&partial, &module)?;
        fs::write(&stamp, &recipe)?;
    }
    let ir = fs::read_to_string(&module)?;
    let functions = ir.lines().filter(|l| l.starts_with("define ")).count();
    let about = format!(
        "sqlite3.c ({SQLITE_PACKAGE}, {} MiB of IR, {functions} functions)",
        ir.len() >> 20
    );
    Ok((module, about))
}

/// The source directory of one package of `xtask/bench-crates/` at the version its Cargo.lock
/// pins: `cargo fetch --locked` downloads it from crates.io (once), `cargo metadata` says where
/// it is. The same mechanism as validate's `crate:` sources (validate/crates/).
fn crate_source(package: &str) -> Result<PathBuf> {
    let wanted = std::collections::BTreeSet::from([package.to_string()]);
    let mut dirs =
        crate::validate::build::pinned_crate_sources(&project_root().join(BENCH_CRATES), &wanted)?;
    Ok(dirs
        .remove(package)
        .expect("pinned_crate_sources returns every wanted package"))
}

/// A module shaped like real code: frames of varied size, calls to earlier functions, an
/// external, and indirect calls through a table. Deterministic (a fixed LCG).
fn synthetic_module(functions: usize) -> String {
    let mut seed: u64 = 0x5eed;
    let mut next = move |bound: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % bound.max(1)
    };
    let mut ir =
        String::from("declare void @sink(ptr)\n@table = global [4 x ptr] zeroinitializer\n");
    for i in 0..functions {
        let bytes = 16 * (1 + next(40));
        let _ = writeln!(ir, "define void @f{i}(i64 %n) {{\n  %buf = alloca [{bytes} x i8], align 16\n  call void @sink(ptr %buf)");
        for _ in 0..2.min(i) {
            let _ = writeln!(ir, "  call void @f{}(i64 %n)", next(i));
        }
        if i % 10 == 0 {
            let _ = writeln!(ir, "  %slot = getelementptr [4 x ptr], ptr @table, i64 0, i64 %n\n  %fp = load ptr, ptr %slot\n  call void %fp(i64 %n)");
        }
        ir.push_str("  ret void\n}\n");
    }
    ir
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn synthetic_module_is_deterministic_and_sized() {
        let a = synthetic_module(50);
        assert_eq!(a, synthetic_module(50));
        assert_eq!(a.matches("define void @f").count(), 50);
    }

    #[test]
    fn the_sqlite_crate_is_pinned() {
        let root = project_root();
        let manifest = fs::read_to_string(root.join(BENCH_CRATES)).unwrap();
        assert!(manifest.contains(&format!("{SQLITE_PACKAGE} = {{ version = \"=")));
        let lock = fs::read_to_string(root.join("xtask/bench-crates/Cargo.lock")).unwrap();
        assert!(lock.contains(&format!("name = \"{SQLITE_PACKAGE}\"")));
    }

    #[test]
    fn comparison_prints_medians_and_ratios() {
        let s = |wall: u64, cpu: u64| Sample {
            wall: Duration::from_millis(wall),
            cpu: Some(Duration::from_millis(cpu)),
        };
        let comparison = Comparison {
            about: "m".into(),
            samples: [
                vec![s(1000, 900), s(3000, 950), s(2000, 1000)],
                vec![s(1900, 880), s(1800, 870), s(5000, 860)],
                vec![s(2010, 905), s(1990, 900), s(2050, 910)],
            ],
        };
        let text = comparison.to_string();
        assert!(text.contains("median of 3 rounds"), "{text}");
        assert!(
            text.contains("wall    2.00 s (1.00..3.00)  ratio 1.000"),
            "{text}"
        );
        assert!(
            text.contains("report / llc -filetype=obj: 1.005 (meets"),
            "{text}"
        );
        assert!(text.contains("cpu    0.91 s  ratio 0.953"), "{text}");
        assert!(
            text.contains("analysis + output after llc: +0.11 s"),
            "{text}"
        );
    }

    #[test]
    fn children_cpu_counts_a_child() {
        if children_cpu().is_none() {
            return; // no procfs
        }
        let sample = time(
            Command::new("sh").args(["-c", "i=0; while [ $i -lt 50000 ]; do i=$((i+1)); done"]),
        )
        .unwrap();
        assert!(
            sample.cpu.is_some_and(|cpu| cpu > Duration::ZERO),
            "{sample:?}"
        );
    }
}
