//! Where the llc is: `--llc`, then `$STACKBOUND_LLC`, then the user cache, then the workspace's
//! build output.

use std::path::{Path, PathBuf};

use super::manifest::short_hash;
use super::{Found, LlcError, LLC_ENV, LLVM_PIN, PASS_HASH, WORKSPACE_LLC};

/// One discovery rule as it was tried: what it looked at and what it found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// The rule, e.g. `--llc`, `$STACKBOUND_LLC`, `user cache`.
    pub rule: &'static str,
    /// The path it looked at, if it had one.
    pub path: Option<PathBuf>,
    /// `found`, `not given`, `unset`, `absent`, ...
    pub outcome: String,
}

/// Every rule tried in order, and the llc they give: the first rule that names one decides
/// (a `--llc` or `$STACKBOUND_LLC` that does not exist is an error, not a fall-through).
pub fn search(explicit: Option<&Path>) -> (Vec<Attempt>, Result<(PathBuf, Found), LlcError>) {
    let mut attempts = Vec::new();
    let result = search_into(explicit, &mut attempts);
    (attempts, result)
}

/// The llc to use and how it was found; no probing yet.
pub fn locate(explicit: Option<&Path>) -> Result<(PathBuf, Found), LlcError> {
    search(explicit).1
}

fn search_into(
    explicit: Option<&Path>,
    attempts: &mut Vec<Attempt>,
) -> Result<(PathBuf, Found), LlcError> {
    let missing = |tried: Vec<String>| LlcError::Missing {
        tried: tried.join(", "),
    };
    let mut note = |rule: &'static str, path: Option<&Path>, outcome: &str| {
        attempts.push(Attempt {
            rule,
            path: path.map(Path::to_path_buf),
            outcome: outcome.to_string(),
        })
    };
    if let Some(path) = explicit {
        return match existing(path) {
            Some(p) => {
                note("--llc", Some(&p), "found");
                Ok((p, Found::Flag))
            }
            None => {
                note("--llc", Some(path), "does not exist");
                Err(missing(vec![format!("{} (--llc)", path.display())]))
            }
        };
    }
    note("--llc", None, "not given");
    if let Some(value) = std::env::var_os(LLC_ENV).filter(|v| !v.is_empty()) {
        let path = PathBuf::from(value);
        return match existing(&path) {
            Some(p) => {
                note("$STACKBOUND_LLC", Some(&p), "found");
                Ok((p, Found::Env))
            }
            None => {
                note("$STACKBOUND_LLC", Some(&path), "does not exist");
                Err(missing(vec![format!("{} (${LLC_ENV})", path.display())]))
            }
        };
    }
    note("$STACKBOUND_LLC", None, "unset");
    let mut tried = vec![format!("${LLC_ENV} (unset)")];
    match user_cache_llc() {
        Some(candidate) if candidate.is_file() => {
            note("user cache", Some(&candidate), "found");
            return Ok((candidate, Found::UserCache));
        }
        Some(candidate) => {
            note("user cache", Some(&candidate), "absent");
            tried.push(format!("{} (user cache)", candidate.display()));
        }
        None => note(
            "user cache",
            None,
            "no cache directory ($XDG_CACHE_HOME and $HOME unset)",
        ),
    }
    let starts = [
        (
            std::env::current_dir().ok(),
            Found::Workspace,
            "workspace of the current directory",
        ),
        (
            std::env::current_exe()
                .ok()
                .and_then(|e| e.parent().map(Path::to_path_buf)),
            Found::BesideExecutable,
            "workspace of this executable",
        ),
    ];
    let mut any_workspace = false;
    for (start, found, rule) in starts {
        let Some(root) = start.as_deref().and_then(workspace_root) else {
            note(rule, None, "none (no llvm-pin.toml above it)");
            continue;
        };
        any_workspace = true;
        let candidate = root.join(WORKSPACE_LLC);
        if candidate.is_file() {
            note(rule, Some(&candidate), "found");
            return Ok((candidate, found));
        }
        note(rule, Some(&candidate), "absent");
        let shown = candidate.display().to_string();
        if !tried.contains(&shown) {
            tried.push(shown);
        }
    }
    if !any_workspace {
        tried.push(
            "a workspace with llvm-pin.toml above the current directory or this executable (none)"
                .into(),
        );
    }
    Err(missing(tried))
}

/// Where an llc for this stackbound lives in the user's cache:
/// `<cache>/stackbound/llc/<LLVM version>-<first 12 digits of the pass hash>/bin/llc`, with
/// `<cache>` `$XDG_CACHE_HOME`, else `$HOME/.cache` (on Linux and other Unix systems), else the
/// platform's cache directory. Its `manifest.json` sits beside `bin/`.
pub fn user_cache_llc() -> Option<PathBuf> {
    Some(user_cache_dir()?.join("bin/llc"))
}

/// `<cache>/stackbound/llc/<LLVM version>-<short pass hash>`: see [`user_cache_llc`].
pub fn user_cache_dir() -> Option<PathBuf> {
    let cache = cache_home()?;
    Some(
        cache
            .join("stackbound/llc")
            .join(format!("{LLVM_PIN}-{}", short_hash(PASS_HASH))),
    )
}

/// The user's cache directory: `$XDG_CACHE_HOME`, else `$HOME/.cache` (Linux and other Unix
/// systems), else the platform's.
pub fn cache_home() -> Option<PathBuf> {
    let absolute = |var: &str| {
        std::env::var_os(var)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    if cfg!(all(unix, not(target_os = "macos"))) {
        absolute("XDG_CACHE_HOME").or_else(|| Some(absolute("HOME")?.join(".cache")))
    } else {
        dirs::cache_dir()
    }
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
