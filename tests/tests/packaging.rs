//! stackbound outside its repository, as the issue's done-when says: its crates as `cargo
//! package` makes them, installed with `cargo install` into a fresh `CARGO_HOME` and run with a
//! fresh `HOME` from a directory that is no workspace. The installed binary knows its LLVM pin
//! and pass hash (from the files the package carries), builds its own llc with `stackbound llc
//! build --mode overlay` into the fresh user cache, and then finds it there by itself: a C
//! program's report, `cargo stackbound` on a generated binary package and on a registry crate's
//! binary (wait-timeout's `reader`) run without `--llc` or `$STACKBOUND_LLC`.
//!
//! Two things are not fresh, on purpose: the fresh `CARGO_HOME`'s `registry/` is a link to the
//! caller's (the crates are the ones the workspace uses; no network needed when they are
//! cached), and the build is given the LLVM source tarball that the workspace's `cargo xtask
//! build-llc` checked (`--src`, verified against the pin again), so it does not fetch 197 MB anew.

use std::path::Path;
use std::process::Command;

use stackbound_tests::{custom_llc, pin, run, workspace_root};

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn unpack(crate_file: &Path, into: &Path) {
    run(Command::new("tar")
        .arg("-xzf")
        .arg(crate_file)
        .arg("-C")
        .arg(into));
}

#[test]
fn the_packaged_crates_install_and_run_outside_the_repository() {
    // Outside the workspace (target/ is inside it, and cargo would take the package for a
    // member of ours).
    let scratch = tempfile::Builder::new()
        .prefix("stackbound-packaging-")
        .tempdir()
        .unwrap();
    let dir = scratch.path();
    let target = dir.join("target");
    run(cargo()
        .current_dir(workspace_root())
        .args([
            "package",
            "--quiet",
            "-p",
            "stackbound-core",
            "-p",
            "stackbound-pass-hash",
            "-p",
            "stackbound-llvm",
            "-p",
            "stackbound",
            "--allow-dirty",
            "--no-verify",
        ])
        .env("CARGO_TARGET_DIR", &target));
    let unpacked = dir.join("unpacked");
    std::fs::create_dir_all(&unpacked).unwrap();
    for name in [
        "stackbound-core",
        "stackbound-pass-hash",
        "stackbound-llvm",
        "stackbound",
    ] {
        unpack(
            &target.join(format!("package/{name}-0.1.0.crate")),
            &unpacked,
        );
    }
    let packaged = unpacked.join("stackbound-0.1.0");
    assert!(
        packaged.join("llvm-pin.toml").is_file(),
        "the package carries the pin"
    );
    for dir in ["pass", "llvm-patches"] {
        assert!(
            packaged.join(dir).is_dir() && !packaged.join(dir).is_symlink(),
            "the package carries a copy of {dir}/"
        );
    }

    // A fresh HOME and CARGO_HOME: no cache, no installed tools, no cargo config. The toolchain
    // stays rustup's (RUSTUP_HOME), which a new HOME would otherwise hide.
    let home = dir.join("home");
    let cargo_home = dir.join("cargo-home");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(&cargo_home).unwrap();
    let caller_home = std::env::var_os("HOME").map(std::path::PathBuf::from);
    let caller_cargo_home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| caller_home.as_ref().map(|h| h.join(".cargo")));
    if let Some(registry) = caller_cargo_home
        .map(|c| c.join("registry"))
        .filter(|r| r.is_dir())
    {
        std::os::unix::fs::symlink(registry, cargo_home.join("registry")).unwrap();
    }
    let rustup_home = std::env::var_os("RUSTUP_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| caller_home.map(|h| h.join(".rustup")))
        .filter(|r| r.is_dir());
    let fresh = |command: &mut Command| {
        command
            .env("HOME", &home)
            .env("CARGO_HOME", &cargo_home)
            .env_remove("XDG_CACHE_HOME")
            .env_remove("STACKBOUND_LLC");
        if let Some(rustup) = &rustup_home {
            command.env("RUSTUP_HOME", rustup);
        }
    };

    // Installed from the unpacked package, the other crates taken from their unpacked packages
    // too (they are not on a registry); built and run away from the workspace.
    let elsewhere = dir.join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let core = unpacked.join("stackbound-core-0.1.0");
    let mut install = cargo();
    install
        .current_dir(&elsewhere)
        .args(["install", "--quiet", "--debug", "--path"])
        .arg(&packaged)
        .arg("--config")
        .arg(format!(
            "patch.crates-io.stackbound-core.path={:?}",
            core.display().to_string()
        ))
        .arg("--config")
        .arg(format!(
            "patch.crates-io.stackbound-pass-hash.path={:?}",
            unpacked
                .join("stackbound-pass-hash-0.1.0")
                .display()
                .to_string()
        ))
        .arg("--config")
        .arg(format!(
            "patch.crates-io.stackbound-llvm.path={:?}",
            unpacked.join("stackbound-llvm-0.1.0").display().to_string()
        ))
        .env("CARGO_TARGET_DIR", dir.join("install-target"));
    fresh(&mut install);
    run(&mut install);
    let root = cargo_home.clone();
    let installed = root.join("bin/stackbound");
    assert!(
        installed.is_file(),
        "cargo install puts it in $CARGO_HOME/bin"
    );

    let version = run(Command::new(&installed)
        .arg("--version")
        .current_dir(&elsewhere));
    let version = String::from_utf8_lossy(&version.stdout);
    assert!(
        version.contains(&format!("LLVM pin {}", pin().version)),
        "{version}"
    );

    // It carries the pass hash of the workspace's pass sources (the same rule, on the copies the
    // package holds), and says which llc it would use.
    let status = Command::new(&installed)
        .args(["llc", "status", "--llc"])
        .arg(custom_llc())
        .current_dir(&elsewhere)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&status.stdout);
    assert!(
        text.lines()
            .next()
            .is_some_and(|l| l.ends_with(&format!("pass hash {}", stackbound::llc::PASS_HASH))),
        "{text}"
    );
    assert!(text.contains("found by: --llc"), "{text}");
    assert_eq!(status.status.code(), Some(0), "{text}");

    // `stackbound llc build`: the overlay build from the sources the binary carries, into the
    // fresh user cache. The tarball is the one the workspace's build-llc verified.
    let pin_file = stackbound_llvm::Pin::load(workspace_root()).unwrap();
    let tarball = stackbound_llvm::Layout::workspace(workspace_root())
        .downloads()
        .join(&pin_file.source.debian.file);
    assert!(
        tarball.is_file(),
        "{} is missing: run `cargo xtask build-llc --mode overlay` first (it downloads and \
         checks it)",
        tarball.display()
    );
    let cached = home.join(format!(
        ".cache/stackbound/llc/{}-{}/bin/llc",
        pin().version,
        &stackbound::llc::PASS_HASH[..12]
    ));
    let mut build = Command::new(&installed);
    build
        .args(["llc", "build", "--mode", "overlay", "--src"])
        .arg(&tarball)
        .current_dir(&elsewhere);
    fresh(&mut build);
    let out = run(&mut build);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        cached.display().to_string()
    );
    assert!(cached.is_file());
    assert!(
        home.join(".cache/stackbound/build/build-overlay").is_dir(),
        "the work dirs are in the user cache"
    );

    // Found by discovery alone.
    let mut status = Command::new(&installed);
    status.args(["llc", "status"]).current_dir(&elsewhere);
    fresh(&mut status);
    let out = run(&mut status);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("found by: the user cache"), "{text}");
    assert!(
        text.contains(&format!("llc: {}", cached.display())),
        "{text}"
    );
    assert!(text.contains("pass hash matches"), "{text}");
    assert!(text.lines().any(|l| l == "usable: yes"), "{text}");

    // The issue's three-module program (tests/whole_program, derived from the stock llc's
    // assembly in whole_program.rs): `run` reaches `deep` through a pointer set in another
    // module, 8 + 4104 + 8 = 4120.
    let modules = ["hook_a", "hook_b", "hook_c"]
        .map(|m| workspace_root().join(format!("tests/whole_program/{m}-x86_64.ll")));
    let mut report = Command::new(&installed);
    report
        .args(["-O2", "--resolve-indirect"])
        .args(&modules)
        .current_dir(&elsewhere);
    fresh(&mut report);
    let out = run(&mut report);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines().any(|l| l.starts_with("run: 4120  (")),
        "{text}"
    );

    // `cargo stackbound`, installed beside it, as cargo runs it (`cargo stackbound` finds
    // `cargo-stackbound` on PATH), on a binary package outside any workspace: fat LTO puts std
    // in the module. From the source: `main` keeps a 2048-byte buffer live across a call.
    let package = dir.join("app");
    std::fs::create_dir_all(package.join("src")).unwrap();
    std::fs::write(
        package.join("Cargo.toml"),
        "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n",
    )
    .unwrap();
    std::fs::write(
        package.join("src/main.rs"),
        "fn main() {\n    let mut b = [0u8; 2048];\n    std::hint::black_box(&mut b);\n    println!(\"{}\", b[7]);\n}\n",
    )
    .unwrap();
    let path = std::env::join_paths(std::iter::once(root.join("bin")).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let mut cargo_stackbound = cargo();
    cargo_stackbound
        .args(["stackbound", "--release", "--format", "json"])
        .current_dir(&package)
        .env("CARGO_TARGET_DIR", dir.join("app-target"));
    fresh(&mut cargo_stackbound);
    let out = run(cargo_stackbound.env("PATH", &path));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let main = main_with_std(&report, "app::main");
    assert!(main["own_depth"].as_u64().unwrap() >= 2048, "{main}");

    // A registry crate's binary: wait-timeout (a dependency of proptest's, so in the registry
    // after the workspace's tests are built), its `reader`, whose main keeps a 32-byte buffer
    // (`let mut buffer: [u8; 32]`) live across the call into std's stdin().read.
    let metadata = run(cargo().current_dir(workspace_root()).args([
        "metadata",
        "--format-version",
        "1",
        "--locked",
    ]));
    let metadata: serde_json::Value = serde_json::from_slice(&metadata.stdout).unwrap();
    let manifest = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "wait-timeout")
        .and_then(|p| p["manifest_path"].as_str())
        .map(std::path::PathBuf::from)
        .expect("wait-timeout is in the workspace's lock file");
    let registry_crate = dir.join("wait-timeout");
    run(Command::new("cp")
        .arg("-r")
        .arg(manifest.parent().unwrap())
        .arg(&registry_crate));
    let mut cargo_stackbound = cargo();
    cargo_stackbound
        .args([
            "stackbound",
            "--bin",
            "reader",
            "--release",
            "--format",
            "json",
        ])
        .current_dir(&registry_crate)
        // Its lib says #![deny(warnings)], and today's rustc warns on it; cargo caps a
        // dependency's lints the same way.
        .env("RUSTFLAGS", "--cap-lints warn")
        .env("CARGO_TARGET_DIR", dir.join("reader-target"));
    fresh(&mut cargo_stackbound);
    let out = run(cargo_stackbound.env("PATH", &path));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let main = main_with_std(&report, "reader::main");
    assert!(main["own_depth"].as_u64().unwrap() >= 32, "{main}");
}

/// The report's `main` (by demangled name), after checking that std is in the module (more than
/// ten `std::` functions): `cargo stackbound` analyses the whole program.
fn main_with_std<'r>(report: &'r serde_json::Value, main: &str) -> &'r serde_json::Value {
    let functions = report["functions"].as_array().unwrap();
    let std_functions = functions
        .iter()
        .filter(|f| {
            f["demangled"]
                .as_str()
                .is_some_and(|d| d.starts_with("std::"))
        })
        .count();
    assert!(
        std_functions > 10,
        "std is in the module: {std_functions} std:: functions"
    );
    functions
        .iter()
        .find(|f| f["demangled"] == main)
        .unwrap_or_else(|| panic!("no {main}"))
}
