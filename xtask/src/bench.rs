//! `cargo xtask bench`: speed targets as ratios, never as timed tests.
//! 1. Parse + link + bound of a synthetic program's records on disk, as ratios to reading the
//!    file, at 1%, 10% and 100% of the size (the crate's `bound_bench` example, release build).
//! 2. `stackbound` on one big generated module against a plain `llc -filetype=obj` of it, run
//!    alternately so machine noise hits both; the ratio is what to compare across commits.

use std::{
    fmt::Write as _,
    fs,
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use anyhow::{ensure, Context, Result};
use xshell::{cmd, Shell};

use crate::{flags, project_root, report::llc_for_tools};

const ROUNDS: usize = 3;

impl flags::Bench {
    pub(crate) fn run(self, sh: &Shell) -> Result<()> {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
        // From records on disk: read, parse, link, bound; at growing sizes, so that the time
        // per function shows whether it stays linear.
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

        let llc = llc_for_tools(sh)?;
        cmd!(
            sh,
            "{cargo} build --quiet --release -p stackbound --bin stackbound"
        )
        .run()?;
        let stackbound = project_root().join("target/release/stackbound");
        let dir = project_root().join("target/bench");
        fs::create_dir_all(&dir)?;
        let module = dir.join("big.ll");
        fs::write(&module, synthetic_module(self.module_functions))?;
        let object = dir.join("big.o");

        eprintln!(
            "==> one module of {} functions: `stackbound` vs `llc -O2 -filetype=obj`, {ROUNDS} rounds",
            self.module_functions
        );
        let (mut plain, mut report) = (Vec::new(), Vec::new());
        for _ in 0..ROUNDS {
            plain.push(time(
                Command::new(&llc)
                    .arg("-O2")
                    .arg("-filetype=obj")
                    .arg(&module)
                    .arg("-o")
                    .arg(&object),
            )?);
            report.push(time(
                Command::new(&stackbound)
                    .arg("--llc")
                    .arg(&llc)
                    .arg("-O2")
                    .args(["--format", "json"])
                    .arg(&module),
            )?);
        }
        let (plain, report) = (median(plain), median(report));
        println!(
            "llc -filetype=obj {:.2?}, stackbound {:.2?}: ratio {:.2} (median of {ROUNDS})",
            plain,
            report,
            report.as_secs_f64() / plain.as_secs_f64()
        );
        Ok(())
    }
}

fn time(cmd: &mut Command) -> Result<Duration> {
    let started = Instant::now();
    let out = cmd
        .stdout(Stdio::null())
        .output()
        .with_context(|| format!("cannot run {cmd:?}"))?;
    ensure!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(started.elapsed())
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
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
    #[test]
    fn synthetic_module_is_deterministic_and_sized() {
        let a = super::synthetic_module(50);
        assert_eq!(a, super::synthetic_module(50));
        assert_eq!(a.matches("define void @f").count(), 50);
    }
}
