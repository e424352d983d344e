//! `cargo xtask fuzz`: the record reader and linker fuzz harness (docs/testing.md, "Fuzzing"),
//! on the stable toolchain. Builds and runs the crate's `fuzz` example (tests/fuzzing/ is the
//! generator, mutator and checks) in release mode, as `bench` runs `bound_bench`.

use std::{process::Command, time::Instant};

use anyhow::{bail, Result};

use crate::{flags, project_root};

impl flags::Fuzz {
    pub(crate) fn run(self) -> Result<()> {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
        let profile: &[&str] = if self.debug { &[] } else { &["--release"] };
        let mut args: Vec<String> = Vec::new();
        match &self.replay {
            Some(path) => {
                // Relative to where the user stands, not to the repository root.
                let path = std::env::current_dir()?.join(path);
                args.extend(["--replay".into(), path.display().to_string()]);
            }
            None => {
                args.extend(["--iterations".into(), self.iterations.to_string()]);
                args.extend(["--seed".into(), self.seed.to_string()]);
                args.extend(["--timeout".into(), self.timeout.to_string()]);
            }
        }
        let started = Instant::now();
        let mut command = Command::new(cargo);
        command
            .current_dir(project_root())
            .args(["run", "--quiet"])
            .args(profile)
            .args(["-p", "stackbound", "--example", "fuzz", "--"])
            .args(&args);
        eprintln!("$ {command:?}");
        let status = command.status()?;
        eprintln!(
            "==> cargo xtask fuzz: {:.1} s wall (build included)",
            started.elapsed().as_secs_f64()
        );
        match status.code() {
            Some(0) => Ok(()),
            Some(3) => bail!("the fuzzer found a hang (input and replay command above)"),
            Some(1) if self.replay.is_none() => {
                bail!("the fuzzer found a failing input (input and replay command above)")
            }
            _ => bail!("the fuzz driver failed ({status})"),
        }
    }
}
