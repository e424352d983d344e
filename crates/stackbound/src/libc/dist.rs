//! Bundles as release assets: `pack` writes one as a reproducible `.tar.gz` with its `.sha256`
//! beside it (what the release workflow publishes), and `install` puts one into the user cache
//! (`stackbound libc install`), where [`super::find`] looks first after `$STACKBOUND_LIBC_DIR`.
//!
//! The archive holds `<library>-<version>-<target>/` with the bundle's three files. Nothing
//! reaches the cache unless the archive's sha256 is the expected one, its paths are safe (the
//! guarded unpacker of the llc archives) and the unpacked bundle passes [`super::load`]'s
//! checks; the old bundle is replaced only then.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use flate2::{write::GzEncoder, Compression};
use stackbound_llvm::download::{self, Expected, Hint};
use stackbound_llvm::unpack::{self, Codec, RemoveOnDrop};

use super::{read_manifest, LibcError, MANIFEST, MEMBERS, RECORDS};

fn io_error(path: &Path, error: impl std::fmt::Display) -> LibcError {
    super::bundle_error(path, error)
}

/// The archive's file name: `musl-1.2.5-x86_64-linux-musl.tar.gz`.
pub fn archive_name(manifest: &super::Manifest) -> String {
    format!(
        "{}-{}-{}.tar.gz",
        manifest.library, manifest.version, manifest.target
    )
}

/// Writes the bundle in `bundle` as `<out>/<archive_name>` and its `.sha256` (`<hex>  <name>`,
/// as `sha256sum` prints it); the same bundle gives the same bytes. Returns the archive's path
/// and sha256.
pub fn pack(bundle: &Path, out: &Path) -> Result<(PathBuf, String), LibcError> {
    let manifest = read_manifest(bundle)?;
    // A damaged bundle is not published.
    super::check_files(bundle, &manifest)?;
    let name = archive_name(&manifest);
    let top = name.trim_end_matches(".tar.gz");
    let mut gz = GzEncoder::new(Vec::new(), Compression::new(9));
    {
        let mut tar = tar::Builder::new(&mut gz);
        tar.mode(tar::HeaderMode::Deterministic);
        for file in [MANIFEST, RECORDS, MEMBERS] {
            let path = bundle.join(file);
            let bytes = fs::read(&path).map_err(|e| io_error(&path, e))?;
            let mut header = tar::Header::new_gnu();
            header.set_size(bytes.len() as u64);
            header.set_mode(0o644);
            header.set_mtime(0);
            header.set_entry_type(tar::EntryType::Regular);
            tar.append_data(&mut header, format!("{top}/{file}"), bytes.as_slice())
                .map_err(|e| io_error(&path, e))?;
        }
        tar.finish().map_err(|e| io_error(bundle, e))?;
    }
    let bytes = gz.finish().map_err(|e| io_error(bundle, e))?;
    fs::create_dir_all(out).map_err(|e| io_error(out, e))?;
    let archive = out.join(&name);
    fs::write(&archive, &bytes).map_err(|e| io_error(&archive, e))?;
    let sha256 = super::sha256_hex(&bytes);
    let line = out.join(format!("{name}.sha256"));
    fs::write(&line, format!("{sha256}  {name}\n")).map_err(|e| io_error(&line, e))?;
    Ok((archive, sha256))
}

/// What `stackbound libc install` was asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Install {
    /// An archive's URL (`http(s)://`), or a local file (`file://` too).
    pub from: String,
    /// Its sha256; for a local file, else the `<file>.sha256` beside it.
    pub sha256: Option<String>,
}

const HINT: Hint = Hint {
    network: "Check the URL and the network, or download the archive another way and give \
              its path to --from.",
    mismatch: "The archive is not the one expected: check --sha256 against the release's \
               .sha256 file, or rebuild the bundle with `cargo xtask libc-records`.",
};

fn is_sha256(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

impl Install {
    /// Fetches (or reads) and checks the archive, then installs its bundle into `root` (the user
    /// cache's `stackbound/libc` by default). Returns the bundle's directory.
    pub fn run(&self, root: Option<&Path>) -> Result<PathBuf, LibcError> {
        let root = match root {
            Some(root) => root.to_path_buf(),
            None => crate::llc::cache_home()
                .map(|cache| cache.join("stackbound/libc"))
                .ok_or_else(|| {
                    io_error(
                        Path::new("~/.cache"),
                        "there is no user cache directory to install into: set HOME or \
                         XDG_CACHE_HOME",
                    )
                })?,
        };
        let downloads = root.join(".downloads");
        let remote = self.from.starts_with("http://") || self.from.starts_with("https://");
        let archive = if remote {
            let Some(sha256) = self.sha256.clone() else {
                return Err(io_error(
                    Path::new(&self.from),
                    format!(
                        "a download needs the archive's sha256: pass --sha256 HEX (the release \
                         publishes it in {}.sha256, first field)",
                        self.from
                    ),
                ));
            };
            let name = self
                .from
                .rsplit('/')
                .next()
                .filter(|n| !n.is_empty() && !n.starts_with('.'))
                .unwrap_or("bundle.tar.gz");
            let dest = downloads.join(name);
            let expected = Expected {
                sha256: sha256.to_ascii_lowercase(),
                size: None,
            };
            if !download::check_cached(&dest, &expected).unwrap_or(false) {
                eprintln!("==> downloading {}", self.from);
                download::download_with(&self.from, &dest, &expected, HINT, 3)
                    .map_err(|e| io_error(&dest, e))?;
            }
            dest
        } else {
            let path = PathBuf::from(self.from.strip_prefix("file://").unwrap_or(&self.from));
            let sha256 = match &self.sha256 {
                Some(sha) => sha.clone(),
                None => {
                    let beside = PathBuf::from(format!("{}.sha256", path.display()));
                    let line = fs::read_to_string(&beside).map_err(|_| {
                        io_error(
                            &path,
                            format!(
                                "there is no sha256 to check it against: pass --sha256 HEX, or \
                                 put its .sha256 file ({}) beside it",
                                beside.display()
                            ),
                        )
                    })?;
                    line.split_whitespace()
                        .next()
                        .unwrap_or_default()
                        .to_owned()
                }
            };
            download::verify_local(
                &path,
                &Expected {
                    sha256: sha256.to_ascii_lowercase(),
                    size: None,
                },
            )
            .map_err(|e| io_error(&path, e))?;
            path
        };
        if let Some(sha) = &self.sha256 {
            if !is_sha256(sha) {
                return Err(io_error(
                    &archive,
                    format!("--sha256 {sha:?} is not a sha256 (64 hex digits)"),
                ));
            }
        }
        install_archive(&archive, &root)
    }
}

/// Unpacks a checked archive beside the bundles, checks the bundle, and moves it into place.
fn install_archive(archive: &Path, root: &Path) -> Result<PathBuf, LibcError> {
    fs::create_dir_all(root).map_err(|e| io_error(root, e))?;
    let staging = root.join(".installing");
    let _ = fs::remove_dir_all(&staging);
    let cleanup = RemoveOnDrop(Some(staging.clone()));
    unpack::unpack_as(Codec::Gzip, archive, &staging, &|_| true)
        .map_err(|e| io_error(archive, format!("{e:#}")))?;
    let manifest = read_manifest(&staging)?;
    super::check_files(&staging, &manifest)?;
    let safe = |s: &str| {
        !s.is_empty()
            && !s.starts_with('.')
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._-+".contains(&b))
    };
    if ![&manifest.library, &manifest.version, &manifest.target]
        .iter()
        .all(|s| safe(s))
    {
        return Err(io_error(
            &staging.join(MANIFEST),
            "its library, version or target is not a plain name",
        ));
    }
    let dest = root
        .join(format!("{}-{}", manifest.library, manifest.version))
        .join(&manifest.target);
    fs::create_dir_all(dest.parent().expect("a parent")).map_err(|e| io_error(&dest, e))?;
    let old = unpack::sibling(&dest, "old");
    let _ = fs::remove_dir_all(&old);
    if dest.exists() {
        fs::rename(&dest, &old).map_err(|e| io_error(&dest, e))?;
    }
    fs::rename(&staging, &dest).map_err(|e| io_error(&dest, e))?;
    cleanup.disarm();
    let _ = fs::remove_dir_all(&old);
    eprintln!(
        "==> {} {} for {} installed in {}",
        manifest.library,
        manifest.version,
        manifest.target,
        dest.display()
    );
    let _ = std::io::stderr().flush();
    Ok(dest)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// pack twice gives the same bytes; install checks the sha256 and the bundle, and a
    /// truncated archive leaves the installed bundle as it was.
    #[test]
    fn pack_and_install() {
        let dir = tempfile::tempdir().unwrap();
        let bundle = dir.path().join("built/musl-1.2.5/x86_64-linux-musl");
        super::super::tests::write_bundle(&bundle, "x86_64-linux-musl");
        let (first, sha) = pack(&bundle, &dir.path().join("a")).unwrap();
        let (second, sha2) = pack(&bundle, &dir.path().join("b")).unwrap();
        assert_eq!(sha, sha2);
        assert_eq!(fs::read(&first).unwrap(), fs::read(&second).unwrap());
        assert_eq!(
            first.file_name().unwrap(),
            "musl-1.2.5-x86_64-linux-musl.tar.gz"
        );

        let root = dir.path().join("cache");
        let install = Install {
            from: first.display().to_string(),
            sha256: None, // read from the .sha256 beside it
        };
        let installed = install.run(Some(&root)).unwrap();
        assert_eq!(installed, root.join("musl-1.2.5/x86_64-linux-musl"));
        super::super::check_files(&installed, &read_manifest(&installed).unwrap()).unwrap();

        let wrong = Install {
            from: first.display().to_string(),
            sha256: Some("0".repeat(64)),
        };
        let err = wrong.run(Some(&root)).unwrap_err();
        assert!(err.to_string().contains("sha256"), "{err}");

        let bytes = fs::read(&first).unwrap();
        let truncated = dir.path().join("truncated.tar.gz");
        fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
        let err = Install {
            from: truncated.display().to_string(),
            sha256: Some(super::super::sha256_hex(&bytes[..bytes.len() / 2])),
        }
        .run(Some(&root))
        .unwrap_err();
        assert!(err.to_string().contains("truncated"), "{err}");
        // The installed bundle is untouched.
        super::super::check_files(&installed, &read_manifest(&installed).unwrap()).unwrap();
    }
}
