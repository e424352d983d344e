//! Fetching and checking downloads (source tarballs, prebuilt llc archives): nothing reaches the
//! cache unless its size and sha256 match, and nothing in the cache is used without checking it
//! again.

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
pub struct Expected {
    pub sha256: String,
    pub size: Option<u64>,
}

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
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
        "{what} has sha256 {actual} ({size} bytes), but {expected} is expected, so it was not \
         kept. {hint}"
    )]
    Mismatch {
        what: String,
        expected: String,
        actual: String,
        size: u64,
        hint: &'static str,
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
    #[error("downloading {url} failed; {hint}")]
    Http {
        url: String,
        hint: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("{url} answered {status}; {hint}")]
    Status {
        url: String,
        status: String,
        hint: &'static str,
    },
    #[error(
        "the download of {url} stopped after {done}{total} bytes; what arrived is kept in \
         {partial}: run the command again to resume it"
    )]
    Interrupted {
        url: String,
        done: u64,
        /// ` of <total>` when known.
        total: String,
        partial: PathBuf,
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
fn sha256_of(reader: impl Read, label: &str, total: Option<u64>) -> io::Result<(String, u64)> {
    let mut hasher = Sha256::new();
    let done = hash_into(&mut hasher, reader, label, total)?;
    Ok((hex(&hasher.finalize()), done))
}

/// Feeds `reader` to `hasher` to the end; returns the byte count.
fn hash_into(
    hasher: &mut Sha256,
    mut reader: impl Read,
    label: &str,
    total: Option<u64>,
) -> io::Result<u64> {
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
    Ok(done)
}

pub fn sha256_file(path: &Path) -> io::Result<(String, u64)> {
    let file = File::open(path)?;
    let total = file.metadata()?.len();
    sha256_of(file, &format!("sha256 {}", file_name(path)), Some(total))
}

fn matches(expected: &Expected, sha256: &str, size: u64) -> bool {
    sha256 == expected.sha256 && expected.size.is_none_or(|want| want == size)
}

/// Checks a file that the user handed us; never deletes it.
pub fn verify_local(path: &Path, expected: &Expected) -> Result<(), FetchError> {
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
pub fn check_cached(path: &Path, expected: &Expected) -> Result<bool, FetchError> {
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
pub fn admit(fetched: &Path, dest: &Path, expected: &Expected) -> Result<(), FetchError> {
    let (actual, size) = sha256_file(fetched).map_err(io_err("read", fetched))?;
    admit_hashed(fetched, dest, expected, actual, size, SOURCE_HINT)
}

fn admit_hashed(
    fetched: &Path,
    dest: &Path,
    expected: &Expected,
    actual: String,
    size: u64,
    hint: Hint,
) -> Result<(), FetchError> {
    if !matches(expected, &actual, size) {
        fs::remove_file(fetched).map_err(io_err("delete", fetched))?;
        let what = file_name(dest).to_owned();
        return Err(FetchError::Mismatch {
            what,
            expected: expected.sha256.clone(),
            actual,
            size,
            hint: hint.mismatch,
        });
    }
    fs::rename(fetched, dest).map_err(io_err("rename into", dest))
}

/// What the source routes tell the user when a download fails.
const SOURCE_HINT: Hint = Hint {
    network: "check the network (or use --source debian or --src)",
    mismatch: "The mirror or the network delivered different bytes: run the command again, and if \
               it fails the same way check llvm-pin.toml against the release.",
};

/// What to tell the user when a download fails: the server cannot be reached or refuses it, or
/// the bytes are not the expected ones.
#[derive(Debug, Clone, Copy)]
pub struct Hint {
    pub network: &'static str,
    pub mismatch: &'static str,
}

/// Downloads a source tarball: [`download_with`] with the source routes' hints and 3 attempts.
pub fn download(url: &str, dest: &Path, expected: &Expected) -> Result<(), FetchError> {
    download_with(url, dest, expected, SOURCE_HINT, 3)
}

/// Downloads `url` to `dest`: streamed into `dest.partial` and hashed on the way, renamed to
/// `dest` only when size and sha256 match. An interrupted transfer keeps `dest.partial` and is
/// resumed with an HTTP Range request, by the next of `attempts` or by the next run; a server that
/// does not honor the range (no 206 with the right Content-Range) gets a fresh download instead.
pub fn download_with(
    url: &str,
    dest: &Path,
    expected: &Expected,
    hint: Hint,
    attempts: u32,
) -> Result<(), FetchError> {
    if let Some(dir) = dest.parent() {
        fs::create_dir_all(dir).map_err(io_err("create", dir))?;
    }
    let client = reqwest::blocking::Client::builder()
        .connect_timeout(Duration::from_secs(30))
        // Per read, not for the whole transfer: a stalled server fails, a slow one does not.
        .timeout(Duration::from_secs(120))
        .build()
        .map_err(|err| FetchError::Http {
            url: url.to_owned(),
            hint: hint.network,
            source: Box::new(err),
        })?;
    let download = Download {
        client,
        url,
        dest,
        partial: partial_path(dest),
        expected,
        hint,
    };
    let mut attempt = 1;
    loop {
        match download.attempt(true) {
            Err(err @ FetchError::Interrupted { .. }) if attempt < attempts => {
                eprintln!(
                    "==> {err}; resuming (attempt {} of {attempts})",
                    attempt + 1
                );
                std::thread::sleep(Duration::from_secs(attempt.into()));
                attempt += 1;
            }
            result => return result,
        }
    }
}

struct Download<'a> {
    client: reqwest::blocking::Client,
    url: &'a str,
    dest: &'a Path,
    partial: PathBuf,
    expected: &'a Expected,
    hint: Hint,
}

impl Download<'_> {
    fn http(&self, err: impl std::error::Error + Send + Sync + 'static) -> FetchError {
        FetchError::Http {
            url: self.url.to_owned(),
            hint: self.hint.network,
            source: Box::new(err),
        }
    }

    /// One request: resumes `partial` when it has bytes and `resume` is set, else starts over.
    fn attempt(&self, resume: bool) -> Result<(), FetchError> {
        let partial = &self.partial;
        let name = file_name(self.dest);
        let mut hasher = Sha256::new();
        let mut have = 0;
        if resume && partial.exists() {
            // Hash what an earlier attempt left, so that the hash covers the whole file.
            let file = File::open(partial).map_err(io_err("read", partial))?;
            have = hash_into(&mut hasher, file, &format!("sha256 {name}.partial"), None)
                .map_err(io_err("read", partial))?;
            let sha = hex(&hasher.clone().finalize());
            if have > 0 && matches(self.expected, &sha, have) {
                eprintln!("==> {} is already complete", partial.display());
                return self.admit(sha, have);
            }
            if self.expected.size.is_some_and(|size| have >= size) {
                // As long as the file or longer, and wrong: nothing to resume.
                hasher = Sha256::new();
                have = 0;
            }
        }
        let mut request = self.client.get(self.url);
        if have > 0 {
            eprintln!("==> resuming {name} at byte {have}");
            request = request.header(reqwest::header::RANGE, format!("bytes={have}-"));
        }
        let mut response = request.send().map_err(|err| self.http(err))?;
        let status = response.status();
        let range = content_range(&response);
        if have > 0 {
            let partial_content = status == reqwest::StatusCode::PARTIAL_CONTENT;
            let honored = partial_content && range.is_some_and(|(start, _)| start == have);
            if !honored && (partial_content || status.as_u16() == 416) {
                // Other bytes than asked for, or the part we have is longer than what the server
                // has (so it is not a prefix of it): ask again for the whole file.
                eprintln!(
                    "==> the server did not resume at byte {have} (HTTP {status}); downloading \
                     {name} from the start"
                );
                drop(response);
                return self.attempt(false);
            }
            if !honored && status.is_success() {
                // The server ignored the range and sends the whole file: take it from zero.
                eprintln!(
                    "==> the server does not resume downloads (HTTP {status}); downloading {name} \
                     from the start"
                );
                hasher = Sha256::new();
                have = 0;
            }
        }
        if !status.is_success() {
            if status.is_client_error() {
                // Nothing will come of these bytes: the URL is wrong or gone.
                let _ = fs::remove_file(partial);
            }
            return Err(FetchError::Status {
                url: self.url.to_owned(),
                status: status.to_string(),
                hint: self.hint.network,
            });
        }
        let body_len = response.content_length();
        let mut file = if have > 0 {
            fs::OpenOptions::new().append(true).open(partial)
        } else {
            File::create(partial)
        }
        .map_err(io_err("create", partial))?;
        let total = match range {
            Some((_, Some(total))) if have > 0 => Some(total),
            _ => body_len.map(|len| len + have).or(self.expected.size),
        };

        let mut progress = Progress::new(format!("download {name}"), total);
        let mut done = have;
        let mut buf = vec![0; 1 << 16];
        let interrupted =
            |done: u64, source: Box<dyn std::error::Error + Send + Sync>| FetchError::Interrupted {
                url: self.url.to_owned(),
                done,
                total: total.map_or_else(String::new, |t| format!(" of {t}")),
                partial: partial.clone(),
                source,
            };
        loop {
            let n = match response.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(err) => {
                    let _ = file.sync_all();
                    progress.finish(done, "interrupted");
                    return Err(interrupted(done, Box::new(err)));
                }
            };
            file.write_all(&buf[..n])
                .map_err(io_err("write", partial))?;
            hasher.update(&buf[..n]);
            done += n as u64;
            progress.update(done, "");
        }
        progress.finish(done, "");
        file.sync_all().map_err(io_err("write", partial))?;
        if let Some(len) = body_len {
            if done - have < len {
                return Err(interrupted(
                    done,
                    format!(
                        "the server closed the connection after {} of {len} bytes",
                        done - have
                    )
                    .into(),
                ));
            }
        }
        self.admit(hex(&hasher.finalize()), done)
    }

    fn admit(&self, actual: String, size: u64) -> Result<(), FetchError> {
        admit_hashed(
            &self.partial,
            self.dest,
            self.expected,
            actual,
            size,
            self.hint,
        )
    }
}

/// `Content-Range: bytes <start>-<end>/<total or *>`: the start and, when given, the total.
fn content_range(response: &reqwest::blocking::Response) -> Option<(u64, Option<u64>)> {
    let value = response
        .headers()
        .get(reqwest::header::CONTENT_RANGE)?
        .to_str()
        .ok()?;
    let (range, total) = value.strip_prefix("bytes ")?.split_once('/')?;
    let start = range.split_once('-')?.0.trim().parse().ok()?;
    Some((start, total.trim().parse().ok()))
}

pub fn partial_path(dest: &Path) -> PathBuf {
    let mut name = dest.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

fn file_name(path: &Path) -> &str {
    path.file_name()
        .and_then(|name| name.to_str())
        .unwrap_or("file")
}

pub fn hex(bytes: &[u8]) -> String {
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
    fn a_wrong_part_as_long_as_the_file_is_not_resumed() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("llvm.tar.xz");
        let body = b"pretend tarball".to_vec();
        fs::write(partial_path(&dest), b"wrong bytes, too many").unwrap();
        download(&serve_once(body.clone()), &dest, &expected_for(&body)).unwrap();
        assert_eq!(fs::read(&dest).unwrap(), body);
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
