//! `cargo xtask fetch-llc`: downloads the prebuilt llc that `dist-llc` packed for this checkout's
//! pass hash and this host, checks it, and installs it where build-llc puts its llc, with a stamp
//! that build-llc (auto and overlay mode) accepts as current.
//!
//! Nothing is installed unless every check passed: the sha256 of the whole archive, a safe
//! unpack into a staging directory, the manifest (LLVM version, pass hash, pass schema, targets,
//! host), and `llc --version`. Then the stamp is removed, the llc renamed into place, and the
//! manifest and the stamp written, so an interruption leaves a whole llc without a stamp (which
//! build-llc rebuilds), never a half-written one.

use std::{
    fs,
    io::ErrorKind,
    path::{Path, PathBuf},
    process::{Command, Stdio},
    sync::Mutex,
    time::{Duration, SystemTime},
};

use crate::error::{bail, Context, Error, Result};

use crate::{
    dist,
    download::{self, Expected, FetchError, Hint},
    layout::{Fixes, Layout},
    pin::{self, Pin},
    prebuilt::{archive_name, short, Manifest},
    unpack::{self, Codec, RemoveOnDrop},
};

/// Held while this process writes an executable and while it forks a child: a child forked while
/// an executable is open for writing holds that file open until it execs, and exec'ing the
/// executable in that window fails with ETXTBSY ("Text file busy").
pub static FORK_LOCK: Mutex<()> = Mutex::new(());

const HINT: Hint = Hint {
    network: "no prebuilt llc could be fetched from there (the release for this pass hash and \
              host may not exist yet, or the network is down). Build the llc from source with \
              `cargo xtask build-llc`, or give the URL of the matching archive with --url.",
    mismatch: HINT_MISMATCH,
};

const CLI_HINT: Hint = Hint {
    network: "no prebuilt llc could be fetched from there (the release for this pass hash and \
              host may not exist yet, or the network is down). Build the llc from source with \
              `stackbound llc build`, or give the matching archive with --from URL|FILE.",
    mismatch: HINT_MISMATCH,
};

const HINT_MISMATCH: &str =
    "Check --sha256 (or llvm-pin.toml's [prebuilt.sha256]) against the <archive>.sha256 \
     that the release publishes; if they agree, the network delivered other bytes: run the \
     command again.";

/// Interrupted transfers are resumed this many times in one run.
pub const ATTEMPTS: u32 = 3;

/// `--sha256`, else the pin's entry for the archive this checkout and host want.
pub fn resolve_sha256(
    flag: Option<&str>,
    pin: &Pin,
    wanted: &Manifest,
    url: &str,
    fixes: Fixes,
) -> Result<String> {
    let asset = archive_name(wanted);
    let sha256 = match flag {
        Some(sha) => sha.to_owned(),
        None => match pin
            .prebuilt
            .sha256
            .get(&asset)
            .filter(|sha| !sha.is_empty())
        {
            Some(sha) => sha.clone(),
            None => bail!(
                "{} needs the sha256 of {asset}, and llvm-pin.toml's [prebuilt.sha256] does \
                 not list it. Pass --sha256 HEX: the release publishes it in {url}.sha256 \
                 (first field). Or build the llc from source with `{}`.",
                fixes.fetch,
                fixes.build
            ),
        },
    };
    if !pin::is_sha256(&sha256) {
        bail!("--sha256 {sha256:?} is not a sha256 (64 hex digits)");
    }
    Ok(sha256)
}

pub struct Fetch<'a> {
    pub url: &'a str,
    pub sha256: &'a str,
    pub layout: &'a Layout,
    /// [`Manifest::current`] for this checkout and host.
    pub wanted: &'a Manifest,
    pub attempts: u32,
}

impl Fetch<'_> {
    /// Downloads (or finds in the cache) the archive, then installs it; returns the llc's path.
    pub fn run(&self) -> Result<PathBuf> {
        let archive = self.layout.downloads().join(self.file_name());
        let expected = Expected {
            sha256: self.sha256.to_owned(),
            size: None,
        };
        let cached = match download::check_cached(&archive, &expected) {
            Ok(cached) => cached,
            Err(err @ FetchError::CorruptCache { .. }) => {
                eprintln!("==> {err}");
                false
            }
            Err(err) => return Err(err.into()),
        };
        if cached {
            eprintln!("==> using the cached {}", archive.display());
        } else {
            eprintln!("==> downloading {}", self.url);
            let hint = if self.layout.fixes == Fixes::XTASK {
                HINT
            } else {
                CLI_HINT
            };
            download::download_with(self.url, &archive, &expected, hint, self.attempts)?;
        }
        install(&archive, self.layout, self.wanted)
    }

    /// The archive's name in the download cache: the URL's last segment when it is a plain name.
    fn file_name(&self) -> String {
        let path = self.url.split(['?', '#']).next().unwrap_or_default();
        let last = path.rsplit('/').next().unwrap_or_default();
        let plain = !last.is_empty()
            && !last.starts_with('.')
            && last
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._-+".contains(&b));
        if plain {
            last.to_owned()
        } else {
            archive_name(self.wanted)
        }
    }
}

/// Checks the archive and, when it is right, installs its llc at `layout.llc()`.
pub fn install(archive: &Path, layout: &Layout, wanted: &Manifest) -> Result<PathBuf> {
    let llc = layout.llc();
    let llc_dir = llc.parent().expect("llc has a directory");
    // target/llc.staging: on the same file system as the llc, outside the directory build-llc owns.
    let staging = unpack::sibling(
        llc_dir.parent().expect("llc is in target/llc/bin"),
        "staging",
    );
    if staging.exists() {
        fs::remove_dir_all(&staging)
            .with_context(|| format!("cannot remove {}", staging.display()))?;
    }
    let _cleanup = RemoveOnDrop(Some(staging.clone()));
    {
        // Unpacking writes the executable; see FORK_LOCK.
        let _lock = FORK_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        unpack::unpack_as(Codec::Gzip, archive, &staging, &|_| true)?;
        // The archive's mtime is fixed (0) for reproducibility; the installed llc is new.
        let staged = staging.join(dist::LLC);
        if staged.is_file() {
            fs::File::options()
                .write(true)
                .open(&staged)
                .and_then(|file| file.set_modified(SystemTime::now()))
                .with_context(|| format!("cannot touch {}", staged.display()))?;
        }
    }
    let name = archive.display();
    for (file, what) in [
        (dist::LLC, "the llc"),
        (dist::MANIFEST, "a manifest"),
        (dist::LICENSE, "the license"),
    ] {
        if !staging.join(file).is_file() {
            bail!(
                "{name} is not a dist-llc archive: it has no {file} ({what}) in its top \
                 directory, so nothing was installed."
            );
        }
    }
    let manifest = Manifest::load(&staging.join(dist::MANIFEST)).with_context(|| {
        format!("{name} is not a usable dist-llc archive; nothing was installed")
    })?;
    let stale = manifest.mismatches(wanted);
    if !stale.is_empty() {
        bail!(
            "the prebuilt llc in {name} is stale for this checkout: {}. It was not installed. \
             Build the llc from source with `{}`, or fetch the prebuilt that \
             matches pass hash {} (plain `{}` picks it).",
            stale.join("; "),
            layout.fixes.build,
            short(&wanted.pass_hash),
            layout.fixes.fetch
        );
    }
    let staged = staging.join(dist::LLC);
    check_runs(&staged, &wanted.llvm_version, layout.fixes)?;

    // The stamp goes first and comes back last, so no interruption leaves a current stamp on an
    // llc it does not describe.
    let pin_stamp = crate::stamp::prebuilt(
        layout.stamp(),
        &wanted.llvm_version,
        &wanted.targets,
        &wanted.host,
        &wanted.pass_hash,
    );
    pin_stamp.remove()?;
    fs::create_dir_all(llc_dir).with_context(|| format!("cannot create {}", llc_dir.display()))?;
    fs::rename(&staged, &llc)
        .with_context(|| format!("cannot move {} to {}", staged.display(), llc.display()))?;
    manifest.write(&layout.manifest())?;
    pin_stamp.write()?;
    eprintln!(
        "==> installed {} (LLVM {}, pass hash {}, built in {} mode for {})",
        llc.display(),
        manifest.llvm_version,
        short(&manifest.pass_hash),
        manifest.build_mode,
        manifest.host
    );
    Ok(llc)
}

/// `llc --version` must run here and name the pinned LLVM: a prebuilt linked against a newer C
/// library than this machine's fails here, not later in every test.
fn check_runs(llc: &Path, version: &str, fixes: Fixes) -> Result<()> {
    let output = {
        let mut tries = 0;
        loop {
            let spawned = {
                let _lock = FORK_LOCK.lock().unwrap_or_else(|e| e.into_inner());
                Command::new(llc)
                    .arg("--version")
                    .stdin(Stdio::null())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
            };
            match spawned {
                // A child forked elsewhere in this process (not under FORK_LOCK) may still hold
                // the file open for a moment.
                Err(err) if err.kind() == ErrorKind::ExecutableFileBusy && tries < 20 => {
                    tries += 1;
                    std::thread::sleep(Duration::from_millis(25));
                }
                spawned => break spawned.and_then(|child| child.wait_with_output()),
            }
        }
    };
    let refused = |problem: &str| {
        format!(
            "the prebuilt llc does not work on this machine: {problem}. It was not installed. \
             Build the llc from source with `{}`.",
            fixes.build
        )
    };
    let problem = match &output {
        Err(err) => format!("it cannot be run ({err})"),
        Ok(out) if !out.status.success() => {
            return Err(Error::Command {
                command: format!("{} --version", llc.display()),
                status: out.status.to_string(),
                stderr: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
            }
            .context(refused("`llc --version` failed")))
        }
        Ok(out) => {
            let text = String::from_utf8_lossy(&out.stdout);
            match llvm_version(&text) {
                Some(found) if same_version(&found, version) => return Ok(()),
                Some(found) => format!("it says it is LLVM {found}, not {version}"),
                None => "`llc --version` names no LLVM version".to_owned(),
            }
        }
    };
    Err(Error::msg(refused(&problem)))
}

/// The version in `llc --version`'s `LLVM version X` line.
pub fn llvm_version(text: &str) -> Option<String> {
    let rest = &text[text.find("LLVM version ")? + "LLVM version ".len()..];
    Some(rest.split_whitespace().next()?.to_string())
}

/// `22.1.8` and `22.1.8git` are 22.1.8; `22.1.80` is not.
fn same_version(found: &str, pinned: &str) -> bool {
    found
        .strip_prefix(pinned)
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_digit() || c == '.'))
}

#[cfg(test)]
mod tests {
    use std::{
        io::{self, BufRead, BufReader, Write},
        net::{TcpListener, TcpStream},
        os::unix::fs::PermissionsExt,
        sync::Arc,
        thread,
        time::Instant,
    };

    use sha2::{Digest, Sha256};

    use super::*;
    use crate::{
        dist::{pack, tests::fake_llc},
        download::{hex, partial_path},
        prebuilt, project_root,
    };

    /// What the test server does with one connection.
    #[derive(Clone)]
    enum Reply {
        /// The body; a `Range: bytes=N-` request gets 206 and the rest.
        Serve(Vec<u8>),
        /// The whole body with 200, whatever the request asked for.
        IgnoreRange(Vec<u8>),
        /// Announces the whole body, sends `n` bytes of it, and hangs up.
        DropAfter(Vec<u8>, usize),
        NotFound,
    }

    /// Serves one reply per connection, in order, on 127.0.0.1, then stops; gives up waiting
    /// for a connection after 30 s. Returns the archive's URL and the Range header of each
    /// request (None when it had none).
    fn serve(replies: Vec<Reply>, name: &str) -> (String, Arc<Mutex<Vec<Option<String>>>>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        listener.set_nonblocking(true).unwrap();
        let ranges = Arc::new(Mutex::new(Vec::new()));
        let seen = ranges.clone();
        thread::spawn(move || {
            for reply in replies {
                let deadline = Instant::now() + Duration::from_secs(30);
                let stream = loop {
                    match listener.accept() {
                        Ok((stream, _)) => break stream,
                        Err(err) if err.kind() == ErrorKind::WouldBlock => {
                            if Instant::now() > deadline {
                                return;
                            }
                            thread::sleep(Duration::from_millis(5));
                        }
                        Err(_) => return,
                    }
                };
                stream.set_nonblocking(false).unwrap();
                let range = read_head(&stream);
                seen.lock().unwrap().push(range.clone());
                let _ = respond(stream, reply, range);
            }
        });
        (format!("http://{addr}/releases/{name}"), ranges)
    }

    /// Reads the request head; returns its Range header.
    fn read_head(stream: &TcpStream) -> Option<String> {
        let mut reader = BufReader::new(stream);
        let mut range = None;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
                return range;
            }
            if let Some((name, value)) = line.split_once(':') {
                if name.eq_ignore_ascii_case("range") {
                    range = Some(value.trim().to_owned());
                }
            }
        }
    }

    fn respond(mut stream: TcpStream, reply: Reply, range: Option<String>) -> io::Result<()> {
        let head = |status: &str, len: usize, extra: &str| {
            format!(
                "HTTP/1.1 {status}\r\nContent-Length: {len}\r\n{extra}Connection: close\r\n\r\n"
            )
        };
        match reply {
            Reply::Serve(body) => {
                let start = range
                    .as_deref()
                    .and_then(|r| r.strip_prefix("bytes="))
                    .and_then(|r| r.strip_suffix('-'))
                    .and_then(|r| r.parse::<usize>().ok());
                match start {
                    Some(start) if start < body.len() => {
                        let rest = &body[start..];
                        let extra = format!(
                            "Content-Range: bytes {start}-{}/{}\r\n",
                            body.len() - 1,
                            body.len()
                        );
                        stream.write_all(
                            head("206 Partial Content", rest.len(), &extra).as_bytes(),
                        )?;
                        stream.write_all(rest)
                    }
                    Some(_) => {
                        stream.write_all(head("416 Range Not Satisfiable", 0, "").as_bytes())
                    }
                    None => {
                        stream.write_all(head("200 OK", body.len(), "").as_bytes())?;
                        stream.write_all(&body)
                    }
                }
            }
            Reply::IgnoreRange(body) => {
                stream.write_all(head("200 OK", body.len(), "").as_bytes())?;
                stream.write_all(&body)
            }
            Reply::DropAfter(body, n) => {
                stream.write_all(head("200 OK", body.len(), "").as_bytes())?;
                stream.write_all(&body[..n])?;
                stream.flush()?;
                stream.shutdown(std::net::Shutdown::Both)
            }
            Reply::NotFound => {
                let body = b"Not Found";
                stream.write_all(head("404 Not Found", body.len(), "").as_bytes())?;
                stream.write_all(body)
            }
        }
    }

    struct Setup {
        dir: tempfile::TempDir,
        layout: Layout,
        wanted: Manifest,
    }

    /// A temp target dir holding an older llc with its stamp, and the manifest this checkout
    /// wants.
    fn setup() -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let layout = Layout::at(dir.path().join("target"));
        fs::create_dir_all(layout.llc().parent().unwrap()).unwrap();
        fs::write(layout.llc(), "old llc").unwrap();
        fs::write(layout.stamp(), "old stamp\n").unwrap();
        let pin = Pin::load(&project_root()).unwrap();
        let hash = prebuilt::pass_hash(&project_root()).unwrap();
        let wanted = Manifest::current(&pin, &hash, "full");
        Setup {
            dir,
            layout,
            wanted,
        }
    }

    impl Setup {
        /// A dist archive of a fake llc with `manifest`.
        fn archive(&self, manifest: &Manifest) -> Vec<u8> {
            let llc = fake_llc(self.dir.path(), &manifest.llvm_version);
            let out = self.dir.path().join("dist");
            let packed = pack(&llc, manifest, b"license text\n", &out, 0).unwrap();
            fs::read(packed.path).unwrap()
        }

        fn fetch(&self, url: &str, sha256: &str) -> Result<PathBuf> {
            Fetch {
                url,
                sha256,
                layout: &self.layout,
                wanted: &self.wanted,
                attempts: 1,
            }
            .run()
        }

        fn downloads(&self) -> Vec<String> {
            names_in(&self.layout.downloads())
        }

        /// The directory holding `bin/llc`, its manifest and stamp.
        fn llc_dir(&self) -> PathBuf {
            self.layout
                .llc()
                .parent()
                .unwrap()
                .parent()
                .unwrap()
                .to_owned()
        }

        /// The older llc and its stamp are as they were, and nothing else is in target/llc or
        /// beside it.
        #[track_caller]
        fn assert_untouched(&self) {
            assert_eq!(fs::read_to_string(self.layout.llc()).unwrap(), "old llc");
            assert_eq!(
                fs::read_to_string(self.layout.stamp()).unwrap(),
                "old stamp\n"
            );
            let llc_dir = self.llc_dir();
            assert_eq!(names_in(&llc_dir), ["bin", "stamp"]);
            assert_eq!(names_in(&llc_dir.join("bin")).len(), 1);
            let target = names_in(&self.dir.path().join("target"));
            assert!(
                target.iter().all(|name| name == "llc" || name == "llvm"),
                "{target:?}"
            );
            assert!(!self.dir.path().join("evil").exists());
        }
    }

    /// The names in `dir`, sorted; none when it does not exist.
    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .map(|d| {
                d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    fn sha(bytes: &[u8]) -> String {
        hex(&Sha256::digest(bytes))
    }

    fn message(err: crate::Error) -> String {
        crate::chain(&err)
    }

    #[test]
    fn a_good_archive_installs_with_a_current_stamp() {
        let s = setup();
        let archive = s.archive(&s.wanted);
        let name = archive_name(&s.wanted);
        let (url, ranges) = serve(vec![Reply::Serve(archive.clone())], &name);
        let llc = s.fetch(&url, &sha(&archive)).unwrap();
        assert_eq!(llc, s.layout.llc());
        let script = fs::read_to_string(&llc).unwrap();
        assert!(script.contains(&format!("LLVM version {}", s.wanted.llvm_version)));
        assert_eq!(
            fs::metadata(&llc).unwrap().permissions().mode() & 0o777,
            0o755
        );
        assert_eq!(Manifest::load(&s.layout.manifest()).unwrap(), s.wanted);
        assert_eq!(*ranges.lock().unwrap(), [None]);

        // What build-llc asks before anything else in auto and overlay mode.
        let pin = Pin::load(&project_root()).unwrap();
        assert!(prebuilt::is_current(&s.layout, &pin, &s.wanted.pass_hash));
        assert!(!prebuilt::is_current(&s.layout, &pin, &"0".repeat(64)));

        // Nothing is left over: the verified archive is cached, no part or staging dir remains.
        assert_eq!(s.downloads(), std::slice::from_ref(&name));
        assert_eq!(names_in(&s.llc_dir()), ["bin", "manifest.json", "stamp"]);

        // A second run takes the cached archive: the server is gone.
        fs::remove_file(s.layout.stamp()).unwrap();
        let gone = format!("http://127.0.0.1:9/releases/{name}");
        s.fetch(&gone, &sha(&archive)).unwrap();
        assert!(prebuilt::is_current(&s.layout, &pin, &s.wanted.pass_hash));
    }

    #[test]
    fn a_wrong_sha256_installs_nothing() {
        let s = setup();
        let archive = s.archive(&s.wanted);
        let (url, _) = serve(vec![Reply::Serve(archive)], &archive_name(&s.wanted));
        let err = message(s.fetch(&url, &sha(b"something else")).unwrap_err());
        assert!(err.contains("is expected, so it was not kept"), "{err}");
        assert!(err.contains("--sha256"), "{err}");
        s.assert_untouched();
        assert!(s.downloads().is_empty(), "{:?}", s.downloads());
    }

    #[test]
    fn a_truncated_archive_installs_nothing() {
        let s = setup();
        let archive = s.archive(&s.wanted);
        let half = archive[..archive.len() / 2].to_vec();
        let name = archive_name(&s.wanted);

        // The server has only half of the file the sha256 describes.
        let (url, _) = serve(vec![Reply::Serve(half.clone())], &name);
        let err = message(s.fetch(&url, &sha(&archive)).unwrap_err());
        assert!(err.contains("so it was not kept"), "{err}");
        s.assert_untouched();
        assert!(s.downloads().is_empty());

        // The release itself is truncated, and its sha256 was taken of the truncated file.
        let (url, _) = serve(vec![Reply::Serve(half.clone())], &name);
        let err = message(s.fetch(&url, &sha(&half)).unwrap_err());
        assert!(err.contains("truncated"), "{err}");
        s.assert_untouched();
    }

    #[test]
    fn an_archive_with_dotdot_entries_installs_nothing() {
        let s = setup();
        let top = prebuilt::archive_stem(&s.wanted);
        // Names are written raw into the headers: tar::Builder would refuse them.
        let mut tar = tar::Builder::new(Vec::new());
        for (name, data) in [
            (format!("{top}/bin/llc"), &b"#!/bin/sh\n"[..]),
            (format!("{top}/../../../evil"), &b"gotcha"[..]),
        ] {
            let mut header = tar::Header::new_old();
            header.as_old_mut().name[..name.len()].copy_from_slice(name.as_bytes());
            header.set_entry_type(tar::EntryType::Regular);
            header.set_size(data.len() as u64);
            header.set_mode(0o755);
            header.set_cksum();
            tar.append(&header, data).unwrap();
        }
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&tar.into_inner().unwrap()).unwrap();
        let archive = gz.finish().unwrap();

        let (url, _) = serve(
            vec![Reply::Serve(archive.clone())],
            &archive_name(&s.wanted),
        );
        let err = message(s.fetch(&url, &sha(&archive)).unwrap_err());
        assert!(err.contains("unsafe path"), "{err}");
        s.assert_untouched();
        for dir in s.dir.path().ancestors().take(4) {
            assert!(!dir.join("evil").exists());
        }
    }

    #[test]
    fn http_404_installs_nothing() {
        let s = setup();
        let (url, _) = serve(vec![Reply::NotFound], &archive_name(&s.wanted));
        let err = message(s.fetch(&url, &sha(b"x")).unwrap_err());
        assert!(err.contains("404 Not Found"), "{err}");
        assert!(err.contains("cargo xtask build-llc"), "{err}");
        s.assert_untouched();
        assert!(s.downloads().is_empty(), "{:?}", s.downloads());
    }

    #[test]
    fn a_dropped_download_installs_nothing_and_resumes_with_range() {
        let s = setup();
        let archive = s.archive(&s.wanted);
        let name = archive_name(&s.wanted);
        let cut = archive.len() / 3;
        let (url, _) = serve(vec![Reply::DropAfter(archive.clone(), cut)], &name);
        let err = message(s.fetch(&url, &sha(&archive)).unwrap_err());
        assert!(
            err.contains(&format!("stopped after {cut} of {} bytes", archive.len())),
            "{err}"
        );
        assert!(err.contains("run the command again to resume"), "{err}");
        s.assert_untouched();
        let partial = partial_path(&s.layout.downloads().join(&name));
        assert_eq!(fs::read(&partial).unwrap(), archive[..cut]);

        // The next run asks for the rest only, and installs.
        let (url, ranges) = serve(vec![Reply::Serve(archive.clone())], &name);
        s.fetch(&url, &sha(&archive)).unwrap();
        assert_eq!(*ranges.lock().unwrap(), [Some(format!("bytes={cut}-"))]);
        assert!(!partial.exists());
        assert_eq!(fs::read(s.layout.downloads().join(&name)).unwrap(), archive);
        assert!(fs::read_to_string(s.layout.llc())
            .unwrap()
            .starts_with("#!/bin/sh"));
    }

    #[test]
    fn a_server_that_ignores_range_gets_a_fresh_download() {
        let s = setup();
        let archive = s.archive(&s.wanted);
        let name = archive_name(&s.wanted);
        fs::create_dir_all(s.layout.downloads()).unwrap();
        let partial = partial_path(&s.layout.downloads().join(&name));
        // Not even a prefix of the archive: appending to it would corrupt the file.
        fs::write(&partial, b"stale bytes from some other file").unwrap();
        let (url, ranges) = serve(vec![Reply::IgnoreRange(archive.clone())], &name);
        s.fetch(&url, &sha(&archive)).unwrap();
        assert_eq!(*ranges.lock().unwrap(), [Some("bytes=32-".to_owned())]);
        assert_eq!(fs::read(s.layout.downloads().join(&name)).unwrap(), archive);
    }

    #[test]
    fn a_part_longer_than_the_file_is_dropped() {
        let s = setup();
        let archive = s.archive(&s.wanted);
        let name = archive_name(&s.wanted);
        fs::create_dir_all(s.layout.downloads()).unwrap();
        let partial = partial_path(&s.layout.downloads().join(&name));
        let mut longer = archive.clone();
        longer.extend_from_slice(b"trailing junk");
        fs::write(&partial, &longer).unwrap();
        let (url, ranges) = serve(
            vec![Reply::Serve(archive.clone()), Reply::Serve(archive.clone())],
            &name,
        );
        s.fetch(&url, &sha(&archive)).unwrap();
        let want_range = format!("bytes={}-", longer.len());
        assert_eq!(*ranges.lock().unwrap(), [Some(want_range), None]);
    }

    #[test]
    fn a_complete_part_needs_no_request() {
        let s = setup();
        let archive = s.archive(&s.wanted);
        let name = archive_name(&s.wanted);
        fs::create_dir_all(s.layout.downloads()).unwrap();
        fs::write(partial_path(&s.layout.downloads().join(&name)), &archive).unwrap();
        let gone = format!("http://127.0.0.1:9/releases/{name}");
        s.fetch(&gone, &sha(&archive)).unwrap();
        assert_eq!(s.downloads(), [name]);
    }

    #[test]
    fn retries_resume_within_one_run() {
        let s = setup();
        let archive = s.archive(&s.wanted);
        let name = archive_name(&s.wanted);
        let (url, ranges) = serve(
            vec![
                Reply::DropAfter(archive.clone(), 100),
                Reply::Serve(archive.clone()),
            ],
            &name,
        );
        Fetch {
            url: &url,
            sha256: &sha(&archive),
            layout: &s.layout,
            wanted: &s.wanted,
            attempts: 2,
        }
        .run()
        .unwrap();
        assert_eq!(
            *ranges.lock().unwrap(),
            [None, Some("bytes=100-".to_owned())]
        );
    }

    #[test]
    fn a_stale_prebuilt_is_refused() {
        let s = setup();
        let mut stale = s.wanted.clone();
        stale.pass_hash = "0".repeat(64);
        let archive = s.archive(&stale);
        let (url, _) = serve(vec![Reply::Serve(archive.clone())], &archive_name(&stale));
        let err = message(s.fetch(&url, &sha(&archive)).unwrap_err());
        assert!(err.contains("stale for this checkout"), "{err}");
        assert!(err.contains("other pass sources"), "{err}");
        assert!(err.contains("cargo xtask build-llc"), "{err}");
        assert!(err.contains("cargo xtask fetch-llc"), "{err}");
        s.assert_untouched();
    }

    #[test]
    fn an_llc_that_does_not_run_is_refused() {
        let s = setup();
        let llc = s.dir.path().join("broken-llc");
        fs::write(
            &llc,
            "#!/bin/sh\necho 'version `GLIBC_2.99` not found' >&2\nexit 1\n",
        )
        .unwrap();
        let packed = pack(&llc, &s.wanted, b"license", &s.dir.path().join("dist"), 0).unwrap();
        let archive = fs::read(&packed.path).unwrap();
        let (url, _) = serve(
            vec![Reply::Serve(archive.clone())],
            &archive_name(&s.wanted),
        );
        let err = message(s.fetch(&url, &sha(&archive)).unwrap_err());
        assert!(err.contains("does not work on this machine"), "{err}");
        assert!(err.contains("GLIBC_2.99"), "{err}");
        s.assert_untouched();
    }

    #[test]
    fn the_sha256_comes_from_the_flag_or_the_pin() {
        let mut pin = Pin::load(&project_root()).unwrap();
        let wanted = Manifest::current(&pin, &"a".repeat(64), "full");
        let err = resolve_sha256(None, &pin, &wanted, "https://x/a.tar.gz", Fixes::XTASK)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("--sha256") && err.contains("https://x/a.tar.gz.sha256"),
            "{err}"
        );
        assert_eq!(
            resolve_sha256(Some(&"b".repeat(64)), &pin, &wanted, "u", Fixes::XTASK).unwrap(),
            "b".repeat(64)
        );
        assert!(resolve_sha256(Some("xyz"), &pin, &wanted, "u", Fixes::XTASK).is_err());
        pin.prebuilt
            .sha256
            .insert(archive_name(&wanted), "c".repeat(64));
        assert_eq!(
            resolve_sha256(None, &pin, &wanted, "u", Fixes::XTASK).unwrap(),
            "c".repeat(64)
        );
    }

    #[test]
    fn versions() {
        assert!(same_version("1.2.3", "1.2.3"));
        assert!(same_version("1.2.3git", "1.2.3"));
        assert!(!same_version("1.2.30", "1.2.3"));
        assert!(!same_version("1.2.3.1", "1.2.3"));
    }
}
