//! Command-line flags, parsed by hand: two commands with a handful of options need no framework.

use std::{ffi::OsString, path::PathBuf, str::FromStr};

use anyhow::{anyhow, bail, Context, Result};

pub(crate) const USAGE: &str = "\
cargo xtask build-llc [--mode auto|overlay|full] [--source auto|upstream|debian]
                      [--src <tarball|dir>] [--sha256 HEX] [--launcher ccache|sccache] [--jobs N]
    Builds the patched llc into target/llc/bin/llc and prints that path.
    --mode auto (default): overlay when the system LLVM has exactly the pinned version, else full.
    --source auto (default): upstream when llvm-pin.toml pins its sha256, else debian.
cargo xtask dist-llc [--out DIR]
    Packs target/llc/bin/llc with its manifest.json and LICENSE into a reproducible
    target/dist/stackbound-llc-<version>-<host>-<pass>.tar.gz and its .sha256; prints the path.
cargo xtask fetch-llc [--url URL] [--sha256 HEX] [--print-url]
    Downloads the prebuilt llc for this checkout's pass hash and host (defaults from [prebuilt]
    in llvm-pin.toml), checks it and installs it as target/llc/bin/llc, which build-llc, test and
    report then take as current. --print-url prints the URL it would fetch, and stops.
cargo xtask test [-- <cargo test args>]
    Builds llc if it is stale, then runs `cargo test --workspace` with STACKBOUND_LLC set.
cargo xtask report <stackbound arguments>...
    Builds llc if it is stale, then runs the stackbound CLI (`cargo xtask report --help`).
cargo xtask annotate <IN.ll>... (-o <OUT.ll> | --out-dir <DIR>) [stackbound options]
    Like report, then writes each module again with @__stackbound.<fn> constants (docs/annotate.md).
cargo xtask bench [--only records|sqlite|module]... [--rounds R]
                  [--functions N] [--edges M] [--module-functions K]
    records: parse + link + bound of a synthetic program's records (default 1M functions,
    5M calls); sqlite: the time of `stackbound -O2 --format json` over `llc -O2 -filetype=obj`
    on sqlite3.c (pinned in xtask/bench-crates, compiled by clang to target/bench/sqlite3.ll);
    module: the same on a generated module of K small functions (default 20,000). Commands run
    alternately, R rounds (default 5), medians (docs/performance.md). Default: all three.
cargo xtask fuzz [--iterations N] [--seed S] [--timeout SECS] [--debug] [--replay FILE]
    Fuzzes the record reader and the linker (default 1,000,000 inputs, seed 0, release build):
    no panic, no hang, typed errors that name file and line, report invariants. Stops at the
    first failure and writes its input to target/fuzz/crash-<hash>.jsonl; --replay FILE runs
    one saved input again (docs/testing.md, Fuzzing).
";

pub(crate) enum Cmd {
    BuildLlc(BuildLlc),
    DistLlc(DistLlc),
    FetchLlc(FetchLlc),
    Test(Test),
    Report(Report),
    Annotate(Report),
    Bench(Bench),
    Fuzz(Fuzz),
    Validate(crate::validate::Validate),
    LibcRecords(crate::libc_records::LibcRecords),
    Help,
}

/// Everything after `report` goes to the stackbound CLI unchanged.
pub(crate) struct Report {
    pub(crate) args: Vec<OsString>,
}

pub(crate) struct Bench {
    /// The parts to run (`--only`, repeatable); empty: all.
    pub(crate) only: Vec<BenchPart>,
    /// Rounds of each side-by-side comparison; the medians are printed.
    pub(crate) rounds: usize,
    pub(crate) functions: usize,
    pub(crate) edges: usize,
    /// Functions in the generated module that llc compiles.
    pub(crate) module_functions: usize,
}

/// The parts of `cargo xtask bench`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BenchPart {
    /// Records on disk to bounds, synthetic program.
    Records,
    /// The report against llc on sqlite3.c.
    Sqlite,
    /// The report against llc on the generated module.
    Module,
}

pub(crate) struct Fuzz {
    pub(crate) iterations: u64,
    pub(crate) seed: u64,
    /// Seconds one input may run before it counts as a hang.
    pub(crate) timeout: u64,
    /// Build the driver unoptimised (slower, but with debug assertions).
    pub(crate) debug: bool,
    /// Run one saved input instead.
    pub(crate) replay: Option<PathBuf>,
}

/// `build-llc`'s flags are the library's build options.
pub(crate) type BuildLlc = stackbound_llvm::BuildOptions;

pub(crate) struct Test {
    /// Passed through to `cargo test` (everything after `--`).
    pub(crate) args: Vec<OsString>,
}

#[cfg(test)]
use stackbound_llvm::{Mode, Route};

impl Cmd {
    pub(crate) fn from_args(args: impl IntoIterator<Item = OsString>) -> Result<Cmd> {
        let mut args = args.into_iter();
        let Some(command) = args.next() else {
            return Ok(Cmd::Help);
        };
        let cmd = match command.to_str() {
            Some("build-llc") => Cmd::BuildLlc(parse_build_llc(args)?),
            Some("dist-llc") => Cmd::DistLlc(DistLlc::parse(args)?),
            Some("fetch-llc") => Cmd::FetchLlc(FetchLlc::parse(args)?),
            Some("test") => Cmd::Test(Test::parse(args)?),
            Some("report") => Cmd::Report(Report {
                args: args.collect(),
            }),
            Some("bench") => Cmd::Bench(Bench::parse(args)?),
            Some("fuzz") => Cmd::Fuzz(Fuzz::parse(args)?),
            Some("annotate") => Cmd::Annotate(Report {
                args: args.collect(),
            }),
            Some("validate") => Cmd::Validate(crate::validate::Validate::parse(args)?),
            Some("libc-records") => {
                Cmd::LibcRecords(crate::libc_records::LibcRecords::parse(args)?)
            }
            Some("help" | "-h" | "--help") => Cmd::Help,
            _ => bail!("unknown command {command:?}.\n\n{USAGE}"),
        };
        Ok(cmd)
    }
}

fn parse_build_llc(args: impl Iterator<Item = OsString>) -> Result<BuildLlc> {
    let mut flags = BuildLlc::default();
    let known = [
        ("--mode", true),
        ("--source", true),
        ("--src", true),
        ("--sha256", true),
        ("--launcher", true),
        ("--jobs", true),
        ("-j", true),
    ];
    for (name, value) in options(args, "build-llc", &known)? {
        // Every known option takes a value, so `options` has checked there is one.
        let value = value.unwrap_or_default();
        match name.as_str() {
            "--mode" => flags.mode = value.parse()?,
            "--source" => flags.source = value.parse()?,
            "--src" => flags.src = Some(PathBuf::from(value)),
            "--sha256" => flags.sha256 = Some(value.to_ascii_lowercase()),
            "--launcher" => flags.launcher = Some(value.parse()?),
            _ => {
                let jobs = value.parse().ok().filter(|&n| n > 0);
                flags.jobs = Some(jobs.context("--jobs takes a positive number")?);
            }
        }
    }
    Ok(flags)
}

impl Test {
    fn parse(mut args: impl Iterator<Item = OsString>) -> Result<Test> {
        match args.next() {
            None => Ok(Test { args: Vec::new() }),
            Some(sep) if sep == "--" => Ok(Test {
                args: args.collect(),
            }),
            Some(arg) => bail!(
                "unknown option {arg:?} for test; put cargo test arguments after `--`.\n\n{USAGE}"
            ),
        }
    }
}

impl Bench {
    fn parse(args: impl Iterator<Item = OsString>) -> Result<Bench> {
        let mut bench = Bench {
            only: Vec::new(),
            rounds: 5,
            functions: 1_000_000,
            edges: 5_000_000,
            module_functions: 20_000,
        };
        let known = [
            ("--only", true),
            ("--rounds", true),
            ("--functions", true),
            ("--edges", true),
            ("--module-functions", true),
        ];
        for (name, value) in options(args, "bench", &known)? {
            let value = value.unwrap_or_default();
            if name == "--only" {
                let part = value.parse()?;
                if !bench.only.contains(&part) {
                    bench.only.push(part);
                }
                continue;
            }
            let slot = match name.as_str() {
                "--rounds" => &mut bench.rounds,
                "--functions" => &mut bench.functions,
                "--edges" => &mut bench.edges,
                _ => &mut bench.module_functions,
            };
            *slot = value
                .parse()
                .ok()
                .filter(|&n| n > 0)
                .with_context(|| format!("{name} takes a positive number, not {value:?}"))?;
        }
        Ok(bench)
    }
}

impl FromStr for BenchPart {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<BenchPart> {
        choice(
            "--only",
            s,
            &[
                ("records", BenchPart::Records),
                ("sqlite", BenchPart::Sqlite),
                ("module", BenchPart::Module),
            ],
        )
    }
}

impl Fuzz {
    fn parse(args: impl Iterator<Item = OsString>) -> Result<Fuzz> {
        let mut fuzz = Fuzz {
            iterations: 1_000_000,
            seed: 0,
            timeout: 10,
            debug: false,
            replay: None,
        };
        let known = [
            ("--iterations", true),
            ("--seed", true),
            ("--timeout", true),
            ("--debug", false),
            ("--replay", true),
        ];
        for (name, value) in options(args, "fuzz", &known)? {
            let number = || -> Result<u64> {
                let value = value.as_deref().unwrap_or_default();
                value
                    .parse()
                    .with_context(|| format!("{name} takes a number, not {value:?}"))
            };
            match name.as_str() {
                "--iterations" => fuzz.iterations = number()?,
                "--seed" => fuzz.seed = number()?,
                "--timeout" => {
                    fuzz.timeout = number()?;
                    if fuzz.timeout == 0 {
                        bail!("--timeout takes a positive number of seconds");
                    }
                }
                "--debug" => fuzz.debug = true,
                _ => fuzz.replay = value.map(PathBuf::from),
            }
        }
        Ok(fuzz)
    }
}

/// `cargo xtask dist-llc`
pub(crate) struct DistLlc {
    /// Where the archive goes; target/dist by default.
    pub(crate) out: Option<PathBuf>,
}

/// `cargo xtask fetch-llc`
pub(crate) struct FetchLlc {
    pub(crate) url: Option<String>,
    pub(crate) sha256: Option<String>,
    pub(crate) print_url: bool,
}

impl DistLlc {
    fn parse(args: impl Iterator<Item = OsString>) -> Result<DistLlc> {
        let mut flags = DistLlc { out: None };
        for (name, value) in options(args, "dist-llc", &[("--out", true)])? {
            if name == "--out" {
                flags.out = value.map(PathBuf::from);
            }
        }
        Ok(flags)
    }
}

impl FetchLlc {
    fn parse(args: impl Iterator<Item = OsString>) -> Result<FetchLlc> {
        let mut flags = FetchLlc {
            url: None,
            sha256: None,
            print_url: false,
        };
        let known = [("--url", true), ("--sha256", true), ("--print-url", false)];
        for (name, value) in options(args, "fetch-llc", &known)? {
            match name.as_str() {
                "--url" => flags.url = value,
                "--sha256" => flags.sha256 = value.map(|sha| sha.to_ascii_lowercase()),
                _ => flags.print_url = true,
            }
        }
        Ok(flags)
    }
}

/// `--name value`, `--name=value` and bare `--name` options, checked against `known` (each name
/// with whether it takes a value).
pub(crate) fn options(
    args: impl Iterator<Item = OsString>,
    command: &str,
    known: &[(&str, bool)],
) -> Result<Vec<(String, Option<String>)>> {
    let mut args = args.map(|arg| {
        arg.into_string()
            .map_err(|arg| anyhow!("argument {arg:?} is not UTF-8"))
    });
    let mut options = Vec::new();
    while let Some(arg) = args.next() {
        let arg = arg?;
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name.to_owned(), Some(value.to_owned())),
            None => (arg.clone(), None),
        };
        let Some(&(_, takes_value)) = known.iter().find(|(known, _)| *known == name) else {
            bail!("unknown option {arg:?} for {command}.\n\n{USAGE}");
        };
        let value = match (takes_value, inline) {
            (true, Some(value)) => Some(value),
            (true, None) => Some(
                args.next()
                    .unwrap_or_else(|| bail!("{name} needs a value.\n\n{USAGE}"))?,
            ),
            (false, None) => None,
            (false, Some(_)) => bail!("{name} takes no value.\n\n{USAGE}"),
        };
        options.push((name, value));
    }
    Ok(options)
}

fn choice<T: Copy>(what: &str, value: &str, choices: &[(&str, T)]) -> Result<T> {
    match choices.iter().find(|(name, _)| *name == value) {
        Some(&(_, choice)) => Ok(choice),
        None => {
            let names: Vec<_> = choices.iter().map(|(name, _)| *name).collect();
            bail!("{what} must be one of {}, not {value:?}", names.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cmd> {
        Cmd::from_args(args.iter().map(OsString::from))
    }

    #[test]
    fn parses_build_llc_flags() {
        let Cmd::BuildLlc(flags) = parse(&[
            "build-llc",
            "--mode",
            "overlay",
            "--source=debian",
            "--jobs",
            "3",
            "--sha256",
            "AB",
        ])
        .unwrap() else {
            panic!("not build-llc")
        };
        assert_eq!(flags.mode, Mode::Overlay);
        assert_eq!(flags.source, Route::Debian);
        assert_eq!(flags.jobs, Some(3));
        assert_eq!(flags.sha256.as_deref(), Some("ab"));
    }

    #[test]
    fn parses_dist_and_fetch_flags() {
        let Cmd::FetchLlc(fetch) = parse(&[
            "fetch-llc",
            "--url=http://h/a.tar.gz",
            "--sha256",
            "AB",
            "--print-url",
        ])
        .unwrap() else {
            panic!("not fetch-llc")
        };
        assert_eq!(fetch.url.as_deref(), Some("http://h/a.tar.gz"));
        assert_eq!(fetch.sha256.as_deref(), Some("ab"));
        assert!(fetch.print_url);
        let Cmd::DistLlc(dist) = parse(&["dist-llc", "--out", "d"]).unwrap() else {
            panic!("not dist-llc")
        };
        assert_eq!(dist.out, Some(PathBuf::from("d")));
        assert!(parse(&["fetch-llc", "--url"]).is_err());
        assert!(parse(&["fetch-llc", "--print-url=yes"]).is_err());
        assert!(parse(&["dist-llc", "--mode", "full"]).is_err());
    }

    #[test]
    fn rejects_bad_values() {
        let err = parse(&["build-llc", "--mode", "fast"])
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("auto, overlay, full"), "{err}");
        assert!(parse(&["build-llc", "--jobs", "0"]).is_err());
        assert!(parse(&["build-llc", "--src"]).is_err());
        assert!(parse(&["test", "--nocapture"]).is_err());
        assert!(parse(&["fuzz", "--iterations", "many"]).is_err());
        assert!(parse(&["fuzz", "--timeout=0"]).is_err());
    }

    #[test]
    fn parses_bench_flags() {
        let Cmd::Bench(bench) = parse(&["bench"]).unwrap() else {
            panic!("not bench")
        };
        assert!(bench.only.is_empty());
        assert_eq!((bench.rounds, bench.module_functions), (5, 20_000));
        let Cmd::Bench(bench) = parse(&[
            "bench",
            "--only",
            "sqlite",
            "--only=module",
            "--only",
            "sqlite",
            "--rounds=3",
        ])
        .unwrap() else {
            panic!("not bench")
        };
        assert_eq!(bench.only, [BenchPart::Sqlite, BenchPart::Module]);
        assert_eq!(bench.rounds, 3);
        let err = parse(&["bench", "--only", "graph"])
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("records, sqlite, module"), "{err}");
        assert!(parse(&["bench", "--rounds", "0"]).is_err());
    }

    #[test]
    fn parses_fuzz_flags() {
        let Cmd::Fuzz(fuzz) = parse(&["fuzz"]).unwrap() else {
            panic!("not fuzz")
        };
        assert_eq!(
            (fuzz.iterations, fuzz.seed, fuzz.debug),
            (1_000_000, 0, false)
        );
        let Cmd::Fuzz(fuzz) = parse(&[
            "fuzz",
            "--iterations=20",
            "--seed",
            "7",
            "--debug",
            "--replay",
            "c.jsonl",
        ])
        .unwrap() else {
            panic!("not fuzz")
        };
        assert_eq!((fuzz.iterations, fuzz.seed, fuzz.debug), (20, 7, true));
        assert_eq!(fuzz.replay, Some(PathBuf::from("c.jsonl")));
    }
}
