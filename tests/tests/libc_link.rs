//! `--libc`: a static library linked in from its records pulls in exactly the members a static
//! link pulls (tests/libc_link/README.md). The library's members are compiled by the custom
//! llc into one records bundle, in archive order: print, write, alloc, unused, copy.
//!
//! Expected numbers, from the stock llc-22's assembly (`llc -O2 FILE -o -`), x86-64, where a
//! function's depth counts its return address (8):
//! - `lib_write`: `subq $72` → 8 + 72 = 80;
//! - `lib_print`: `subq $264`, then calls `lib_write` at 8 + 264 = 272 → 272 + 80 = 352;
//! - `my_alloc` (main.ll): `subq $40` → 48; alloc.ll's `subq $4104` copy is never linked;
//! - `main`: `pushq %rbx; subq $16` → 8 + 8 + 16 = 32; calls at 32: `lib_print` 32 + 352 = 384,
//!   `my_alloc` 32 + 48 = 80 → 384;
//! - copy_main.ll's `main`: `pushq %rax` → 16, calls `lib_copy` at 16; `lib_copy`: `pushq %rax`
//!   → 16, calls `asm_copy` (machine code without a record) at 16: both only lower bounds.

use std::path::{Path, PathBuf};
use std::process::Command;

use stackbound::libc::{sha256_hex, LibcChoice};
use stackbound::report::Report;
use stackbound::{analyze, Options, Status};
use stackbound_tests::{custom_llc, run, stackbound_bin, workspace_root};

const MEMBERS: [&str; 5] = ["print", "write", "alloc", "unused", "copy"];

fn input(name: &str) -> PathBuf {
    workspace_root().join(format!("tests/libc_link/{name}.ll"))
}

/// The bundle of the library's members, written into `dir`.
fn make_bundle(dir: &Path) -> PathBuf {
    let bundle = dir.join("mini-1.0/x86_64-linux-gnu");
    std::fs::create_dir_all(&bundle).unwrap();
    let mut records = Vec::new();
    for member in MEMBERS {
        let report = dir.join(format!("{member}.jsonl"));
        run(Command::new(custom_llc())
            .arg("-O2")
            .arg("-filetype=null")
            .arg(format!("-stack-report={}", report.display()))
            .arg(input(member))
            .arg("-o")
            .arg("/dev/null"));
        records.extend(std::fs::read(&report).unwrap());
    }
    let unrecorded =
        r#"[{"name":"asm_copy","size":40,"address":null,"origin":"libmini.a(asm_copy.o)"}]"#;
    std::fs::write(bundle.join("records.jsonl"), &records).unwrap();
    std::fs::write(bundle.join("unrecorded.json"), unrecorded).unwrap();
    let manifest = serde_json::json!({
        "library": "mini", "version": "1.0", "target": "x86_64-linux-gnu",
        "records_sha256": sha256_hex(&records),
        "unrecorded_sha256": sha256_hex(unrecorded.as_bytes()),
    });
    std::fs::write(bundle.join("manifest.json"), manifest.to_string()).unwrap();
    bundle
}

fn analyse(program: &str, bundle: &Path) -> Report {
    let mut options = Options::default();
    options.llc.llc = Some(custom_llc().to_path_buf());
    options.llc.codegen.opt_level = Some("2".into());
    options.libc = Some(LibcChoice::Bundle(bundle.to_path_buf()));
    let analysis = analyze(&[input(program)], &options).unwrap_or_else(|e| panic!("{e}"));
    stackbound::report(&analysis)
}

#[track_caller]
fn expect(report: &Report, name: &str, total: u64, status: Status) {
    let ids = report.find(name);
    assert_eq!(ids.len(), 1, "{name}: one function expected, found {ids:?}");
    let f = &report.functions[ids[0]];
    assert_eq!(
        (f.total, f.status),
        (total, status),
        "{name}: {:?}",
        f.reasons
    );
}

#[test]
fn only_the_members_a_static_link_pulls_are_linked() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = make_bundle(dir.path());
    let report = analyse("main", &bundle);
    expect(&report, "lib_write", 80, Status::Complete);
    expect(&report, "lib_print", 352, Status::Complete);
    // The program's own my_alloc; the library's (4112) would make main no deeper, but must
    // not be there at all.
    expect(&report, "my_alloc", 48, Status::Complete);
    expect(&report, "main", 384, Status::Complete);
    assert!(report.find("lib_unused").is_empty() && report.find("lib_copy").is_empty());
    let library = &report.libraries[..];
    assert_eq!(library.len(), 1);
    assert_eq!(
        (
            library[0].members,
            library[0].pulled,
            library[0].name.as_str()
        ),
        (5, 2, "mini 1.0 (x86_64-linux-gnu)")
    );
    assert!(report.unrecorded.is_empty(), "{:?}", report.unrecorded);

    // Machine code the library holds without a record is named where it is called.
    let report = analyse("copy_main", &bundle);
    expect(&report, "lib_copy", 16, Status::LowerBound);
    expect(&report, "main", 32, Status::LowerBound);
    let asm = report
        .externals
        .iter()
        .find(|e| e.name == "asm_copy")
        .expect("asm_copy is an external");
    assert_eq!(asm.machine_code, Some(40), "{asm:?}");
    assert_eq!(report.unrecorded.len(), 1);
}

/// The command line finds the bundle by name in `$STACKBOUND_LIBC_DIR`, and a bundle whose
/// records changed after its manifest was written is an error, not a smaller program.
#[test]
fn the_cli_finds_bundles_and_refuses_damaged_ones() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = make_bundle(dir.path());
    let stackbound = |libc: &str| {
        Command::new(stackbound_bin("stackbound"))
            .env("STACKBOUND_LLC", custom_llc())
            .env("STACKBOUND_LIBC_DIR", dir.path())
            .args(["-O2", "--format", "json", "--libc", libc])
            .arg(input("main"))
            .output()
            .unwrap()
    };
    let out = stackbound("mini");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Report = serde_json::from_slice(&out.stdout).unwrap();
    expect(&report, "main", 384, Status::Complete);

    let out = stackbound("nonesuch");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && stderr.contains("no nonesuch records for x86_64"),
        "{stderr}"
    );

    let records = bundle.join("records.jsonl");
    let text = std::fs::read_to_string(&records).unwrap();
    std::fs::write(
        &records,
        text.replacen("\"own_depth\":", "\"own_depth\":1", 1),
    )
    .unwrap();
    let out = stackbound("mini");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && stderr.contains("damaged") && stderr.contains("records.jsonl"),
        "{stderr}"
    );
}
