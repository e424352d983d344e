//! stackbound outside its repository: its crates as `cargo package` makes them, installed
//! with `cargo install` into a directory of their own and run from a directory that is no
//! workspace. The installed binary must know its LLVM pin (from the `llvm-pin.toml` the package
//! carries) and analyse a module with an llc it is given.

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
            "stackbound",
            "--allow-dirty",
            "--no-verify",
        ])
        .env("CARGO_TARGET_DIR", &target));
    let unpacked = dir.join("unpacked");
    std::fs::create_dir_all(&unpacked).unwrap();
    for name in ["stackbound-core", "stackbound-pass-hash", "stackbound"] {
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

    // Installed from the unpacked package, the core taken from its unpacked package too (it is
    // not on a registry); built and run away from the workspace.
    let root = dir.join("root");
    let elsewhere = dir.join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let core = unpacked.join("stackbound-core-0.1.0");
    run(cargo()
        .current_dir(&elsewhere)
        .args(["install", "--quiet", "--debug", "--path"])
        .arg(&packaged)
        .arg("--root")
        .arg(&root)
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
        .env("CARGO_TARGET_DIR", dir.join("install-target")));
    let installed = root.join("bin/stackbound");

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

    // The three-module program (tests/whole_program, derived from the stock llc's
    // assembly in whole_program.rs): `run` reaches `deep` through a pointer set in another
    // module, 8 + 4104 + 8 = 4120.
    let modules = ["hook_a", "hook_b", "hook_c"]
        .map(|m| workspace_root().join(format!("tests/whole_program/{m}-x86_64.ll")));
    let out = run(Command::new(&installed)
        .arg("--llc")
        .arg(custom_llc())
        .args(["-O2", "--resolve-indirect"])
        .args(&modules)
        .current_dir(&elsewhere));
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
    let out = run(cargo()
        .args(["stackbound", "--release", "--format", "json", "--llc"])
        .arg(custom_llc())
        .current_dir(&package)
        .env("PATH", path)
        .env("CARGO_TARGET_DIR", dir.join("app-target")));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let functions = report["functions"].as_array().unwrap();
    let main = functions
        .iter()
        .find(|f| f["demangled"] == "app::main")
        .unwrap_or_else(|| panic!("no app::main"));
    assert!(main["own_depth"].as_u64().unwrap() >= 2048, "{main}");
    assert!(
        functions
            .iter()
            .filter(|f| f["demangled"]
                .as_str()
                .is_some_and(|d| d.starts_with("std::")))
            .count()
            > 10,
        "std is in the module"
    );
}
