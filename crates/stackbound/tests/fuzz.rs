//! A short fixed-seed run of the fuzz harness (tests/fuzzing/, docs/testing.md "Fuzzing"): the
//! record reader and the linker on generated, real and mutated records, never panicking,
//! every error naming its file and line, every report keeping its invariants.
//! `cargo xtask fuzz` runs the same harness for longer.

mod fuzzing;

use std::time::Duration;

#[test]
fn fuzz_records_and_linker() {
    let config = fuzzing::Config {
        iterations: 5_000,
        seed: 0x5eed,
        timeout: Duration::from_secs(60),
        out_dir: fuzzing::Config::default_out_dir(),
        progress: false,
    };
    match fuzzing::run(&config) {
        Ok(summary) => {
            summary.print();
            // The generator must reach both sides: inputs that are rejected and inputs that
            // link into reports, and more than a handful of ways to be rejected.
            assert!(
                summary.analysed > 800,
                "only {} inputs analysed",
                summary.analysed
            );
            assert!(summary.variants().len() >= 8, "{:?}", summary.variants());
            for feature in [
                "complete function with calls",
                "call resolved through an alias",
                "ifunc call resolved",
                "indirect call resolved",
                "definition discarded (weak/strong)",
                "ODR copies merged",
                "recursive cycle",
            ] {
                assert!(
                    summary.features.contains_key(feature),
                    "no report showed {feature}: {:?}",
                    summary.features
                );
            }
        }
        Err(crash) => panic!("{crash}"),
    }
}

/// The replay path reads a saved input and runs the same checks.
#[test]
fn replays_a_seed() {
    let seed =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz-seeds/link_a.jsonl");
    let outcome = fuzzing::replay(&seed).unwrap_or_else(|f| panic!("{f}"));
    assert_eq!(outcome.reports, 2, "{outcome:?}");
}

/// Negative control: the invariants catch a tampered report (a bound lowered below what a
/// call adds, a lower bound relabelled complete).
#[test]
fn invariants_catch_a_wrong_low_report() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz-seeds/link_a.jsonl");
    let bytes = std::fs::read(&path).unwrap();
    let modules = stackbound::records::parse(&bytes, &path).unwrap();
    let options = stackbound::AnalysisOptions::default();
    let report =
        stackbound::report(&stackbound::analyze_records(modules.clone(), &options).unwrap());
    fuzzing::report_invariants(&report, &modules, &options).unwrap_or_else(|f| panic!("{f}"));

    let mut lowered = report.clone();
    let f = lowered
        .functions
        .iter_mut()
        .find(|f| f.calls.iter().any(|c| c.contributes > f.own_depth))
        .expect("a function whose calls add to its frame");
    f.total = f.own_depth;
    let err = fuzzing::report_invariants(&lowered, &modules, &options).unwrap_err();
    assert!(err.what.contains("contributes"), "{err}");

    let mut relabelled = report.clone();
    let f = relabelled
        .functions
        .iter_mut()
        .find(|f| f.status == stackbound::Status::LowerBound)
        .expect("a lower bound in the seed");
    f.status = stackbound::Status::Complete;
    let err = fuzzing::report_invariants(&relabelled, &modules, &options).unwrap_err();
    assert!(err.what.contains("Complete"), "{err}");
}

/// A failing input is written where the message says, with the command that replays it.
#[test]
fn a_failure_is_saved_for_replay() {
    let dir = tempfile::tempdir().unwrap();
    let saved = fuzzing::save(dir.path(), "crash", b"{\"schema\":3}\n");
    assert_eq!(std::fs::read(&saved).unwrap(), b"{\"schema\":3}\n");
    let name = saved.file_name().unwrap().to_str().unwrap();
    assert!(
        name.starts_with("crash-") && name.ends_with(".jsonl"),
        "{name}"
    );
    let crash = fuzzing::Crash {
        iteration: 7,
        failure: fuzzing::Failure {
            what: "panic in records::parse: boom".into(),
        },
        saved: saved.clone(),
    };
    let text = crash.to_string();
    assert!(
        text.contains(&format!("cargo xtask fuzz --replay {}", saved.display())),
        "{text}"
    );
}
