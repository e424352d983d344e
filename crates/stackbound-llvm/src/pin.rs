//! `llvm-pin.toml`: the one place that names the LLVM version, its targets and its source forms.

use std::{collections::BTreeMap, env, fs, path::Path};

use crate::error::{bail, Context, Result};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    pub version: String,
    pub targets: Vec<String>,
    pub source: Sources,
    pub prebuilt: Prebuilt,
}

/// Where prebuilt llc archives (`cargo xtask dist-llc`) are published.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prebuilt {
    /// `owner/name` on GitHub; `$GITHUB_REPOSITORY` overrides it (a fork's CI uses its releases).
    pub repository: String,
    /// Template with `{repository}`, `{tag}`, `{asset}`, `{version}`, `{host}` and `{pass}`.
    pub url: String,
    /// The sha256 of archives by asset name; an archive not listed needs `--sha256`.
    #[serde(default)]
    pub sha256: BTreeMap<String, String>,
}

impl Prebuilt {
    pub fn repository(&self) -> String {
        env::var("GITHUB_REPOSITORY")
            .ok()
            .filter(|repo| !repo.is_empty())
            .unwrap_or_else(|| self.repository.clone())
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sources {
    pub upstream: Upstream,
    pub debian: Debian,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Upstream {
    pub url: String,
    /// Empty when not known; the upstream route then needs `--sha256`.
    #[serde(default)]
    pub sha256: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Debian {
    pub package: String,
    pub file: String,
    pub size: u64,
    pub sha256: String,
}

pub const FILE: &str = "llvm-pin.toml";

impl Pin {
    pub fn load(root: &Path) -> Result<Pin> {
        let path = root.join(FILE);
        let text =
            fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let pin = Pin::parse(&text)
            .with_context(|| format!("{} is not a valid pin; fix it", path.display()))?;
        Ok(pin)
    }

    pub fn parse(text: &str) -> Result<Pin> {
        let pin: Pin = toml::from_str(text)?;
        if pin.major().is_empty() || !pin.major().bytes().all(|b| b.is_ascii_digit()) {
            bail!(
                "version {:?} does not start with a major number",
                pin.version
            );
        }
        let prebuilt = pin.prebuilt.sha256.values();
        for sha in [&pin.source.debian.sha256, &pin.source.upstream.sha256]
            .into_iter()
            .chain(prebuilt)
        {
            if !sha.is_empty() && !is_sha256(sha) {
                bail!("{sha:?} is not a sha256 (64 lowercase hex digits)");
            }
        }
        Ok(pin)
    }

    /// The major version, which names Debian's packages and paths (`clang-22`, `/usr/lib/llvm-22`).
    pub fn major(&self) -> &str {
        self.version.split('.').next().unwrap_or_default()
    }

    /// The file name of the upstream tarball, the last segment of its URL.
    pub fn upstream_file(&self) -> &str {
        self.source
            .upstream
            .url
            .rsplit('/')
            .next()
            .unwrap_or_default()
    }
}

pub fn is_sha256(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repository_pin_parses() {
        let pin = Pin::load(&crate::project_root()).unwrap();
        assert!(pin.targets.iter().any(|t| t == "X86"));
        assert!(pin.targets.iter().any(|t| t == "AArch64"));
        assert!(is_sha256(&pin.source.debian.sha256));
        assert!(pin.upstream_file().ends_with(".tar.xz"));
    }

    #[test]
    fn bad_sha_is_rejected() {
        let text = r#"
            version = "1.2.3"
            targets = ["X86"]
            [source.upstream]
            url = "https://example.invalid/x.tar.xz"
            sha256 = "abc"
            [source.debian]
            package = "p"
            file = "f"
            size = 1
            sha256 = ""
            [prebuilt]
            repository = "o/r"
            url = "https://example.invalid/{asset}"
        "#;
        assert!(Pin::parse(text).is_err());
    }
}
