//! Stamps, as in rust's bootstrap: a file holding the hash of every input of a step. It is removed
//! before the step runs and written only after it succeeds, so a stamp that matches proves the
//! output is complete and current.

use std::{
    fs, io,
    path::{Path, PathBuf},
};

use sha2::{Digest, Sha256};

pub(crate) struct Stamp {
    path: PathBuf,
    hash: String,
}

/// Collects labelled inputs into one hash; labels and lengths keep (a, bc) apart from (ab, c).
#[derive(Default)]
pub(crate) struct Inputs(Sha256);

impl Inputs {
    pub(crate) fn add(&mut self, label: &str, value: impl AsRef<[u8]>) -> &mut Inputs {
        let value = value.as_ref();
        for part in [label.as_bytes(), value] {
            self.0.update((part.len() as u64).to_le_bytes());
            self.0.update(part);
        }
        self
    }

    /// Adds a file's name and contents.
    pub(crate) fn add_file(&mut self, path: &Path) -> io::Result<&mut Inputs> {
        let contents = fs::read(path)?;
        Ok(self.add(
            &path.file_name().unwrap_or_default().to_string_lossy(),
            contents,
        ))
    }

    pub(crate) fn stamp(&self, path: impl Into<PathBuf>) -> Stamp {
        let hash = self
            .0
            .clone()
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Stamp {
            path: path.into(),
            hash,
        }
    }
}

impl Stamp {
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn is_current(&self) -> bool {
        fs::read_to_string(&self.path).is_ok_and(|text| text.trim() == self.hash)
    }

    pub(crate) fn remove(&self) -> io::Result<()> {
        match fs::remove_file(&self.path) {
            Err(err) if err.kind() != io::ErrorKind::NotFound => Err(err),
            _ => Ok(()),
        }
    }

    pub(crate) fn write(&self) -> io::Result<()> {
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
}
