//! `--resolve-indirect` on real llc output: C++ virtual calls and function pointers resolved by
//! type ids (clang-22 `-fexperimental-call-graph-section`), a Rust `dyn Trait` call resolved by
//! signature, recursion that exists only through a function pointer, and `-call-graph-section`
//! leaving the code unchanged.
//!
//! Every expected number is derived in the comments from the assembly of the stock llc-22
//! (`/usr/lib/llvm-22/bin/llc -O2 FILE.ll -o -`), not from stackbound.

use std::path::Path;
use std::process::Command;

use stackbound::report::ResolvedBy;
use stackbound::report::{ReasonEntry, Report, Role};
use stackbound::{analyze, Options, Status};
use stackbound_tests::{custom_llc, llvm_tool, run, workspace_root, Scratch};

use Status::{Complete, LowerBound};

/// Every external (println, memset) is assumed to need this much: makes each sum visible.
const EXTERNAL: u64 = 100;

fn options(triple: &str, resolve: bool) -> Options {
    let mut o = Options::default();
    o.llc.llc = Some(custom_llc().to_path_buf());
    o.analysis.resolve_indirect = resolve;
    o.analysis.max_reasons = 64;
    o.llc.codegen.triple = Some(triple.into());
    o.llc.codegen.opt_level = Some("2".into());
    for name in ["println", "memset"] {
        o.analysis.assumptions.sizes.insert(name.into(), EXTERNAL);
    }
    o
}

fn analysis(file: &str, options: &Options) -> stackbound::Analysis {
    let input = workspace_root().join(file);
    analyze(&[input], options).unwrap_or_else(|e| panic!("analyze {file}: {e}"))
}

fn report(file: &str, options: &Options) -> Report {
    stackbound::report(&analysis(file, options))
}

fn function<'r>(r: &'r Report, name: &str) -> &'r stackbound::report::FunctionEntry {
    let ids = r.find(name);
    assert_eq!(ids.len(), 1, "{name}: expected one function, found {ids:?}");
    &r.functions[ids[0]]
}

#[track_caller]
fn check(r: &Report, what: &str, rows: &[(&str, u64, Status)]) {
    let wrong: Vec<String> = rows
        .iter()
        .filter_map(|&(name, want, status)| {
            let f = function(r, name);
            let got = (f.total, f.status);
            (got != (want, status)).then(|| format!("{name}: want {want} {status:?}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{what}:\n{}", wrong.join("\n"));
}

/// The names of the candidates of the only indirect call in `caller`, and how they were found.
fn candidates(r: &Report, caller: &str) -> (Option<ResolvedBy>, Vec<String>, Option<String>) {
    let f = function(r, caller);
    let calls: Vec<_> = f.calls.iter().filter(|c| c.candidates.is_some()).collect();
    assert_eq!(calls.len(), 1, "{caller}: {:?}", f.calls);
    let call = calls[0];
    let name = |id: &usize| {
        let g = &r.functions[*id];
        g.demangled.clone().unwrap_or_else(|| g.name.clone())
    };
    let mut names: Vec<String> = call.candidates.iter().flatten().map(name).collect();
    names.sort();
    (
        call.resolved_by,
        names,
        call.worst_candidate.as_ref().map(name),
    )
}

#[test]
fn cpp_virtual_calls_and_function_pointers_by_type_ids() {
    // examples/indirect/ships.cpp: clang++-22 -fexperimental-call-graph-section -O2.
    // launch_it's virtual call and apply's function-pointer call carry !callee_type:
    //   launch_it: _ZTSFvvE.generalized, met by Spaceship::launch and Rocket::launch (address
    //              taken by their vtables);
    //   apply:     _ZTSFllE.generalized, met by triple, factorial and countdown (address taken
    //              by the `ops` table).
    // countdown -> apply -> (ops[2]) countdown is a cycle only through the function pointer.
    //
    // x86-64 assembly (stock llc -O2), println assumed 100:
    //   triple, factorial: no frame, no call                              -> 8
    //   Spaceship::launch: jmp println (tail, depth 0)                    -> 0 + 100 = 100
    //   Rocket::launch:    subq $264, %rsp ; callq println                -> 8 + 264 = 272; 272 + 100 = 372
    //   launch_it:         jmpq *(%rax) (tail, depth 0)                   -> max(100, 372) = 372
    //   apply:             jmpq *_ZL3ops(,%rax,8) (tail, depth 0)         -> triple 8, factorial 8,
    //                      countdown recursive (excluded)                 -> 8, ≥
    //   countdown:         pushq %rax ; callq apply (recursive)           -> 16, ≥
    //   main:              pushq %rbx ; subq $32, %rsp ; callq launch_it  -> 48; 48 + 372 = 420;
    //                      callq apply (recursive, excluded)              -> 420, ≥
    // AArch64 assembly:
    //   triple, factorial: ret                                            -> 0
    //   Spaceship::launch: b println                                      -> 100
    //   Rocket::launch:    sub sp, sp, #288 ; bl println                  -> 288 + 100 = 388
    //   launch_it:         br x1                                          -> max(100, 388) = 388
    //   apply:             br x2                                          -> 0, ≥
    //   countdown:         stp x29, x30, [sp, #-16]! ; bl apply           -> 16, ≥
    //   main:              sub sp, sp, #48 ; bl launch_it                 -> 48 + 388 = 436, ≥
    for (arch, triple, rocket, main, zero) in [
        ("x86_64", "x86_64-unknown-linux-gnu", 372, 420, 8),
        ("aarch64", "aarch64-unknown-linux-gnu", 388, 436, 0),
    ] {
        let file = format!("examples/indirect/ships-{arch}.ll");
        let a = analysis(&file, &options(triple, true));
        let r = stackbound::report(&a);
        assert!(r.resolve_indirect);
        check(
            &r,
            triple,
            &[
                ("triple(long)", zero, Complete),
                ("factorial(long)", zero, Complete),
                ("Spaceship::launch()", 100, Complete),
                ("Rocket::launch()", rocket, Complete),
                ("launch_it(IShip&)", rocket, Complete),
                ("apply(int, long)", zero, LowerBound),
                ("countdown(long)", 16, LowerBound),
                ("main", main, LowerBound),
            ],
        );
        let (by, names, worst) = candidates(&r, "launch_it(IShip&)");
        assert_eq!(by, Some(ResolvedBy::TypeIds));
        assert_eq!(names, ["Rocket::launch()", "Spaceship::launch()"]);
        assert_eq!(worst.as_deref(), Some("Rocket::launch()"));
        let (by, names, _) = candidates(&r, "apply(int, long)");
        assert_eq!(by, Some(ResolvedBy::TypeIds));
        assert_eq!(
            names,
            ["countdown(long)", "factorial(long)", "triple(long)"]
        );

        // The cycle through the pointer is found: apply and countdown are one component.
        let cycle = r
            .cycles
            .iter()
            .find(|c| c.members.contains(&r.find("countdown(long)")[0]))
            .unwrap_or_else(|| panic!("{triple}: no cycle through countdown: {:?}", r.cycles));
        assert!(cycle.members.contains(&r.find("apply(int, long)")[0]));

        // The resolved call is listed, informational, on launch_it and its caller.
        let launch_it = function(&r, "launch_it(IShip&)");
        assert!(matches!(
            launch_it.reasons[..],
            [ReasonEntry::IndirectResolved {
                by: ResolvedBy::TypeIds,
                candidates: 2,
                ..
            }]
        ));
        assert!(function(&r, "main")
            .reasons
            .iter()
            .any(|x| matches!(x, ReasonEntry::IndirectResolved { .. })));

        // The explanation walks into the deepest candidate.
        let e = a.explain(a.function_at(function(&r, "main").id));
        let path: Vec<&str> = e.steps.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            path,
            [
                "main",
                "_Z9launch_itR5IShip",
                "_ZN6Rocket6launchEv",
                "println"
            ],
            "{triple}"
        );

        // Without --resolve-indirect the calls stay excluded, as before: launch_it is its own
        // frame only (8 on x86-64, 0 on AArch64) and apply is no longer recursive.
        let plain = report(&file, &options(triple, false));
        assert!(!plain.resolve_indirect);
        check(
            &plain,
            triple,
            &[
                ("launch_it(IShip&)", zero, LowerBound),
                ("apply(int, long)", zero, LowerBound),
            ],
        );
        assert!(plain.cycles.is_empty(), "{:?}", plain.cycles);
        assert!(function(&plain, "launch_it(IShip&)")
            .calls
            .iter()
            .all(|c| c.candidates.is_none() && c.role == Role::Indirect));
    }
}

#[test]
fn rust_dyn_trait_call_by_signature() {
    // examples/indirect/ships.rs: rustc 1.95 -C opt-level=2 -C panic=abort. No type ids: the
    // `dyn Ship` call in launch_it has the IR signature `void (ptr)`, as do the two `launch`
    // methods (address taken by their vtables). x86-64 assembly, println and memset assumed 100:
    //   <Spaceship as Ship>::launch: jmpq *println@GOTPCREL(%rip) (tail)   -> 0 + 100 = 100
    //   <Rocket as Ship>::launch:    pushq %rbx ; subq $528, %rsp ;
    //                                callq *memset@GOTPCREL ; callq *println@GOTPCREL
    //                                -> 8 + 8 + 528 = 544; 544 + 100 = 644
    //   launch_it:                   jmpq *24(%rsi) (tail, depth 0)        -> max(100, 644) = 644
    //   fleet:                       subq $24, %rsp ; callq *launch_it@GOTPCREL
    //                                -> 8 + 24 = 32; 32 + 644 = 676
    let triple = "x86_64-unknown-linux-gnu";
    let r = report("examples/indirect/ships-rs.ll", &options(triple, true));
    check(
        &r,
        "rust",
        &[
            ("<ships::Spaceship as ships::Ship>::launch", 100, Complete),
            ("<ships::Rocket as ships::Ship>::launch", 644, Complete),
            ("launch_it", 644, Complete),
            ("fleet", 676, Complete),
        ],
    );
    let (by, names, worst) = candidates(&r, "launch_it");
    assert_eq!(by, Some(ResolvedBy::Signature));
    assert_eq!(
        names,
        [
            "<ships::Rocket as ships::Ship>::launch",
            "<ships::Spaceship as ships::Ship>::launch"
        ]
    );
    assert_eq!(
        worst.as_deref(),
        Some("<ships::Rocket as ships::Ship>::launch")
    );
    let plain = report("examples/indirect/ships-rs.ll", &options(triple, false));
    check(
        &plain,
        "rust without --resolve-indirect",
        &[("launch_it", 8, LowerBound), ("fleet", 40, LowerBound)],
    );
}

#[test]
fn seed_example_resolves_the_itable_call() {
    // examples/seed/seed.ll at -O0: `%fn(ptr %self)` through the itable has signature
    // `void (ptr)`; Spaceship.launch is the one address-taken `void (ptr)` function.
    // x86-64: main subq $40 + push of the return address = 48; the indirect call at 48;
    // Spaceship.launch 88 (tests/tests/report.rs) -> 48 + 88 = 136.
    // AArch64: main sub sp, sp, #64 and the call at 64; Spaceship.launch 104 -> 168.
    for (triple, main) in [
        ("x86_64-unknown-linux-gnu", 136),
        ("aarch64-unknown-linux-gnu", 168),
    ] {
        let mut o = options(triple, true);
        o.llc.codegen.opt_level = Some("0".into());
        o.analysis.assumptions.sizes.insert("println".into(), 72);
        let r = report("examples/seed/seed.ll", &o);
        // Still ≥: factorial is recursive and malloc unknown; the launch is now counted.
        check(&r, triple, &[("main", main, LowerBound)]);
        let (by, names, _) = candidates(&r, "main");
        assert_eq!(by, Some(ResolvedBy::Signature));
        assert_eq!(names, ["Spaceship.launch"]);
        assert!(!function(&r, "main")
            .reasons
            .iter()
            .any(|x| matches!(x, ReasonEntry::Indirect { .. })));
    }
}

/// `-call-graph-section` (what `--resolve-indirect` adds) records type ids; the code is the same:
/// the disassembly with relocations of every executable section is identical.
#[test]
fn call_graph_section_does_not_change_code() {
    let files = [
        (
            "examples/indirect/ships-x86_64.ll",
            "x86_64-unknown-linux-gnu",
        ),
        (
            "examples/indirect/ships-aarch64.ll",
            "aarch64-unknown-linux-gnu",
        ),
        ("examples/indirect/ships-rs.ll", "x86_64-unknown-linux-gnu"),
        (
            "tests/corpus/c-funcptr-x86_64-O2.ll",
            "x86_64-unknown-linux-gnu",
        ),
        (
            "tests/corpus/c-funcptr-aarch64-O2.ll",
            "aarch64-unknown-linux-gnu",
        ),
    ];
    let scratch = Scratch::new("call-graph-section");
    for (i, (file, triple)) in files.iter().enumerate() {
        let input = workspace_root().join(file);
        let disassemble = |tag: &str, extra: &[&str]| -> String {
            let object = scratch.path().join(format!("{i}-{tag}.o"));
            run(Command::new(custom_llc())
                .arg(&input)
                .args(["-O2", "-filetype=obj", &format!("-mtriple={triple}")])
                .args(extra)
                .arg("-o")
                .arg(&object));
            disassembly(&object)
        };
        let plain = disassemble("plain", &[]);
        let with = disassemble("cgs", &["-call-graph-section"]);
        assert!(plain.lines().count() > 10, "{file}: {plain}");
        assert_eq!(plain, with, "{file}: -call-graph-section changed the code");
    }
}

/// `llvm-objdump -dr` without the line naming the file.
fn disassembly(object: &Path) -> String {
    let out = run(Command::new(llvm_tool("llvm-objdump"))
        .arg("-dr")
        .arg(object));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.contains("file format"))
        .collect::<Vec<_>>()
        .join("\n")
}
