//! Records inside objects (`llc -stack-report-section`), read back from objects, an archive and
//! linked binaries: the linker decides what is in the program.
//!
//! The program is tests/objects/{lib,main}.c plus `plain`, code without a record (asm.s on
//! x86-64, plain.c compiled by clang itself elsewhere). Expected x86-64 numbers, read from the
//! stock llc-22's assembly (`clang-22 -O2 -ffunction-sections -emit-llvm -c F.c` then
//! `llc -O2 -relocation-model=pic -function-sections`):
//! - lib.c `helper`: a leaf writing its 40-byte array in the red zone (`movb %dil, -40(%rsp)`):
//!   8 (return address) + 40 = 48.
//! - `leaf`: `pushq %rax`, then `callq helper` at 8 + 8 = 16: 16 + 48 = 64.
//! - main.c `helper`: `subq $72, %rsp` and its 200-byte array reaching 128 below that
//!   (`-128(%rsp,%rdi)`): 8 + 72 + 128 = 208.
//! - `main`: three pushes, so every call is at 8 + 24 = 32: leaf 32 + 64 = 96, helper 32 + 208 =
//!   240, `plain` 32 + 8 = 40: main is 240.
//! - `plain` (asm.s): `leal 1(%rdi), %eax; ret`, 3 + 1 = 4 bytes of code, no record: on x86-64
//!   stackbound reads it from the machine code, 8 (the return address); elsewhere (plain.c by
//!   clang itself, no decoder for the target) it is unknown.
//! - `__wrap_leaf` (wrap.c): `subq $184, %rsp`; its loop stores down to `-128(%rsp,%rax)` with
//!   `%rax` from 5 (and up to 171 above SP), so 8 + 184 + 128 = 320; then `jmp __real_leaf` at
//!   0 after `addq $184`: max(320, 64) = 320. Linked with `--wrap=leaf`, main's call to leaf
//!   reaches it: main is 32 + 320 = 352.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use object::{Object, ObjectSection, ObjectSymbol};
use stackbound::report::Report;
use stackbound::{analyze, analyze_with_records, Options, Status};
use stackbound_tests::sections::{same_code_besides_records, section_contents};
use stackbound_tests::{custom_llc, llvm_tool, run, workspace_root, Scratch};

fn source(name: &str) -> PathBuf {
    workspace_root().join("tests/objects").join(name)
}

struct Target {
    triple: &'static str,
    clang: &'static [&'static str],
}

const X86_64: Target = Target {
    triple: "x86_64-unknown-linux-gnu",
    clang: &[],
};
const CORTEX_M4F: Target = Target {
    triple: "thumbv7em-unknown-none-eabihf",
    clang: &["-mcpu=cortex-m4", "-mfloat-abi=hard"],
};
const RV32: Target = Target {
    triple: "riscv32-unknown-elf",
    clang: &["-march=rv32imac", "-mabi=ilp32"],
};

fn clang(target: &Target) -> Command {
    let mut c = Command::new(llvm_tool("clang"));
    c.arg(format!("--target={}", target.triple))
        .args(target.clang)
        .args(["-O2", "-ffunction-sections", "-fdata-sections"]);
    c
}

/// `F.c` to `dir/F.bc` (clang) and `dir/F.o` (the custom llc, records in the object).
fn compile(dir: &Path, name: &str, target: &Target, extra_llc: &[&str]) -> (PathBuf, PathBuf) {
    let bc = dir.join(format!("{name}.bc"));
    let obj = dir.join(format!("{name}.o"));
    run(clang(target)
        .args(["-emit-llvm", "-c"])
        .arg(source(&format!("{name}.c")))
        .arg("-o")
        .arg(&bc));
    run(Command::new(custom_llc())
        .args([
            "-O2",
            "-filetype=obj",
            "-function-sections",
            "-data-sections",
        ])
        .arg(relocation_model(target))
        .args(["-stack-report-section"])
        .args(extra_llc)
        .arg(&bc)
        .arg("-o")
        .arg(&obj));
    (bc, obj)
}

fn relocation_model(target: &Target) -> &'static str {
    if target.triple.starts_with("x86_64") {
        "-relocation-model=pic"
    } else {
        "-relocation-model=static"
    }
}

/// The object without records: hand-written assembly on x86-64, plain clang elsewhere.
fn plain_object(dir: &Path, target: &Target) -> PathBuf {
    let obj = dir.join("plain.o");
    let input = if target.triple.starts_with("x86_64") {
        source("asm.s")
    } else {
        source("plain.c")
    };
    run(clang(target).arg("-c").arg(input).arg("-o").arg(&obj));
    obj
}

fn link(dir: &Path, target: &Target, inputs: &[&Path], gc: bool, name: &str) -> PathBuf {
    let out = dir.join(name);
    let mut c = if target.triple.starts_with("x86_64") {
        let mut c = Command::new(llvm_tool("clang"));
        c.arg("-fuse-ld=lld");
        if gc {
            c.arg("-Wl,--gc-sections");
        }
        c
    } else {
        // Bare metal: no C library; main is the entry.
        let mut c = Command::new(llvm_tool("ld.lld"));
        c.args(["-e", "main"]);
        if gc {
            c.arg("--gc-sections");
        }
        c
    };
    c.args(inputs).arg("-o").arg(&out);
    run(&mut c);
    out
}

fn options() -> Options {
    let mut options = Options::default();
    options.llc.llc = Some(custom_llc().to_path_buf());
    options.llc.codegen.opt_level = Some("2".into());
    options
}

fn report_of(inputs: &[PathBuf], options: &Options) -> Report {
    let analysis = analyze(inputs, options).unwrap_or_else(|e| panic!("{inputs:?}: {e}"));
    stackbound::report(&analysis)
}

/// (name, module source) -> (total, status), for the functions `main` reaches.
fn bounds(report: &Report) -> BTreeMap<(String, String), (u64, Status)> {
    report
        .functions
        .iter()
        .map(|f| {
            let source = report.modules[f.module].source.clone();
            let source = Path::new(&source)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            ((f.name.clone(), source), (f.total, f.status))
        })
        .collect()
}

/// The bounds without `plain`: its module is named after the file it was read from (the
/// binary, the object, the archive member), which differs by route.
fn without_plain(
    mut bounds: BTreeMap<(String, String), (u64, Status)>,
) -> BTreeMap<(String, String), (u64, Status)> {
    bounds.retain(|(name, _), _| name != "plain");
    bounds
}

fn total(report: &Report, name: &str, source: &str) -> (u64, Status) {
    *bounds(report)
        .get(&(name.to_string(), source.to_string()))
        .unwrap_or_else(|| panic!("no {name} of {source} in {:#?}", bounds(report)))
}

#[test]
fn a_linked_binary_reports_what_was_linked() {
    let scratch = Scratch::new("objects-x86");
    let dir = scratch.path();
    let (lib_bc, lib_o) = compile(dir, "lib", &X86_64, &[]);
    let (main_bc, main_o) = compile(dir, "main", &X86_64, &[]);
    let plain = plain_object(dir, &X86_64);
    let prog = link(dir, &X86_64, &[&main_o, &lib_o, &plain], true, "prog");

    let mut options = options();
    options.analysis.entries = vec!["main".into()];
    let report = report_of(std::slice::from_ref(&prog), &options);
    assert_eq!(total(&report, "helper", "lib.c"), (48, Status::Complete));
    assert_eq!(total(&report, "leaf", "lib.c"), (64, Status::Complete));
    assert_eq!(total(&report, "helper", "main.c"), (208, Status::Complete));
    assert_eq!(total(&report, "main", "main.c"), (240, Status::Complete));
    // asm.s's plain, read from the machine code: the return address only.
    assert_eq!(total(&report, "plain", "prog"), (8, Status::Complete));
    let plain_entry = report.functions.iter().find(|f| f.name == "plain").unwrap();
    assert_eq!(plain_entry.flags, vec!["machine-code".to_string()]);
    for recorded in ["main", "leaf", "plain"] {
        assert!(
            !report.unrecorded.iter().any(|u| u.name == recorded),
            "{recorded} has a record, yet is listed as unrecorded: {:?}",
            report.unrecorded
        );
    }

    // The .ll route on the same code gives the same numbers.
    let mut ir_options = options.clone();
    ir_options.llc.codegen.relocation_model = Some("pic".into());
    ir_options.llc.codegen.extra_args = vec!["-function-sections".into(), "-data-sections".into()];
    // There plain is unknown without the assumption of what its machine code says.
    ir_options
        .analysis
        .assumptions
        .sizes
        .insert("plain".into(), 8);
    let from_ir = report_of(&[main_bc.clone(), lib_bc.clone()], &ir_options);
    assert_eq!(without_plain(bounds(&report)), bounds(&from_ir));
    let bounds = |report: &Report| without_plain(bounds(report));

    // The objects themselves, and an archive of lib.o, give the same program.
    let objects = report_of(&[main_o.clone(), lib_o.clone(), plain.clone()], &options);
    assert_eq!(bounds(&report), bounds(&objects));
    let archive = dir.join("liblib.a");
    run(Command::new(llvm_tool("llvm-ar"))
        .arg("rcs")
        .arg(&archive)
        .arg(&lib_o));
    let with_archive = report_of(&[main_o.clone(), archive, plain.clone()], &options);
    assert_eq!(bounds(&report), bounds(&with_archive));
    // GNU ar aligns members to 2 bytes only: the reader must not need aligned ELF headers.
    let gnu = dir.join("libgnu.a");
    let odd = dir.join("odd_.o");
    std::fs::copy(&plain, &odd).unwrap();
    run(Command::new("ar").arg("rc").arg(&gnu).arg(&odd).arg(&lib_o));
    let with_gnu_ar = report_of(&[main_o.clone(), gnu], &options);
    assert_eq!(bounds(&report), bounds(&with_gnu_ar));
    let thin = dir.join("libthin.a");
    run(Command::new(llvm_tool("llvm-ar"))
        .arg("rcs")
        .arg("--thin")
        .arg(&thin)
        .arg(&lib_o));
    let with_thin = report_of(&[main_o.clone(), thin, plain.clone()], &options);
    assert_eq!(bounds(&report), bounds(&with_thin));
}

#[test]
fn wrapped_calls_reach_the_wrapper() {
    let scratch = Scratch::new("objects-wrap");
    let dir = scratch.path();
    let (_, lib_o) = compile(dir, "lib", &X86_64, &[]);
    let (_, main_o) = compile(dir, "main", &X86_64, &[]);
    let (_, wrap_o) = compile(dir, "wrap", &X86_64, &[]);
    let plain = plain_object(dir, &X86_64);
    let out = dir.join("wrapped");
    run(Command::new(llvm_tool("clang"))
        .args(["-fuse-ld=lld", "-Wl,--gc-sections", "-Wl,--wrap=leaf"])
        .args([&main_o, &lib_o, &wrap_o, &plain])
        .arg("-o")
        .arg(&out));
    let mut options = options();
    options.analysis.entries = vec!["main".into()];
    let report = report_of(&[out], &options);
    assert_eq!(
        total(&report, "__wrap_leaf", "wrap.c"),
        (320, Status::Complete)
    );
    assert_eq!(total(&report, "main", "main.c"), (352, Status::Complete));
    assert!(
        report.warnings.iter().any(|w| w.contains("--wrap=leaf")),
        "{:?}",
        report.warnings
    );
}

/// `--wrap=counted` where the object that defines `counted` also calls it (`user`): lld
/// sends that call to the wrapper too, GNU ld does not (both as their disassembly shows).
/// main tail-calls user. lld: user = 16 + __wrap_counted 320 = 336; GNU ld: 16 + counted 8 = 24.
#[test]
fn wrap_follows_the_linker_that_linked() {
    let scratch = Scratch::new("objects-wrap-self");
    let dir = scratch.path();
    let (_, def) = compile(dir, "wrap_def", &X86_64, &[]);
    let (_, user) = compile(dir, "wrap_user", &X86_64, &[]);
    let mut options = options();
    options.analysis.entries = vec!["main".into()];
    for (linker, expected) in [("lld", 336), ("bfd", 24)] {
        let out = dir.join(format!("wrapped-{linker}"));
        let driver = if linker == "lld" {
            llvm_tool("clang")
        } else {
            PathBuf::from("gcc")
        };
        run(Command::new(driver)
            .arg(format!("-fuse-ld={linker}"))
            .arg("-Wl,--wrap=counted")
            .args([&def, &user])
            .arg("-o")
            .arg(&out));
        let report = report_of(&[out], &options);
        assert_eq!(
            total(&report, "main", "wrap_user.c"),
            (expected, Status::Complete),
            "linked by {linker}: {:?}",
            report.warnings
        );
    }
}

/// Two weak definitions of `hook` (weak_small.c 48, weak_big.c 208; weak_main.c's main calls it
/// at 16 after `pushq %rax`): the linker keeps the first in link order, and so does the report
/// of the binary, whatever order the records come in. Either way round: 16 + 48 = 64, or
/// 16 + 208 = 224.
#[test]
fn the_weak_definition_the_linker_kept_is_the_one_counted() {
    let scratch = Scratch::new("objects-weak");
    let dir = scratch.path();
    let (_, main_o) = compile(dir, "weak_main", &X86_64, &[]);
    let (_, small) = compile(dir, "weak_small", &X86_64, &[]);
    let (_, big) = compile(dir, "weak_big", &X86_64, &[]);
    let mut options = options();
    options.analysis.entries = vec!["main".into()];
    for (first, second, expected) in [(&small, &big, 64), (&big, &small, 224)] {
        let out = link(dir, &X86_64, &[&main_o, first, second], false, "weak");
        let report = report_of(&[out], &options);
        assert_eq!(
            total(&report, "main", "weak_main.c"),
            (expected, Status::Complete),
            "linked with {} first",
            first.display()
        );
    }
}

/// Names of the functions whose records a file's `.stackbound` sections hold.
fn recorded_names(path: &Path) -> Vec<String> {
    let mut options = Options::default();
    options.llc.llc = Some(custom_llc().to_path_buf());
    let analysis = analyze_with_records(&[path.to_path_buf()], &[], &options)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut names: Vec<String> = stackbound::report(&analysis)
        .functions
        .into_iter()
        .map(|f| f.name)
        .collect();
    names.sort();
    names
}

#[test]
fn gc_sections_drops_the_records_of_removed_functions() {
    let scratch = Scratch::new("objects-gc");
    let dir = scratch.path();
    for target in [&X86_64, &CORTEX_M4F, &RV32] {
        let (_, lib_o) = compile(dir, "lib", target, &[]);
        let (_, main_o) = compile(dir, "main", target, &[]);
        let plain = plain_object(dir, target);
        let inputs = [main_o.as_path(), lib_o.as_path(), plain.as_path()];
        let kept = link(dir, target, &inputs, false, "kept");
        let collected = link(dir, target, &inputs, true, "collected");
        let has_code = |binary: &Path, name: &str| {
            let data = std::fs::read(binary).unwrap();
            let file = object::File::parse(&*data).unwrap();
            let found = file.symbols().any(|s| s.name() == Ok(name));
            found
        };
        assert!(has_code(&kept, "unused") && !has_code(&collected, "unused"));
        let with = recorded_names(&kept);
        let without = recorded_names(&collected);
        assert!(
            with.contains(&"unused".to_string()),
            "{}: {with:?}",
            target.triple
        );
        assert!(
            !without.contains(&"unused".to_string()),
            "{}: {without:?}",
            target.triple
        );
        assert!(without.contains(&"leaf".to_string()) && without.contains(&"main".to_string()));

        // Every recorded function is matched to its symbol by address (the Thumb bit, the
        // relocations of a non-allocated section): none is reported as unrecorded.
        // (On Linux the C runtime's start files add _start, _init, ... .)
        let analysis = analyze(std::slice::from_ref(&collected), &options()).unwrap();
        let unrecorded: Vec<&str> = analysis
            .unrecorded()
            .iter()
            .map(|u| u.name.as_str())
            .collect();
        // x86-64's plain (asm.s) has a depth from its machine code; the others' have none.
        assert_eq!(
            unrecorded.contains(&"plain"),
            target.triple != X86_64.triple,
            "{}: {unrecorded:?}",
            target.triple
        );
        for name in &without {
            assert!(
                !unrecorded.contains(&name.as_str()),
                "{}: {name} in {unrecorded:?}",
                target.triple
            );
        }
    }
}

/// `bc` compiled by the stock llc at `opt`, as [`compile`] compiles it otherwise.
fn stock_object(bc: &Path, target: &Target, opt: &str, out: &Path) -> Vec<u8> {
    run(Command::new(llvm_tool("llc"))
        .args([opt, "-filetype=obj", "-function-sections", "-data-sections"])
        .arg(relocation_model(target))
        .arg(bc)
        .arg("-o")
        .arg(out));
    std::fs::read(out).unwrap()
}

#[test]
fn the_code_is_the_same_with_and_without_the_section() {
    let scratch = Scratch::new("objects-identity");
    let dir = scratch.path();
    for target in [&X86_64, &CORTEX_M4F, &RV32] {
        let (bc, with) = compile(dir, "main", target, &[]);
        let stock = stock_object(&bc, target, "-O2", &dir.join("stock.o"));
        let with = std::fs::read(&with).unwrap();
        assert!(section_contents(&stock)
            .unwrap()
            .keys()
            .any(|name| name.starts_with(".text")));
        assert_eq!(
            same_code_besides_records(&stock, &with).unwrap(),
            None,
            "{}",
            target.triple
        );
        // And the comparison sees a change of code: -O0 is other code.
        let other = stock_object(&bc, target, "-O0", &dir.join("stock-O0.o"));
        assert!(same_code_besides_records(&stock, &other).unwrap().is_some());
    }
}

#[test]
fn parallel_compiles_give_the_same_records_as_one_at_a_time() {
    let scratch = Scratch::new("objects-parallel");
    let dir = scratch.path();
    let (bc_main, serial_main) = compile(dir, "main", &X86_64, &[]);
    let (bc_lib, serial_lib) = compile(dir, "lib", &X86_64, &[]);
    let children: Vec<(std::process::Child, PathBuf, PathBuf)> = (0..6)
        .map(|i| {
            let (bc, serial) = if i % 2 == 0 {
                (&bc_main, &serial_main)
            } else {
                (&bc_lib, &serial_lib)
            };
            let out = dir.join(format!("parallel-{i}.o"));
            let child = Command::new(custom_llc())
                .args([
                    "-O2",
                    "-filetype=obj",
                    "-function-sections",
                    "-data-sections",
                ])
                .args(["-relocation-model=pic", "-stack-report-section"])
                .arg(bc)
                .arg("-o")
                .arg(&out)
                .spawn()
                .unwrap();
            (child, out, serial.clone())
        })
        .collect();
    for (mut child, out, serial) in children {
        assert!(child.wait().unwrap().success());
        assert_eq!(
            std::fs::read(&out).unwrap(),
            std::fs::read(&serial).unwrap()
        );
    }
}

#[test]
fn damaged_and_missing_records_are_errors() {
    let scratch = Scratch::new("objects-bad");
    let dir = scratch.path();
    let (_, main_o) = compile(dir, "main", &X86_64, &[]);
    // Code without records whose machine code stackbound does not read (RV32).
    let plain = plain_object(dir, &RV32);

    let err = analyze(std::slice::from_ref(&plain), &options())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("no stackbound records") && err.contains("stackbound-cc"),
        "{err}"
    );

    // Break the first entry's magic in the modules section.
    let mut data = std::fs::read(&main_o).unwrap();
    let offset = {
        let file = object::File::parse(&*data).unwrap();
        let section = file.section_by_name(".stackbound.modules").unwrap();
        section.file_range().unwrap().0 as usize
    };
    data[offset] = b'X';
    let damaged = dir.join("damaged.o");
    std::fs::write(&damaged, &data).unwrap();
    let err = analyze(&[damaged], &options()).unwrap_err().to_string();
    assert!(
        err.contains(".stackbound.modules") && err.contains("damaged"),
        "{err}"
    );

    // A cut payload length.
    let mut data = std::fs::read(&main_o).unwrap();
    let (offset, size) = {
        let file = object::File::parse(&*data).unwrap();
        let section = file.section_by_name(".stackbound.modules").unwrap();
        section.file_range().unwrap()
    };
    let length_at = offset as usize + 4 + 1 + 1 + 8 + 8;
    let too_long = (size as u32).to_le_bytes();
    data[length_at..length_at + 4].copy_from_slice(&too_long);
    let cut = dir.join("cut.o");
    std::fs::write(&cut, &data).unwrap();
    let err = analyze(&[cut], &options()).unwrap_err().to_string();
    assert!(err.contains("cut short"), "{err}");
}
