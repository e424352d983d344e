//! `stackbound annotate`: the constants it appends are what the report says, every defined
//! function gets one (quoted when its name needs it, in its COMDAT when it has one), and the
//! annotated module compiles to the same frames: every function's own depth and every call's
//! depth, and the disassembly of every executable section, are identical before and after.

use std::path::{Path, PathBuf};
use std::process::Command;

use stackbound::annotate::{annotate, NO_BOUND};
use stackbound::{analyze, Options, Status};
use stackbound_tests::{
    custom_llc, ir_defined_functions, llvm_tool, read_report, run, workspace_root, Scratch,
};

const CASES: &[(&str, &str, &str)] = &[
    ("examples/seed/seed.ll", "x86_64-unknown-linux-gnu", "0"),
    ("examples/seed/seed.ll", "aarch64-unknown-linux-gnu", "0"),
    (
        "examples/indirect/ships-x86_64.ll",
        "x86_64-unknown-linux-gnu",
        "2",
    ),
    (
        "examples/indirect/ships-aarch64.ll",
        "aarch64-unknown-linux-gnu",
        "2",
    ),
    (
        "examples/indirect/ships-rs.ll",
        "x86_64-unknown-linux-gnu",
        "2",
    ),
    (
        "tests/corpus/c-structs-x86_64-O2.ll",
        "x86_64-unknown-linux-gnu",
        "2",
    ),
    (
        "tests/corpus/c-structs-aarch64-O2.ll",
        "aarch64-unknown-linux-gnu",
        "2",
    ),
    (
        "tests/corpus/c-bigframe-x86_64-O2.ll",
        "x86_64-unknown-linux-gnu",
        "2",
    ),
    (
        "tests/corpus/c-outline-minsize-aarch64-Oz.ll",
        "aarch64-unknown-linux-gnu",
        "2",
    ),
    (
        "tests/corpus/c-recursion-x86_64-O0.ll",
        "x86_64-unknown-linux-gnu",
        "0",
    ),
];

/// Names that need quotes, a COMDAT function, a weak and an internal one.
const SPECIAL: &str = r#"
$"_ZN1S1fEv" = comdat any
define linkonce_odr i64 @_ZN1S1fEv(i64 %x) comdat {
  %a = alloca [40 x i8]
  call void @sink(ptr %a)
  ret i64 %x
}
define i64 @"odd name\22quoted\22"(i64 %x) {
  %r = call i64 @_ZN1S1fEv(i64 %x)
  ret i64 %r
}
define weak void @weak_one() {
  ret void
}
define internal void @"local.helper"() {
  call void @weak_one()
  ret void
}
define void @uses_local() {
  call void @"local.helper"()
  ret void
}
declare void @sink(ptr)
"#;

fn options(triple: &str, opt: &str) -> Options {
    let mut o = Options::default();
    o.llc.llc = Some(custom_llc().to_path_buf());
    o.llc.codegen.triple = Some(triple.into());
    o.llc.codegen.opt_level = Some(opt.into());
    for name in [
        "println", "memset", "memcpy", "sink", "malloc", "use", "take", "g",
    ] {
        o.analysis.assumptions.sizes.insert(name.into(), 64);
    }
    o
}

/// (name, own_depth, [(call index, depth)]) of every function llc reports for `ll`.
fn frames(ll: &Path, triple: &str, opt: &str, dir: &Path, tag: &str) -> (Vec<String>, String) {
    let object = dir.join(format!("{tag}.o"));
    let report = dir.join(format!("{tag}.jsonl"));
    run(Command::new(custom_llc())
        .arg(ll)
        .args([
            &format!("-mtriple={triple}"),
            &format!("-O{opt}"),
            "-filetype=obj",
        ])
        .arg("-o")
        .arg(&object)
        .arg(format!("-stack-report={}", report.display())));
    let parsed = read_report(&report).unwrap_or_else(|e| panic!("{e}"));
    let mut rows: Vec<String> = parsed
        .functions
        .iter()
        .map(|f| {
            let calls: Vec<String> = f
                .calls
                .iter()
                .map(|c| format!("#{}@{}", c.index, c.depth))
                .collect();
            format!(
                "{}: own {} calls [{}]",
                f.name,
                f.own_depth,
                calls.join(" ")
            )
        })
        .collect();
    rows.sort();
    let out = run(Command::new(llvm_tool("llvm-objdump"))
        .arg("-dr")
        .arg(&object));
    let disassembly = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.contains("file format"))
        .collect::<Vec<_>>()
        .join("\n");
    (rows, disassembly)
}

fn check_file(input: &Path, triple: &str, opt: &str, scratch: &Path, tag: &str) {
    let ir = std::fs::read_to_string(input).unwrap();
    let report = analyze(&[input.to_path_buf()], &options(triple, opt))
        .map(|a| stackbound::report(&a))
        .unwrap_or_else(|e| panic!("{}: {e}", input.display()));
    let (annotated, constants) = annotate(&ir, tag, &report, 0, "-O2").unwrap();
    assert!(
        annotated.starts_with(&ir),
        "{tag}: the input is kept verbatim"
    );
    let out = scratch.join(format!("{tag}.annotated.ll"));
    std::fs::write(&out, &annotated).unwrap();

    // Every function the IR defines has exactly one constant, with the report's value.
    let mut defined = ir_defined_functions(&ir);
    defined.sort();
    let mut named: Vec<String> = constants.iter().map(|c| c.function.clone()).collect();
    named.sort();
    assert_eq!(named, defined, "{tag}: constants vs defined functions");
    for c in &constants {
        let f = &report.functions[report.find(&c.function)[0]];
        match f.status {
            Status::Complete => assert_eq!(c.value, f.total as i64, "{tag}: {}", c.function),
            _ => assert_eq!(c.value, NO_BOUND, "{tag}: {}", c.function),
        }
    }

    // The same frames, call depths and code.
    let (before, code_before) = frames(input, triple, opt, scratch, &format!("{tag}.in"));
    let (after, code_after) = frames(&out, triple, opt, scratch, &format!("{tag}.out"));
    assert!(!before.is_empty());
    assert_eq!(before, after, "{tag}: frames changed by annotate");
    assert_eq!(code_before, code_after, "{tag}: code changed by annotate");

    // The constants are in the object with the values written.
    let nm = run(Command::new(llvm_tool("llvm-nm")).arg(scratch.join(format!("{tag}.out.o"))));
    let symbols = String::from_utf8_lossy(&nm.stdout);
    for c in &constants {
        let symbol = format!("__stackbound.{}", c.function);
        assert!(
            symbols.lines().any(|l| l.ends_with(&format!(" {symbol}"))),
            "{tag}: {symbol} missing in:\n{symbols}"
        );
    }
}

#[test]
fn annotated_modules_compile_to_the_same_frames() {
    let scratch = Scratch::new("annotate");
    for (i, (file, triple, opt)) in CASES.iter().enumerate() {
        let tag = format!(
            "{i}-{}",
            Path::new(file).file_stem().unwrap().to_string_lossy()
        );
        check_file(
            &workspace_root().join(file),
            triple,
            opt,
            scratch.path(),
            &tag,
        );
    }
}

#[test]
fn quoting_comdat_and_linkage() {
    let scratch = Scratch::new("annotate-special");
    let input: PathBuf = scratch.path().join("special.ll");
    std::fs::write(&input, SPECIAL).unwrap();
    for (i, triple) in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"]
        .iter()
        .enumerate()
    {
        check_file(&input, triple, "2", scratch.path(), &format!("special{i}"));
    }
    let report = analyze(
        std::slice::from_ref(&input),
        &options("x86_64-unknown-linux-gnu", "2"),
    )
    .map(|a| stackbound::report(&a))
    .unwrap();
    let (text, _) = annotate(SPECIAL, "special.ll", &report, 0, "-O2").unwrap();
    let lines: Vec<&str> = text.lines().filter(|l| l.starts_with('@')).collect();
    let line = |prefix: &str| -> &str {
        lines
            .iter()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no line {prefix}: {lines:#?}"))
    };
    // x86-64 (stock llc -O2), sink assumed 64:
    //   _ZN1S1fEv:   pushq %rbx ; subq $48, %rsp  -> 8 + 8 + 48 = 64; callq sink at 64 -> 128
    //   odd name:    pushq %rax (16) ; callq _ZN1S1fEv at 16             -> 16 + 128 = 144
    //   weak_one:    retq                                                 -> 8
    //   local.helper: pushq %rax ; callq weak_one at 16                   -> 24
    //   uses_local:  pushq %rax ; callq local.helper at 16                -> 40
    for want in [
        "@__stackbound._ZN1S1fEv = weak constant i64 128, comdat($_ZN1S1fEv)",
        "@\"__stackbound.odd name\\22quoted\\22\" = constant i64 144",
        "@__stackbound.weak_one = weak constant i64 8",
        "@__stackbound.local.helper = internal constant i64 24",
        "@__stackbound.uses_local = constant i64 40",
    ] {
        line(want);
    }
    // Annotating twice is refused.
    let err = annotate(&text, "special.ll", &report, 0, "").unwrap_err();
    assert!(err.to_string().contains("already"), "{err}");
}
