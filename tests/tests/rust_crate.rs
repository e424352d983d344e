//! A real crate from the registry, compiled by the installed rustc (LLVM 22) to one IR module,
//! goes through the custom llc and the report. `rustc-demangle` is already in this workspace's
//! dependency graph, so cargo has its source.

use std::path::PathBuf;
use std::process::Command;

use stackbound::report::ReasonEntry;
use stackbound::{analyze, Options};
use stackbound_tests::{custom_llc, run, workspace_root};

fn crate_ir(package: &str) -> PathBuf {
    // Its own target dir: the outer `cargo test` holds the workspace's build lock.
    let target = workspace_root().join("target/rust-crate-ir");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    run(Command::new(cargo)
        .current_dir(workspace_root())
        .env("CARGO_TARGET_DIR", &target)
        .args(["rustc", "--quiet", "--lib", "--release", "-p", package, "--"])
        .args(["--emit=llvm-ir", "-C", "codegen-units=1"]));
    let prefix = package.replace('-', "_") + "-";
    let deps = target.join("release/deps");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&deps)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with(&prefix) && name.ends_with(".ll")
        })
        .collect();
    found.sort_by_key(|p| std::fs::metadata(p).unwrap().modified().unwrap());
    found.pop().unwrap_or_else(|| panic!("no {prefix}*.ll in {}", deps.display()))
}

#[test]
fn rustc_ir_of_a_registry_crate() {
    let ir = crate_ir("rustc-demangle");
    let options = Options {
        llc: Some(custom_llc().to_path_buf()),
        ..Options::default()
    };
    let report = analyze(&[ir.clone()], &options).unwrap_or_else(|e| panic!("{}: {e}", ir.display()));

    let defined = stackbound_tests::ir_defined_functions(&std::fs::read_to_string(&ir).unwrap());
    assert_eq!(report.functions.len(), defined.len(), "one record per defined function");
    assert!(report.functions.len() > 20, "a real crate: {} functions", report.functions.len());

    // rustc's names demangle to the crate's paths.
    assert!(report
        .functions
        .iter()
        .any(|f| f.demangled.as_deref().is_some_and(|d| d.starts_with("rustc_demangle::"))));

    // The v0 printer is a recursive-descent printer (print_path <-> print_type in its source):
    // that cycle must be found and excluded, not summed.
    let cycle = report
        .cycles
        .iter()
        .find(|c| c.label.contains("print_path") || c.label.contains("print_type"));
    assert!(cycle.is_some(), "cycles: {:?}", report.cycles);

    // Nothing the pass could not decode: every frame in compiled Rust is static here.
    let dynamic: Vec<&str> = report
        .functions
        .iter()
        .filter(|f| f.dynamic)
        .map(|f| f.name.as_str())
        .collect();
    assert!(dynamic.is_empty(), "dynamic frames: {dynamic:?}");
    assert!(report.functions.iter().all(|f| f.total >= f.own_depth && f.own_depth >= 8));
    assert!(report
        .functions
        .iter()
        .flat_map(|f| &f.reasons)
        .any(|r| matches!(r, ReasonEntry::Unknown { .. })));
}
