//! Bad input through the real custom llc: each case is an error that says what is wrong and
//! what to do, never a panic or an empty report presented as complete. (The CLI turns any
//! error into one paragraph and exit status 2: crates/stackbound/tests/cli.rs.)

use std::path::{Path, PathBuf};

use stackbound::{analyze, Options};
use stackbound_tests::custom_llc;

fn options() -> Options {
    let mut o = Options::default();
    o.llc.llc = Some(custom_llc().to_path_buf());
    o
}

fn error_for(dir: &Path, name: &str, contents: &[u8], options: &Options) -> String {
    let path: PathBuf = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    match analyze(&[path], options) {
        Ok(report) => panic!(
            "{name}: expected an error, got a report of {} functions",
            report.functions().len()
        ),
        Err(err) => err.to_string(),
    }
}

#[track_caller]
fn says(message: &str, parts: &[&str]) {
    for part in parts {
        assert!(message.contains(part), "missing {part:?} in:\n{message}");
    }
}

#[test]
fn each_bad_input_gets_its_own_diagnosis() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let o = options();

    says(
        &error_for(dir, "empty.ll", b"", &o),
        &["empty.ll is empty", "no IR"],
    );

    let junk: Vec<u8> = (0..300u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 24) as u8)
        .collect();
    says(
        &error_for(dir, "junk.ll", &junk, &o),
        &["llc failed on", "junk.ll", "command:"],
    );

    // llc's own diagnostic, with file, line and column.
    let syntax = b"define void @f() {\n  ret void\n  bogus\n}\n";
    says(
        &error_for(dir, "syntax.ll", syntax, &o),
        &["syntax.ll:3:3: error", "bogus"],
    );

    // A module written by a newer clang, with syntax LLVM 22 does not know.
    let newer = b"define void @f() #0 {\n  ret void\n}\nattributes #0 = { future_attr }\n\
                  !llvm.ident = !{!0}\n!0 = !{!\"clang version 30.0.0\"}\n";
    says(
        &error_for(dir, "newer.ll", newer, &o),
        &["clang version 30.0.0", "Regenerate it with clang-22"],
    );

    let ok = b"define void @f() {\n  ret void\n}\n";
    let mut unknown = options();
    unknown.llc.codegen.triple = Some("foo-bar-baz".into());
    says(
        &error_for(dir, "unknown.ll", ok, &unknown),
        &[
            "foo-bar-baz",
            "not supported",
            "arm/thumb or riscv32/riscv64",
        ],
    );

    // A target whose pipeline does not carry the pass (overlay llc: the backend is there, the
    // pass is not; full-mode llc: no such backend): an error, never an empty report.
    let powerpc =
        b"target triple = \"powerpc64le-unknown-linux-gnu\"\ndefine void @f() {\n  ret void\n}\n";
    says(
        &error_for(dir, "powerpc.ll", powerpc, &o),
        &[
            "powerpc64le-unknown-linux-gnu",
            "not supported",
            "arm/thumb or riscv32/riscv64",
        ],
    );

    let mut missing = Options::default();
    missing.llc.llc = Some(dir.join("no-such-llc"));
    says(
        &error_for(dir, "fine.ll", ok, &missing),
        &["no-such-llc", "cargo xtask build-llc"],
    );
}
