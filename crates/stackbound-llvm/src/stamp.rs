//! Stamps, as in rust's bootstrap: a file holding the hash of every input of a step. It is removed
//! before the step runs and written only after it succeeds, so a stamp that matches proves the
//! output is complete and current.

use std::{
    fs, io,
    path::{Path, PathBuf},
};

use crate::error::Context;
use sha2::{Digest, Sha256};

pub struct Stamp {
    path: PathBuf,
    hash: String,
}

/// Collects labelled inputs into one hash; labels and lengths keep (a, bc) apart from (ab, c).
#[derive(Default)]
pub struct Inputs(Sha256);

impl Inputs {
    pub fn add(&mut self, label: &str, value: impl AsRef<[u8]>) -> &mut Inputs {
        let value = value.as_ref();
        for part in [label.as_bytes(), value] {
            self.0.update((part.len() as u64).to_le_bytes());
            self.0.update(part);
        }
        self
    }

    /// Adds a file's name and contents.
    pub fn add_file(&mut self, path: &Path) -> io::Result<&mut Inputs> {
        let contents = fs::read(path)?;
        Ok(self.add(
            &path.file_name().unwrap_or_default().to_string_lossy(),
            contents,
        ))
    }

    pub fn hex(&self) -> String {
        self.0
            .clone()
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    pub fn stamp(&self, path: impl Into<PathBuf>) -> Stamp {
        Stamp {
            path: path.into(),
            hash: self.hex(),
        }
    }
}

/// The pass hash of the checkout at `root`: `stackbound_pass_hash`'s rule (every patch in
/// `llvm-patches/`, then every C++ source in `pass/`), the one `stackbound::llc::PASS_HASH` is
/// computed by too. Build stamps include it; it names prebuilt archives and their releases, and a
/// prebuilt is used only when its manifest carries the pass hash of the checkout.
pub fn pass_hash(root: &Path) -> crate::Result<String> {
    stackbound_pass_hash::pass_hash(&root.join("pass"), &root.join("llvm-patches")).with_context(
        || {
            format!(
                "cannot hash the pass sources in {}: build-llc copies the pass from pass/ into \
                 LLVM, so they must exist",
                root.display()
            )
        },
    )
}

/// The stamp `fetch-llc` writes for a prebuilt llc: it depends on the pinned version and targets,
/// the host and the pass hash, not on how (or where) the llc was built.
pub fn prebuilt(
    path: impl Into<PathBuf>,
    version: &str,
    targets: &[String],
    host: &str,
    pass_hash: &str,
) -> Stamp {
    Inputs::default()
        .add("kind", "prebuilt")
        .add("version", version)
        .add("targets", targets.join(";"))
        .add("host", host)
        .add("pass", pass_hash)
        .stamp(path)
}

impl Stamp {
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn is_current(&self) -> bool {
        fs::read_to_string(&self.path).is_ok_and(|text| text.trim() == self.hash)
    }

    pub fn remove(&self) -> io::Result<()> {
        match fs::remove_file(&self.path) {
            Err(err) if err.kind() != io::ErrorKind::NotFound => Err(err),
            _ => Ok(()),
        }
    }

    pub fn write(&self) -> io::Result<()> {
        if let Some(dir) = self.path.parent() {
            fs::create_dir_all(dir)?;
        }
        fs::write(&self.path, format!("{}\n", self.hash))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamp_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("stamp");
        let stamp = Inputs::default().add("mode", "overlay").stamp(&path);
        assert!(!stamp.is_current());
        stamp.write().unwrap();
        assert!(stamp.is_current());
        assert!(!Inputs::default()
            .add("mode", "full")
            .stamp(&path)
            .is_current());
        assert!(!Inputs::default()
            .add("mod", "eoverlay")
            .stamp(&path)
            .is_current());
        stamp.remove().unwrap();
        stamp.remove().unwrap();
        assert!(!stamp.is_current());
    }

    #[test]
    fn a_prebuilt_stamp_is_its_own_kind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("stamp");
        let targets = ["X86".to_owned()];
        let stamp = prebuilt(&path, "1.2.3", &targets, "x86_64-unknown-linux-gnu", "ab");
        stamp.write().unwrap();
        assert!(stamp.is_current());
        let other_pass = prebuilt(&path, "1.2.3", &targets, "x86_64-unknown-linux-gnu", "cd");
        assert!(!other_pass.is_current());
        let other_host = prebuilt(&path, "1.2.3", &targets, "aarch64-apple-darwin", "ab");
        assert!(!other_host.is_current());
    }

    #[test]
    fn pass_hash_follows_patches_and_pass() {
        let dir = tempfile::tempdir().unwrap();
        let pass = dir.path().join("pass");
        let patches = dir.path().join("llvm-patches");
        fs::create_dir_all(&pass).unwrap();
        fs::create_dir_all(&patches).unwrap();
        for (file, _) in crate::layout::PASS_FILES {
            fs::write(pass.join(file), "// pass\n").unwrap();
        }
        let patch = patches.join("0001-a.patch");
        fs::write(&patch, "a").unwrap();
        let before = pass_hash(dir.path()).unwrap();
        assert_eq!(before, pass_hash(dir.path()).unwrap());
        fs::write(&patch, "b").unwrap();
        let after_patch = pass_hash(dir.path()).unwrap();
        assert_ne!(before, after_patch);
        fs::write(pass.join(crate::layout::PASS_FILES[0].0), "// edited\n").unwrap();
        assert_ne!(after_patch, pass_hash(dir.path()).unwrap());
        fs::remove_dir_all(&pass).unwrap();
        let err = crate::chain(&pass_hash(dir.path()).unwrap_err());
        assert!(err.contains("pass/"), "{err}");
    }
}
