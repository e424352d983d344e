//! The library on hand-written `-stack-report` fixtures (tests/data). Every expected number is
//! derived by hand from the fixture's own_depth and call depths, in the comments.

use std::path::PathBuf;

use stackbound::report::{ReasonEntry, Role};
use stackbound::{
    analyze_record_files, Analysis, AnalysisOptions as Options, Error, Report, Status,
};

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn analyze(files: &[&str], options: &Options) -> Analysis {
    let paths: Vec<PathBuf> = files.iter().map(|f| data(f)).collect();
    analyze_record_files(&paths, options).unwrap_or_else(|e| panic!("{e}"))
}

fn run(files: &[&str], options: &Options) -> Report {
    stackbound::report(&analyze(files, options))
}

/// The explanation of the one function called `name`.
fn explain(a: &Analysis, name: &str) -> stackbound::Explanation {
    let ids = stackbound::report(a).find(name);
    assert_eq!(ids.len(), 1, "{name}: {ids:?}");
    a.explain(a.function_at(ids[0]))
}

fn with_println() -> Options {
    let mut o = Options::default();
    o.assumptions.sizes.insert("println".into(), 72);
    o
}

/// (total, status) of the one function called `name`.
fn get(report: &Report, name: &str) -> (u64, Status) {
    let ids = report.find(name);
    assert_eq!(ids.len(), 1, "{name}: {ids:?}");
    let f = &report.functions[ids[0]];
    (f.total, f.status)
}

fn reasons(report: &Report, name: &str) -> Vec<String> {
    let f = &report.functions[report.find(name)[0]];
    f.reasons
        .iter()
        .map(|r| match r {
            ReasonEntry::Dynamic { name, .. } => format!("dynamic {name}"),
            ReasonEntry::Partial { name, .. } => format!("partial {name}"),
            ReasonEntry::UnknownDepth { name, index, .. } => format!("unknown-sp {name}#{index}"),
            ReasonEntry::Recursive { label, .. } => format!("recursive {label}"),
            ReasonEntry::ConstantStackCycle { label, .. } => format!("constant {label}"),
            ReasonEntry::Unknown { callee, .. } => format!("unknown {callee}"),
            ReasonEntry::Indirect { name, index, .. } => format!("indirect {name}#{index}"),
            ReasonEntry::IndirectResolved {
                name,
                index,
                candidates,
                ..
            } => format!("resolved {name}#{index}: {candidates}"),
        })
        .collect()
}

#[test]
fn seed_example_resolved() {
    // The recorded itable call (main #15, depth 40) has type id 11, which the address-taken
    // Spaceship_launch (own 8, println 72 at depth 0: 80) carries: main = 40 + 80 = 120, still
    // a lower bound for the recursive factorial.
    let mut options = with_println();
    options.resolve_indirect = true;
    let r = run(&["seed.jsonl"], &options);
    assert_eq!(get(&r, "main"), (120, Status::LowerBound));
    assert_eq!(
        reasons(&r, "main"),
        ["recursive factorial", "resolved main#15: 1"]
    );
    let main = &r.functions[r.find("main")[0]];
    let call = main.calls.iter().find(|c| c.index == 15).unwrap();
    assert_eq!(call.role, stackbound::report::Role::Resolved);
    assert_eq!(call.contributes, 120);
    assert_eq!(
        call.candidates.as_deref(),
        Some(&r.find("Spaceship_launch")[..])
    );
}

#[test]
fn seed_example_structure() {
    let r = run(&["seed.jsonl"], &with_println());
    // triple: own 16 (return address + x), no calls.
    assert_eq!(get(&r, "triple"), (16, Status::Complete));
    // main: own 40; triple at depth 40 -> 40 + 16 = 56; factorial and the indirect launch
    // count only their depth (40).
    assert_eq!(get(&r, "main"), (56, Status::LowerBound));
    assert_eq!(
        reasons(&r, "main"),
        ["recursive factorial", "indirect main#15"]
    );
    // factorial: own 16; its self-call at depth 16 is recursive -> 16.
    assert_eq!(get(&r, "factorial"), (16, Status::LowerBound));
    assert_eq!(reasons(&r, "factorial"), ["recursive factorial"]);
    // launch: own 8; println (assumed 72) at depth 8 -> 80.
    assert_eq!(get(&r, "Spaceship_launch"), (80, Status::Complete));

    let main = &r.functions[r.find("main")[0]];
    let roles: Vec<Role> = main.calls.iter().map(|c| c.role).collect();
    assert_eq!(roles, [Role::Counted, Role::Recursive, Role::Indirect]);
    assert_eq!(main.worst_call, Some(0));
}

#[test]
fn unknown_callee_without_assumption() {
    let r = run(&["seed.jsonl"], &Options::default());
    // launch: own 8; println unknown at depth 8 -> max(8, 8 + 0) = 8.
    assert_eq!(get(&r, "Spaceship_launch"), (8, Status::LowerBound));
    assert_eq!(reasons(&r, "Spaceship_launch"), ["unknown println"]);
}

#[test]
fn internal_name_clash_across_modules() {
    let r = run(&["clash_a.jsonl", "clash_b.jsonl"], &Options::default());
    let helpers = r.find("helper");
    assert_eq!(helpers.len(), 2);
    // a.ll helper own 100; b.ll helper own 24.
    assert_eq!(r.find("a.ll:helper").len(), 1);
    assert_eq!(r.functions[r.find("a.ll:helper")[0]].total, 100);
    assert_eq!(r.functions[r.find("b.ll:helper")[0]].total, 24);
    // entry_a: own 16, its own helper at 16 -> 116 (not b's 24 -> 40).
    assert_eq!(get(&r, "entry_a"), (116, Status::Complete));
    // entry_b: own 32; its helper at 32 -> 56; entry_a at 24 -> 140.
    assert_eq!(get(&r, "entry_b"), (140, Status::Complete));
}

#[test]
fn tail_calls_use_the_same_formula() {
    let r = run(&["cases.jsonl"], &Options::default());
    // tail_caller: own 24; tail call to leaf (48) at depth 0 -> 48.
    assert_eq!(get(&r, "tail_caller"), (48, Status::Complete));
    // tail_with_args: own 40; tail call to tail_caller at depth 16 -> 64.
    assert_eq!(get(&r, "tail_with_args"), (64, Status::Complete));
}

#[test]
fn unknown_callees_and_libcalls() {
    let r = run(&["cases.jsonl"], &Options::default());
    // calls_unknown: own 16; mystery and memcpy unknown at depth 16 -> 16.
    assert_eq!(get(&r, "calls_unknown"), (16, Status::LowerBound));
    assert_eq!(
        reasons(&r, "calls_unknown"),
        ["unknown memcpy", "unknown mystery"]
    );
    let mut o = Options::default();
    o.assumptions.sizes.insert("memcpy".into(), 32);
    let r = run(&["cases.jsonl"], &o);
    // memcpy assumed 32 at depth 16 -> 48.
    assert_eq!(get(&r, "calls_unknown"), (48, Status::LowerBound));
    assert_eq!(reasons(&r, "calls_unknown"), ["unknown mystery"]);
}

#[test]
fn dynamic_frames_are_unbounded_transitively() {
    let r = run(&["cases.jsonl"], &Options::default());
    // uses_alloca: own 32; leaf at 32 (SP unknown) -> 80, unbounded.
    assert_eq!(get(&r, "uses_alloca"), (80, Status::Unbounded));
    assert_eq!(
        reasons(&r, "uses_alloca"),
        ["dynamic uses_alloca", "unknown-sp uses_alloca#12"]
    );
    // calls_alloca: own 16; uses_alloca at 16 -> 96; calls_unknown at 16 -> 32.
    assert_eq!(get(&r, "calls_alloca"), (96, Status::Unbounded));
    assert_eq!(
        reasons(&r, "calls_alloca"),
        [
            "dynamic uses_alloca",
            "unknown-sp uses_alloca#12",
            "unknown memcpy",
            "unknown mystery"
        ]
    );
}

#[test]
fn mutual_recursion_and_strict_mode() {
    let r = run(&["cases.jsonl"], &Options::default());
    // even: own 24; odd excluded; leaf at 24 -> 72.
    assert_eq!(get(&r, "even"), (72, Status::LowerBound));
    // odd: own 16; tail call into the cycle excluded -> 16.
    assert_eq!(get(&r, "odd"), (16, Status::LowerBound));
    // parity: own 8; even excluded; tail_with_args at 8 -> 72.
    assert_eq!(get(&r, "parity"), (72, Status::LowerBound));
    assert_eq!(reasons(&r, "parity"), ["recursive even/odd"]);
    let path: Vec<&str> = r.functions[r.find("parity")[0]]
        .worst_path
        .iter()
        .map(|&id| r.functions[id].name.as_str())
        .collect();
    assert_eq!(path, ["parity", "tail_with_args", "tail_caller", "leaf"]);

    let strict = Options {
        strict: true,
        ..Options::default()
    };
    let r = run(&["cases.jsonl"], &strict);
    assert_eq!(get(&r, "parity"), (72, Status::Unbounded));
    assert_eq!(get(&r, "calls_unknown"), (16, Status::Unbounded));
    assert_eq!(get(&r, "tail_with_args"), (64, Status::Complete));
}

#[test]
fn explain_walks_the_worst_path() {
    let a = analyze(&["cases.jsonl"], &Options::default());
    let e = explain(&a, "parity");
    let steps: Vec<(&str, u64)> = e.steps.iter().map(|s| (s.name.as_str(), s.at)).collect();
    // parity at 0 calls tail_with_args at depth 8; that tail-calls tail_caller at depth 16
    // (24 in all); that tail-calls leaf at depth 0 (still 24); leaf adds 48 -> 72.
    assert_eq!(
        steps,
        [
            ("parity", 0),
            ("tail_with_args", 8),
            ("tail_caller", 24),
            ("leaf", 24)
        ]
    );
    let last = e.steps.last().unwrap();
    assert_eq!(last.at + last.total, e.total);

    let a = analyze(&["seed.jsonl"], &with_println());
    let e = explain(&a, "Spaceship_launch");
    let steps: Vec<(&str, u64, u64)> = e
        .steps
        .iter()
        .map(|s| (s.name.as_str(), s.at, s.total))
        .collect();
    assert_eq!(steps, [("Spaceship_launch", 0, 80), ("println", 8, 72)]);
}

#[test]
fn odr_copies_merge_and_strong_beats_weak() {
    let r = run(&["odr_a.jsonl", "odr_b.jsonl"], &Options::default());
    // hook: weak in a (8) loses to external in b (64).
    assert_eq!(get(&r, "hook"), (64, Status::Complete));
    assert_eq!(r.discarded.len(), 1);
    // inline(int): copies own 24 and own 56 + hook at 56 -> max(24, 56 + 64) = 120.
    assert_eq!(get(&r, "_Z6inlinei"), (120, Status::Complete));
    assert_eq!(r.find("inline(int)").len(), 1);
    // user_a: own 16; inline at 16 -> 136.
    assert_eq!(get(&r, "user_a"), (136, Status::Complete));
}

#[test]
fn two_strong_definitions_are_an_error() {
    let paths = [data("odr_a.jsonl"), data("strong_twice.jsonl")];
    let err = analyze_record_files(&paths, &Options::default()).unwrap_err();
    assert!(matches!(err, Error::Graph(_)), "{err}");
    let text = err.to_string();
    assert!(
        text.contains("user_a") && text.contains("odr_a.ll") && text.contains("c.ll"),
        "{text}"
    );
}

#[test]
fn budgets() {
    let mut o = with_println();
    o.assumptions.budgets.insert("main".into(), 48);
    o.assumptions.budgets.insert("triple".into(), 16);
    o.max_stack = Some(64);
    let r = run(&["seed.jsonl"], &o);
    // main 56 > its budget 48; launch 80 > --max-stack 64; triple 16 is within its 16.
    let over: Vec<(&str, u64)> = r
        .violations
        .iter()
        .map(|v| (v.name.as_str(), v.budget.bytes))
        .collect();
    assert_eq!(over, [("Spaceship_launch", 64), ("main", 48)]);
}

#[test]
fn bad_record_files() {
    for (file, needle) in [
        ("empty.jsonl", "empty"),
        ("junk.bin", "binary"),
        ("truncated.jsonl", "no `end` record"),
        ("future.jsonl", "reads schema 3"),
    ] {
        let err = analyze_record_files(&[data(file)], &Options::default()).unwrap_err();
        assert!(matches!(err, Error::Records(_)), "{file}: {err}");
        assert!(err.to_string().contains(needle), "{file}: {err}");
    }
}

#[test]
fn json_round_trips() {
    let r = run(&["seed.jsonl", "cases.jsonl"], &with_println());
    let text = serde_json::to_string(&r).unwrap();
    let back: Report = serde_json::from_str(&text).unwrap();
    assert_eq!(back, r);
}

#[test]
fn inline_asm_that_may_use_the_stack_gives_a_lower_bound() {
    let r = run(&["partial.jsonl"], &Options::default());
    // asm_leaf: own 8, but its asm may push: a lower bound, never a silent 8.
    assert_eq!(get(&r, "asm_leaf"), (8, Status::LowerBound));
    assert_eq!(reasons(&r, "asm_leaf"), ["partial asm_leaf"]);
    // quiet_asm: asm that does not touch the stack keeps the bound exact.
    assert_eq!(get(&r, "quiet_asm"), (8, Status::Complete));
    // caller: 32 + 8 = 40 through either callee, lower bound through asm_leaf.
    assert_eq!(get(&r, "caller"), (40, Status::LowerBound));
    assert_eq!(reasons(&r, "caller"), ["partial asm_leaf"]);
    let strict = Options {
        strict: true,
        ..Options::default()
    };
    let r = run(&["partial.jsonl"], &strict);
    assert_eq!(get(&r, "caller").1, Status::Unbounded);
}

/// One worst path, decided once (by the bound) and reported the same way by every view: the
/// seed's main reaches Spaceship_launch only through its resolved itable call, then println
/// (assumed 72): 40 + 8 + 72 = 120 by hand from seed.jsonl. The analysis' own `worst_path`,
/// the report's `worst_path`, `--explain` (JSON and text), the folded stacks, the DOT
/// highlight, the budget violation and validate's gap classification (which reads
/// `explain_path`, as `--explain` does) all follow it.
#[test]
fn one_worst_path_for_every_view() {
    use stackbound::render::{self, RenderOptions};
    let mut options = with_println();
    options.resolve_indirect = true;
    options.assumptions.budgets.insert("main".into(), 100);
    let a = analyze(&["seed.jsonl"], &options);
    let main_fn = a
        .functions()
        .find(|&f| a.graph().name(f) == "main")
        .unwrap();
    let core: Vec<&str> = a
        .worst_path(main_fn)
        .map(|s| a.graph().name(s.function))
        .collect();
    assert_eq!(core, ["main", "Spaceship_launch"]);
    let first = a.worst_path(main_fn).next().unwrap();
    let resolved = first.call.expect("main's worst call");
    assert_eq!(a.role(resolved), Role::Resolved);
    assert_eq!(a.contribution(resolved), 120);

    let r = stackbound::report(&a);
    let main = r.find("main")[0];
    let launch = r.find("Spaceship_launch")[0];
    assert_eq!(a.report_id(main_fn), main);
    let report_names: Vec<&str> = r.functions[main]
        .worst_path
        .iter()
        .map(|&id| r.functions[id].name.as_str())
        .collect();
    assert_eq!(report_names, core);
    assert_eq!(r.functions[main].total, 120);

    let e = a.explain(main_fn);
    let explained: Vec<&str> = e.steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(explained, ["main", "Spaceship_launch", "println"]);
    assert_eq!(
        e.steps.last().unwrap().at + e.steps.last().unwrap().total,
        120
    );
    assert_eq!(a.explain_path(main_fn), e.steps);

    let view = RenderOptions {
        highlight: Some(main),
        ..RenderOptions::default()
    };
    let mut text = Vec::new();
    render::explanation(&r, &e, &view, &mut text).unwrap();
    let text = String::from_utf8(text).unwrap();
    let at = |name: &str| {
        text.find(name)
            .unwrap_or_else(|| panic!("no {name}:\n{text}"))
    };
    assert!(at("main") < at("Spaceship_launch") && at("Spaceship_launch") < at("println"));

    let mut folded = Vec::new();
    render::folded(&a, &r, &view, &mut folded).unwrap();
    let folded = String::from_utf8(folded).unwrap();
    assert!(
        folded.contains("main;Spaceship_launch;println 72\n"),
        "{folded}"
    );

    let mut dot = Vec::new();
    render::dot(&a, &r, &view, &mut dot).unwrap();
    let dot = String::from_utf8(dot).unwrap();
    let edge = dot
        .lines()
        .find(|l| l.starts_with(&format!("  f{main} -> f{launch} ")))
        .unwrap_or_else(|| panic!("no main -> Spaceship_launch edge:\n{dot}"));
    assert!(edge.contains("color=red"), "{edge}");

    // The budget judges the same total: 120 > 100.
    let violations: Vec<(usize, u64)> =
        r.violations.iter().map(|v| (v.function, v.total)).collect();
    assert_eq!(violations, [(main, 120)]);
    assert_eq!(a.budget_violations().len(), 1);
    assert_eq!(a.budget_violations()[0].function, main_fn);
}
