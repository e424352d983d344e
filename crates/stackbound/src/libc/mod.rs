//! C library record bundles (docs/libc.md): what `--libc musl` links into the program.
//!
//! A bundle is a directory `<library>-<version>/<target>/` holding `members.json` (the start
//! files and the archive's members in archive order, each with the names its symbol table
//! defines and uses, how many modules of records it has and its functions without one),
//! `records.jsonl` (those modules, in the same order) and `manifest.json` (what it was built
//! from, and the sha256 of the other two files, checked on every load so that a damaged bundle
//! is an error, not a smaller program). Bundles are looked for in `$STACKBOUND_LIBC_DIR`, the user's cache
//! (`<cache>/stackbound/libc`) and the workspace's `target/libc`, where
//! `cargo xtask libc-records` writes them.

pub mod dist;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use stackbound_core::library::{Library, Member};
use stackbound_core::records::{self, ModuleReport, RecordError};
use stackbound_core::schema::UnrecordedEntry;

/// The bundle's files.
pub const MANIFEST: &str = "manifest.json";
pub const RECORDS: &str = "records.jsonl";
pub const MEMBERS: &str = "members.json";

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
    /// sha256 of `records.jsonl` and of `members.json`.
    pub records_sha256: String,
    pub members_sha256: String,
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

/// The bundles under `root` (`<library>-<version>/<target>/`, or its `records/`), sorted by
/// directory.
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
            // An installed bundle, or the one `cargo xtask libc-records` writes in a sysroot.
            for dir in [target.path(), target.path().join("records")] {
                if let Ok(manifest) = read_manifest(&dir) {
                    found.push((dir, manifest));
                }
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

/// The bundle's records and member list, when their sha256s are the manifest's.
pub fn check_files(dir: &Path, manifest: &Manifest) -> Result<(Vec<u8>, Vec<u8>), LibcError> {
    let records = read_checked(&dir.join(RECORDS), &manifest.records_sha256)?;
    let members = read_checked(&dir.join(MEMBERS), &manifest.members_sha256)?;
    Ok((records, members))
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let mut hex = String::with_capacity(64);
    for byte in Sha256::digest(bytes) {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// One member in `members.json`: [`Member`] less its modules, which are the next `modules`
/// modules of `records.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct MemberEntry {
    name: String,
    defines: Vec<String>,
    undefined: Vec<String>,
    modules: usize,
    unrecorded: Vec<UnrecordedEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct MembersFile {
    /// The archive's file name: `libc.a`.
    archive: String,
    start_files: Vec<MemberEntry>,
    members: Vec<MemberEntry>,
}

/// What `write_bundle` wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BundleCounts {
    pub members: usize,
    pub modules: usize,
    pub functions: usize,
    pub unrecorded: usize,
}

/// The identity of a bundle: which library, which version, for which target, from what.
#[derive(Debug, Clone)]
pub struct BundleIdentity {
    pub library: String,
    pub version: String,
    pub target: String,
    /// The archive's file name, for the origins of unrecorded functions: `libc.a`.
    pub archive: String,
    /// What it was built from (source hash, llc identity): written into the manifest.
    pub provenance: serde_json::Map<String, serde_json::Value>,
}

/// Writes the bundle of `start_files` and `members` (in link order) into `dir`, replacing it
/// whole: the files are written beside it and renamed into place, so that a failed write
/// leaves no bundle that reads as complete. The bytes depend only on the members, not on where
/// they were read from.
pub fn write_bundle(
    dir: &Path,
    identity: &BundleIdentity,
    start_files: Vec<Member>,
    members: Vec<Member>,
) -> Result<BundleCounts, LibcError> {
    let mut records = Vec::new();
    let mut counts = BundleCounts {
        members: members.len(),
        modules: 0,
        functions: 0,
        unrecorded: 0,
    };
    let mut entries = |list: Vec<Member>, archive: Option<&str>| -> Result<_, LibcError> {
        let mut out = Vec::with_capacity(list.len());
        for mut member in list {
            records::write_jsonl(&member.modules, &mut records)
                .map_err(|e| bundle_error(&dir.join(RECORDS), e))?;
            counts.modules += member.modules.len();
            counts.functions += member
                .modules
                .iter()
                .map(|m| m.functions.len())
                .sum::<usize>();
            counts.unrecorded += member.unrecorded.len();
            let origin = match archive {
                Some(archive) => PathBuf::from(format!("{archive}({})", member.name)),
                None => PathBuf::from(&member.name),
            };
            for u in &mut member.unrecorded {
                u.origin = origin.clone();
            }
            member
                .unrecorded
                .sort_by(|a, b| (&a.name, a.size).cmp(&(&b.name, b.size)));
            out.push(MemberEntry {
                name: member.name,
                defines: member.defines,
                undefined: member.undefined,
                modules: member.modules.len(),
                unrecorded: member.unrecorded,
            });
        }
        Ok(out)
    };
    let start_files = entries(start_files, None)?;
    let members = entries(members, Some(&identity.archive))?;
    let mut members_json = serde_json::to_vec_pretty(&MembersFile {
        archive: identity.archive.clone(),
        start_files,
        members,
    })
    .map_err(|e| bundle_error(&dir.join(MEMBERS), e))?;
    members_json.push(b'\n');
    let mut manifest = serde_json::json!({
        "library": identity.library,
        "version": identity.version,
        "target": identity.target,
        "records_sha256": sha256_hex(&records),
        "members_sha256": sha256_hex(&members_json),
        "members": counts.members,
        "modules": counts.modules,
        "functions": counts.functions,
        "unrecorded": counts.unrecorded,
    });
    if let Some(map) = manifest.as_object_mut() {
        for (key, value) in &identity.provenance {
            map.entry(key.clone()).or_insert_with(|| value.clone());
        }
    }
    let mut manifest_json =
        serde_json::to_vec_pretty(&manifest).map_err(|e| bundle_error(&dir.join(MANIFEST), e))?;
    manifest_json.push(b'\n');

    let name = dir.file_name().unwrap_or_default().to_string_lossy();
    let staging = dir.with_file_name(format!(".{name}.writing"));
    let _ = std::fs::remove_dir_all(&staging);
    std::fs::create_dir_all(&staging).map_err(|e| bundle_error(&staging, e))?;
    for (file, bytes) in [
        (RECORDS, &records),
        (MEMBERS, &members_json),
        (MANIFEST, &manifest_json),
    ] {
        let path = staging.join(file);
        std::fs::write(&path, bytes).map_err(|e| bundle_error(&path, e))?;
    }
    let _ = std::fs::remove_dir_all(dir);
    std::fs::rename(&staging, dir).map_err(|e| bundle_error(dir, e))?;
    Ok(counts)
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
    let (records_bytes, members_bytes) = check_files(dir, &manifest)?;
    let records_path = dir.join(RECORDS);
    let members_path = dir.join(MEMBERS);
    let modules = records::parse(&records_bytes, &records_path)?;
    drop(records_bytes);
    let file: MembersFile =
        serde_json::from_slice(&members_bytes).map_err(|e| bundle_error(&members_path, e))?;
    let wanted: usize = file
        .start_files
        .iter()
        .chain(&file.members)
        .map(|m| m.modules)
        .sum();
    if wanted != modules.len() {
        return Err(bundle_error(
            &members_path,
            format!(
                "it gives its members {wanted} modules, and {} holds {}: rebuild the bundle",
                records_path.display(),
                modules.len()
            ),
        ));
    }
    let mut modules = modules.into_iter();
    let archive = file.archive;
    let mut take = |entries: Vec<MemberEntry>, in_archive: bool| -> Vec<Member> {
        entries
            .into_iter()
            .map(|e| Member {
                modules: modules
                    .by_ref()
                    .take(e.modules)
                    .map(|mut m| {
                        m.origin = match in_archive {
                            true => dir.join(format!("{archive}({})", e.name)),
                            false => dir.join(&e.name),
                        };
                        m
                    })
                    .collect(),
                name: e.name,
                defines: e.defines,
                undefined: e.undefined,
                unrecorded: e.unrecorded,
            })
            .collect()
    };
    let start_files = take(file.start_files, false);
    let members = take(file.members, true);
    Ok(Library {
        name: format!(
            "{} {} ({})",
            manifest.library, manifest.version, manifest.target
        ),
        origin: dir.to_path_buf(),
        start_files,
        members,
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
        bundle(dir, target);
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

    fn bundle(dir: &Path, target: &str) {
        std::fs::create_dir_all(dir.parent().unwrap()).unwrap();
        let modules = records::parse(RECORDS_TEXT.as_bytes(), Path::new("strlen.jsonl")).unwrap();
        let member = Member {
            name: "strlen.o".into(),
            defines: vec!["strlen".into()],
            undefined: vec![],
            modules,
            unrecorded: vec![],
        };
        let identity = BundleIdentity {
            library: "musl".into(),
            version: "1.2.5".into(),
            target: target.into(),
            archive: "libc.a".into(),
            provenance: Default::default(),
        };
        super::write_bundle(dir, &identity, vec![], vec![member]).unwrap();
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
        bundle(&good, "x86_64-linux-musl");
        let x86 = program("x86_64-unknown-linux-gnu");
        let library = load(&good, &x86).unwrap();
        assert_eq!(library.members.len(), 1);
        assert_eq!(library.name, "musl 1.2.5 (x86_64-linux-musl)");

        let arm = program("aarch64-unknown-linux-gnu");
        let err = load(&good, &arm).unwrap_err();
        assert!(matches!(err, LibcError::WrongTarget { .. }), "{err}");

        let records = good.join(RECORDS);
        let text = std::fs::read_to_string(&records).unwrap();
        assert!(text.contains("\"own_depth\":8"), "{text}");
        std::fs::write(&records, text.replace("\"own_depth\":8", "\"own_depth\":0")).unwrap();
        let err = load(&good, &x86).unwrap_err();
        assert!(
            matches!(err, LibcError::Damaged { .. }) && err.to_string().contains("records.jsonl"),
            "{err}"
        );
    }
}
