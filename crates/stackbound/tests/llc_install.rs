//! `stackbound llc install` from a local archive (GitHub is not reachable from the tests): the
//! archive is packed the way `cargo xtask dist-llc` packs one (stackbound_llvm::dist::pack), with a
//! stand-in llc that answers `--version`, and installed into a fresh HOME's user cache, where
//! discovery then finds it.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use stackbound::llc::{manage, LLVM_PIN, PASS_HASH};
use stackbound_llvm::{dist, Manifest};

/// A stand-in llc: `--version` names the pinned LLVM, anything else fails.
fn fake_llc(dir: &Path) -> PathBuf {
    let path = dir.join("llc");
    std::fs::write(
        &path,
        format!(
            "#!/bin/sh\n[ \"$1\" = --version ] || exit 1\necho 'LLVM (http://llvm.org/):'\necho '  LLVM version {LLVM_PIN}'\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

fn pack(dir: &Path, manifest: &Manifest) -> dist::Packed {
    dist::pack(&fake_llc(dir), manifest, b"license", &dir.join("dist"), 0).unwrap()
}

fn stackbound(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stackbound"))
        .args(args)
        .env("HOME", home)
        .env_remove("XDG_CACHE_HOME")
        .env_remove("STACKBOUND_LLC")
        .current_dir(home)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn install_from_a_local_archive_lands_in_the_user_cache() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let pin = manage::pin().unwrap();
    let wanted = Manifest::current(&pin, PASS_HASH, "full");
    let packed = pack(dir.path(), &wanted);
    // The cache entry discovery looks at: <cache>/stackbound/llc/<pin>-<12 digits>/bin/llc.
    let cached = home.join(format!(
        ".cache/stackbound/llc/{LLVM_PIN}-{}/bin/llc",
        &PASS_HASH[..12]
    ));

    // A wrong sha256 installs nothing.
    let out = stackbound(
        &home,
        &[
            "llc",
            "install",
            "--from",
            packed.path.to_str().unwrap(),
            "--sha256",
            &"0".repeat(64),
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("sha256"),
        "{}",
        text(&out.stderr)
    );
    assert!(!cached.exists());

    // The .sha256 that dist-llc wrote beside it is read; a file:// URL is a file.
    let url = format!("file://{}", packed.path.display());
    let out = stackbound(&home, &["llc", "install", "--from", &url]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), cached.display().to_string());
    assert!(cached.is_file());
    let manifest: Manifest = serde_json::from_str(
        &std::fs::read_to_string(cached.parent().unwrap().join("../manifest.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(manifest, wanted);

    // Discovery finds it without --llc or STACKBOUND_LLC, and says so.
    let out = stackbound(&home, &["llc", "status"]);
    let status = text(&out.stdout);
    assert!(status.contains("found by: the user cache"), "{status}");
    assert!(
        status.contains(&format!("llc: {}", cached.display())),
        "{status}"
    );
    assert!(status.contains("pass hash matches"), "{status}");
}

#[test]
fn install_refuses_an_archive_for_other_pass_sources() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let pin = manage::pin().unwrap();
    let other = Manifest::current(&pin, &"f".repeat(64), "full");
    let packed = pack(dir.path(), &other);
    let out = stackbound(
        &home,
        &["llc", "install", "--from", packed.path.to_str().unwrap()],
    );
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("other pass sources") && err.contains("stackbound llc build"),
        "{err}"
    );
    assert!(!home
        .join(".cache/stackbound/llc")
        .join(format!("{LLVM_PIN}-{}", &PASS_HASH[..12]))
        .join("bin/llc")
        .exists());
}

#[test]
fn the_embedded_sources_are_the_pass_hash_sources() {
    // What `stackbound llc build` writes out hashes to PASS_HASH (write_sources checks it).
    let names: Vec<&str> = manage::SOURCES.iter().map(|(n, _)| *n).collect();
    assert!(names.contains(&"llvm-pin.toml"), "{names:?}");
    assert!(
        names.iter().any(|n| n.starts_with("llvm-patches/")),
        "{names:?}"
    );
    let dir = tempfile::tempdir().unwrap();
    let layout = stackbound_llvm::Layout::user_cache(dir.path(), LLVM_PIN, PASS_HASH);
    let root = manage::write_sources(&layout).unwrap();
    assert_eq!(stackbound_llvm::stamp::pass_hash(&root).unwrap(), PASS_HASH);
}

#[test]
fn build_names_each_missing_tool_and_its_debian_package() {
    // An empty PATH: every tool is missing, and nothing is fetched or built before the check.
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let empty = dir.path().join("empty-path");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(&empty).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_stackbound"))
        .args(["llc", "build", "--mode", "full"])
        .env("HOME", &home)
        .env("PATH", &empty)
        .env_remove("XDG_CACHE_HOME")
        .current_dir(&home)
        .output()
        .unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    let major = LLVM_PIN.split('.').next().unwrap();
    for needed in [
        "cmake".to_string(),
        "ninja".to_string(),
        format!("clang++-{major}"),
        format!("ld.lld-{major}"),
        "stackbound llc build --mode full".to_string(),
        format!("apt-get install -y patch ninja-build clang-{major} lld-{major} cmake"),
    ] {
        assert!(err.contains(&needed), "missing {needed:?} in: {err}");
    }
    assert!(
        !home.join(".cache/stackbound/build/downloads").exists(),
        "nothing was fetched"
    );
}
