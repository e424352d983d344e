//! `--libc`: a static library linked in from its records pulls in exactly the members a static
//! link pulls (tests/libc_link/README.md). The members are compiled by the custom llc (records
//! in the object) and by the assembler into `libmini.a`, in archive order: print, write,
//! alloc, unused, copy, fputs, stream, asm_copy; its bundle is written as musl's is.
//!
//! Expected numbers, from the stock llc-22's assembly (`llc -O2 FILE -o -`) and from
//! asm_copy.s, x86-64, where a function's depth counts its return address (8):
//! - `lib_write`: `subq $72` → 8 + 72 = 80;
//! - `lib_print`: `subq $264`, then calls `lib_write` at 8 + 264 = 272 → 272 + 80 = 352;
//! - `my_alloc` (main.ll): `subq $40` → 48; alloc.ll's `subq $4104` copy is never linked;
//! - `main`: `pushq %rbx; subq $16` → 8 + 8 + 16 = 32; calls at 32: `lib_print` 32 + 352 = 384,
//!   `my_alloc` 32 + 48 = 80 → 384;
//! - `asm_copy`: `subq $24` → 32; `lib_copy`: `pushq %rbx` → 16, calls `asm_copy` at 16 → 48,
//!   and `asm_jump` (`jmpq *%rdi`: no depth) → only ≥ 48; copy_main.ll's `main`: `pushq %rax`
//!   → 16, calls `lib_copy` at 16 → ≥ 64;
//! - `stream_write`: `subq $1000` → 1008; `small_write`: `retq` → 8; `lib_fputs`: `pushq %rax`
//!   → 16, `callq *(%rsi)` at 16 reaches either (both `void (ptr)`, address taken) → 1024;
//!   stream_main.ll's `main`: `pushq %rax` → 16, calls `lib_fputs` at 16 → 1040.

use std::path::{Path, PathBuf};
use std::process::Command;

use stackbound::libc::{write_bundle, BundleIdentity, LibcChoice};
use stackbound::objects;
use stackbound::report::Report;
use stackbound::{analyze, Options, Status};
use stackbound_tests::{custom_llc, run, stackbound_bin, workspace_root};

/// The archive's members, in archive order: IR compiled by the custom llc with its records in
/// the object, and one of assembly.
const MEMBERS: [&str; 8] = [
    "print.ll",
    "write.ll",
    "alloc.ll",
    "unused.ll",
    "copy.ll",
    "fputs.ll",
    "stream.ll",
    "asm_copy.s",
];

fn input(name: &str) -> PathBuf {
    workspace_root().join(format!("tests/libc_link/{name}.ll"))
}

/// `libmini.a` of the members, and its bundle, written into `dir` the way
/// `cargo xtask libc-records` writes musl's: from the archive's members as the linker sees
/// them.
fn make_bundle(dir: &Path) -> PathBuf {
    let mut objects_in_order = Vec::new();
    for member in MEMBERS {
        let source = workspace_root().join("tests/libc_link").join(member);
        let (stem, ext) = member.rsplit_once('.').unwrap();
        let object = dir.join(format!("{stem}.o"));
        if ext == "s" {
            run(Command::new("clang-22")
                .args(["--target=x86_64-unknown-linux-gnu", "-c"])
                .arg(&source)
                .arg("-o")
                .arg(&object));
        } else {
            run(Command::new(custom_llc())
                .args(["-O2", "-filetype=obj", "-stack-report-section"])
                .arg(&source)
                .arg("-o")
                .arg(&object));
        }
        objects_in_order.push(object);
    }
    let archive = dir.join("libmini.a");
    run(Command::new("ar")
        .arg("rcD")
        .arg(&archive)
        .args(&objects_in_order));
    let members = objects::read_library(&archive).unwrap_or_else(|e| panic!("{e}"));
    let bundle = dir.join("mini-1.0/x86_64-linux-gnu");
    let identity = BundleIdentity {
        library: "mini".into(),
        version: "1.0".into(),
        target: "x86_64-linux-gnu".into(),
        archive: "libmini.a".into(),
        provenance: Default::default(),
    };
    std::fs::create_dir_all(bundle.parent().unwrap()).unwrap();
    write_bundle(&bundle, &identity, vec![], members).unwrap_or_else(|e| panic!("{e}"));
    bundle
}

fn analyse(program: &str, bundle: &Path) -> Report {
    let mut options = Options::default();
    options.llc.llc = Some(custom_llc().to_path_buf());
    options.llc.codegen.opt_level = Some("2".into());
    options.libc = Some(LibcChoice::Bundle(bundle.to_path_buf()));
    options.analysis.resolve_indirect = true;
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
        (8, 2, "mini 1.0 (x86_64-linux-gnu)")
    );
    assert!(report.unrecorded.is_empty(), "{:?}", report.unrecorded);

    // Assembly in the library: asm_copy's depth from its machine code, asm_jump without one,
    // named where it is called.
    let report = analyse("copy_main", &bundle);
    expect(&report, "asm_copy", 32, Status::Complete);
    expect(&report, "lib_copy", 48, Status::LowerBound);
    expect(&report, "main", 64, Status::LowerBound);
    let names: Vec<&str> = report.unrecorded.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["asm_jump"]);
}

/// The program uses the library's data `my_stdout`, and only that pulls in stream.ll's member
/// with `stream_write`, a candidate of lib_fputs's `f->write`. Without it the candidates are
/// fputs.ll's `small_write` alone, and every bound on the way is low (musl's `stdout` and
/// `__stdout_write`, found by validate).
#[test]
fn data_uses_pull_members_in() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = make_bundle(dir.path());
    let report = analyse("stream_main", &bundle);
    expect(&report, "stream_write", 1008, Status::Complete);
    expect(&report, "lib_fputs", 1024, Status::Complete);
    expect(&report, "main", 1040, Status::Complete);
    assert_eq!(report.libraries[0].pulled, 2);
}

/// A module whose records predate the link lists cannot take a library: an error naming it.
#[test]
fn records_without_link_lists_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = make_bundle(dir.path());
    let records = dir.path().join("old.jsonl");
    run(Command::new(custom_llc())
        .args(["-O2", "-filetype=null"])
        .arg(format!("-stack-report={}", records.display()))
        .arg(input("main"))
        .arg("-o")
        .arg("/dev/null"));
    let text = std::fs::read_to_string(&records).unwrap();
    let old: String = text
        .lines()
        .map(|line| match line.contains("\"kind\":\"symbols\"") {
            true => r#"{"schema":3,"kind":"symbols","address_taken":[],"aliases":[],"ifuncs":[]}"#,
            false => line,
        })
        .flat_map(|l| [l, "\n"])
        .collect();
    std::fs::write(&records, old).unwrap();
    let options = Options {
        libc: Some(LibcChoice::Bundle(bundle)),
        ..Options::default()
    };
    let err = stackbound::analyze_with_records(&[], &[records], &options)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("old.jsonl") && err.contains("predate"),
        "{err}"
    );
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
