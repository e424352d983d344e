//! Is this the right llc? The pinned LLVM version, and it writes stack reports. Probed once
//! per binary: per process in memory, and across processes (every compile of the compiler
//! wrapper is one) through a note in the user cache, keyed by the binary's identity.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};
use std::time::SystemTime;

use super::{flag_with_path, lock, run, show, Found, Llc, LlcError, LLVM_PIN};
use crate::records;

type ProbeKey = (PathBuf, Option<SystemTime>);

/// Probes each llc binary once per process; a rebuilt binary (new mtime) is probed again.
pub(super) fn probe_cached(path: &Path, found: Found) -> Result<Llc, LlcError> {
    static CACHE: OnceLock<Mutex<HashMap<ProbeKey, Llc>>> = OnceLock::new();
    let canonical = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let mtime = std::fs::metadata(&canonical)
        .and_then(|m| m.modified())
        .ok();
    let key = (canonical, mtime);
    let cache = CACHE.get_or_init(Default::default);
    if let Some(llc) = lock(cache).get(&key) {
        return Ok(Llc {
            path: path.to_path_buf(),
            found,
            ..llc.clone()
        });
    }
    let identity = Identity::of(&key.0);
    let llc = match identity.as_ref().and_then(Identity::recalled) {
        Some(version) => Llc {
            path: path.to_path_buf(),
            version,
            found,
            manifest: None,
            warning: None,
        },
        None => {
            let llc = probe(path, found)?;
            if let Some(identity) = &identity {
                identity.remember(&llc.version);
            }
            llc
        }
    };
    lock(cache).insert(key, llc.clone());
    Ok(llc)
}

/// What makes a binary the one that passed its probe: its path, size, modification time and
/// inode. A rebuilt or replaced llc differs in one of them and is probed again.
#[derive(Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Identity {
    path: PathBuf,
    len: u64,
    modified_ns: u128,
    inode: u64,
    /// The stackbound that probed it: another one may check other things.
    stackbound: String,
}

impl Identity {
    /// `None` for anything but an ELF executable: a script may run another llc each time (its
    /// environment picks one), so only a binary is its own identity.
    fn of(canonical: &Path) -> Option<Identity> {
        use std::io::Read;
        let mut magic = [0u8; 4];
        std::fs::File::open(canonical)
            .and_then(|mut f| f.read_exact(&mut magic))
            .ok()?;
        if &magic != b"\x7fELF" {
            return None;
        }
        let meta = std::fs::metadata(canonical).ok()?;
        let modified_ns = meta
            .modified()
            .ok()?
            .duration_since(SystemTime::UNIX_EPOCH)
            .ok()?
            .as_nanos();
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(&meta);
        #[cfg(not(unix))]
        let inode = 0;
        Some(Identity {
            path: canonical.to_path_buf(),
            len: meta.len(),
            modified_ns,
            inode,
            stackbound: format!(
                "{} {LLVM_PIN} {}",
                env!("CARGO_PKG_VERSION"),
                crate::llc::PASS_HASH
            ),
        })
    }

    /// `<cache>/stackbound/probes/<hash of the identity>.json`.
    fn note(&self) -> Option<PathBuf> {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (
            &self.path,
            self.len,
            self.modified_ns,
            self.inode,
            &self.stackbound,
        )
            .hash(&mut hasher);
        let dir = super::discover::cache_home()?.join("stackbound/probes");
        Some(dir.join(format!("{:016x}.json", hasher.finish())))
    }

    /// The version a probe of this very binary found, if one is noted.
    fn recalled(&self) -> Option<String> {
        let text = std::fs::read_to_string(self.note()?).ok()?;
        let (identity, version): (Identity, String) = serde_json::from_str(&text).ok()?;
        (identity == *self && matches_pin(&version)).then_some(version)
    }

    /// Notes a passed probe; a note that cannot be written only costs a probe next time.
    fn remember(&self, version: &str) {
        let Some(note) = self.note() else { return };
        let Some(dir) = note.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let Ok(text) = serde_json::to_string(&(self, version)) else {
            return;
        };
        // Written whole, then renamed: a reader sees the old note, the new one, or none.
        if let Ok(mut file) = tempfile::NamedTempFile::new_in(dir) {
            use std::io::Write;
            if file.write_all(text.as_bytes()).is_ok() {
                let _ = file.persist(&note);
            }
        }
    }
}

/// `--version` must name the pinned LLVM, and a one-function module must produce a complete
/// report (a stock llc rejects `-stack-report` as an unknown argument).
pub fn probe(path: &Path, found: Found) -> Result<Llc, LlcError> {
    let mut command = Command::new(path);
    command.arg("--version");
    let shown = show(&command);
    let output = run(&mut command, &shown)?;
    let text = String::from_utf8_lossy(&output.stdout);
    let Some(version) = llvm_version(&text) else {
        return Err(LlcError::NotLlc {
            path: path.to_path_buf(),
            command: shown,
            status: output.status.to_string(),
            stderr: stderr_tail(&output.stderr),
        });
    };
    if !matches_pin(&version) {
        return Err(LlcError::WrongVersion {
            path: path.to_path_buf(),
            found: version,
        });
    }
    self_test(path, &version)?;
    Ok(Llc {
        path: path.to_path_buf(),
        version,
        found,
        manifest: None,
        warning: None,
    })
}

const PROBE_IR: &str = "define void @stackbound_probe() {\n  ret void\n}\n";

fn self_test(path: &Path, version: &str) -> Result<(), LlcError> {
    let dir = tempfile::Builder::new()
        .prefix("stackbound-probe-")
        .tempdir()
        .map_err(LlcError::Temp)?;
    let ir = dir.path().join("probe.ll");
    let report = dir.path().join("probe.jsonl");
    std::fs::write(&ir, PROBE_IR).map_err(LlcError::Temp)?;
    let mut command = Command::new(path);
    command
        .arg(&ir)
        .arg("-filetype=obj")
        .arg("-o")
        .arg(dir.path().join("probe.o"))
        .arg(flag_with_path("-stack-report=", &report));
    let shown = show(&command);
    let output = run(&mut command, &shown)?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let probe_error = |problem: String| LlcError::Probe {
        path: path.to_path_buf(),
        command: shown.clone(),
        status: output.status.to_string(),
        problem,
        stderr: stderr_tail(&output.stderr),
    };
    if !output.status.success() {
        if stderr.contains("Unknown command line argument") && stderr.contains("stack-report") {
            return Err(LlcError::Stock {
                path: path.to_path_buf(),
                version: version.to_string(),
            });
        }
        return Err(probe_error("failed on a one-function module".into()));
    }
    let modules = records::read_file(&report)
        .map_err(|e| probe_error(format!("wrote no valid report: {e}")))?;
    if !modules
        .iter()
        .flat_map(|m| &m.functions)
        .any(|f| f.name == "stackbound_probe")
    {
        return Err(probe_error(
            "wrote a report without the module's one function".into(),
        ));
    }
    Ok(())
}

/// The stderr text, trimmed, prefixed for appending to a message; empty when there is none.
fn stderr_tail(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let text = text.trim();
    if text.is_empty() {
        String::new()
    } else {
        format!("; it said: {text}")
    }
}

/// `LLVM version 22.1.8` (Debian prefixes "Debian"; source builds may add a suffix).
pub fn llvm_version(text: &str) -> Option<String> {
    let rest = &text[text.find("LLVM version ")? + "LLVM version ".len()..];
    let version = rest.split_whitespace().next()?;
    Some(version.to_string())
}

/// `22.1.8` and `22.1.8git` match the pin `22.1.8`; `22.1.80` does not.
pub fn matches_pin(version: &str) -> bool {
    match version.strip_prefix(LLVM_PIN) {
        Some(rest) => !rest.starts_with(|c: char| c.is_ascii_digit() || c == '.'),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pin_is_read_at_build_time() {
        let pin_file = include_str!("../../../../llvm-pin.toml");
        assert!(pin_file.contains(&format!("version = \"{LLVM_PIN}\"")));
    }

    #[test]
    fn version_parsing() {
        let debian = "Debian LLVM version 22.1.8\n  Optimized build.\n";
        assert_eq!(llvm_version(debian).as_deref(), Some("22.1.8"));
        assert_eq!(llvm_version("nothing here"), None);
        assert!(matches_pin(LLVM_PIN));
        assert!(matches_pin(&format!("{LLVM_PIN}git")));
        assert!(!matches_pin(&format!("{LLVM_PIN}0")));
        assert!(!matches_pin("21.1.0"));
    }
}
