//! Repository-wide checks that run with the tests, in the style of rust-analyzer's tidy.

use std::{
    fs,
    path::{Path, PathBuf},
};

use crate::{pin, project_root};

/// Every file under the root, except build output, git's data and hidden tool state.
fn files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy();
            let hidden = name.starts_with('.') && !matches!(&*name, ".ci" | ".github" | ".cargo");
            if hidden || name == "target" {
                continue;
            }
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&project_root(), &mut out);
    out
}

fn rel(path: &Path) -> &Path {
    path.strip_prefix(project_root()).unwrap()
}

/// Test inputs and expected outputs are data, not code: they may hold anything.
fn is_test_data(path: &Path) -> bool {
    let rel = rel(path);
    rel.starts_with("tests/corpus") || rel.starts_with("tests/golden")
}

fn rust_files() -> impl Iterator<Item = PathBuf> {
    files()
        .into_iter()
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs") && !is_test_data(path))
}

#[test]
fn no_leftover_markers() {
    // Spelled in pieces so that this file does not trip its own check.
    let banned = [
        ["TO", "DO"].concat(),
        ["FIX", "ME"].concat(),
        ["dbg", "!("].concat(),
    ];
    let mut offenders = Vec::new();
    for path in rust_files() {
        let text = fs::read_to_string(&path).unwrap();
        for (number, line) in text.lines().enumerate() {
            if banned.iter().any(|word| line.contains(word.as_str())) {
                offenders.push(format!(
                    "{}:{}: {}",
                    rel(&path).display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "finish or remove these:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn no_trailing_whitespace() {
    let mut offenders = Vec::new();
    for path in rust_files() {
        let text = fs::read_to_string(&path).unwrap();
        for (number, line) in text.lines().enumerate() {
            if line.ends_with(' ') || line.ends_with('\t') {
                offenders.push(format!("{}:{}", rel(&path).display(), number + 1));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "trailing whitespace at:\n{}",
        offenders.join("\n")
    );
}

/// The LLVM version is pinned once, in llvm-pin.toml; code and configuration read it from there.
/// Documentation and comments may mention it, and tests may use it as sample data.
#[test]
fn the_pin_version_lives_only_in_the_pin() {
    let version = pin::Pin::load(&project_root()).unwrap().version;
    let code = [
        "rs", "toml", "sh", "yml", "yaml", "cpp", "h", "py", "patch", "cmake",
    ];
    let mut offenders = Vec::new();
    for path in files() {
        let ext = path
            .extension()
            .and_then(|ext| ext.to_str())
            .unwrap_or_default();
        let is_script = path.extension().is_none()
            && fs::read(&path).is_ok_and(|bytes| bytes.starts_with(b"#!"));
        let name = path.file_name().unwrap();
        let is_test =
            is_test_data(&path) || rel(&path).components().any(|c| c.as_os_str() == "tests");
        if !(code.contains(&ext) || is_script)
            || name == pin::FILE
            || name == "Cargo.lock"
            || is_test
        {
            continue;
        }
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        // Rust test modules sit at the end of a file, after `#[cfg(test)]`.
        let code_lines = text
            .lines()
            .take_while(|line| line.trim() != "#[cfg(test)]");
        for (number, line) in code_lines.enumerate() {
            let trimmed = line.trim_start();
            let comment = ["//", "#", "/*", "*"]
                .iter()
                .any(|start| trimmed.starts_with(start));
            if !comment && line.contains(&version) {
                offenders.push(format!(
                    "{}:{}: {}",
                    rel(&path).display(),
                    number + 1,
                    trimmed
                ));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "these name LLVM {version}; read it from {} instead:\n{}",
        pin::FILE,
        offenders.join("\n")
    );
}

#[test]
fn patches_are_numbered_in_sequence() {
    let patches = stackbound_llvm::patch::series(&project_root().join("llvm-patches")).unwrap();
    assert!(!patches.is_empty());
    for (index, patch) in patches.iter().enumerate() {
        let name = patch.file_name().unwrap().to_string_lossy();
        let want = format!("{:04}-", index + 1);
        assert!(
            name.starts_with(&want),
            "{name} should start with {want}: patches are numbered 0001, 0002, ..."
        );
        assert!(
            name.len() > want.len() + ".patch".len(),
            "{name} needs a name after its number"
        );
    }
}
