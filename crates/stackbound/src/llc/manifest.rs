//! `manifest.json` beside an llc's `bin/` (what `cargo xtask build-llc` and `fetch-llc` write as
//! `target/llc/manifest.json`, and what every prebuilt archive and user-cache entry holds): the
//! LLVM version and pass hash it was built with.

use std::path::{Path, PathBuf};

use super::{LlcError, PASS_HASH};

/// What an llc says it is: the one definition, which the builds write (stackbound-llvm).
pub use stackbound_llvm::Manifest;

/// True when the llc was built from the pass sources this stackbound carries.
pub fn matches_pass(manifest: &Manifest) -> bool {
    manifest.pass_hash == PASS_HASH
}

/// `<dir>/manifest.json` for an llc at `<dir>/bin/llc`; the link's target is tried too when
/// `llc` is a symlink.
pub fn manifest_path(llc: &Path) -> Option<PathBuf> {
    let beside = |llc: &Path| {
        let bin = llc.parent()?;
        (bin.file_name()? == "bin")
            .then(|| bin.parent().map(|d| d.join("manifest.json")))
            .flatten()
            .filter(|m| m.is_file())
    };
    beside(llc).or_else(|| beside(&llc.canonicalize().ok()?))
}

/// The llc's manifest, if it has one.
pub fn read_manifest(llc: &Path) -> Result<Option<(PathBuf, Manifest)>, LlcError> {
    let Some(path) = manifest_path(llc) else {
        return Ok(None);
    };
    let bad = |problem: String| LlcError::BadManifest {
        path: path.clone(),
        problem,
    };
    let text = std::fs::read_to_string(&path).map_err(|e| bad(e.to_string()))?;
    let manifest: Manifest = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
    Ok(Some((path, manifest)))
}

/// The first 12 hex digits: how archives, releases and user-cache entries name a pass hash.
pub fn short_hash(hash: &str) -> &str {
    &hash[..hash.len().min(12)]
}
