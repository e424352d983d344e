//! Reads the pinned LLVM version from `llvm-pin.toml` (the workspace's, which the package
//! carries) so the llc probe can never disagree with the pin, and computes the pass hash of the
//! pass sources and patches the package carries (`pass/`, `llvm-patches/`), by the rule in
//! `stackbound-pass-hash` that the xtask's stamps and manifests use too.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    // In the workspace, `llvm-pin.toml` beside the manifest is a link to the workspace's; in a
    // packaged crate it is the copy `cargo package` made of it. The workspace's own file is the
    // fallback for a checkout without links.
    let candidates = [
        manifest.join("llvm-pin.toml"),
        manifest.join("../../llvm-pin.toml"),
    ];
    for pin in &candidates {
        println!("cargo:rerun-if-changed={}", pin.display());
    }
    let version = candidates
        .iter()
        .find_map(|pin| std::fs::read_to_string(pin).ok())
        .and_then(|text| top_level_version(&text))
        .unwrap_or_else(|| {
            println!(
                "cargo:warning=no llvm-pin.toml at {}; pin unknown",
                candidates[0].display()
            );
            "unknown".to_string()
        });
    println!("cargo:rustc-env=STACKBOUND_LLVM_PIN={version}");
    println!(
        "cargo:rustc-env=STACKBOUND_PASS_HASH={}",
        pass_hash(&manifest)
    );
}

/// The pass hash of `pass/` and `llvm-patches/` beside the manifest (links in the workspace,
/// copies in a package), else the workspace's own.
fn pass_hash(manifest: &std::path::Path) -> String {
    for base in [manifest.to_path_buf(), manifest.join("../..")] {
        let (pass, patches) = (base.join("pass"), base.join("llvm-patches"));
        if !pass.is_dir() || !patches.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", pass.display());
        println!("cargo:rerun-if-changed={}", patches.display());
        match stackbound_pass_hash::inputs(&pass, &patches) {
            Ok(files) => {
                for file in files {
                    println!("cargo:rerun-if-changed={}", file.display());
                }
            }
            Err(err) => panic!("cannot list the pass sources: {err}"),
        }
        return stackbound_pass_hash::pass_hash(&pass, &patches)
            .unwrap_or_else(|err| panic!("cannot hash the pass sources: {err}"));
    }
    println!(
        "cargo:warning=no pass/ and llvm-patches/ in {}; pass hash unknown",
        manifest.display()
    );
    "unknown".to_string()
}

/// `version = "x.y.z"` before the first table header.
fn top_level_version(text: &str) -> Option<String> {
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            break;
        }
        if let Some(rest) = line.strip_prefix("version") {
            let value = rest.trim_start().strip_prefix('=')?.trim();
            let value = value.split('#').next()?.trim().trim_matches('"');
            return Some(value.to_string());
        }
    }
    None
}
