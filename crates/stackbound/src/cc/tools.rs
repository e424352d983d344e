//! Which clang the wrapper runs: `$STACKBOUND_CLANG` (C) or `$STACKBOUND_CLANGXX` (C++), else
//! `clang-<pin major>` / `clang++-<pin major>` in PATH, else `/usr/lib/llvm-<major>/bin`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::{CcError, Lang};
use crate::llc::LLVM_PIN;

pub const CLANG_ENV: &str = "STACKBOUND_CLANG";
pub const CLANGXX_ENV: &str = "STACKBOUND_CLANGXX";

fn major() -> &'static str {
    LLVM_PIN.split('.').next().unwrap_or(LLVM_PIN)
}

pub fn clang(lang: Lang) -> Result<PathBuf, CcError> {
    let (env, stem) = match lang {
        Lang::C => (CLANG_ENV, "clang"),
        Lang::Cxx => (CLANGXX_ENV, "clang++"),
    };
    let mut tried = Vec::new();
    if let Some(value) = std::env::var_os(env).filter(|v| !v.is_empty()) {
        let path = PathBuf::from(&value);
        // A bare name is looked up in PATH, as a shell would.
        let found = if path.components().count() == 1 {
            in_path(&value)
        } else {
            is_executable(&path).then_some(path.clone())
        };
        return found.ok_or_else(|| CcError::NoClang {
            tried: format!("${env}={}", path.display()),
        });
    }
    let name = format!("{stem}-{}", major());
    if let Some(p) = in_path(name.as_ref()) {
        return Ok(p);
    }
    tried.push(format!("{name} in PATH"));
    let fallback = PathBuf::from(format!("/usr/lib/llvm-{}/bin/{stem}", major()));
    if is_executable(&fallback) {
        return Ok(fallback);
    }
    tried.push(fallback.display().to_string());
    Err(CcError::NoClang {
        tried: format!("${env} (unset), {}", tried.join(", ")),
    })
}

fn in_path(name: &std::ffi::OsStr) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_else(|| OsString::from("/usr/bin:/bin"));
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| is_executable(p))
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file()
}
