//! Where the LLVM source comes from: the upstream release, Debian's orig tarball through apt, or a
//! tarball or directory given with `--src`. Every tarball is checked against a sha256 before use.

use std::{
    fs,
    path::{Path, PathBuf},
};

use crate::error::{bail, Context, Result};
use xshell::Shell;

use crate::{
    apt,
    download::{self, Expected},
    layout::Layout,
    options::{BuildOptions, Route},
    pin::{self, Pin},
    tools::Tool,
};

pub enum Source {
    Upstream {
        url: String,
        file: String,
        expected: Expected,
    },
    Debian {
        package: String,
        file: String,
        expected: Expected,
    },
    Tarball {
        path: PathBuf,
        expected: Expected,
    },
    Dir {
        path: PathBuf,
    },
}

/// What the tree is unpacked or copied from.
pub enum Fetched {
    Tarball(PathBuf),
    Dir(PathBuf),
}

impl Source {
    pub fn resolve(flags: &BuildOptions, pin: &Pin) -> Result<Source> {
        if let Some(sha) = &flags.sha256 {
            if !pin::is_sha256(sha) {
                bail!(
                    "--sha256 {sha} is not a sha256: give the 64 hex digits of the tarball's hash."
                );
            }
        }
        if let Some(src) = &flags.src {
            if flags.source != Route::Auto {
                bail!("--src and --source exclude each other: --src already says where the source is.");
            }
            return Source::local(src, flags.sha256.as_deref(), pin);
        }
        let upstream_sha = flags
            .sha256
            .clone()
            .unwrap_or_else(|| pin.source.upstream.sha256.clone());
        let route = match flags.source {
            Route::Auto if upstream_sha.is_empty() => Route::Debian,
            Route::Auto => Route::Upstream,
            route => route,
        };
        match route {
            Route::Upstream if upstream_sha.is_empty() => bail!(
                "{} pins no sha256 for the upstream tarball, so a download could not be checked. \
                 Pass the release's sha256 with --sha256 (or add it to the pin), or use --source debian.",
                pin::FILE
            ),
            Route::Upstream => Ok(Source::Upstream {
                url: pin.source.upstream.url.clone(),
                file: pin.upstream_file().to_owned(),
                expected: Expected { sha256: upstream_sha, size: None },
            }),
            _ if flags.sha256.is_some() => {
                bail!("--sha256 checks the upstream tarball or a --src tarball; the debian route is pinned already.")
            }
            _ => {
                let debian = &pin.source.debian;
                Ok(Source::Debian {
                    package: debian.package.clone(),
                    file: debian.file.clone(),
                    expected: Expected { sha256: debian.sha256.clone(), size: Some(debian.size) },
                })
            }
        }
    }

    fn local(src: &Path, sha256: Option<&str>, pin: &Pin) -> Result<Source> {
        let path = std::path::absolute(src)?;
        if path.is_dir() {
            if !path.join("llvm/CMakeLists.txt").exists() {
                bail!(
                    "--src {} is a directory without llvm/CMakeLists.txt; give the top of an \
                     unpacked llvm-project tree (the directory that holds llvm/ and cmake/).",
                    src.display()
                );
            }
            return Ok(Source::Dir { path });
        }
        if !path.is_file() {
            bail!(
                "--src {} does not exist; give an LLVM source tarball or an unpacked tree.",
                src.display()
            );
        }
        // A tarball with a pinned name is checked against the pin unless --sha256 says otherwise.
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let debian = &pin.source.debian;
        let expected = match sha256 {
            Some(sha) => Expected { sha256: sha.to_owned(), size: None },
            None if name == debian.file => Expected { sha256: debian.sha256.clone(), size: Some(debian.size) },
            None if name == pin.upstream_file() && !pin.source.upstream.sha256.is_empty() => {
                Expected { sha256: pin.source.upstream.sha256.clone(), size: None }
            }
            None => bail!(
                "--src {} is not a tarball that {} pins a sha256 for; pass its sha256 with --sha256.",
                src.display(),
                pin::FILE
            ),
        };
        Ok(Source::Tarball { path, expected })
    }

    /// Identifies the source's bytes: equal ids give equal trees.
    pub fn id(&self) -> String {
        match self {
            Source::Upstream { expected, .. }
            | Source::Debian { expected, .. }
            | Source::Tarball { expected, .. } => {
                format!("sha256:{}", expected.sha256)
            }
            Source::Dir { path } => format!("dir:{}", path.display()),
        }
    }

    pub fn tools(&self) -> Vec<Tool> {
        match self {
            Source::Debian { .. } => vec![Tool::new("apt-get", "apt")],
            _ => Vec::new(),
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Source::Upstream { url, .. } => format!("upstream release {url}"),
            Source::Debian { package, file, .. } => {
                format!("Debian source package {package} ({file})")
            }
            Source::Tarball { path, .. } => format!("tarball {}", path.display()),
            Source::Dir { path } => format!("directory {}", path.display()),
        }
    }

    /// Makes the source available locally, checked.
    pub fn fetch(&self, sh: &Shell, layout: &Layout) -> Result<Fetched> {
        let downloads = layout.downloads();
        fs::create_dir_all(&downloads)
            .with_context(|| format!("cannot create {}", downloads.display()))?;
        let fetched = match self {
            Source::Upstream {
                url,
                file,
                expected,
            } => {
                let dest = downloads.join(file);
                if !download::check_cached(&dest, expected)? {
                    eprintln!("==> downloading {url}");
                    download::download(url, &dest, expected)?;
                }
                Fetched::Tarball(dest)
            }
            Source::Debian {
                package,
                file,
                expected,
            } => {
                let dest = downloads.join(file);
                if !download::check_cached(&dest, expected)? {
                    let work = layout.apt();
                    let fetched = apt::download_orig(sh, &work, package, file);
                    let admitted =
                        fetched.and_then(|fetched| Ok(download::admit(&fetched, &dest, expected)?));
                    let _ = fs::remove_dir_all(&work);
                    admitted?;
                }
                Fetched::Tarball(dest)
            }
            Source::Tarball { path, expected } => {
                download::verify_local(path, expected)?;
                Fetched::Tarball(path.clone())
            }
            Source::Dir { path } => Fetched::Dir(path.clone()),
        };
        Ok(fetched)
    }
}
