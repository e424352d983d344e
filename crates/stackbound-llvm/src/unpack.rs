//! Unpacking a `.tar.xz` source tarball or a `.tar.gz` prebuilt llc: only the wanted part, never
//! outside the destination, and all or nothing (a temp dir renamed into place at the end).

use std::{
    cell::Cell,
    fs::{self, File},
    io::{self, BufReader, Read},
    os::unix::fs::PermissionsExt,
    path::{Component, Path, PathBuf},
    rc::Rc,
    time::{Duration, SystemTime},
};

use crate::error::{bail, Context, Result};
use tar::EntryType;

use crate::progress::Progress;

#[derive(Debug, Default)]
pub struct Stats {
    pub files: u64,
    pub bytes: u64,
}

/// How a tarball is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Xz,
    Gzip,
}

/// Unpacks the `.tar.xz` `tarball` into `dest` (which must not exist), stripping the top-level
/// directory and keeping only the paths for which `wants` is true. On any error nothing is left
/// at `dest`.
pub fn unpack(tarball: &Path, dest: &Path, wants: &dyn Fn(&Path) -> bool) -> Result<Stats> {
    unpack_as(Codec::Xz, tarball, dest, wants)
}

/// [`unpack`] for a tarball compressed with `codec`.
pub fn unpack_as(
    codec: Codec,
    tarball: &Path,
    dest: &Path,
    wants: &dyn Fn(&Path) -> bool,
) -> Result<Stats> {
    let tmp = sibling(dest, "unpacking");
    let _ = fs::remove_dir_all(&tmp);
    let cleanup = RemoveOnDrop(Some(tmp.clone()));
    fs::create_dir_all(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;

    let stats = unpack_into(codec, tarball, &tmp, wants).with_context(|| {
        format!(
            "cannot unpack {}: it is truncated, corrupt or unsafe, so nothing was kept. If it is a \
             cached download, delete it and run the command again.",
            tarball.display()
        )
    })?;
    fs::rename(&tmp, dest)
        .with_context(|| format!("cannot rename {} to {}", tmp.display(), dest.display()))?;
    cleanup.disarm();
    Ok(stats)
}

fn unpack_into(
    codec: Codec,
    tarball: &Path,
    root: &Path,
    wants: &dyn Fn(&Path) -> bool,
) -> Result<Stats> {
    let file = File::open(tarball)?;
    let total = file.metadata()?.len();
    let read = Rc::new(Cell::new(0));
    let counted = Counting {
        inner: BufReader::with_capacity(1 << 20, file),
        count: read.clone(),
    };
    let decoder: Box<dyn Read> = match codec {
        Codec::Xz => Box::new(liblzma::read::XzDecoder::new(counted)),
        Codec::Gzip => Box::new(flate2::read::GzDecoder::new(counted)),
    };
    let mut archive = tar::Archive::new(decoder);
    let mut progress = Progress::new(
        format!(
            "unpack {}",
            tarball.file_name().unwrap_or_default().to_string_lossy()
        ),
        Some(total),
    );
    let mut stats = Stats::default();
    let mut top: Option<PathBuf> = None;

    for entry in archive.entries()? {
        let mut entry = entry?;
        let kind = entry.header().entry_type();
        if matches!(kind, EntryType::XGlobalHeader | EntryType::XHeader) {
            continue;
        }
        let raw = entry.path()?.into_owned();
        let Some(rel) = strip_top(&raw, &mut top)? else {
            continue;
        };
        let out = root.join(&rel);
        let wanted = wants(&rel);
        match kind {
            EntryType::Directory if wanted => fs::create_dir_all(&out)?,
            EntryType::Regular | EntryType::Continuous | EntryType::GNUSparse if wanted => {
                stats.bytes += write_file(&mut entry, &out)?;
                stats.files += 1;
            }
            EntryType::Symlink => {
                let target = entry
                    .link_name()?
                    .context("symlink without a target")?
                    .into_owned();
                check_symlink(&rel, &target)?;
                if wanted {
                    create_parent(&out)?;
                    std::os::unix::fs::symlink(&target, &out)?;
                }
            }
            EntryType::Link => {
                let target = entry
                    .link_name()?
                    .context("hard link without a target")?
                    .into_owned();
                let target = strip_top(&target, &mut top)?.with_context(|| {
                    format!("{}: hard link to the top directory", raw.display())
                })?;
                if wanted {
                    create_parent(&out)?;
                    fs::hard_link(root.join(&target), &out).with_context(|| {
                        format!(
                            "{}: hard link to {} failed",
                            rel.display(),
                            target.display()
                        )
                    })?;
                }
            }
            _ => {} // unwanted, or a device or fifo, which has no place in a source tree
        }
        progress.update(
            read.get(),
            &format!(
                "{} files, {:.0} MiB out",
                stats.files,
                stats.bytes as f64 / 1048576.0
            ),
        );
    }
    // Read to the end of the xz or gzip stream so that its integrity check runs.
    io::copy(&mut archive.into_inner(), &mut io::sink())?;
    progress.finish(
        read.get(),
        &format!(
            "{} files, {:.0} MiB out",
            stats.files,
            stats.bytes as f64 / 1048576.0
        ),
    );
    Ok(stats)
}

/// Checks that `path` is relative with plain components and strips its first component, which
/// must be the same for all entries. None for the top directory itself.
fn strip_top(path: &Path, top: &mut Option<PathBuf>) -> Result<Option<PathBuf>> {
    let mut components = path.components().filter(|c| *c != Component::CurDir);
    let Some(first) = components.next() else {
        bail!("empty path in the archive")
    };
    let rest: PathBuf = components.clone().collect();
    for component in std::iter::once(first).chain(components) {
        if !matches!(component, Component::Normal(_)) {
            bail!(
                "unsafe path {:?} in the archive (absolute or with `..`)",
                path
            );
        }
    }
    let first = PathBuf::from(first.as_os_str());
    match top {
        Some(top) if *top != first => {
            bail!("{path:?} is outside the archive's top directory {top:?}")
        }
        Some(_) => {}
        None => *top = Some(first),
    }
    Ok((!rest.as_os_str().is_empty()).then_some(rest))
}

/// A symlink at `rel` (relative to the root) must resolve, lexically, inside the root.
pub fn check_symlink(rel: &Path, target: &Path) -> Result<()> {
    let mut depth = rel.components().count() - 1; // the directory holding the link
    for component in target.components() {
        match component {
            Component::Normal(_) => depth += 1,
            Component::CurDir => {}
            Component::ParentDir if depth > 0 => depth -= 1,
            _ => bail!(
                "unsafe symlink {} -> {} points outside the tree",
                rel.display(),
                target.display()
            ),
        }
    }
    Ok(())
}

fn write_file(entry: &mut tar::Entry<impl Read>, out: &Path) -> Result<u64> {
    create_parent(out)?;
    let mut file = File::create(out).with_context(|| format!("cannot create {}", out.display()))?;
    let bytes = io::copy(entry, &mut file)?;
    let header = entry.header();
    file.set_permissions(fs::Permissions::from_mode(header.mode()? & 0o777))?;
    // Keep the archive's mtimes, so that re-unpacking the same tree does not make ninja rebuild it.
    file.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(header.mtime()?))?;
    Ok(bytes)
}

fn create_parent(path: &Path) -> io::Result<()> {
    match path.parent() {
        Some(parent) => fs::create_dir_all(parent),
        None => Ok(()),
    }
}

/// `dir` with `.suffix` appended to its name.
pub fn sibling(dir: &Path, suffix: &str) -> PathBuf {
    let mut name = dir.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

/// Deletes a directory when dropped, unless disarmed: a failed step leaves nothing behind.
pub struct RemoveOnDrop(pub Option<PathBuf>);

impl RemoveOnDrop {
    pub fn disarm(mut self) {
        self.0 = None;
    }
}

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        if let Some(dir) = &self.0 {
            let _ = fs::remove_dir_all(dir);
        }
    }
}

struct Counting<R> {
    inner: R,
    count: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

#[cfg(test)]
pub mod tests {
    use std::io::Write;

    use super::*;

    pub enum Item<'a> {
        File(&'a str, &'a [u8]),
        Symlink(&'a str, &'a str),
    }

    /// A small .tar.xz; names are written raw into the header, so unsafe ones are possible.
    pub fn tar_xz(items: &[Item]) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        for item in items {
            let mut header = tar::Header::new_old();
            let (name, data): (&str, &[u8]) = match item {
                Item::File(name, data) => {
                    header.set_entry_type(EntryType::Regular);
                    (name, data)
                }
                Item::Symlink(name, target) => {
                    header.set_entry_type(EntryType::Symlink);
                    header.as_old_mut().linkname[..target.len()].copy_from_slice(target.as_bytes());
                    (name, &[])
                }
            };
            header.as_old_mut().name[..name.len()].copy_from_slice(name.as_bytes());
            header.set_size(data.len() as u64);
            header.set_mode(0o644);
            header.set_mtime(1_700_000_000);
            header.set_cksum();
            builder.append(&header, data).unwrap();
        }
        let tar = builder.into_inner().unwrap();
        let mut xz = liblzma::write::XzEncoder::new(Vec::new(), 6);
        xz.write_all(&tar).unwrap();
        xz.finish().unwrap()
    }

    fn unpack_bytes(
        bytes: &[u8],
        wants: &dyn Fn(&Path) -> bool,
    ) -> (tempfile::TempDir, Result<Stats>) {
        let dir = tempfile::tempdir().unwrap();
        let tarball = dir.path().join("src.tar.xz");
        fs::write(&tarball, bytes).unwrap();
        let result = unpack(&tarball, &dir.path().join("tree"), wants);
        (dir, result)
    }

    fn all(_: &Path) -> bool {
        true
    }

    #[test]
    fn strips_the_top_and_filters() {
        let bytes = tar_xz(&[
            Item::File("top/llvm/include/a.h", b"a"),
            Item::File("top/llvm/test/t.ll", b"t"),
            Item::Symlink("top/llvm/include/b.h", "a.h"),
        ]);
        let (dir, stats) = unpack_bytes(&bytes, &|p| !p.starts_with("llvm/test"));
        assert_eq!(stats.unwrap().files, 1);
        let tree = dir.path().join("tree");
        assert_eq!(fs::read(tree.join("llvm/include/b.h")).unwrap(), b"a");
        assert!(!tree.join("llvm/test").exists());
    }

    #[test]
    fn truncated_tarball_leaves_nothing() {
        let big: Vec<u8> = (0..200_000u32).flat_map(|i| i.to_le_bytes()).collect();
        let bytes = tar_xz(&[
            Item::File("top/llvm/a", &big),
            Item::File("top/llvm/b", b"b"),
        ]);
        let (dir, result) = unpack_bytes(&bytes[..bytes.len() / 2], &all);
        let err = crate::chain(&result.unwrap_err());
        assert!(err.contains("truncated"), "{err}");
        assert!(!dir.path().join("tree").exists());
        assert!(!dir.path().join("tree.unpacking").exists());
    }

    #[test]
    fn rejects_path_traversal() {
        let cases = [
            tar_xz(&[Item::File("top/a", b""), Item::File("top/../../evil", b"x")]),
            tar_xz(&[Item::File("/etc/evil", b"x")]),
            tar_xz(&[
                Item::File("top/a", b""),
                Item::Symlink("top/link", "../../outside"),
            ]),
            tar_xz(&[
                Item::File("top/a", b""),
                Item::Symlink("top/link", "/etc/passwd"),
            ]),
            tar_xz(&[Item::File("top/a", b""), Item::File("other/b", b"")]),
        ];
        for bytes in cases {
            let (dir, result) = unpack_bytes(&bytes, &all);
            let err = crate::chain(&result.unwrap_err());
            assert!(err.contains("unsafe") || err.contains("outside"), "{err}");
            assert!(!dir.path().join("tree").exists());
            assert!(
                !dir.path().join("evil").exists()
                    && !dir.path().parent().unwrap().join("evil").exists()
            );
        }
    }

    #[test]
    fn symlinks_inside_the_tree_are_fine() {
        check_symlink(Path::new("llvm/a/link"), Path::new("../b/c")).unwrap();
        check_symlink(Path::new("llvm/link"), Path::new("../x")).unwrap();
        assert!(check_symlink(Path::new("llvm/link"), Path::new("../../x")).is_err());
    }
}
