//! The report on real llc output: the seed example, the golden cases of the pass and a
//! multi-module program, on both triples. Every expected number is derived in the comments
//! (or in the golden file named) from the assembly of stock llc-22, not from stackbound.

use std::path::PathBuf;

use stackbound::report::{ReasonEntry, Report};
use stackbound::{analyze, Options, Status};
use stackbound_tests::{custom_llc, workspace_root};

const X86: &str = "x86_64-unknown-linux-gnu";
const A64: &str = "aarch64-unknown-linux-gnu";

/// Every external in these programs, assumed to need this much: makes each sum visible.
const EXTERNAL: u64 = 1000;
const EXTERNALS: &[&str] = &["use", "take", "finish", "memcpy", "g", "sink", "println"];

fn options(triple: &str, opt: &str, extra: &[&str], externals: &[&str]) -> Options {
    let mut o = Options::default();
    o.llc.llc = Some(custom_llc().to_path_buf());
    o.llc.codegen.triple = Some(triple.into());
    o.llc.codegen.opt_level = Some(opt.into());
    o.llc.codegen.extra_args = extra.iter().map(|s| s.to_string()).collect();
    for name in externals {
        o.analysis
            .assumptions
            .sizes
            .insert(name.to_string(), EXTERNAL);
    }
    o
}

fn report(files: &[&str], options: &Options) -> Report {
    let inputs: Vec<PathBuf> = files.iter().map(|f| workspace_root().join(f)).collect();
    let analysis = analyze(&inputs, options).unwrap_or_else(|e| panic!("analyze {files:?}: {e}"));
    stackbound::report(&analysis)
}

fn total(r: &Report, name: &str) -> (u64, Status) {
    let ids = r.find(name);
    assert_eq!(ids.len(), 1, "{name}: expected one function, found {ids:?}");
    let f = &r.functions[ids[0]];
    (f.total, f.status)
}

/// Checks (name, total, status) rows and reports every mismatch at once.
fn check(r: &Report, what: &str, rows: &[(&str, u64, Status)]) {
    let wrong: Vec<String> = rows
        .iter()
        .filter_map(|&(name, want, status)| {
            let got = total(r, name);
            (got != (want, status)).then(|| format!("{name}: want {want} {status:?}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{what}:\n{}", wrong.join("\n"));
}

use Status::{Complete, LowerBound, Unbounded};

#[test]
fn seed_example_on_both_triples() {
    // examples/seed/seed.ll at llc -O0, println assumed 72 as in the seed.
    // x86-64 assembly:
    //   triple: movq %rdi, -8(%rsp)         -> 8 + 8 = 16 (red zone)
    //   factorial: pushq %rax ; callq factorial        -> own 16, self call excluded
    //   Spaceship.launch: pushq %rax ; callq println   -> 16 + 72 = 88
    //   main: subq $40, %rsp ; callq triple / factorial / malloc / *%rax
    //         -> own 48, triple at 48: 48 + 16 = 64
    // AArch64 assembly:
    //   triple: sub sp, sp, #16 -> 16; factorial: sub sp, sp, #32 -> 32
    //   Spaceship.launch: sub sp, sp, #32 ; bl println -> 32 + 72 = 104
    //   main: sub sp, sp, #64 ; bl triple ... -> 64 + 16 = 80
    for (triple, launch, factorial, main) in [(X86, 88, 16, 64), (A64, 104, 32, 80)] {
        let mut o = options(triple, "0", &[], &[]);
        o.analysis.assumptions.sizes.insert("println".into(), 72);
        let r = report(&["examples/seed/seed.ll"], &o);
        check(
            &r,
            triple,
            &[
                ("triple", 16, Complete),
                ("factorial", factorial, LowerBound),
                ("Spaceship.launch", launch, Complete),
                ("main", main, LowerBound),
            ],
        );
        // main excludes the recursive factorial, the virtual launch, and malloc (unknown).
        let main = &r.functions[r.find("main")[0]];
        let kinds: Vec<&str> = main
            .reasons
            .iter()
            .map(|reason| match reason {
                ReasonEntry::Recursive { label, .. } if label == "factorial" => "recursive",
                ReasonEntry::Indirect { .. } => "indirect",
                ReasonEntry::Unknown { callee, .. } if callee == "malloc" => "unknown",
                other => panic!("unexpected reason {other:?}"),
            })
            .collect();
        for kind in ["recursive", "indirect", "unknown"] {
            assert!(
                kinds.contains(&kind),
                "{triple}: main lacks {kind}: {kinds:?}"
            );
        }
    }
}

#[test]
fn golden_cases_on_both_triples() {
    // Own depths and call depths are derived in tests/golden/<file>.ll; each external = 1000.
    type Rows = &'static [(&'static str, u64, Status)];
    let cases: &[(&str, Rows, Rows)] = &[
        (
            "red_zone.ll",
            &[
                ("leaf_small", 112, Complete),
                ("leaf_big", 208, Complete),
                ("leaf_noredzone", 112, Complete),
            ],
            &[
                ("leaf_small", 112, Complete),
                ("leaf_big", 208, Complete),
                ("leaf_noredzone", 112, Complete),
            ],
        ),
        // use at 4016 on both: 4016 + 1000.
        (
            "big_frame.ll",
            &[("big_frame", 5016, Complete)],
            &[("big_frame", 5016, Complete)],
        ),
        // x86: memcpy and use at 4112, take at 4112; a64: take and memcpy at 4128 in copy_byval.
        (
            "memcpy.ll",
            &[
                ("copy_local", 5112, Complete),
                ("copy_byval", 5112, Complete),
            ],
            &[
                ("copy_local", 5112, Complete),
                ("copy_byval", 5128, Complete),
            ],
        ),
        (
            "vla.ll",
            &[("vla", 1016, Unbounded)],
            &[("vla", 1016, Unbounded)],
        ),
        // tail_only: use at 0; tail_after_frame: use at 80, finish at 0.
        (
            "tail_call.ll",
            &[
                ("tail_only", 1000, Complete),
                ("tail_after_frame", 1080, Complete),
            ],
            &[
                ("tail_only", 1000, Complete),
                ("tail_after_frame", 1080, Complete),
            ],
        ),
        // Indirect calls count only their depth and make the result a lower bound.
        (
            "indirect.ll",
            &[
                ("indirect", 16, LowerBound),
                ("indirect_tail", 8, LowerBound),
            ],
            &[
                ("indirect", 16, LowerBound),
                ("indirect_tail", 0, LowerBound),
            ],
        ),
        (
            "overaligned.ll",
            &[("overaligned", 1128, Complete)],
            &[("overaligned", 1112, Complete)],
        ),
        (
            "probe.ll",
            &[
                ("probed_unrolled", 21016, Complete),
                ("probed_loop", 101016, Complete),
            ],
            &[
                ("probed_unrolled", 21016, Complete),
                ("probed_loop", 101016, Complete),
            ],
        ),
    ];
    for &(file, x86, a64) in cases {
        let path = format!("tests/golden/{file}");
        for (triple, rows) in [(X86, x86), (A64, a64)] {
            let r = report(&[&path], &options(triple, "2", &[], EXTERNALS));
            check(&r, &format!("{file} {triple}"), rows);
        }
    }
}

#[test]
fn outlined_functions_are_part_of_the_graph() {
    // tests/golden/outliner.ll, AArch64 with the outliner; g = 1000.
    // OUTLINED_FUNCTION_3 tail-calls g at 0 -> 1000.
    // caller1: own 16; OUTLINED_FUNCTION_3 at 16 -> 16 + 1000; g at 16 -> 1016.
    // leaf1: OUTLINED_FUNCTION_2, _4 at 0 and a tail call to _0 at 0, all own 0 -> 0.
    let r = report(
        &["tests/golden/outliner.ll"],
        &options(A64, "2", &["-enable-machine-outliner"], EXTERNALS),
    );
    check(
        &r,
        "outliner",
        &[
            ("OUTLINED_FUNCTION_3", 1000, Complete),
            ("OUTLINED_FUNCTION_0", 0, Complete),
            ("caller1", 1016, Complete),
            ("leaf1", 0, Complete),
        ],
    );
}

#[test]
fn internal_names_in_two_modules_are_two_functions() {
    // tests/multi/{a,b}.ll, sink = 1000. Each module has its own internal @helper.
    // x86-64: helper[a] subq $200 -> 208, sink at 208 -> 1208; entry_a pushq -> 16 + 1208 = 1224;
    //         helper[b] subq $40 -> 48 -> 1048; entry_b: helper[b] at 16 -> 1064,
    //         entry_a at 16 -> 16 + 1224 = 1240.
    // AArch64: helper[a] sub #224 -> 1224; entry_a str x30,[sp,#-16]! -> 1240;
    //         helper[b] sub #64 -> 1064; entry_b -> 16 + 1240 = 1256.
    for (triple, ha, ea, hb, eb) in [(X86, 1208, 1224, 1048, 1240), (A64, 1224, 1240, 1064, 1256)] {
        let r = report(
            &["tests/multi/a.ll", "tests/multi/b.ll"],
            &options(triple, "2", &[], EXTERNALS),
        );
        let helpers = r.find("helper");
        assert_eq!(helpers.len(), 2, "{triple}: two internal helpers");
        let mut totals: Vec<u64> = helpers.iter().map(|&h| r.functions[h].total).collect();
        totals.sort();
        assert_eq!(totals, [hb, ha], "{triple}: helper totals");
        check(
            &r,
            triple,
            &[("entry_a", ea, Complete), ("entry_b", eb, Complete)],
        );
        // entry_b's call to helper reaches module b's helper, not a's.
        let entry_b = &r.functions[r.find("entry_b")[0]];
        let to_helper = entry_b
            .calls
            .iter()
            .find(|c| c.callee.as_deref() == Some("helper"))
            .unwrap();
        assert_eq!(
            to_helper.contributes,
            16 + hb,
            "{triple}: entry_b -> helper[b]"
        );
    }
}
