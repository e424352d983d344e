//! Prebuilt llc archives (`cargo xtask dist-llc`): the built llc, its manifest and the license in a
//! reproducible `stackbound-llc-<version>-<host>-<pass>.tar.gz`, with a `.sha256` beside it.
//!
//! Reproducible: the same llc gives the same bytes. Entries are sorted, owned by uid/gid 0 with
//! no names, have fixed modes and one mtime (`SOURCE_DATE_EPOCH`, else 0), and the gzip header
//! has mtime 0, no file name and OS "unknown".

use std::{
    fs::{self, File},
    io::{self, BufWriter, Read, Write},
    path::{Path, PathBuf},
};

use crate::error::{Context, Result};
use flate2::{Compression, GzBuilder};
use sha2::{Digest, Sha256};
use tar::{EntryType, Header};

use crate::{
    download::hex,
    prebuilt::{self, archive_name, archive_stem, with_suffix, Manifest},
    progress::Progress,
};

/// The archive holds `<stem>/bin/llc`, `<stem>/manifest.json` and `<stem>/LICENSE`.
pub const LLC: &str = "bin/llc";
pub const MANIFEST: &str = "manifest.json";
pub const LICENSE: &str = "LICENSE";

pub struct Packed {
    pub path: PathBuf,
    pub sha256: String,
    pub size: u64,
}

/// Packs `llc` (any file), `manifest` and `license` into `out_dir/<archive_name>`, with every
/// entry's mtime `mtime`, and writes `<archive>.sha256` beside it. The archive appears under its
/// name only when complete.
pub fn pack(
    llc: &Path,
    manifest: &Manifest,
    license: &[u8],
    out_dir: &Path,
    mtime: u64,
) -> Result<Packed> {
    fs::create_dir_all(out_dir).with_context(|| format!("cannot create {}", out_dir.display()))?;
    let path = out_dir.join(archive_name(manifest));
    let sha_path = with_suffix(&path, ".sha256");
    let tmp = with_suffix(&path, ".partial");
    // A .sha256 must never sit beside an archive it does not describe.
    for stale in [&sha_path, &path] {
        match fs::remove_file(stale) {
            Err(err) if err.kind() != io::ErrorKind::NotFound => {
                return Err(err).with_context(|| format!("cannot remove {}", stale.display()))
            }
            _ => {}
        }
    }

    let result = write_archive(&tmp, llc, manifest, license, mtime);
    let (sha256, size) = match result {
        Ok(done) => done,
        Err(err) => {
            let _ = fs::remove_file(&tmp);
            return Err(err.context(format!("cannot write {}", path.display())));
        }
    };
    fs::rename(&tmp, &path).with_context(|| format!("cannot rename to {}", path.display()))?;
    let sha_tmp = with_suffix(&sha_path, ".partial");
    fs::write(&sha_tmp, prebuilt::sha256_line(&sha256, &path))
        .and_then(|()| fs::rename(&sha_tmp, &sha_path))
        .with_context(|| format!("cannot write {}", sha_path.display()))?;
    Ok(Packed { path, sha256, size })
}

/// One archive member, before its header is made.
enum Member<'a> {
    Dir,
    File {
        mode: u32,
        size: u64,
        data: Box<dyn Read + 'a>,
    },
}

fn write_archive(
    tmp: &Path,
    llc: &Path,
    manifest: &Manifest,
    license: &[u8],
    mtime: u64,
) -> Result<(String, u64)> {
    let llc_file = File::open(llc).with_context(|| format!("cannot read {}", llc.display()))?;
    let llc_size = llc_file.metadata()?.len();
    let mut progress = Progress::new(format!("pack {}", llc.display()), Some(llc_size));
    let llc_data = ProgressReader {
        inner: llc_file,
        done: 0,
        progress: &mut progress,
    };
    let manifest_json = manifest.to_json().into_bytes();
    let top = archive_stem(manifest);
    let mut members: Vec<(String, Member)> = vec![
        (format!("{top}/"), Member::Dir),
        (format!("{top}/bin/"), Member::Dir),
        (
            format!("{top}/{LLC}"),
            Member::File {
                mode: 0o755,
                size: llc_size,
                data: Box::new(llc_data),
            },
        ),
        (
            format!("{top}/{MANIFEST}"),
            Member::File {
                mode: 0o644,
                size: manifest_json.len() as u64,
                data: Box::new(&manifest_json[..]),
            },
        ),
        (
            format!("{top}/{LICENSE}"),
            Member::File {
                mode: 0o644,
                size: license.len() as u64,
                data: Box::new(license),
            },
        ),
    ];
    members.sort_by(|(a, _), (b, _)| a.cmp(b));

    let out = HashingWriter {
        inner: BufWriter::with_capacity(1 << 20, File::create(tmp)?),
        hasher: Sha256::new(),
        count: 0,
    };
    let gz = GzBuilder::new()
        .mtime(0)
        .operating_system(255)
        .write(out, Compression::new(9));
    let mut tar = tar::Builder::new(gz);
    for (path, member) in members {
        let mut header = Header::new_gnu();
        header.set_uid(0);
        header.set_gid(0);
        header.set_mtime(mtime);
        match member {
            Member::Dir => {
                header.set_entry_type(EntryType::Directory);
                header.set_mode(0o755);
                header.set_size(0);
                tar.append_data(&mut header, &path, io::empty())?;
            }
            Member::File { mode, size, data } => {
                header.set_entry_type(EntryType::Regular);
                header.set_mode(mode);
                header.set_size(size);
                tar.append_data(&mut header, &path, data)?;
            }
        }
    }
    let gz = tar.into_inner()?;
    let mut out = gz.finish()?;
    out.inner.flush()?;
    out.inner
        .into_inner()
        .map_err(|err| err.into_error())?
        .sync_all()?;
    progress.finish(llc_size, "");
    Ok((hex(&out.hasher.finalize()), out.count))
}

/// Hashes and counts what goes through it.
struct HashingWriter<W> {
    inner: W,
    hasher: Sha256,
    count: u64,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

struct ProgressReader<'p, R> {
    inner: R,
    done: u64,
    progress: &'p mut Progress,
}

impl<R: Read> Read for ProgressReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.done += n as u64;
        self.progress.update(self.done, "");
        Ok(n)
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::prebuilt::tests::sample;

    /// A tiny stand-in for llc: enough for `--version`.
    pub const FAKE_LLC: &str =
        "#!/bin/sh\necho 'LLVM (http://llvm.org/):'\necho '  LLVM version 1.2.3'\n";

    pub fn fake_llc(dir: &Path, version: &str) -> PathBuf {
        let path = dir.join("fake-llc");
        fs::write(&path, FAKE_LLC.replace("1.2.3", version)).unwrap();
        path
    }

    #[test]
    fn packing_twice_gives_identical_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let llc = fake_llc(dir.path(), "1.2.3");
        let manifest = sample();
        let first = pack(&llc, &manifest, b"license", &dir.path().join("a"), 0).unwrap();
        // A different file mtime and another directory change nothing.
        File::options()
            .write(true)
            .open(&llc)
            .unwrap()
            .set_modified(std::time::SystemTime::now())
            .unwrap();
        let second = pack(&llc, &manifest, b"license", &dir.path().join("b"), 0).unwrap();
        assert_eq!(
            fs::read(&first.path).unwrap(),
            fs::read(&second.path).unwrap()
        );
        assert_eq!(first.sha256, second.sha256);
        // And again into the same place, replacing the first.
        let third = pack(&llc, &manifest, b"license", &dir.path().join("a"), 0).unwrap();
        assert_eq!(third.sha256, first.sha256);

        let bytes = fs::read(&first.path).unwrap();
        assert_eq!(&bytes[..2], b"\x1f\x8b");
        assert_eq!(&bytes[4..8], &[0, 0, 0, 0], "gzip mtime");
        assert_eq!(bytes[9], 255, "gzip OS");
        assert_eq!(
            fs::read_to_string(with_suffix(&first.path, ".sha256")).unwrap(),
            format!("{}  {}\n", first.sha256, archive_name(&manifest))
        );
        assert_eq!(first.size, bytes.len() as u64);
        assert_eq!(hex(&Sha256::digest(&bytes)), first.sha256);

        // SOURCE_DATE_EPOCH changes the entries' mtimes, hence the bytes.
        let dated = pack(
            &llc,
            &manifest,
            b"license",
            &dir.path().join("c"),
            1_700_000_000,
        )
        .unwrap();
        assert_ne!(dated.sha256, first.sha256);
    }

    #[test]
    fn the_archive_holds_sorted_fixed_entries() {
        let dir = tempfile::tempdir().unwrap();
        let llc = fake_llc(dir.path(), "1.2.3");
        let manifest = sample();
        let packed = pack(&llc, &manifest, b"license", dir.path(), 7).unwrap();
        let gz = flate2::read::GzDecoder::new(File::open(&packed.path).unwrap());
        let mut archive = tar::Archive::new(gz);
        let top = archive_stem(&manifest);
        let mut seen = Vec::new();
        for entry in archive.entries().unwrap() {
            let mut entry = entry.unwrap();
            let header = entry.header().clone();
            let path = entry.path().unwrap().display().to_string();
            assert_eq!(header.mtime().unwrap(), 7);
            assert_eq!((header.uid().unwrap(), header.gid().unwrap()), (0, 0));
            let mut data = Vec::new();
            entry.read_to_end(&mut data).unwrap();
            if path.ends_with("/bin/llc") {
                assert_eq!(header.mode().unwrap(), 0o755);
                assert_eq!(data, fs::read(&llc).unwrap());
            }
            if path.ends_with(MANIFEST) {
                assert_eq!(
                    Manifest::parse(&String::from_utf8(data).unwrap()).unwrap(),
                    manifest
                );
            }
            seen.push(path);
        }
        assert_eq!(
            seen,
            [
                format!("{top}/"),
                format!("{top}/LICENSE"),
                format!("{top}/bin/"),
                format!("{top}/bin/llc"),
                format!("{top}/manifest.json"),
            ]
        );
    }
}
