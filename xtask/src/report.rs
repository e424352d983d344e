//! `cargo xtask report` and `cargo xtask annotate`: the `stackbound` CLI, with the custom llc
//! built first if it is stale.
//! Paths are relative to the directory the command was started in; the exit status is the CLI's
//! (0 fine, 1 over budget, 2 error).

use std::{env, path::PathBuf, process::Command};

use anyhow::{Context, Result};
use xshell::Shell;

use crate::{flags, project_root};

impl flags::Report {
    pub(crate) fn run(self, sh: &Shell) -> Result<()> {
        let llc = llc_for_tools(sh)?;
        let status = stackbound_cli(&[])
            .args(&self.args)
            .env("STACKBOUND_LLC", &llc)
            .status()
            .context("cannot run `cargo run -p stackbound`")?;
        std::process::exit(status.code().unwrap_or(2));
    }
}

impl flags::Report {
    /// `cargo xtask annotate ...`: the CLI's `annotate` command with the same llc.
    pub(crate) fn annotate(self, sh: &Shell) -> Result<()> {
        let llc = llc_for_tools(sh)?;
        let status = stackbound_cli(&[])
            .arg("annotate")
            .args(&self.args)
            .env("STACKBOUND_LLC", &llc)
            .status()
            .context("cannot run `cargo run -p stackbound`")?;
        std::process::exit(status.code().unwrap_or(2));
    }
}

/// `STACKBOUND_LLC` when set, else the xtask's llc, built if stale.
pub(crate) fn llc_for_tools(sh: &Shell) -> Result<PathBuf> {
    match env::var_os("STACKBOUND_LLC") {
        Some(llc) => Ok(PathBuf::from(llc)),
        None => crate::build_llc::build(&flags::BuildLlc::default(), sh),
    }
}

/// `cargo run` of the stackbound binary, in the caller's working directory.
pub(crate) fn stackbound_cli(cargo_args: &[&str]) -> Command {
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut cmd = Command::new(cargo);
    cmd.arg("run")
        .arg("--quiet")
        .arg("--manifest-path")
        .arg(project_root().join("Cargo.toml"))
        .args(cargo_args)
        .args(["-p", "stackbound", "--bin", "stackbound", "--"]);
    cmd
}
