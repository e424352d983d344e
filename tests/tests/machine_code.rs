//! Hand-written assembly without records (tests/machine_code/{x86_64,aarch64}.s): stackbound
//! reads each function's depth from its machine code, and a caller compiled with records
//! (caller.c, by the custom llc with `-stack-report-section`) sums it like any callee.
//!
//! Every asm function's depth is counted by hand in the `.s` file's comments. The callers, read
//! from the custom llc's disassembly of caller.c at -O2: each `caller_F` is
//! x86-64 `pushq %rax; callq F; incq %rax; popq %rcx; retq` (the call at 8 + 8 = 16) and
//! AArch64 `stp x29, x30, [sp, #-16]!; mov x29, sp; bl F; ...` (the call at 16).
//! `c_callee` and `c_tail` are leaves: 8 on x86-64 (the return address), 0 on AArch64.
//!
//! x86-64: asm_frame = max(56, 56 + c_callee 8, tail 0 + c_tail 8) = 64, caller 16 + 64 = 80;
//! asm_leaf 8 → 24; asm_redzone 56 → 72; asm_loop 16 → 32; asm_fp 56 → 72;
//! asm_copy (weak alias of __asm_copy) 16 + c_callee 8 = 24 → 40.
//! AArch64: asm_frame = max(48, 48 + 0, 0 + 0) = 48 → 64; asm_leaf 0 → 16; asm_redzone 48 → 64;
//! asm_loop 16 → 32; asm_copy 16 + 0 = 16 → 32; asm_pool 0 (its literal pool is not code).
//! Both: asm_indirect, asm_setsp, asm_align, asm_unbalanced have no number but a reason, and
//! caller_asm_indirect is only a lower bound (≥ 16).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use stackbound_tests::{custom_llc, llvm_tool, run, stackbound_bin, workspace_root, Scratch};

/// The stackbound binary, built once per test process.
fn stackbound() -> PathBuf {
    stackbound_bin("stackbound")
}

fn input(name: &str) -> PathBuf {
    workspace_root().join("tests/machine_code").join(name)
}

/// caller.o (with records) and asm.o (without) for `arch`.
fn objects(dir: &Path, arch: &str) -> (PathBuf, PathBuf) {
    let triple = format!("--target={arch}-unknown-linux-gnu");
    let asm = dir.join("asm.o");
    run(Command::new(llvm_tool("clang"))
        .args([&triple, "-c"])
        .arg(input(&format!("{arch}.s")))
        .arg("-o")
        .arg(&asm));
    let bc = dir.join("caller.bc");
    run(Command::new(llvm_tool("clang"))
        .args([&triple, "-O2", "-ffunction-sections", "-emit-llvm", "-c"])
        .arg(input("caller.c"))
        .arg("-o")
        .arg(&bc));
    let caller = dir.join("caller.o");
    run(Command::new(custom_llc())
        .args([
            "-O2",
            "-filetype=obj",
            "-function-sections",
            "-stack-report-section",
        ])
        .arg(&bc)
        .arg("-o")
        .arg(&caller));
    (caller, asm)
}

/// A static link with no C library (nothing runs it).
fn link(dir: &Path, inputs: &[&Path]) -> PathBuf {
    let out = dir.join("prog");
    run(Command::new(llvm_tool("ld.lld"))
        .args(["-e", "caller_asm_frame"])
        .args(inputs)
        .arg("-o")
        .arg(&out));
    out
}

fn report(inputs: &[&Path]) -> Value {
    let out = run(Command::new(stackbound())
        .args(inputs)
        .args(["--format", "json"]));
    serde_json::from_slice(&out.stdout).expect("stackbound's JSON")
}

fn function<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["functions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == name)
        .unwrap_or_else(|| panic!("no {name} in {report:#}"))
}

/// (total, status) of `name`.
fn bound(report: &Value, name: &str) -> (u64, String) {
    let f = function(report, name);
    (
        f["total"].as_u64().unwrap(),
        f["status"].as_str().unwrap().to_string(),
    )
}

fn complete(total: u64) -> (u64, String) {
    (total, "complete".into())
}

/// The checks shared by both architectures and both inputs (objects, linked file).
fn check(report: &Value, expected: &[(&str, u64)], asm: &[(&str, u64)]) {
    for &(name, total) in expected {
        assert_eq!(bound(report, name), complete(total), "{name}");
    }
    for &(name, own) in asm {
        let f = function(report, name);
        assert_eq!(f["own_depth"], own, "{name}");
        assert_eq!(f["flags"], serde_json::json!(["machine-code"]), "{name}");
    }
    assert_eq!(
        bound(report, "caller_asm_indirect"),
        (16, "lower_bound".to_string())
    );
    let unrecorded = report["unrecorded"].as_array().unwrap();
    for (name, reason) in [
        ("asm_indirect", "indirect jump"),
        ("asm_setsp", "SP write not decoded"),
        ("asm_align", "SP write not decoded"),
        ("asm_unbalanced", "away from its entry depth"),
    ] {
        let u = unrecorded
            .iter()
            .find(|u| u["name"] == name)
            .unwrap_or_else(|| panic!("{name} is not unrecorded: {unrecorded:#?}"));
        let why = u["reason"].as_str().unwrap_or_default();
        assert!(why.contains(reason), "{name}: {why}");
        assert!(
            !report["functions"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["name"] == name),
            "{name} must have no number"
        );
    }
}

#[test]
fn x86_64_assembly_is_read_from_its_machine_code() {
    let scratch = Scratch::new("machine-x86");
    let dir = scratch.path();
    let (caller, asm) = objects(dir, "x86_64");
    let expected = [
        ("caller_asm_frame", 80),
        ("caller_asm_leaf", 24),
        ("caller_asm_redzone", 72),
        ("caller_asm_loop", 32),
        ("caller_asm_fp", 72),
        ("caller_asm_copy", 40),
        ("asm_frame", 64),
    ];
    let asm_own = [
        ("asm_leaf", 8),
        ("asm_frame", 56),
        ("asm_redzone", 56),
        ("asm_loop", 16),
        ("asm_fp", 56),
        ("__asm_copy", 16),
    ];
    check(&report(&[&caller, &asm]), &expected, &asm_own);
    let prog = link(dir, &[&caller, &asm]);
    check(&report(&[&prog]), &expected, &asm_own);

    // The text report says where a frame's depth came from.
    let out = run(Command::new(stackbound())
        .arg(&prog)
        .args(["--explain", "caller_asm_frame"]));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("asm_frame  own 56 (from its machine code), total 64"),
        "{text}"
    );
}

#[test]
fn aarch64_assembly_is_read_from_its_machine_code() {
    let scratch = Scratch::new("machine-aarch64");
    let dir = scratch.path();
    let (caller, asm) = objects(dir, "aarch64");
    let expected = [
        ("caller_asm_frame", 64),
        ("caller_asm_leaf", 16),
        ("caller_asm_redzone", 64),
        ("caller_asm_loop", 32),
        ("caller_asm_copy", 32),
        ("asm_frame", 48),
    ];
    let asm_own = [
        ("asm_leaf", 0),
        ("asm_frame", 48),
        ("asm_redzone", 48),
        ("asm_loop", 16),
        ("asm_pool", 0),
        ("__asm_copy", 16),
    ];
    check(&report(&[&caller, &asm]), &expected, &asm_own);
    let prog = link(dir, &[&caller, &asm]);
    check(&report(&[&prog]), &expected, &asm_own);
}
