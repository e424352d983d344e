//! What dist-llc and fetch-llc share: the pass hash of the checkout, the host triple, archive
//! names, and the manifest that says what an llc is.

use std::{
    fs,
    path::{Path, PathBuf},
};

use crate::error::{bail, Context, Result};
use serde::{Deserialize, Serialize};

use crate::{
    layout::Layout,
    pin::Pin,
    stamp::{self, Stamp},
};

/// The version of the manifest format itself.
pub const MANIFEST_VERSION: u32 = 1;

/// Characters of the pass hash in archive and release names.
const SHORT: usize = 12;

/// What an llc is: written next to the llc by build-llc and fetch-llc (`target/llc/manifest.json`)
/// and packed into every dist archive. Fields are written in this order, so the JSON is stable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub manifest_version: u32,
    pub llvm_version: String,
    /// The `schema` of the JSON Lines the pass writes (`pass/StackReport.cpp`'s `SchemaVersion`).
    pub pass_schema_version: u32,
    /// [`stamp::pass_hash`] of `llvm-patches/` and `pass/`.
    pub pass_hash: String,
    pub targets: Vec<String>,
    /// The triple the llc runs on (not what it compiles for: that is `targets`).
    pub host: String,
    /// `full` or `overlay`: how the llc was built.
    pub build_mode: String,
}

impl Manifest {
    /// The manifest an llc built now from this checkout has.
    pub fn current(pin: &Pin, pass_hash: &str, build_mode: &str) -> Manifest {
        Manifest {
            manifest_version: MANIFEST_VERSION,
            llvm_version: pin.version.clone(),
            pass_schema_version: stackbound_core::records::SCHEMA,
            pass_hash: pass_hash.to_owned(),
            targets: pin.targets.clone(),
            host: host_triple(),
            build_mode: build_mode.to_owned(),
        }
    }

    pub fn to_json(&self) -> String {
        let mut json = serde_json::to_string_pretty(self).expect("a manifest serializes");
        json.push('\n');
        json
    }

    pub fn parse(text: &str) -> Result<Manifest> {
        let manifest: Manifest = serde_json::from_str(text)?;
        if manifest.manifest_version != MANIFEST_VERSION {
            bail!(
                "manifest_version {} is not {MANIFEST_VERSION}, the one this xtask reads",
                manifest.manifest_version
            );
        }
        Ok(manifest)
    }

    pub fn load(path: &Path) -> Result<Manifest> {
        let text =
            fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        Manifest::parse(&text)
            .with_context(|| format!("{} is not a valid manifest", path.display()))
    }

    /// Writes the manifest atomically.
    pub fn write(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
        let tmp = path.with_extension("json.tmp");
        fs::write(&tmp, self.to_json())
            .and_then(|()| fs::rename(&tmp, path))
            .with_context(|| format!("cannot write {}", path.display()))
    }

    /// How this llc differs from `wanted` ([`Manifest::current`]), in words; empty when it is
    /// what this checkout would build for this host. The build mode does not matter.
    pub fn mismatches(&self, wanted: &Manifest) -> Vec<String> {
        let mut stale = Vec::new();
        if self.llvm_version != wanted.llvm_version {
            stale.push(format!(
                "it is LLVM {}, but llvm-pin.toml pins {}",
                self.llvm_version, wanted.llvm_version
            ));
        }
        if self.pass_hash != wanted.pass_hash {
            stale.push(format!(
                "it was built from other pass sources (pass hash {}, but pass/ and llvm-patches/ \
                 here hash to {})",
                short(&self.pass_hash),
                short(&wanted.pass_hash)
            ));
        }
        if self.pass_schema_version != wanted.pass_schema_version {
            stale.push(format!(
                "its pass writes schema {}, but this stackbound reads schema {}",
                self.pass_schema_version, wanted.pass_schema_version
            ));
        }
        let missing: Vec<_> = wanted
            .targets
            .iter()
            .filter(|t| !self.targets.contains(t))
            .cloned()
            .collect();
        if !missing.is_empty() {
            stale.push(format!("it lacks the target(s) {}", missing.join(", ")));
        }
        if self.host != wanted.host {
            stale.push(format!(
                "it runs on {}, not on this machine ({})",
                self.host, wanted.host
            ));
        }
        stale
    }
}

/// True when fetch-llc installed a prebuilt llc for this pin, host and pass hash: build-llc in
/// auto or overlay mode takes it as current, so `report` and `test` use it and build nothing.
pub fn is_current(layout: &Layout, pin: &Pin, pass_hash: &str) -> bool {
    layout.llc().is_file() && stamp(layout, pin, pass_hash).is_current()
}

/// The stamp of a prebuilt llc for this pin, host and pass hash.
pub fn stamp(layout: &Layout, pin: &Pin, pass_hash: &str) -> Stamp {
    stamp::prebuilt(
        layout.stamp(),
        &pin.version,
        &pin.targets,
        &host_triple(),
        pass_hash,
    )
}

/// The pass hash of the checkout at `root`.
pub fn pass_hash(root: &Path) -> Result<String> {
    stamp::pass_hash(root)
}

pub fn short(hash: &str) -> &str {
    &hash[..hash.len().min(SHORT)]
}

/// The Rust-style triple of the machine the xtask was compiled for, which is the one it runs on.
pub fn host_triple() -> String {
    use std::env::consts::{ARCH, OS};
    match OS {
        "linux" if cfg!(target_env = "musl") => format!("{ARCH}-unknown-linux-musl"),
        "linux" => format!("{ARCH}-unknown-linux-gnu"),
        "macos" => format!("{ARCH}-apple-darwin"),
        other => format!("{ARCH}-unknown-{other}"),
    }
}

/// `stackbound-llc-<version>-<host>-<pass>`: the archive's name without `.tar.gz`, and the name
/// of the one directory inside it.
pub fn archive_stem(manifest: &Manifest) -> String {
    format!(
        "stackbound-llc-{}-{}-{}",
        manifest.llvm_version,
        manifest.host,
        short(&manifest.pass_hash)
    )
}

pub fn archive_name(manifest: &Manifest) -> String {
    format!("{}.tar.gz", archive_stem(manifest))
}

/// The release tag that holds the archives of every host for one version and pass hash.
pub fn release_tag(manifest: &Manifest) -> String {
    format!(
        "llc-{}-{}",
        manifest.llvm_version,
        short(&manifest.pass_hash)
    )
}

/// Fills in the pin's `[prebuilt] url` template.
pub fn url(template: &str, repository: &str, manifest: &Manifest) -> String {
    template
        .replace("{repository}", repository)
        .replace("{tag}", &release_tag(manifest))
        .replace("{asset}", &archive_name(manifest))
        .replace("{version}", &manifest.llvm_version)
        .replace("{host}", &manifest.host)
        .replace("{pass}", short(&manifest.pass_hash))
}

/// `<archive>.sha256`, in `sha256sum` format.
pub fn sha256_line(sha256: &str, archive: &Path) -> String {
    format!(
        "{sha256}  {}\n",
        archive.file_name().unwrap_or_default().to_string_lossy()
    )
}

/// The path beside `path` with `suffix` appended to its name.
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::project_root;

    pub fn sample() -> Manifest {
        Manifest {
            manifest_version: MANIFEST_VERSION,
            llvm_version: "1.2.3".into(),
            pass_schema_version: 1,
            pass_hash: "0123456789abcdef".repeat(4),
            targets: vec!["X86".into(), "AArch64".into()],
            host: "x86_64-unknown-linux-gnu".into(),
            build_mode: "full".into(),
        }
    }

    #[test]
    fn names_and_url() {
        let m = sample();
        assert_eq!(
            archive_name(&m),
            "stackbound-llc-1.2.3-x86_64-unknown-linux-gnu-0123456789ab.tar.gz"
        );
        assert_eq!(
            url(
                "https://github.com/{repository}/releases/download/{tag}/{asset}",
                "o/r",
                &m
            ),
            "https://github.com/o/r/releases/download/llc-1.2.3-0123456789ab/\
             stackbound-llc-1.2.3-x86_64-unknown-linux-gnu-0123456789ab.tar.gz"
        );
    }

    #[test]
    fn manifest_round_trip_and_field_order() {
        let m = sample();
        let json = m.to_json();
        assert_eq!(Manifest::parse(&json).unwrap(), m);
        let first = json.find("manifest_version").unwrap();
        let last = json.find("build_mode").unwrap();
        assert!(first < json.find("pass_hash").unwrap() && json.find("pass_hash").unwrap() < last);
        let future = json.replace("\"manifest_version\": 1", "\"manifest_version\": 2");
        assert!(Manifest::parse(&future).is_err());
    }

    #[test]
    fn mismatches_name_each_difference() {
        let wanted = sample();
        let mut other = sample();
        other.build_mode = "overlay".into();
        assert!(other.mismatches(&wanted).is_empty());
        other.pass_hash = "f".repeat(64);
        other.host = "aarch64-apple-darwin".into();
        other.targets.pop();
        let found = other.mismatches(&wanted).join("; ");
        assert!(
            found.contains("other pass sources (pass hash ffffffffffff"),
            "{found}"
        );
        assert!(found.contains("runs on aarch64-apple-darwin"), "{found}");
        assert!(found.contains("lacks the target(s) AArch64"), "{found}");
    }

    #[test]
    fn the_checkout_has_a_pass_hash() {
        let hash = pass_hash(&project_root()).unwrap();
        assert!(crate::pin::is_sha256(&hash), "{hash}");
    }
}
