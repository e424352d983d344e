//! C library record bundles (docs/libc.md): what `--libc musl` links into the program.
//!
//! A bundle is a directory `<library>-<version>/<target>/` holding `records.jsonl` (every
//! member of the library's archive as a module of records), `unrecorded.json` (functions whose
//! machine code has no record) and `manifest.json` (what it was built from, and the sha256 of
//! the other two files, checked on every load so that a damaged bundle is an error, not a
//! smaller program). Bundles are looked for in `$STACKBOUND_LIBC_DIR`, the user's cache
//! (`<cache>/stackbound/libc`) and the workspace's `target/libc`, where
//! `cargo xtask libc-records` writes them.

pub mod dist;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use stackbound_core::library::Library;
use stackbound_core::records::{self, ModuleReport, RecordError};
use stackbound_core::schema::UnrecordedEntry;

/// The bundle's files.
pub const MANIFEST: &str = "manifest.json";
pub const RECORDS: &str = "records.jsonl";
pub const UNRECORDED: &str = "unrecorded.json";

/// Which C library `--libc` names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LibcChoice {
    /// A library by name (`musl`), found for the program's target.
    Named(String),
    /// A bundle directory.
    Bundle(PathBuf),
}

impl std::str::FromStr for LibcChoice {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(
            if s.contains('/') || Path::new(s).join(MANIFEST).is_file() {
                LibcChoice::Bundle(PathBuf::from(s))
            } else {
                LibcChoice::Named(s.to_owned())
            },
        )
    }
}

/// `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub library: String,
    pub version: String,
    /// The library's own target name, `x86_64-linux-musl`.
    pub target: String,
    /// sha256 of `records.jsonl` and of `unrecorded.json`.
    pub records_sha256: String,
    pub unrecorded_sha256: String,
    /// Everything else the builder wrote (source hash, llc identity, counts).
    #[serde(flatten)]
    pub provenance: serde_json::Map<String, serde_json::Value>,
}

impl Manifest {
    /// The CPU of the bundle's target (`x86_64`).
    pub fn arch(&self) -> &str {
        arch_of(&self.target)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LibcError {
    #[error(
        "no {library} records for {arch}: looked in {}. Build them with `cargo xtask \
         libc-records {library} --target {arch}` (docs/libc.md), or give --libc the bundle's \
         directory",
        .searched.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    )]
    NotFound {
        library: String,
        arch: String,
        searched: Vec<PathBuf>,
    },
    #[error(
        "--libc needs the program's target, and no input module names one (a `triple` in its \
         module record)"
    )]
    NoTarget,
    #[error("cannot read the C library bundle {path}: {message}")]
    Bundle { path: PathBuf, message: String },
    #[error(
        "{path}: sha256 {found} is not the {expected} its manifest.json records: the bundle is \
         damaged or was changed. Rebuild it with `cargo xtask libc-records` or fetch it again"
    )]
    Damaged {
        path: PathBuf,
        expected: String,
        found: String,
    },
    #[error(
        "the C library bundle {path} is for {bundle}, but the program is for {program}: give \
         the bundle of the program's target"
    )]
    WrongTarget {
        path: PathBuf,
        bundle: String,
        program: String,
    },
    #[error(transparent)]
    Records(#[from] RecordError),
}

/// The CPU part of a triple, with the spellings of one CPU made one (`arm64` is `aarch64`).
fn arch_of(triple: &str) -> &str {
    match triple.split('-').next().unwrap_or_default() {
        "arm64" => "aarch64",
        "amd64" => "x86_64",
        arch => arch,
    }
}

/// Where bundles are looked for, most specific first.
pub fn search_roots() -> Vec<PathBuf> {
    let mut roots = Vec::new();
    if let Some(dir) = std::env::var_os("STACKBOUND_LIBC_DIR") {
        roots.push(PathBuf::from(dir));
    }
    if let Some(cache) = crate::llc::cache_home() {
        roots.push(cache.join("stackbound/libc"));
    }
    let here = std::env::current_dir().ok();
    let exe = std::env::current_exe().ok();
    for start in here.iter().chain(exe.iter()) {
        if let Some(root) = crate::llc::workspace_root(start) {
            let dir = root.join("target/libc");
            if !roots.contains(&dir) {
                roots.push(dir);
            }
        }
    }
    roots
}

/// The bundles under `root` (`<library>-<version>/<target>/`), sorted by directory.
fn bundles_in(root: &Path) -> Vec<(PathBuf, Manifest)> {
    let mut found = Vec::new();
    let Ok(versions) = std::fs::read_dir(root) else {
        return found;
    };
    for version in versions.flatten() {
        let Ok(targets) = std::fs::read_dir(version.path()) else {
            continue;
        };
        for target in targets.flatten() {
            let dir = target.path();
            if let Ok(manifest) = read_manifest(&dir) {
                found.push((dir, manifest));
            }
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

/// Every search root with the bundles it holds, in search order (`stackbound libc list`).
pub fn list() -> Vec<(PathBuf, Vec<(PathBuf, Manifest)>)> {
    search_roots()
        .into_iter()
        .map(|root| {
            let bundles = bundles_in(&root);
            (root, bundles)
        })
        .collect()
}

/// The bundle of `library` for `program`'s target: the newest version in the first root that
/// has one.
pub fn find(library: &str, program: &[ModuleReport]) -> Result<PathBuf, LibcError> {
    let arch = program_arch(program)?;
    let roots = search_roots();
    for root in &roots {
        let newest = bundles_in(root)
            .into_iter()
            .filter(|(_, m)| m.library == library && m.arch() == arch)
            .max_by_key(|(_, m)| version_key(&m.version));
        if let Some((dir, _)) = newest {
            return Ok(dir);
        }
    }
    Err(LibcError::NotFound {
        library: library.to_owned(),
        arch: arch.to_owned(),
        searched: roots,
    })
}

/// `1.2.10` sorts after `1.2.9`.
fn version_key(version: &str) -> Vec<u64> {
    version
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect()
}

fn program_arch(program: &[ModuleReport]) -> Result<&str, LibcError> {
    program
        .iter()
        .map(|m| m.module.triple.as_str())
        .find(|t| !t.is_empty())
        .map(arch_of)
        .ok_or(LibcError::NoTarget)
}

fn bundle_error(path: &Path, message: impl std::fmt::Display) -> LibcError {
    LibcError::Bundle {
        path: path.to_path_buf(),
        message: message.to_string(),
    }
}

pub fn read_manifest(dir: &Path) -> Result<Manifest, LibcError> {
    let path = dir.join(MANIFEST);
    let text = std::fs::read(&path).map_err(|e| bundle_error(&path, e))?;
    serde_json::from_slice(&text).map_err(|e| bundle_error(&path, e))
}

/// The file's bytes, if their sha256 is the one the manifest records.
fn read_checked(path: &Path, expected: &str) -> Result<Vec<u8>, LibcError> {
    let bytes = std::fs::read(path).map_err(|e| bundle_error(path, e))?;
    let found = sha256_hex(&bytes);
    if !found.eq_ignore_ascii_case(expected) {
        return Err(LibcError::Damaged {
            path: path.to_path_buf(),
            expected: expected.to_owned(),
            found,
        });
    }
    Ok(bytes)
}

/// The bundle's records and unrecorded list, when their sha256s are the manifest's.
pub fn check_files(dir: &Path, manifest: &Manifest) -> Result<(Vec<u8>, Vec<u8>), LibcError> {
    let records = read_checked(&dir.join(RECORDS), &manifest.records_sha256)?;
    let unrecorded = read_checked(&dir.join(UNRECORDED), &manifest.unrecorded_sha256)?;
    Ok((records, unrecorded))
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let mut hex = String::with_capacity(64);
    for byte in Sha256::digest(bytes) {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// Loads the bundle in `dir`, checked against its manifest and against `program`'s target.
pub fn load(dir: &Path, program: &[ModuleReport]) -> Result<Library, LibcError> {
    let manifest = read_manifest(dir)?;
    let arch = program_arch(program)?;
    if manifest.arch() != arch {
        return Err(LibcError::WrongTarget {
            path: dir.to_path_buf(),
            bundle: manifest.target.clone(),
            program: arch.to_owned(),
        });
    }
    let (records_bytes, unrecorded_bytes) = check_files(dir, &manifest)?;
    let records_path = dir.join(RECORDS);
    let members = records::parse(&records_bytes, &records_path)?;
    drop(records_bytes);
    let unrecorded_path = dir.join(UNRECORDED);
    let unrecorded: Vec<UnrecordedEntry> =
        serde_json::from_slice(&unrecorded_bytes).map_err(|e| bundle_error(&unrecorded_path, e))?;
    Ok(Library {
        name: format!(
            "{} {} ({})",
            manifest.library, manifest.version, manifest.target
        ),
        origin: records_path,
        members,
        unrecorded,
    })
}

/// The bundle `choice` names, for `program`.
pub fn resolve(choice: &LibcChoice, program: &[ModuleReport]) -> Result<Library, LibcError> {
    let dir = match choice {
        LibcChoice::Bundle(dir) => dir.clone(),
        LibcChoice::Named(library) => find(library, program)?,
    };
    load(&dir, program)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A one-member bundle (`strlen`, 8 bytes) for `target`.
    pub(crate) fn write_bundle(dir: &Path, target: &str) {
        bundle(dir, RECORDS_TEXT, "[]", target);
    }

    #[test]
    fn arches_and_versions() {
        assert_eq!(arch_of("x86_64-unknown-linux-gnu"), "x86_64");
        assert_eq!(arch_of("arm64-apple-macos"), "aarch64");
        assert_eq!(arch_of("aarch64-linux-musl"), "aarch64");
        assert!(version_key("1.2.10") > version_key("1.2.9"));
        assert_eq!(
            "musl".parse::<LibcChoice>().unwrap(),
            LibcChoice::Named("musl".into())
        );
        assert_eq!(
            "target/libc/musl-1.2.5/x86_64-linux-musl"
                .parse::<LibcChoice>()
                .unwrap(),
            LibcChoice::Bundle("target/libc/musl-1.2.5/x86_64-linux-musl".into())
        );
    }

    fn bundle(dir: &Path, records: &str, unrecorded: &str, target: &str) {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(dir.join(RECORDS), records).unwrap();
        std::fs::write(dir.join(UNRECORDED), unrecorded).unwrap();
        let manifest = serde_json::json!({
            "library": "musl", "version": "1.2.5", "target": target,
            "records_sha256": sha256_hex(records.as_bytes()),
            "unrecorded_sha256": sha256_hex(unrecorded.as_bytes()),
        });
        std::fs::write(dir.join(MANIFEST), manifest.to_string()).unwrap();
    }

    const RECORDS_TEXT: &str = concat!(
        r#"{"schema":3,"kind":"module","source":"src/string/strlen.c","module_id":"strlen.c","triple":"x86_64-unknown-linux-musl"}"#,
        "\n",
        r#"{"schema":3,"kind":"function","name":"strlen","linkage":"external","own_depth":8,"dynamic":false,"flags":[],"address_taken":false,"calls":[],"interrupt":false}"#,
        "\n",
        r#"{"schema":3,"kind":"symbols","address_taken":[],"aliases":[],"ifuncs":[]}"#,
        "\n",
        r#"{"schema":3,"kind":"end","functions":1}"#,
        "\n"
    );

    fn program(triple: &str) -> Vec<ModuleReport> {
        let mut m = ModuleReport::default();
        m.module.triple = triple.into();
        vec![m]
    }

    /// A changed byte, a bundle of another CPU and a missing bundle are errors that say what to
    /// do; an intact one loads.
    #[test]
    fn bundles_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("musl-1.2.5/x86_64-linux-musl");
        bundle(&good, RECORDS_TEXT, "[]", "x86_64-linux-musl");
        let x86 = program("x86_64-unknown-linux-gnu");
        let library = load(&good, &x86).unwrap();
        assert_eq!(library.members.len(), 1);
        assert_eq!(library.name, "musl 1.2.5 (x86_64-linux-musl)");

        let arm = program("aarch64-unknown-linux-gnu");
        let err = load(&good, &arm).unwrap_err();
        assert!(matches!(err, LibcError::WrongTarget { .. }), "{err}");

        let records = good.join(RECORDS);
        std::fs::write(
            &records,
            RECORDS_TEXT.replace("\"own_depth\":8", "\"own_depth\":0"),
        )
        .unwrap();
        let err = load(&good, &x86).unwrap_err();
        assert!(
            matches!(err, LibcError::Damaged { .. }) && err.to_string().contains("records.jsonl"),
            "{err}"
        );
    }
}
