//! `cargo xtask build-llc`: the workspace's llc, built by stackbound_llvm from this checkout's
//! pin, pass sources and patches into target/llc.

use std::path::PathBuf;

use anyhow::Result;
use stackbound_llvm::Layout;
use xshell::Shell;

use crate::{flags, project_root};

/// Builds (or finds current) target/llc/bin/llc and returns its path; progress goes to stderr
/// only, so commands that print a report can build on demand.
pub(crate) fn build(flags: &flags::BuildLlc, sh: &Shell) -> Result<PathBuf> {
    let root = project_root();
    Ok(flags.build(sh, &root, &Layout::workspace(&root))?)
}

#[cfg(test)]
mod tests {
    use crate::project_root;

    #[test]
    fn the_product_has_the_checkouts_pass_hash() {
        assert_eq!(
            stackbound_llvm::stamp::pass_hash(&project_root()).unwrap(),
            stackbound::llc::PASS_HASH
        );
    }
}
