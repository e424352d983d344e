//! `stackbound llc install` and `stackbound llc build`: an llc for this stackbound in the user
//! cache (`<cache>/stackbound/llc/<pin>-<short pass hash>/`, where discovery looks), through the
//! stackbound-llvm library the xtask uses too. The build reads the pin, pass sources and patches
//! embedded in this binary (written out under `<cache>/stackbound/build/sources/`), so it needs
//! no checkout and no package sources.

use std::{
    fs,
    path::{Path, PathBuf},
    time::Instant,
};

use stackbound_llvm::{
    download::{self, Expected},
    fetch::{self, resolve_sha256, Fetch, ATTEMPTS},
    pin::is_sha256,
    prebuilt, BuildOptions, Error, Fixes, Layout, Manifest, Pin,
};

use super::{LLVM_PIN, PASS_HASH};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/sources.rs"));
}

/// Every file `stackbound llc build` needs, as (path in the sources directory, bytes): the
/// package's `llvm-pin.toml`, `pass/` and `llvm-patches/`, embedded at build time.
pub const SOURCES: &[(&str, &[u8])] = embedded::SOURCES;

/// The user-cache layout for this stackbound's pin and pass hash.
pub fn user_cache_layout() -> Result<Layout, Error> {
    let cache = super::cache_home().ok_or_else(|| {
        Error::msg(
            "there is no user cache directory to install the llc into: set HOME or \
             XDG_CACHE_HOME to a writable directory and run the command again.",
        )
    })?;
    Ok(Layout::user_cache(&cache, LLVM_PIN, PASS_HASH))
}

/// The pin this stackbound carries.
pub fn pin() -> Result<Pin, Error> {
    let text = SOURCES
        .iter()
        .find(|(name, _)| *name == "llvm-pin.toml")
        .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        .ok_or_else(|| {
            Error::msg("this stackbound was built without llvm-pin.toml, so it cannot fetch or build an llc; reinstall it from its package")
        })?;
    Pin::parse(&text)
}

/// Writes the embedded sources to `<work>/sources/<pin>-<short pass hash>/` (replacing what is
/// there) and checks that they hash to [`PASS_HASH`]; returns that directory.
pub fn write_sources(layout: &Layout) -> Result<PathBuf, Error> {
    let dir = layout
        .work()
        .join("sources")
        .join(format!("{LLVM_PIN}-{}", prebuilt::short(PASS_HASH)));
    let tmp = dir.with_extension("writing");
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path, source }
    };
    if tmp.exists() {
        fs::remove_dir_all(&tmp).map_err(io(&tmp))?;
    }
    for (name, bytes) in SOURCES {
        let path = tmp.join(name);
        fs::create_dir_all(path.parent().expect("a file in a directory")).map_err(io(&path))?;
        fs::write(&path, bytes).map_err(io(&path))?;
    }
    if dir.exists() {
        fs::remove_dir_all(&dir).map_err(io(&dir))?;
    }
    fs::rename(&tmp, &dir).map_err(io(&dir))?;
    let hash = stackbound_llvm::stamp::pass_hash(&dir)?;
    if hash != PASS_HASH {
        return Err(Error::msg(format!(
            "the pass sources embedded in this stackbound hash to {hash}, not to its pass hash \
             {PASS_HASH}; it was built wrongly. Reinstall it from its package."
        )));
    }
    Ok(dir)
}

/// What `stackbound llc install` was asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Install {
    /// An archive's URL (`http(s)://`), a local file or a `file://` URL; default: the release
    /// for this pin, pass hash and host named by the pin's `[prebuilt]` table.
    pub from: Option<String>,
    /// The archive's sha256, when the pin does not list it (a local file's `<file>.sha256`, as
    /// `cargo xtask dist-llc` writes it, is read too).
    pub sha256: Option<String>,
}

impl Install {
    /// Fetches (or reads) the archive, checks it (sha256 while streaming, guarded unpack, the
    /// manifest against this stackbound's pin and pass hash, `llc --version`) and installs it
    /// atomically into the user cache. Returns the llc's path.
    pub fn run(&self) -> Result<PathBuf, Error> {
        let layout = user_cache_layout()?;
        let pin = pin()?;
        let wanted = Manifest::current(&pin, PASS_HASH, "full");
        let sha_flag = self.sha256.as_deref().map(str::to_ascii_lowercase);
        let started = Instant::now();
        let remote = |url: &str| -> Result<PathBuf, Error> {
            let sha256 = resolve_sha256(sha_flag.as_deref(), &pin, &wanted, url, Fixes::CLI)?;
            Fetch {
                url,
                sha256: &sha256,
                layout: &layout,
                wanted: &wanted,
                attempts: ATTEMPTS,
            }
            .run()
        };
        let llc = match self.from.as_deref() {
            None => remote(&prebuilt::url(
                &pin.prebuilt.url,
                &pin.prebuilt.repository(),
                &wanted,
            ))?,
            Some(url) if url.starts_with("http://") || url.starts_with("https://") => remote(url)?,
            Some(file) => {
                let path = Path::new(file.strip_prefix("file://").unwrap_or(file));
                let sha256 = local_sha256(path, sha_flag.as_deref(), &pin, &wanted)?;
                eprintln!("==> checking {}", path.display());
                download::verify_local(path, &Expected { sha256, size: None })?;
                fetch::install(path, &layout, &wanted)?
            }
        };
        eprintln!(
            "==> llc for pass hash {} installed in {:.1} s; stackbound finds it there",
            prebuilt::short(PASS_HASH),
            started.elapsed().as_secs_f64()
        );
        Ok(llc)
    }
}

/// `--sha256`, else the pin's entry for the archive, else the `<file>.sha256` beside it.
fn local_sha256(
    path: &Path,
    flag: Option<&str>,
    pin: &Pin,
    wanted: &Manifest,
) -> Result<String, Error> {
    if !path.is_file() {
        return Err(Error::msg(format!(
            "--from {} does not exist; give a stackbound-llc archive (from `cargo xtask \
             dist-llc` or a release), or its URL.",
            path.display()
        )));
    }
    let beside = prebuilt::with_suffix(path, ".sha256");
    let sha256 = match flag {
        Some(sha) => sha.to_owned(),
        None => match pin.prebuilt.sha256.get(&prebuilt::archive_name(wanted)) {
            Some(sha) if !sha.is_empty() => sha.clone(),
            _ => match fs::read_to_string(&beside) {
                Ok(line) => line
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_owned(),
                Err(_) => {
                    return Err(Error::msg(format!(
                        "there is no sha256 to check {} against: pass --sha256 HEX, or put the \
                         archive's .sha256 file ({}) beside it.",
                        path.display(),
                        beside.display()
                    )))
                }
            },
        },
    };
    if !is_sha256(&sha256) {
        return Err(Error::msg(format!(
            "{sha256:?} is not a sha256 (64 hex digits); pass the archive's with --sha256."
        )));
    }
    Ok(sha256)
}

/// `stackbound llc build`: builds the llc from the embedded sources into the user cache
/// (overlay with a matching system LLVM, else full, as `options.mode` says). Returns its path.
pub fn build(options: &BuildOptions) -> Result<PathBuf, Error> {
    let layout = user_cache_layout()?;
    let root = write_sources(&layout)?;
    let sh = xshell::Shell::new()?;
    options.build(&sh, &root, &layout)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where install and build put the llc is where discovery looks for it.
    #[test]
    fn the_user_cache_layout_is_where_discovery_looks() {
        let Some(cache) = super::super::cache_home() else {
            return; // no HOME: neither has a place
        };
        let layout = Layout::user_cache(&cache, LLVM_PIN, PASS_HASH);
        assert_eq!(Some(layout.llc()), super::super::user_cache_llc());
        assert_eq!(
            Some(layout.out().to_path_buf()),
            super::super::user_cache_dir()
        );
    }
}
