//! Where the llc is: `--llc`, then `$STACKBOUND_LLC`, then the workspace's build output.

use std::path::{Path, PathBuf};

use super::{Found, LlcError, LLC_ENV, WORKSPACE_LLC};

/// The llc to use and how it was found; no probing yet.
pub fn locate(explicit: Option<&Path>) -> Result<(PathBuf, Found), LlcError> {
    let missing = |tried: Vec<String>| LlcError::Missing {
        tried: tried.join(", "),
    };
    if let Some(path) = explicit {
        return match existing(path) {
            Some(p) => Ok((p, Found::Flag)),
            None => Err(missing(vec![format!("{} (--llc)", path.display())])),
        };
    }
    if let Some(value) = std::env::var_os(LLC_ENV).filter(|v| !v.is_empty()) {
        let path = PathBuf::from(value);
        return match existing(&path) {
            Some(p) => Ok((p, Found::Env)),
            None => Err(missing(vec![format!("{} (${LLC_ENV})", path.display())])),
        };
    }
    let mut tried = vec![format!("${LLC_ENV} (unset)")];
    let starts = [
        (std::env::current_dir().ok(), Found::Workspace),
        (
            std::env::current_exe()
                .ok()
                .and_then(|e| e.parent().map(Path::to_path_buf)),
            Found::BesideExecutable,
        ),
    ];
    for (start, found) in starts {
        let Some(root) = start.as_deref().and_then(workspace_root) else {
            continue;
        };
        let candidate = root.join(WORKSPACE_LLC);
        if candidate.is_file() {
            return Ok((candidate, found));
        }
        let shown = candidate.display().to_string();
        if !tried.contains(&shown) {
            tried.push(shown);
        }
    }
    if tried.len() == 1 {
        tried.push(
            "a workspace with llvm-pin.toml above the current directory or this executable (none)"
                .into(),
        );
    }
    Err(missing(tried))
}

/// The nearest ancestor holding `llvm-pin.toml`.
pub fn workspace_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| dir.join("llvm-pin.toml").is_file())
        .map(Path::to_path_buf)
}

/// The path itself if it exists; a bare name (no `/`) is also looked up on `PATH`.
fn existing(path: &Path) -> Option<PathBuf> {
    if path.is_file() {
        return Some(path.to_path_buf());
    }
    if path.components().count() != 1 {
        return None;
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(path))
        .find(|p| p.is_file())
}
