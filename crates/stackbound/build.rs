//! Reads the pinned LLVM version from the workspace's `llvm-pin.toml` so the llc probe can
//! never disagree with the pin.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let pin = manifest.join("../../llvm-pin.toml");
    println!("cargo:rerun-if-changed={}", pin.display());
    let version = std::fs::read_to_string(&pin)
        .ok()
        .and_then(|text| top_level_version(&text))
        .unwrap_or_else(|| {
            // Outside the workspace (a packaged crate) there is no pin file: say so loudly.
            println!(
                "cargo:warning=no llvm-pin.toml at {}; pin unknown",
                pin.display()
            );
            "unknown".to_string()
        });
    println!("cargo:rustc-env=STACKBOUND_LLVM_PIN={version}");
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
