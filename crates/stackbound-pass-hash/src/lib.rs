//! The pass hash: the one definition of which files an llc's own code is built from, shared by
//! the xtask (build stamps, manifests, prebuilt archive names) and by `stackbound`'s build script
//! (`stackbound::llc::PASS_HASH`, from the copies the package carries).
//!
//! The rule: every `*.patch` in `llvm-patches/`, sorted by name, then every C++ source (`*.h`,
//! `*.cpp`) in `pass/`, sorted by name; each file fed to sha256 as its name and its contents,
//! each prefixed with its length (so `(a, bc)` and `(ab, c)` differ). Nothing else in `pass/`
//! (its README) counts.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// The patch series in `dir`: every `*.patch`, sorted by name (the order they apply in).
pub fn patches(dir: &Path) -> io::Result<Vec<PathBuf>> {
    files_with(dir, &["patch"])
}

/// The pass sources in `dir`: every `*.h` and `*.cpp`, sorted by name.
pub fn pass_sources(dir: &Path) -> io::Result<Vec<PathBuf>> {
    files_with(dir, &["h", "cpp"])
}

/// Every file of the pass hash, in hashing order: the patches, then the pass sources.
pub fn inputs(pass_dir: &Path, patches_dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = patches(patches_dir)?;
    files.extend(pass_sources(pass_dir)?);
    Ok(files)
}

/// The pass hash of `pass_dir` and `patches_dir`: 64 hex digits.
pub fn pass_hash(pass_dir: &Path, patches_dir: &Path) -> io::Result<String> {
    let mut hasher = Sha256::new();
    for file in inputs(pass_dir, patches_dir)? {
        let contents = fs::read(&file).map_err(|e| with_path(e, &file))?;
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        for part in [name.as_bytes(), &contents] {
            hasher.update((part.len() as u64).to_le_bytes());
            hasher.update(part);
        }
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// The regular files (or links to them) directly in `dir` whose extension is one of `exts`,
/// sorted by name.
fn files_with(dir: &Path, exts: &[&str]) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| with_path(e, dir))? {
        let path = entry.map_err(|e| with_path(e, dir))?.path();
        let wanted = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| exts.contains(&e));
        if wanted && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn with_path(err: io::Error, path: &Path) -> io::Error {
    io::Error::new(err.kind(), format!("{}: {err}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_follows_every_source_and_patch_and_nothing_else() {
        let dir = std::env::temp_dir().join(format!("stackbound-pass-hash-{}", std::process::id()));
        let (pass, patches) = (dir.join("pass"), dir.join("llvm-patches"));
        fs::create_dir_all(&pass).unwrap();
        fs::create_dir_all(&patches).unwrap();
        fs::write(pass.join("A.cpp"), "a").unwrap();
        fs::write(pass.join("B.h"), "b").unwrap();
        fs::write(patches.join("0001-x.patch"), "p").unwrap();
        let hash = |_: ()| pass_hash(&pass, &patches).unwrap();
        let before = hash(());
        assert_eq!(before.len(), 64);
        assert_eq!(before, hash(()));
        fs::write(pass.join("README.md"), "docs").unwrap();
        fs::write(patches.join("notes.txt"), "notes").unwrap();
        assert_eq!(before, hash(()), "only sources and patches count");
        fs::write(pass.join("B.h"), "b2").unwrap();
        let edited = hash(());
        assert_ne!(before, edited);
        fs::write(patches.join("0002-y.patch"), "q").unwrap();
        let patched = hash(());
        assert_ne!(edited, patched);
        fs::write(pass.join("C.cpp"), "").unwrap();
        assert_ne!(patched, hash(()), "a new source counts");
        let names: Vec<_> = inputs(&pass, &patches)
            .unwrap()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            ["0001-x.patch", "0002-y.patch", "A.cpp", "B.h", "C.cpp"]
        );
        fs::remove_dir_all(&dir).unwrap();
    }
}
