//! The xtask binary as a user meets it.

use std::{fs, path::Path, process::Command};

/// Runs xtask with `args`, a PATH of our choosing and a private target dir; prints its output.
fn xtask(args: &[&str], path: &Path, target: &Path) -> std::process::Output {
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .env("PATH", path)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .unwrap();
    println!("status: {}", output.status);
    println!("stdout:\n{}", String::from_utf8_lossy(&output.stdout));
    println!("stderr:\n{}", String::from_utf8_lossy(&output.stderr));
    output
}

#[test]
fn missing_cmake_is_reported_up_front() {
    let dir = tempfile::tempdir().unwrap();
    // A PATH with the other tools of a full build (where this machine has them), but no cmake.
    let bin = dir.path().join("bin");
    fs::create_dir_all(&bin).unwrap();
    for dir in std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()) {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let name = entry.file_name();
            let keep = ["patch", "ninja", "apt-get"].iter().any(|n| name == *n)
                || ["clang-", "clang++-", "ld.lld-"]
                    .iter()
                    .any(|p| name.to_string_lossy().starts_with(p));
            if keep && !bin.join(&name).exists() {
                std::os::unix::fs::symlink(entry.path(), bin.join(&name)).unwrap();
            }
        }
    }
    let src = dir.path().join("src");
    fs::create_dir_all(src.join("llvm")).unwrap();
    fs::write(src.join("llvm/CMakeLists.txt"), "").unwrap();
    let target = dir.path().join("target");

    let output = xtask(
        &[
            "build-llc",
            "--mode",
            "full",
            "--src",
            src.to_str().unwrap(),
        ],
        &bin,
        &target,
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("needs cmake") || stderr.contains(", cmake"),
        "{stderr}"
    );
    assert!(
        stderr.contains("apt-get install -y") && stderr.contains(" cmake"),
        "{stderr}"
    );
    assert_eq!(
        stderr.matches("error:").count(),
        1,
        "one error, not a cascade: {stderr}"
    );
    assert!(
        !target.join("llvm").exists(),
        "nothing may be fetched or unpacked before the tools are there"
    );
}
