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
        .args([
            "rustc",
            "--quiet",
            "--lib",
            "--release",
            "-p",
            package,
            "--",
        ])
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
    found
        .pop()
        .unwrap_or_else(|| panic!("no {prefix}*.ll in {}", deps.display()))
}

#[test]
fn rustc_ir_of_a_registry_crate() {
    let ir = crate_ir("rustc-demangle");
    let mut options = Options::default();
    options.llc.llc = Some(custom_llc().to_path_buf());
    let report = analyze(std::slice::from_ref(&ir), &options)
        .map(|a| stackbound::report(&a))
        .unwrap_or_else(|e| panic!("{}: {e}", ir.display()));

    let defined = stackbound_tests::ir_defined_functions(&std::fs::read_to_string(&ir).unwrap());
    assert_eq!(
        report.functions.len(),
        defined.len(),
        "one record per defined function"
    );
    assert!(
        report.functions.len() > 20,
        "a real crate: {} functions",
        report.functions.len()
    );

    // rustc's names demangle to the crate's paths.
    assert!(report.functions.iter().any(|f| f
        .demangled
        .as_deref()
        .is_some_and(|d| d.starts_with("rustc_demangle::"))));

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
    assert!(report
        .functions
        .iter()
        .all(|f| f.total >= f.own_depth && f.own_depth >= 8));
    assert!(report
        .functions
        .iter()
        .flat_map(|f| &f.reasons)
        .any(|r| matches!(r, ReasonEntry::Unknown { .. })));
}

/// The directory of a registry crate this workspace already depends on (so cargo has its
/// source, at the version Cargo.lock pins). Not `--offline`: metadata reads the manifests of
/// every target's packages (bumpalo, for wasm-bindgen), which a Linux build never downloads.
fn registry_crate(name: &str) -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = run(Command::new(cargo).current_dir(workspace_root()).args([
        "metadata",
        "--format-version",
        "1",
        "--locked",
    ]));
    let metadata: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let package = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| {
            p["name"] == name
                && p["source"]
                    .as_str()
                    .is_some_and(|s| s.starts_with("registry"))
        })
        .unwrap_or_else(|| panic!("{name} is not a registry dependency of the workspace"));
    PathBuf::from(package["manifest_path"].as_str().unwrap())
        .parent()
        .unwrap()
        .to_path_buf()
}

/// `--crate DIR` (the library's `analyze_crate`): itoa and memchr from the registry, built by
/// the stable toolchain to one module each, analysed with the module's triple, -O3 and rustc's
/// relocation model (pic). Expected numbers from the stock llc-22 assembly of the same IR
/// (`llc -O3 -relocation-model=pic target/stackbound-crate/build/release/deps/<crate>-*.ll`).
#[test]
fn crate_command_on_registry_crates() {
    use stackbound::report::ResolvedBy;
    use stackbound::rust_crate::CrateOptions;
    use stackbound::Status;

    let mut options = Options::default();
    options.llc.llc = Some(custom_llc().to_path_buf());
    // Assumed sizes match demangled names too (no hash).
    options
        .analysis
        .assumptions
        .sizes
        .insert("core::panicking::panic_bounds_check".into(), 1000);
    let (built, analysis) =
        stackbound::analyze_crate(&registry_crate("itoa"), &CrateOptions::default(), &options)
            .unwrap_or_else(|e| panic!("{e}"));
    let report = stackbound::report(&analysis);
    assert_eq!(built.package, "itoa");
    assert_eq!(built.triple, "x86_64-unknown-linux-gnu");
    assert_eq!(built.relocation_model, "pic");
    assert!(built
        .ir
        .starts_with(workspace_root().join("target/stackbound-crate")));
    let get = |r: &stackbound::Report, demangled: &str| {
        let f = r
            .functions
            .iter()
            .find(|f| f.demangled.as_deref() == Some(demangled))
            .unwrap_or_else(|| panic!("no {demangled}"));
        (f.total, f.status)
    };
    // <u16 as Unsigned>::fmt: retq only -> 8.
    // <u32 as Unsigned>::fmt: the panic path pushq %rax ; callq *panic_bounds_check@GOTPCREL
    //   at 16 -> 16 + 1000.
    // <u128 as Unsigned>::fmt: six pushes and pushq %rax -> 8 + 56 = 64; panic at 64 -> 1064.
    assert_eq!(
        get(&report, "<u16 as itoa::Unsigned>::fmt"),
        (8, Status::Complete)
    );
    assert_eq!(
        get(&report, "<u32 as itoa::Unsigned>::fmt"),
        (1016, Status::Complete)
    );
    assert_eq!(
        get(&report, "<u128 as itoa::Unsigned>::fmt"),
        (1064, Status::Complete)
    );

    // memchr dispatches on CPU features through a function pointer; resolved by signature.
    // find_raw_avx2: leaf -> 8. One::find_raw: pushq %rax, callq find_raw_avx2 at 16 -> 24.
    // memchr_raw::find_avx2: pushq %rbp ; andq $-32, %rsp (up to 16 bytes of realignment) ;
    //   subq $128, %rsp -> 8 + 8 + 16 + 128 = 160; callq One::find_raw at 160 -> 184.
    // memchr_raw::detect: three pushes -> 32; callq detect_and_initialize (unknown) at 32;
    //   jmpq *%rax (tail, depth 0) -> the deepest candidate, a find_avx2: 184, ≥ (the unknown).
    //   The detect functions are candidates of themselves, but only through that tail call at
    //   depth 0: a constant-stack cycle, bounded like any function (docs/report.md).
    let dir = registry_crate("memchr");
    let mut resolved = options.clone();
    resolved.analysis.resolve_indirect = true;
    let (_, r) = stackbound::analyze_crate(&dir, &CrateOptions::default(), &resolved).unwrap();
    let r = stackbound::report(&r);
    let avx2 = "memchr::arch::x86_64::memchr::memchr_raw::find_avx2";
    let detect = "memchr::arch::x86_64::memchr::memchr_raw::detect";
    assert_eq!(get(&r, avx2), (184, Status::Complete));
    assert_eq!(get(&r, detect), (184, Status::LowerBound));
    let f = r
        .functions
        .iter()
        .find(|f| f.demangled.as_deref() == Some(detect))
        .unwrap();
    let call = f.calls.iter().find(|c| c.candidates.is_some()).unwrap();
    assert_eq!(call.resolved_by, Some(ResolvedBy::Signature));
    let names: Vec<&str> = call
        .candidates
        .iter()
        .flatten()
        .map(|&c| r.functions[c].demangled.as_deref().unwrap())
        .collect();
    for want in [
        avx2,
        "memchr::arch::x86_64::memchr::memchr_raw::find_sse2",
        detect,
    ] {
        assert!(names.contains(&want), "{want} not among {names:?}");
    }
    let worst = r.functions[call.worst_candidate.unwrap()]
        .demangled
        .clone()
        .unwrap();
    assert!(worst.ends_with("_raw::find_avx2"), "{worst}");
    // Not resolved, the pointer call is excluded: detect is its own 32 bytes.
    let (_, plain) = stackbound::analyze_crate(&dir, &CrateOptions::default(), &options).unwrap();
    let plain = stackbound::report(&plain);
    assert_eq!(get(&plain, detect), (32, Status::LowerBound));
}

/// `cargo stackbound` (the library's `cargo::build`) on a binary package: fat LTO puts std in
/// the module, so `main` is bounded through `println!` into std's own frames. From the source:
/// `big` keeps a 4096-byte array live across a call, so its frame holds at least 4096 bytes,
/// and `main` calls it, so main's bound is at least that too.
#[test]
fn cargo_stackbound_on_a_binary() {
    use stackbound::cargo::{CargoBuild, CargoTarget};
    let dir = temp_package(
        "sbhello",
        "src/main.rs",
        r#"
#[inline(never)]
fn big(n: usize) -> u8 {
    let mut a = [0u8; 4096];
    a[n % 4096] = 1;
    std::hint::black_box(&mut a);
    println!("{}", a[n % 4096]);
    a[0]
}

fn main() {
    let n = std::env::args().count();
    std::process::exit(big(n) as i32);
}
"#,
    );
    let request = CargoBuild {
        manifest_path: Some(dir.path().join("Cargo.toml")),
        release: true,
        ..CargoBuild::default()
    };
    assert_eq!(request.target, CargoTarget::Default, "the only binary");
    let built = stackbound::cargo::build(&request).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(built.package, "sbhello");
    let mut options = Options::default();
    options.llc.llc = Some(custom_llc().to_path_buf());
    let options = stackbound::crate_codegen(&built, &options);
    assert_eq!(options.llc.codegen.opt_level.as_deref(), Some("3"));
    let analysis = analyze(std::slice::from_ref(&built.ir), &options).unwrap();
    let r = stackbound::report(&analysis);
    let by_demangled = |name: &str| {
        r.functions
            .iter()
            .find(|f| f.demangled.as_deref() == Some(name))
            .unwrap_or_else(|| panic!("no {name}"))
    };
    let big = by_demangled("sbhello::big");
    assert!(big.own_depth >= 4096, "{}", big.own_depth);
    let main = by_demangled("sbhello::main");
    assert!(
        main.total >= big.own_depth,
        "{} < {}",
        main.total,
        big.own_depth
    );
    // std is in the module, with records: println's machinery is code, not an unknown, and
    // big's worst path goes on into it.
    let std_functions = r
        .functions
        .iter()
        .filter(|f| {
            f.demangled
                .as_deref()
                .is_some_and(|d| d.starts_with("std::"))
        })
        .count();
    assert!(std_functions > 10, "{std_functions} std functions");
    let std_external =
        |name: &str| stackbound::demangle::demangle(name).is_some_and(|d| d.starts_with("std::"));
    assert!(
        !r.externals.iter().any(|e| std_external(&e.name)),
        "{:?}",
        r.externals
    );
    let path: Vec<&str> = big
        .worst_path
        .iter()
        .map(|&id| {
            r.functions[id]
                .demangled
                .as_deref()
                .unwrap_or(&r.functions[id].name)
        })
        .collect();
    assert!(
        path.len() > 1
            && path[1..]
                .iter()
                .any(|n| n.starts_with("std::") || n.starts_with("core::") || n.starts_with("<")),
        "{path:?}"
    );
    // What is still unknown is named, each by a reason of its own.
    for f in &r.functions {
        for reason in &f.reasons {
            if let ReasonEntry::Unknown { callee, .. } = reason {
                assert!(!callee.is_empty());
                assert!(r.externals.iter().any(|e| &e.name == callee), "{callee}");
            }
        }
    }
}

/// `--crate-lto` on a no_std crate: the staticlib gets a panic handler and an allocator from
/// the generated wrapper, each a call to a function that exists nowhere, so the bound says
/// `unknown` where a real handler would run. From the source: `lookup` keeps a 64 x u32 table
/// (256 bytes) live across an opaque use, and its index check can panic.
#[test]
fn no_std_crate_with_lto() {
    use stackbound::rust_crate::CrateOptions;
    let dir = temp_package(
        "bare",
        "src/lib.rs",
        r#"#![no_std]
#[no_mangle]
pub extern "C" fn lookup(i: usize) -> u32 {
    let mut table = [0u32; 64];
    for (k, t) in table.iter_mut().enumerate() {
        *t = k as u32 * 3;
    }
    core::hint::black_box(&mut table);
    table[i]
}
"#,
    );
    let mut options = Options::default();
    options.llc.llc = Some(custom_llc().to_path_buf());
    let crate_options = CrateOptions {
        lto: true,
        target_dir: Some(dir.path().join("target")),
        ..CrateOptions::default()
    };
    let (_, analysis) = stackbound::analyze_crate(dir.path(), &crate_options, &options)
        .unwrap_or_else(|e| panic!("{e}"));
    let r = stackbound::report(&analysis);
    let lookup = r.functions.iter().find(|f| f.name == "lookup").unwrap();
    assert!(lookup.own_depth >= 256, "{}", lookup.own_depth);
    assert_eq!(lookup.status, stackbound::Status::LowerBound);
    let unknown: Vec<&str> = r.externals.iter().map(|e| e.name.as_str()).collect();
    assert!(
        unknown.contains(&"__stackbound_panic_handler"),
        "{unknown:?}"
    );

    // A crate that exports nothing keeps no code under LTO: said so, not an empty report.
    std::fs::write(dir.path().join("src/lib.rs"), "#![no_std]\npub fn f() {}\n").unwrap();
    let err = stackbound::analyze_crate(dir.path(), &crate_options, &options).unwrap_err();
    assert!(
        err.to_string().contains("fat LTO kept no code of bare"),
        "{err}"
    );
}

/// A package of its own workspace in a temporary directory, with one source file.
fn temp_package(name: &str, file: &str, source: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("src")).unwrap();
    std::fs::write(
        dir.path().join("Cargo.toml"),
        format!("[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n"),
    )
    .unwrap();
    std::fs::write(dir.path().join(file), source).unwrap();
    dir
}
