//! `cargo stackbound`: a package's binary (or example) built with fat LTO to one IR module, so
//! that `main` and every other root get whole-program bounds with std, core and all
//! dependencies in the module (docs/report.md, "Rust crates").
//!
//! It builds the package where it is, the way `cargo rustc` would, with
//! `CARGO_PROFILE_<PROFILE>_LTO=fat` and one codegen unit, into `<target-dir>/stackbound` (so
//! the user's own artifacts are not replaced), and `--emit=llvm-ir=PATH,link`: rustc writes the
//! post-LTO module to a path that names the build, and the binary is linked as usual.
//! A library target goes through [`crate::rust_crate::build`] instead.

use std::path::{Path, PathBuf};

use cargo_metadata::{Metadata, Package, TargetKind};

use crate::rust_crate::{self, cargo, fnv, output, CrateError, CrateIr, CrateOptions};

/// Which target of the package.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum CargoTarget {
    /// The package's only binary (an error if it has none or several).
    #[default]
    Default,
    Bin(String),
    Example(String),
    /// The library, as `stackbound --crate` builds it.
    Lib,
}

/// What to build, in cargo's own terms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CargoBuild {
    pub manifest_path: Option<PathBuf>,
    /// `-p`: a package of the workspace; default the one in the current directory.
    pub package: Option<String>,
    pub target: CargoTarget,
    /// The release profile; default the dev profile, as cargo's.
    pub release: bool,
    pub features: Vec<String>,
    pub all_features: bool,
    pub no_default_features: bool,
    /// `--target`: a Rust target triple.
    pub target_triple: Option<String>,
}

/// Builds what `request` names to one IR module.
pub fn build(request: &CargoBuild) -> Result<CrateIr, CrateError> {
    let metadata = metadata(request)?;
    let package = select_package(&metadata, request)?;
    let manifest = package.manifest_path.as_std_path();
    let dir = manifest.parent().expect("a manifest is in a directory");
    let (kind, name) = match select_target(package, &request.target)? {
        Selected::Lib => {
            return rust_crate::build(
                dir,
                &CrateOptions {
                    features: request.features.clone(),
                    ..CrateOptions::default()
                },
            )
        }
        Selected::Bin(name) => ("--bin", name),
        Selected::Example(name) => ("--example", name),
    };
    let profile = if request.release { "RELEASE" } else { "DEV" };
    let root = metadata.target_directory.as_std_path().join("stackbound");
    let mut command = cargo();
    command
        .args(["rustc", "--quiet", "--message-format=json", kind, &name])
        .args(["-p", &package.name])
        .arg("--manifest-path")
        .arg(manifest)
        .env("CARGO_TARGET_DIR", &root)
        .env(format!("CARGO_PROFILE_{profile}_LTO"), "fat")
        .env(format!("CARGO_PROFILE_{profile}_CODEGEN_UNITS"), "1");
    if request.release {
        command.arg("--release");
    }
    if !request.features.is_empty() {
        command.arg("--features").arg(request.features.join(","));
    }
    if request.all_features {
        command.arg("--all-features");
    }
    if request.no_default_features {
        command.arg("--no-default-features");
    }
    if let Some(triple) = &request.target_triple {
        command.args(["--target", triple]);
    }
    // The module's path names everything that selects the build, so that a fresh (not rebuilt)
    // build never leaves the module of another one there.
    let key = format!("{:?}", command.get_args().collect::<Vec<_>>());
    let ir = root.join(format!(
        "{}-{name}-{:016x}.ll",
        package.name,
        fnv(key.as_bytes())
    ));
    let mut emit = std::ffi::OsString::from("--emit=llvm-ir=");
    emit.push(&ir);
    emit.push(",link");
    command.arg("--").arg(emit);
    output(&mut command)?;
    if !ir.is_file() {
        return Err(CrateError::NoIr {
            package: package.name.clone(),
            pattern: ir.file_name().unwrap_or_default().to_string_lossy().into(),
            dir: root,
        });
    }
    // The dev profile is opt-level 0 (rustc marks every function `optnone`); release is 3.
    // Profiles that set another level: pass -O to match it.
    let opt_level = if request.release { "3" } else { "0" };
    CrateIr::read(package, ir, opt_level)
}

fn metadata(request: &CargoBuild) -> Result<Metadata, CrateError> {
    let mut command = cargo();
    command.args(["metadata", "--no-deps", "--format-version", "1"]);
    if let Some(manifest) = &request.manifest_path {
        command.arg("--manifest-path").arg(manifest);
    }
    let stdout = output(&mut command)?;
    serde_json::from_slice(&stdout).map_err(|e| CrateError::Package {
        dir: request.manifest_path.clone().unwrap_or_else(|| ".".into()),
        message: format!("unreadable `cargo metadata` output: {e}"),
    })
}

fn package_error(metadata: &Metadata, message: String) -> CrateError {
    CrateError::Package {
        dir: metadata.workspace_root.as_std_path().to_path_buf(),
        message,
    }
}

/// `-p NAME`, else the package of `--manifest-path`, else the one whose directory holds the
/// current directory, else a workspace's only package.
fn select_package<'m>(
    metadata: &'m Metadata,
    request: &CargoBuild,
) -> Result<&'m Package, CrateError> {
    let names = || {
        let names: Vec<&str> = metadata.packages.iter().map(|p| p.name.as_str()).collect();
        names.join(", ")
    };
    if let Some(name) = &request.package {
        return metadata
            .packages
            .iter()
            .find(|p| &p.name == name)
            .ok_or_else(|| {
                package_error(
                    metadata,
                    format!("no package `{name}`; the workspace has: {}", names()),
                )
            });
    }
    let here: Option<PathBuf> = match &request.manifest_path {
        Some(manifest) => manifest
            .canonicalize()
            .ok()
            .and_then(|m| m.parent().map(Path::to_path_buf)),
        None => std::env::current_dir().ok(),
    };
    let holds_here = |p: &&Package| {
        let dir = p
            .manifest_path
            .parent()
            .map(|d| d.as_std_path().to_path_buf());
        matches!((&here, dir), (Some(here), Some(dir)) if here.starts_with(&dir))
    };
    // The innermost package directory that holds the current one.
    let inner = metadata
        .packages
        .iter()
        .filter(holds_here)
        .max_by_key(|p| p.manifest_path.as_str().len());
    match (inner, metadata.packages.as_slice()) {
        (Some(p), _) => Ok(p),
        (None, [only]) => Ok(only),
        _ => Err(package_error(
            metadata,
            format!("this is a workspace; name a package with -p: {}", names()),
        )),
    }
}

enum Selected {
    Lib,
    Bin(String),
    Example(String),
}

fn select_target(package: &Package, target: &CargoTarget) -> Result<Selected, CrateError> {
    let of_kind = |kind: TargetKind| -> Vec<&str> {
        package
            .targets
            .iter()
            .filter(|t| t.kind.contains(&kind))
            .map(|t| t.name.as_str())
            .collect()
    };
    let error = |message: String| CrateError::Package {
        dir: package
            .manifest_path
            .parent()
            .map_or_else(PathBuf::new, |d| d.as_std_path().to_path_buf()),
        message,
    };
    let pick = |kind: TargetKind, flag: &str, name: &str| {
        let names = of_kind(kind);
        if names.contains(&name) {
            Ok(name.to_string())
        } else {
            Err(error(format!(
                "package {} has no {flag} `{name}`; it has: {}",
                package.name,
                if names.is_empty() {
                    "none".to_string()
                } else {
                    names.join(", ")
                }
            )))
        }
    };
    match target {
        CargoTarget::Lib => Ok(Selected::Lib),
        CargoTarget::Bin(name) => pick(TargetKind::Bin, "binary", name).map(Selected::Bin),
        CargoTarget::Example(name) => {
            pick(TargetKind::Example, "example", name).map(Selected::Example)
        }
        CargoTarget::Default => match of_kind(TargetKind::Bin).as_slice() {
            [only] => Ok(Selected::Bin(only.to_string())),
            [] => Err(error(format!(
                "package {} has no binary; analyse its library with --lib",
                package.name
            ))),
            several => Err(error(format!(
                "package {} has several binaries; name one with --bin: {}",
                package.name,
                several.join(", ")
            ))),
        },
    }
}
