//! Reads the pinned LLVM version from `llvm-pin.toml` (the workspace's, which the package
//! carries) so the llc probe can never disagree with the pin, and computes the pass hash of the
//! pass sources and patches the package carries (`pass/`, `llvm-patches/`), by the rule in
//! `stackbound-pass-hash` that the xtask's stamps and manifests use too. The same files (the pin,
//! `pass/`, `llvm-patches/`) are embedded in the binary, so `stackbound llc build` can build its
//! llc after the package's sources are gone.

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
    embed_sources(&manifest, &candidates);
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

/// Writes `$OUT_DIR/sources.rs`: `SOURCES`, every file `stackbound llc build` needs as
/// (path relative to the sources directory, bytes), from the first base that has them all.
fn embed_sources(manifest: &std::path::Path, pins: &[PathBuf]) {
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    if let Some(pin) = pins.iter().find(|p| p.is_file()) {
        files.push(("llvm-pin.toml".into(), pin.clone()));
    }
    for base in [manifest.to_path_buf(), manifest.join("../..")] {
        let dirs = ["pass", "llvm-patches"].map(|d| base.join(d));
        if !dirs.iter().all(|d| d.is_dir()) {
            continue;
        }
        for (name, dir) in ["pass", "llvm-patches"].iter().zip(&dirs) {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
                .unwrap_or_else(|err| panic!("cannot list {}: {err}", dir.display()))
                .map(|e| e.expect("a directory entry").path())
                .filter(|p| p.is_file())
                .collect();
            entries.sort();
            for path in entries {
                let file = path.file_name().unwrap().to_string_lossy().into_owned();
                files.push((format!("{name}/{file}"), path));
            }
        }
        break;
    }
    let mut code = String::from("pub const SOURCES: &[(&str, &[u8])] = &[\n");
    for (name, path) in &files {
        let path = path.canonicalize().unwrap_or_else(|_| path.clone());
        code.push_str(&format!(
            "    ({name:?}, include_bytes!({:?})),\n",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets it"));
    std::fs::write(out.join("sources.rs"), code).expect("OUT_DIR is writable");
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
