//! The fuzz driver behind `cargo xtask fuzz` (docs/testing.md, "Fuzzing"): the harness of
//! `tests/fuzzing/` on the stable toolchain, no libFuzzer.
//!
//! ```text
//! cargo run --release -p stackbound --example fuzz -- [--iterations N] [--seed S] [--timeout SECS]
//! cargo run --release -p stackbound --example fuzz -- --replay target/fuzz/crash-<hash>.jsonl
//! ```
//! Exit status: 0 when every input passed, 1 on the first failure (its input is written to
//! target/fuzz/crash-<hash>.jsonl), 3 on a hang (target/fuzz/hang-<hash>.jsonl), 2 on bad flags.

#[path = "../tests/fuzzing/mod.rs"]
mod fuzzing;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "usage: fuzz [--iterations N] [--seed S] [--timeout SECS] | fuzz --replay FILE";

fn main() -> ExitCode {
    let mut config = fuzzing::Config {
        iterations: 1_000_000,
        seed: 0,
        timeout: Duration::from_secs(10),
        out_dir: fuzzing::Config::default_out_dir(),
        progress: true,
    };
    let mut replay: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (arg.clone(), None),
        };
        let Some(value) = inline.or_else(|| args.next()) else {
            eprintln!("{name} needs a value\n{USAGE}");
            return ExitCode::from(2);
        };
        let number = || value.parse::<u64>().ok();
        match (name.as_str(), number()) {
            ("--iterations", Some(n)) => config.iterations = n,
            ("--seed", Some(n)) => config.seed = n,
            ("--timeout", Some(n)) if n > 0 => config.timeout = Duration::from_secs(n),
            ("--replay", _) => replay = Some(PathBuf::from(&value)),
            _ => {
                eprintln!("bad option {arg:?}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    if let Some(path) = replay {
        return match fuzzing::replay(&path) {
            Ok(outcome) => {
                eprintln!(
                    "fuzz: {} passes: {} reports checked, errors: {:?}",
                    path.display(),
                    outcome.reports,
                    outcome.errors
                );
                ExitCode::SUCCESS
            }
            Err(failure) => {
                eprintln!("fuzz: {} fails: {failure}", path.display());
                ExitCode::FAILURE
            }
        };
    }
    eprintln!(
        "fuzz: {} iterations, seed {}, hang limit {} s per input",
        config.iterations,
        config.seed,
        config.timeout.as_secs()
    );
    match fuzzing::run(&config) {
        Ok(summary) => {
            summary.print();
            ExitCode::SUCCESS
        }
        Err(crash) => {
            eprintln!("{crash}");
            ExitCode::FAILURE
        }
    }
}
