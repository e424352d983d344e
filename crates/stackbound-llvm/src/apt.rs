//! The debian source route: `apt-get source --download-only` with a private apt state, built from
//! the Debian mirrors this machine's apt already uses, so that nothing system-wide changes.

use std::{
    fs,
    path::{Path, PathBuf},
};

use crate::error::{bail, Context, Result};
use xshell::{cmd, Shell};

/// One Debian archive from the machine's apt sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Archive {
    pub uri: String,
    pub signed_by: Option<String>,
}

/// Suites tried in order: the release that carries the pinned LLVM, then unstable.
const SUITES: &[&str] = &["trixie", "sid"];

/// Debian's codenames and aliases; other suites (third-party repositories) are ignored.
const DEBIAN_SUITES: &[&str] = &[
    "buster",
    "bullseye",
    "bookworm",
    "trixie",
    "forky",
    "duke",
    "sid",
    "oldoldstable",
    "oldstable",
    "stable",
    "testing",
    "unstable",
    "experimental",
];

/// Downloads the `package` source into `work/download` and returns the path `file` should have;
/// the caller checks that it is there and right.
pub fn download_orig(sh: &Shell, work: &Path, package: &str, file: &str) -> Result<PathBuf> {
    let archives = system_archives().context("cannot read this machine's apt sources")?;
    if archives.is_empty() {
        bail!(
            "the debian source route needs a Debian mirror in /etc/apt/sources.list or \
             /etc/apt/sources.list.d/*.sources, and none was found. Add one, or use \
             --source upstream or --src <tarball|dir>."
        );
    }
    let download = work.join("download");
    let mut log = String::new();
    for suite in SUITES {
        let _ = fs::remove_dir_all(work);
        for dir in ["sources", "lists/partial", "cache/archives/partial"] {
            fs::create_dir_all(work.join(dir))?;
        }
        fs::create_dir_all(&download)?;
        fs::write(
            work.join("sources/stackbound.sources"),
            deb_src_stanzas(&archives, suite),
        )?;

        let opts = &apt_options(work);
        eprintln!(
            "==> apt-get source {package} ({suite}, private apt state in {})",
            work.display()
        );
        // apt's exit status is no use here: the mirror may lack the .dsc and fail the command
        // although the orig tarball arrives intact. Only the pinned size and sha256 decide.
        let update = cmd!(sh, "apt-get {opts...} update")
            .ignore_status()
            .quiet()
            .output()?;
        let _dir = sh.push_dir(&download);
        let source = cmd!(sh, "apt-get {opts...} source --download-only {package}")
            .ignore_status()
            .quiet()
            .output()?;
        for output in [&update, &source] {
            log.push_str(&String::from_utf8_lossy(&output.stdout));
            log.push_str(&String::from_utf8_lossy(&output.stderr));
        }
        let orig = download.join(file);
        if orig.exists() {
            return Ok(orig);
        }
    }
    bail!(
        "apt-get source {package} did not deliver {file} from {} (suites tried: {}). Check that the \
         mirror carries that source package, or use --source upstream or --src <tarball|dir>. apt said:\n{}",
        archives.iter().map(|a| a.uri.as_str()).collect::<Vec<_>>().join(", "),
        SUITES.join(", "),
        tail(&log, 30),
    )
}

fn apt_options(work: &Path) -> Vec<String> {
    let dir = work.display();
    vec![
        "-o".into(),
        "Dir::Etc::SourceList=/dev/null".into(),
        "-o".into(),
        format!("Dir::Etc::SourceParts={dir}/sources"),
        "-o".into(),
        format!("Dir::State::Lists={dir}/lists"),
        "-o".into(),
        format!("Dir::Cache={dir}/cache"),
        "-o".into(),
        "Dir::State::status=/var/lib/dpkg/status".into(),
        // Root downloads into a root-owned private dir, which the _apt sandbox user cannot write.
        "-o".into(),
        "APT::Sandbox::User=root".into(),
    ]
}

fn deb_src_stanzas(archives: &[Archive], suite: &str) -> String {
    let mut out = String::new();
    for archive in archives {
        out.push_str(&format!(
            "Types: deb-src\nURIs: {}\nSuites: {suite}\nComponents: main\n",
            archive.uri
        ));
        if let Some(key) = &archive.signed_by {
            out.push_str(&format!("Signed-By: {key}\n"));
        }
        out.push('\n');
    }
    out
}

fn system_archives() -> Result<Vec<Archive>> {
    let mut archives = Vec::new();
    let mut add = |found: Vec<Archive>| {
        for archive in found {
            if !archives.contains(&archive) {
                archives.push(archive);
            }
        }
    };
    if let Ok(text) = fs::read_to_string("/etc/apt/sources.list") {
        add(parse_one_line(&text));
    }
    if let Ok(dir) = fs::read_dir("/etc/apt/sources.list.d") {
        let mut paths: Vec<PathBuf> = dir.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let text = || {
                fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))
            };
            match path.extension().and_then(|e| e.to_str()) {
                Some("sources") => add(parse_deb822(&text()?)),
                Some("list") => add(parse_one_line(&text()?)),
                _ => {} // apt itself ignores other names (e.g. *.disabled)
            }
        }
    }
    Ok(archives)
}

/// A Debian archive that is not the security archive.
fn is_debian_main(uri: &str, suites: &[&str]) -> bool {
    let debian = suites
        .iter()
        .any(|suite| DEBIAN_SUITES.contains(&suite.split('-').next().unwrap_or_default()));
    let security = uri.contains("security") || suites.iter().any(|s| s.ends_with("-security"));
    debian && !security
}

/// deb822 `.sources` stanzas: `Types`, `URIs`, `Suites`, `Signed-By`, ... separated by blank lines.
pub fn parse_deb822(text: &str) -> Vec<Archive> {
    let mut archives = Vec::new();
    for stanza in text.split("\n\n") {
        let field = |name: &str| {
            stanza
                .lines()
                .filter(|line| !line.starts_with('#'))
                .find_map(|line| {
                    let (key, value) = line.split_once(':')?;
                    key.trim()
                        .eq_ignore_ascii_case(name)
                        .then(|| value.trim().to_owned())
                })
                .unwrap_or_default()
        };
        let enabled = !field("Enabled").eq_ignore_ascii_case("no");
        let types = field("Types");
        let suites = field("Suites");
        let suites: Vec<&str> = suites.split_whitespace().collect();
        if !enabled
            || !types
                .split_whitespace()
                .any(|t| t == "deb" || t == "deb-src")
        {
            continue;
        }
        let signed_by = Some(field("Signed-By")).filter(|s| !s.is_empty() && !s.contains('\n'));
        for uri in field("URIs").split_whitespace() {
            if is_debian_main(uri, &suites) {
                archives.push(Archive {
                    uri: uri.to_owned(),
                    signed_by: signed_by.clone(),
                });
            }
        }
    }
    archives
}

/// One-line `deb [options] uri suite components...` entries.
pub fn parse_one_line(text: &str) -> Vec<Archive> {
    let mut archives = Vec::new();
    for line in text.lines().map(str::trim) {
        let Some(rest) = line
            .strip_prefix("deb ")
            .or_else(|| line.strip_prefix("deb-src "))
        else {
            continue;
        };
        let (options, rest) = match rest.trim_start().strip_prefix('[') {
            Some(bracketed) => bracketed.split_once(']').unwrap_or(("", "")),
            None => ("", rest),
        };
        let mut words = rest.split_whitespace();
        let (Some(uri), Some(suite)) = (words.next(), words.next()) else {
            continue;
        };
        let signed_by = options
            .split_whitespace()
            .find_map(|opt| {
                opt.strip_prefix("signed-by=")
                    .or_else(|| opt.strip_prefix("Signed-By="))
            })
            .map(str::to_owned);
        if is_debian_main(uri, &[suite]) {
            archives.push(Archive {
                uri: uri.to_owned(),
                signed_by,
            });
        }
    }
    archives
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..]
        .iter()
        .map(|line| format!("    {line}\n"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "/usr/share/keyrings/debian-archive-keyring.gpg";

    #[test]
    fn deb822_keeps_debian_and_drops_security_and_third_party() {
        let text = format!(
            "Types: deb\n# a comment\nURIs: http://mirror.example/debian\nSuites: bookworm bookworm-updates\n\
             Components: main\nSigned-By: {KEY}\n\n\
             Types: deb\nURIs: http://mirror.example/debian-security\nSuites: bookworm-security\n\
             Components: main\nSigned-By: {KEY}\n\n\
             Types: deb\nURIs: https://vendor.example/node\nSuites: nodistro\nComponents: main\n"
        );
        let archives = parse_deb822(&text);
        let want = Archive {
            uri: "http://mirror.example/debian".into(),
            signed_by: Some(KEY.into()),
        };
        assert_eq!(archives, vec![want.clone()]);

        let written = deb_src_stanzas(&archives, "trixie");
        assert_eq!(parse_deb822(&written), vec![want]);
        assert!(written.contains("Types: deb-src\n") && written.contains("Suites: trixie\n"));
    }

    #[test]
    fn one_line_format() {
        let text = format!(
            "deb [arch=amd64 signed-by={KEY}] http://mirror.example/debian bookworm main\n\
             deb http://security.example/debian-security bookworm-security main\n\
             deb https://vendor.example/apt cloud-sdk-bookworm main\n"
        );
        let archives = parse_one_line(&text);
        assert_eq!(
            archives,
            vec![Archive {
                uri: "http://mirror.example/debian".into(),
                signed_by: Some(KEY.into())
            }]
        );
    }
}
