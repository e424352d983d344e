//! `cargo xtask dist-llc`: packs the llc that build-llc made (stackbound_llvm::dist) into
//! `target/dist/`.

use std::{env, fs, time::Instant};

use anyhow::{bail, Context, Result};
use stackbound_llvm::{
    dist::{pack, LICENSE},
    prebuilt, Layout, Manifest, Pin,
};

use crate::{flags, project_root};

impl flags::DistLlc {
    pub(crate) fn run(self) -> Result<()> {
        let root = project_root();
        let pin = Pin::load(&root)?;
        let layout = Layout::workspace(&root);
        let manifest = built_manifest(&layout, &pin, &prebuilt::pass_hash(&root)?)?;
        if manifest.build_mode != "full" {
            eprintln!(
                "==> note: this llc was built in {} mode, so it needs the shared libraries of the \
                 system LLVM it was linked with; published archives are built with --mode full",
                manifest.build_mode
            );
        }
        let license = root.join(LICENSE);
        let license =
            fs::read(&license).with_context(|| format!("cannot read {}", license.display()))?;
        let out = self.out.unwrap_or_else(|| layout.dist());
        let started = Instant::now();
        let packed = pack(
            &layout.llc(),
            &manifest,
            &license,
            &out,
            source_date_epoch()?,
        )?;
        eprintln!(
            "==> {} in {:.1} s: {:.1} MiB, sha256 {}",
            packed.path.display(),
            started.elapsed().as_secs_f64(),
            packed.size as f64 / 1048576.0,
            packed.sha256
        );
        println!("{}", packed.path.display());
        Ok(())
    }
}

/// The manifest of the llc that build-llc or fetch-llc installed, when that llc is complete and
/// is what this checkout builds.
fn built_manifest(layout: &Layout, pin: &Pin, pass_hash: &str) -> Result<Manifest> {
    let llc = layout.llc();
    // The stamp is removed before a build and written after it succeeded.
    if !llc.is_file() || !layout.stamp().is_file() {
        bail!(
            "there is no complete llc at {}: build it with `cargo xtask build-llc` (releases use \
             --mode full), then run dist-llc again.",
            llc.display()
        );
    }
    let manifest = Manifest::load(&layout.manifest()).with_context(|| {
        format!(
            "{} says what the llc is; run `cargo xtask build-llc` to write it again",
            layout.manifest().display()
        )
    })?;
    let wanted = Manifest::current(pin, pass_hash, &manifest.build_mode);
    let stale = manifest.mismatches(&wanted);
    if !stale.is_empty() {
        bail!(
            "the llc at {} is not what this checkout builds: {}. Run `cargo xtask build-llc` \
             first, then dist-llc.",
            llc.display(),
            stale.join("; ")
        );
    }
    Ok(manifest)
}

/// `SOURCE_DATE_EPOCH` when set (the reproducible-builds convention), else 0.
fn source_date_epoch() -> Result<u64> {
    match env::var("SOURCE_DATE_EPOCH") {
        Ok(value) if !value.is_empty() => value
            .trim()
            .parse()
            .with_context(|| format!("SOURCE_DATE_EPOCH={value:?} is not a number of seconds")),
        _ => Ok(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dist_refuses_an_llc_that_is_not_current() {
        let dir = tempfile::tempdir().unwrap();
        let layout = Layout::at(dir.path().join("target"));
        let pin = Pin::load(&project_root()).unwrap();
        let hash = prebuilt::pass_hash(&project_root()).unwrap();
        let err = built_manifest(&layout, &pin, &hash)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("no complete llc") && err.contains("build-llc"),
            "{err}"
        );

        fs::create_dir_all(layout.llc().parent().unwrap()).unwrap();
        fs::write(layout.llc(), "llc").unwrap();
        fs::write(layout.stamp(), "stamp").unwrap();
        let mut manifest = Manifest::current(&pin, &"0".repeat(64), "overlay");
        manifest.write(&layout.manifest()).unwrap();
        let err = built_manifest(&layout, &pin, &hash)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("other pass sources") && err.contains("build-llc"),
            "{err}"
        );

        manifest.pass_hash = hash.clone();
        manifest.write(&layout.manifest()).unwrap();
        assert_eq!(built_manifest(&layout, &pin, &hash).unwrap(), manifest);
    }
}
