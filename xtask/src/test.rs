//! `cargo xtask test`: the README's test command. Builds llc if it is stale, then runs the whole
//! workspace's tests against it.

use std::{env, path::PathBuf};

use anyhow::Result;
use xshell::{cmd, Shell};

use crate::flags;

impl flags::Test {
    pub(crate) fn run(self, sh: &Shell) -> Result<()> {
        // STACKBOUND_LLC, when set, names the llc to test and nothing is built.
        let llc = match env::var_os("STACKBOUND_LLC") {
            Some(llc) => {
                eprintln!(
                    "==> testing STACKBOUND_LLC={}",
                    PathBuf::from(&llc).display()
                );
                PathBuf::from(llc)
            }
            None => crate::build_llc::build(&flags::BuildLlc::default(), sh)?,
        };
        let _llc = sh.push_env("STACKBOUND_LLC", &llc);
        let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
        let args = &self.args;
        cmd!(sh, "{cargo} test --workspace {args...}").run()?;
        Ok(())
    }
}
