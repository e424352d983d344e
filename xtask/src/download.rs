//! Fetching and checking source tarballs: nothing reaches the cache unless its size and sha256
//! match the pin, and nothing in the cache is used without checking it again.

use std::{
    fs::{self, File},
    io::{self, Read, Write},
    path::{Path, PathBuf},
    time::Duration,
};

use sha2::{Digest, Sha256};

use crate::progress::Progress;

/// What a file must be.
#[derive(Debug, Clone)]
pub(crate) struct Expected {
    pub(crate) sha256: String,
    pub(crate) size: Option<u64>,
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum FetchError {
    #[error(
        "the cached {path} is corrupt: its sha256 is {actual} ({size} bytes), but {expected} is pinned. \
         It has been deleted; run the command again to fetch it afresh."
    )]
    CorruptCache {
        path: PathBuf,
        expected: String,
        actual: String,
        size: u64,
    },
    #[error(
        "{what} has sha256 {actual} ({size} bytes), but {expected} is pinned, so it was not kept. \
         The mirror or the network delivered different bytes: run the command again, and if it \
         fails the same way check llvm-pin.toml against the release."
    )]
    Mismatch {
        what: String,
        expected: String,
        actual: String,
        size: u64,
    },
    #[error(
        "{path} has sha256 {actual} ({size} bytes), but {expected} is expected. Pass the right \
         tarball to --src, or the sha256 it really should have to --sha256."
    )]
    LocalMismatch {
        path: PathBuf,
        expected: String,
        actual: String,
        size: u64,
    },
    #[error("downloading {url} failed; check the network (or use --source debian or --src)")]
    Http {
        url: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("{0}")]
    Io(String, #[source] io::Error),
}

fn io_err(what: &str, path: &Path) -> impl FnOnce(io::Error) -> FetchError {
    let msg = format!("cannot {what} {}", path.display());
    move |err| FetchError::Io(msg, err)
}

/// Hashes `reader` to the end, showing progress under `label`.
fn sha256_of(mut reader: impl Read, label: &str, total: Option<u64>) -> io::Result<(String, u64)> {
    let mut hasher = Sha256::new();
    let mut progress = Progress::new(label, total);
    let mut buf = vec![0; 1 << 20];
    let mut done = 0u64;
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        done += n as u64;
        progress.update(done, "");
    }
    progress.finish(done, "");
    Ok((hex(&hasher.finalize()), done))
}

pub(crate) fn sha256_file(path: &Path) -> io::Result<(String, u64)> {
    let file = File::open(path)?;
    let total = file.metadata()?.len();
    sha256_of(file, &format!("sha256 {}", file_name(path)), Some(total))
}

fn matches(expected: &Expected, sha256: &str, size: u64) -> bool {
    sha256 == expected.sha256 && expected.size.is_none_or(|want| want == size)
}

/// Checks a file that the user handed us; never deletes it.
pub(crate) fn verify_local(path: &Path, expected: &Expected) -> Result<(), FetchError> {
    let (actual, size) = sha256_file(path).map_err(io_err("read", path))?;
    if !matches(expected, &actual, size) {
        return Err(FetchError::LocalMismatch {
            path: path.to_owned(),
            expected: expected.sha256.clone(),
            actual,
            size,
        });
    }
    Ok(())
}

/// Ok(true) when `path` is a good cache entry, Ok(false) when there is none. A bad entry is
/// deleted, so that the next run fetches it again instead of failing forever.
pub(crate) fn check_cached(path: &Path, expected: &Expected) -> Result<bool, FetchError> {
    if !path.exists() {
        return Ok(false);
    }
    let (actual, size) = sha256_file(path).map_err(io_err("read", path))?;
    if matches(expected, &actual, size) {
        return Ok(true);
    }
    fs::remove_file(path).map_err(io_err("delete", path))?;
    Err(FetchError::CorruptCache {
        path: path.to_owned(),
        expected: expected.sha256.clone(),
        actual,
        size,
    })
}

/// Moves a freshly fetched file into the cache at `dest` if it is right, else deletes it.
pub(crate) fn admit(fetched: &Path, dest: &Path, expected: &Expected) -> Result<(), FetchError> {
    let (actual, size) = sha256_file(fetched).map_err(io_err("read", fetched))?;
    admit_hashed(fetched, dest, expected, actual, size)
}

fn admit_hashed(
    fetched: &Path,
    dest: &Path,
    expected: &Expected,
    actual: String,
    size: u64,
) -> Result<(), FetchError> {
    if !matches(expected, &actual, size) {
        fs::remove_file(fetched).map_err(io_err("delete", fetched))?;
        let what = file_name(dest).to_owned();
        return Err(FetchError::Mismatch {
            what,
            expected: expected.sha256.clone(),
            actual,
            size,
        });
    }
    fs::rename(fetched, dest).map_err(io_err("rename into", dest))
}

/// Downloads `url` to `dest`: streamed into `dest.partial` and hashed on the way, renamed to
/// `dest` only when size and sha256 match.
pub(crate) fn download(url: &str, dest: &Path, expected: &Expected) -> Result<(), FetchError> {
    let http = |err: reqwest::Error| FetchError::Http {
        url: url.to_owned(),
        source: Box::new(err),
    };
    let partial = partial_path(dest);
    if let Some(dir) = dest.parent() {
        fs::create_dir_all(dir).map_err(io_err("create", dir))?;
    }
    let client = reqwest::blocking::Client::builder()
        .connect_timeout(Duration::from_secs(30))
        .timeout(None)
        .build()
        .map_err(http)?;
    let response = client
        .get(url)
        .send()
        .and_then(|r| r.error_for_status())
        .map_err(http)?;
    let total = response.content_length().or(expected.size);
    let file = File::create(&partial).map_err(io_err("create", &partial))?;

    // Tee the body into the file while hashing it, so the bytes are read once.
    let mut tee = Tee {
        inner: response,
        out: file,
        error: None,
    };
    let hashed = sha256_of(&mut tee, &format!("download {}", file_name(dest)), total);
    let result = match (hashed, tee.error.take()) {
        (_, Some(err)) => Err(FetchError::Io(
            format!("cannot write {}", partial.display()),
            err,
        )),
        (Err(err), None) => Err(FetchError::Http {
            url: url.to_owned(),
            source: Box::new(err),
        }),
        (Ok((actual, size)), None) => match tee.out.sync_all() {
            Ok(()) => admit_hashed(&partial, dest, expected, actual, size),
            Err(err) => Err(FetchError::Io(
                format!("cannot write {}", partial.display()),
                err,
            )),
        },
    };
    if result.is_err() {
        let _ = fs::remove_file(&partial);
    }
    result
}

pub(crate) fn partial_path(dest: &Path) -> PathBuf {
    let mut name = dest.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

/// A reader that copies what it reads into `out`; write errors are kept apart from read errors.
struct Tee<R, W> {
    inner: R,
    out: W,
    error: Option<io::Error>,
}

impl<R: Read, W: Write> Read for Tee<R, W> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Err(err) = self.out.write_all(&buf[..n]) {
            self.error = Some(err);
            return Err(io::Error::other("write failed"));
        }
        Ok(n)
    }
}

fn file_name(path: &Path) -> &str {
    path.file_name()
        .and_then(|name| name.to_str())
        .unwrap_or("file")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use std::{io::BufRead, net::TcpListener, thread};

    use super::*;

    fn expected_for(data: &[u8]) -> Expected {
        Expected {
            sha256: hex(&Sha256::digest(data)),
            size: Some(data.len() as u64),
        }
    }

    /// Serves `body` once over plain HTTP on localhost; returns the URL.
    fn serve_once(body: Vec<u8>) -> String {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            let mut reader = io::BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            while reader.read_line(&mut line).unwrap() > 2 {
                line.clear();
            }
            let mut stream = stream;
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            stream.write_all(head.as_bytes()).unwrap();
            stream.write_all(&body).unwrap();
        });
        format!("http://{addr}/llvm.tar.xz")
    }

    #[test]
    fn download_keeps_only_a_matching_file() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("llvm.tar.xz");
        let body = b"pretend tarball".to_vec();
        download(&serve_once(body.clone()), &dest, &expected_for(&body)).unwrap();
        assert_eq!(fs::read(&dest).unwrap(), body);
        assert!(!partial_path(&dest).exists());
    }

    #[test]
    fn wrong_sha256_on_download_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("llvm.tar.xz");
        let err = download(
            &serve_once(b"evil bytes".to_vec()),
            &dest,
            &expected_for(b"good bytes"),
        )
        .unwrap_err();
        assert!(matches!(err, FetchError::Mismatch { .. }), "{err}");
        assert!(!dest.exists());
        assert!(!partial_path(&dest).exists());
    }

    #[test]
    fn wrong_sha256_in_cache_deletes_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let cached = dir.path().join("llvm.tar.xz");
        fs::write(&cached, b"bit rot").unwrap();
        let err = check_cached(&cached, &expected_for(b"the real thing")).unwrap_err();
        assert!(matches!(err, FetchError::CorruptCache { .. }));
        let msg = err.to_string();
        assert!(
            msg.contains("deleted") && msg.contains("run the command again"),
            "{msg}"
        );
        assert!(!cached.exists());

        fs::write(&cached, b"the real thing").unwrap();
        assert!(check_cached(&cached, &expected_for(b"the real thing")).unwrap());
    }

    #[test]
    fn a_local_tarball_is_never_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let local = dir.path().join("mine.tar.xz");
        fs::write(&local, b"mine").unwrap();
        let err = verify_local(&local, &expected_for(b"other")).unwrap_err();
        assert!(matches!(err, FetchError::LocalMismatch { .. }));
        assert!(local.exists());
    }
}
