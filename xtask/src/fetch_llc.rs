//! `cargo xtask fetch-llc`: downloads, checks and installs the prebuilt llc for this checkout's
//! pass hash and host as target/llc/bin/llc (stackbound_llvm::fetch).

use std::time::Instant;

use anyhow::Result;
use stackbound_llvm::{
    fetch::{resolve_sha256, Fetch, ATTEMPTS},
    prebuilt::{self, short},
    Layout, Manifest, Pin,
};

use crate::{flags, project_root};

impl flags::FetchLlc {
    pub(crate) fn run(self) -> Result<()> {
        let root = project_root();
        let pin = Pin::load(&root)?;
        let layout = Layout::workspace(&root);
        let wanted = Manifest::current(&pin, &prebuilt::pass_hash(&root)?, "full");
        let url = self.url.clone().unwrap_or_else(|| {
            prebuilt::url(&pin.prebuilt.url, &pin.prebuilt.repository(), &wanted)
        });
        if self.print_url {
            println!("{url}");
            return Ok(());
        }
        let sha256 = resolve_sha256(self.sha256.as_deref(), &pin, &wanted, &url, layout.fixes)?;
        let started = Instant::now();
        let llc = Fetch {
            url: &url,
            sha256: &sha256,
            layout: &layout,
            wanted: &wanted,
            attempts: ATTEMPTS,
        }
        .run()?;
        eprintln!(
            "==> prebuilt llc for pass hash {} installed in {:.1} s",
            short(&wanted.pass_hash),
            started.elapsed().as_secs_f64()
        );
        println!("{}", llc.display());
        Ok(())
    }
}
