//! Finding the external tools a build needs, all at once and before any work starts.

use std::{
    env,
    path::{Path, PathBuf},
};

use crate::error::{bail, Result};

/// A program and the Debian package that ships it.
#[derive(Debug, Clone)]
pub struct Tool {
    pub program: String,
    pub package: String,
}

impl Tool {
    pub fn new(program: impl Into<String>, package: impl Into<String>) -> Tool {
        Tool {
            program: program.into(),
            package: package.into(),
        }
    }
}

/// Fails with one message naming every missing tool and the apt-get line that installs them all.
/// A `program` with a `/` is checked as a path; any other is searched in `PATH`.
pub fn require(tools: &[Tool], why: &str) -> Result<()> {
    let path = env::var_os("PATH").unwrap_or_default();
    let missing: Vec<&Tool> = tools
        .iter()
        .filter(|tool| find(&tool.program, &path).is_none())
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let names: Vec<&str> = missing.iter().map(|tool| tool.program.as_str()).collect();
    let mut packages: Vec<&str> = Vec::new();
    for tool in &missing {
        if !packages.contains(&tool.package.as_str()) {
            packages.push(&tool.package);
        }
    }
    bail!(
        "{why} needs {}, which {} not installed (or not in PATH). Install {} with:\n\n    \
         apt-get install -y {}\n\nthen run the command again.",
        names.join(", "),
        if names.len() == 1 { "is" } else { "are" },
        if names.len() == 1 { "it" } else { "them" },
        packages.join(" "),
    )
}

pub fn find(program: &str, path: &std::ffi::OsStr) -> Option<PathBuf> {
    if program.contains('/') {
        return is_executable(Path::new(program)).then(|| PathBuf::from(program));
    }
    env::split_paths(path)
        .map(|dir| dir.join(program))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
}
