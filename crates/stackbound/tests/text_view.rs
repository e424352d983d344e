//! The text report on a program too big to read line by line, through the real binary: the
//! summary, cycles named once, lines cut to the width, `--top`/`--sort`/`--only`/`--function`,
//! colour, and names without generic arguments.
//!
//! The program is written here as records, so every expected number is arithmetic on them:
//! - `f00` .. `f24`: each has own depth 16 and calls the next at depth 16; `f24` calls the
//!   unknown `mystery` at depth 16. So `total(f_i) = 16 * (25 - i)` (f24: 16, f00: 400), each
//!   `≥` through `mystery`;
//! - a ring of four long-named functions (one cycle), each own 8, entered by `ring_entry` at
//!   depth 8 (so ring_entry is 8: the call into the cycle adds nothing);
//! - `hub` (own 24) calls six unknowns `lib_0` .. `lib_5` at depth 24;
//! - `complete_leaf` (own 8) and the C++ `std::vector<int>::push_back` (own 8), both complete.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_stackbound");
const RING: [&str; 4] = [
    "a_rather_long_function_name_in_the_ring_number_zero",
    "a_rather_long_function_name_in_the_ring_number_one",
    "a_rather_long_function_name_in_the_ring_number_two",
    "a_rather_long_function_name_in_the_ring_number_three",
];
const PUSH_BACK: &str = "_ZNSt6vectorIiSaIiEE9push_backERKi";

fn function(name: &str, own: u64, calls: &[(&str, u64)]) -> String {
    let calls: Vec<String> = calls
        .iter()
        .enumerate()
        .map(|(i, (callee, depth))| {
            format!(
                r#"{{"kind":"direct","tail":false,"callee":"{callee}","callee_local":false,"depth":{depth},"depth_known":true,"index":{i}}}"#
            )
        })
        .collect();
    format!(
        r#"{{"schema":3,"kind":"function","interrupt":false,"name":"{name}","linkage":"external","local":false,"own_depth":{own},"dynamic":false,"flags":[],"address_taken":false,"calls":[{}]}}"#,
        calls.join(",")
    )
}

fn program(dir: &Path) -> String {
    let mut lines = vec![r#"{"schema":3,"kind":"module","source":"big.c","module_id":"big.ll","triple":"x86_64-unknown-linux-gnu","llvm_version":"22.1.8","pass":"stack-report"}"#.to_string()];
    for i in 0..25 {
        let next = format!("f{:02}", i + 1);
        let callee = if i == 24 { "mystery" } else { next.as_str() };
        lines.push(function(&format!("f{i:02}"), 16, &[(callee, 16)]));
    }
    for (i, name) in RING.iter().enumerate() {
        lines.push(function(name, 8, &[(RING[(i + 1) % 4], 8)]));
    }
    lines.push(function("ring_entry", 8, &[(RING[0], 8)]));
    let libs: Vec<String> = (0..6).map(|i| format!("lib_{i}")).collect();
    let hub_calls: Vec<(&str, u64)> = libs.iter().map(|l| (l.as_str(), 24)).collect();
    lines.push(function("hub", 24, &hub_calls));
    lines.push(function("complete_leaf", 8, &[]));
    lines.push(function(PUSH_BACK, 8, &[]));
    let functions = lines.len() - 1;
    lines.push(
        r#"{"schema":3,"kind":"symbols","address_taken":[],"aliases":[],"ifuncs":[]}"#.into(),
    );
    lines.push(format!(
        r#"{{"schema":3,"kind":"end","functions":{functions}}}"#
    ));
    let path = dir.join("big.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path.display().to_string()
}

fn run(args: &[&str], env: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let records = program(dir.path());
    let mut command = Command::new(BIN);
    command.arg("--records").arg(&records).args(args);
    for (k, v) in env {
        command.env(k, v);
    }
    let out: Output = command.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn summary_cycles_and_width() {
    let text = run(&[], &[]);
    // Not a terminal: 100 columns.
    for line in text.lines() {
        assert!(line.chars().count() <= 100, "too wide: {line}");
    }
    assert!(
        text.contains("f00: 400  (≥: excludes unknown mystery)\n"),
        "{text}"
    );
    assert!(
        text.contains("f24: 16  (≥: excludes unknown mystery)\n"),
        "{text}"
    );
    // The ring is named once, by id, and its members' lines refer to the id.
    // ring_entry: max(own 8, call depth 8 + nothing for the excluded cycle) = 8.
    assert!(
        text.contains("ring_entry: 8  (≥: excludes recursive C0)\n"),
        "{text}"
    );
    assert!(text.contains("cycles (calls into them are not counted):\n  C0  4 functions, e.g. a_rather_long_function_name_in_the_ring_number_one: holds back 5 bounds\n"), "{text}");
    // 33 functions: complete_leaf and push_back complete; f00..f24, the ring, ring_entry and
    // hub are ≥.
    assert!(
        text.contains("summary: 33 functions: 2 complete, 31 ≥, 0 unbounded\n"),
        "{text}"
    );
    assert!(
        text.contains("  deepest bounds:\n         ≥400  f00\n         ≥384  f01\n"),
        "{text}"
    );
    assert!(
        text.contains("  unknown callees, by the bounds they hold back:\n     25 functions  --assume mystery=BYTES\n"),
        "{text}"
    );
    // A marker that does not fit is cut: hub's six unknowns at 60 columns.
    let narrow = run(&["--width", "60", "--function", "hub"], &[]);
    let hub = narrow.lines().next().unwrap();
    assert!(hub.chars().count() <= 60 && hub.contains(" more)"), "{hub}");
    assert!(
        hub.starts_with("hub: 24  (≥: excludes unknown lib_0"),
        "{hub}"
    );
    let wide = run(
        &["--width", "0", "--function", "hub", "--summary", "never"],
        &[],
    );
    assert_eq!(
        wide,
        "hub: 24  (≥: excludes unknown lib_0, unknown lib_1, unknown lib_2, unknown lib_3, \
         unknown lib_4, unknown lib_5)\n"
    );
}

#[test]
fn choosing_rows() {
    let top = run(
        &["--top", "3", "--sort", "bound", "--summary", "never"],
        &[],
    );
    assert_eq!(
        top,
        "f00: 400  (≥: excludes unknown mystery)\n\
         f01: 384  (≥: excludes unknown mystery)\n\
         f02: 368  (≥: excludes unknown mystery)\n"
    );
    let own = run(
        &[
            "--top",
            "1",
            "--sort",
            "own",
            "--summary",
            "never",
            "--width",
            "0",
        ],
        &[],
    );
    assert_eq!(own, "hub: 24  (≥: excludes unknown lib_0, unknown lib_1, unknown lib_2, unknown lib_3, unknown lib_4, unknown lib_5)\n");
    let complete = run(&["--only", "complete", "--summary", "never"], &[]);
    assert_eq!(
        complete,
        "complete_leaf: 8\nstd::vector<..>::push_back(int const&): 8\n"
    );
    let incomplete = run(&["--only", "incomplete", "--summary", "never"], &[]);
    assert_eq!(
        incomplete.lines().filter(|l| l.contains("  (≥")).count(),
        31
    );
    let glob = run(&["--function", "f2?", "--summary", "never"], &[]);
    let names: Vec<&str> = glob.lines().map(|l| l.split(':').next().unwrap()).collect();
    assert_eq!(names, ["f20", "f21", "f22", "f23", "f24"]);
    // The raw symbol matches too.
    let raw = run(&["--function", "_ZNSt6vector*", "--summary", "never"], &[]);
    assert_eq!(raw, "std::vector<..>::push_back(int const&): 8\n");
    let always = run(&["--function", "complete_leaf", "--summary", "always"], &[]);
    assert!(
        always.starts_with("complete_leaf: 8\nsummary: 33 functions"),
        "{always}"
    );
}

#[test]
fn names_and_colour() {
    let only = ["--function", "*push_back*", "--summary", "never"];
    assert_eq!(
        run(&only, &[]),
        "std::vector<..>::push_back(int const&): 8\n"
    );
    let full = [&only[..], &["--full-names"]].concat();
    assert_eq!(
        run(&full, &[]),
        "std::vector<int, std::allocator<int> >::push_back(int const&): 8\n"
    );
    let raw = [&only[..], &["--no-demangle"]].concat();
    assert_eq!(run(&raw, &[]), format!("{PUSH_BACK}: 8\n"));

    let always = run(&["--color", "always", "--function", "f24"], &[]);
    assert!(always.contains("\u{1b}["), "{always:?}");
    let never = run(
        &["--color", "never", "--function", "f24"],
        &[("CLICOLOR_FORCE", "1")],
    );
    assert!(!never.contains('\u{1b}'), "{never:?}");
    // auto: not a terminal, and NO_COLOR wins over CLICOLOR_FORCE.
    let auto = run(
        &["--function", "f24"],
        &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")],
    );
    assert!(!auto.contains('\u{1b}'), "{auto:?}");
}
