//! Whole programs, joined as the linker joins them: a function pointer set in another module,
//! aliases (C `__attribute__((alias))`, C++ constructor and destructor aliases), a weak alias
//! overridden by a strong definition, a callback table in a global initializer, ifuncs, an
//! address-taken declaration, and an indirect call with no candidate.
//!
//! The programs are `tests/whole_program/*.c`/`*.cpp`, compiled per module (see the README
//! there). Every expected x86-64 number is derived in the comments from the assembly of the
//! stock llc-22 (`/usr/lib/llvm-22/bin/llc -O2 FILE-x86_64.ll -o -`); `validate/corpus`
//! measures the same shapes on a painted stack (hook_cross_module: `run` after `set_deep`
//! touches 4120 bytes). AArch64 checks the same structure: which code each call reaches.

use std::path::PathBuf;

use stackbound::report::{FunctionEntry, ReasonEntry, Report};
use stackbound::{analyze, Options, Status};
use stackbound_tests::{custom_llc, workspace_root};

use Status::{Complete, LowerBound};

const TARGETS: [(&str, &str); 2] = [
    ("x86_64", "x86_64-unknown-linux-gnu"),
    ("aarch64", "aarch64-unknown-linux-gnu"),
];

fn analyze_program(modules: &[&str], arch: &str, triple: &str, resolve: bool) -> Report {
    let inputs: Vec<PathBuf> = modules
        .iter()
        .map(|m| workspace_root().join(format!("tests/whole_program/{m}-{arch}.ll")))
        .collect();
    let mut options = Options::default();
    options.llc.llc = Some(custom_llc().to_path_buf());
    options.llc.codegen.triple = Some(triple.into());
    options.llc.codegen.opt_level = Some("2".into());
    options.analysis.resolve_indirect = resolve;
    options.analysis.max_reasons = 64;
    let analysis =
        analyze(&inputs, &options).unwrap_or_else(|e| panic!("{modules:?} for {arch}: {e}"));
    stackbound::report(&analysis)
}

fn function<'r>(r: &'r Report, name: &str) -> &'r FunctionEntry {
    let ids = r.find(name);
    assert_eq!(ids.len(), 1, "{name}: expected one function, found {ids:?}");
    &r.functions[ids[0]]
}

#[track_caller]
fn expect(r: &Report, name: &str, total: u64, status: Status) {
    let f = function(r, name);
    assert_eq!(
        (f.total, f.status),
        (total, status),
        "{name}: reasons {:?}",
        f.reasons
    );
}

/// The program: `deep` (4 KB frame, hook_a.c) is stored in `hook` only by hook_b.c,
/// whose `run` calls through `hook`. Before linking used the program-wide address-taken set,
/// `run` was a complete 8.
///   deep: subq $4104, %rsp ; callq sink      -> 8 + 4104 = 4112; sink: retq (8) -> 4120
///   small: retq                              -> 8
///   run:  jmpq *%rax (tail, depth 0)         -> max(small 8, deep 4120) = 4120
#[test]
fn pointer_set_in_another_module() {
    for (arch, triple) in TARGETS {
        // Type ids on both sides; signatures only; and a typed site with an untyped `deep`
        // (a module built without -fexperimental-call-graph-section), which must still match.
        for modules in [
            ["hook_a", "hook_b", "hook_c"],
            ["hook_a-untyped", "hook_b-untyped", "hook_c"],
            ["hook_a-untyped", "hook_b", "hook_c"],
        ] {
            let r = analyze_program(&modules, arch, triple, true);
            let deep = function(&r, "deep").total;
            if arch == "x86_64" {
                assert_eq!(deep, 4120);
            }
            expect(&r, "run", deep, Complete);
            let world = r.indirect_world.as_ref().expect("closed-world statement");
            assert_eq!((world.assumption.as_str(), world.modules), ("closed", 3));
            // A budget below the measured 4120 must fail the program.
            assert!(function(&r, "run").total > 1000);
        }
        // Without resolution the pointer call is excluded, never counted as nothing.
        let r = analyze_program(&["hook_a", "hook_b", "hook_c"], arch, triple, false);
        assert_eq!(function(&r, "run").status, LowerBound);
    }
}

/// Aliases and weak definitions:
///   api_impl: subq $1000, %rsp ; callq consume           -> 1008 + 8 = 1016
///   use_api:  jmp api (tail, 0); api = api_impl (alias_impl.c) -> 1016
///   hookable (weak_override.c, strong): subq $2008 ; callq consume -> 2016 + 8 = 2024
///   call_hookable: jmp hookable (tail, 0): the strong one, not the weak alias's
///                  hookable_default (8)                   -> 2024
///   cb_heavy: subq $2872 ; movb -128(%rsp) (red zone)     -> 8 + 2872 + 128 = 3008
///   run_callbacks: pushq %rbx ; callq *callbacks          -> 16 + max(cb_light 8, cb_heavy 3008)
///                  = 3024; jmpq *callbacks+8 (tail, 0)    -> 3024
/// The callbacks' addresses are taken only in alias_use.c's initializer.
#[test]
fn aliases_weak_overrides_and_callback_tables() {
    for (arch, triple) in TARGETS {
        let modules = ["alias_impl", "alias_use", "weak_override", "callbacks"];
        let r = analyze_program(&modules, arch, triple, true);
        let api_impl = function(&r, "api_impl").total;
        let strong = function(&r, "hookable").total;
        let heavy = function(&r, "cb_heavy").total;
        if arch == "x86_64" {
            assert_eq!((api_impl, strong, heavy), (1016, 2024, 3008));
            expect(&r, "run_callbacks", 3024, Complete);
        }
        expect(&r, "use_api", api_impl, Complete);
        expect(&r, "call_hookable", strong, Complete);
        assert!(function(&r, "hookable_default").total < strong);
        assert!(function(&r, "run_callbacks").total > heavy);
        assert_eq!(function(&r, "run_callbacks").status, Complete);
        // The weak alias lost its name: nothing reports it as the program's `hookable`.
        assert_eq!(r.find("hookable").len(), 1);
    }
}

/// C++ across modules: `Big b;` in big_use.cpp calls _ZN3BigC1Ev and _ZN3BigD1Ev, which
/// big.cpp defines as aliases of C2/D2; the virtual call in use_shape reaches the overriders
/// that only shapes.cpp's vtables name.
///   C2: pushq %rbx ; subq $1024 ; callq consume     -> 8 + 8 + 1024 = 1040 + 8 = 1048
///   D2: pushq %rbx ; subq $512 ; callq consume      -> 528 + 8 = 536
///   use_big: pushq %r14 ; pushq %rbx ; subq $2056 ; callq C1, D1
///            -> 8 + 16 + 2056 = 2080; 2080 + 1048 = 3128
///   Blob::area: subq $1384 ; movb -128(%rsp)         -> 8 + 1384 + 128 = 1520
///   use_shape: pushq %rbx ; callq make_shape (8)     -> 24; jmpq *%rcx (tail, 0) -> 1520
#[test]
fn cpp_constructors_destructors_and_virtual_calls_across_modules() {
    for (arch, triple) in TARGETS {
        let r = analyze_program(&["big", "big_use", "shapes"], arch, triple, true);
        let use_big = function(&r, "use_big");
        assert_eq!(use_big.status, Complete, "{:?}", use_big.reasons);
        assert!(
            !use_big
                .reasons
                .iter()
                .any(|r| matches!(r, ReasonEntry::Unknown { .. })),
            "the constructor alias is not unknown: {:?}",
            use_big.reasons
        );
        let blob = function(&r, "_ZNK12_GLOBAL__N_14Blob4areaEl").total;
        if arch == "x86_64" {
            expect(&r, "use_big", 3128, Complete);
            assert_eq!(blob, 1520);
        }
        expect(&r, "use_shape", blob, Complete);
    }
}

/// ifuncs: `pick`'s resolver returns pick_big or pick_small (a select), so a call to it is an
/// indirect call with those two candidates; `opaque`'s returns a loaded pointer: unknown.
///   pick_big: pushq %rbx ; subq $512 ; callq consume -> 8 + 8 + 512 = 528 + 8 = 536
///   call_pick: pushq %rax ; callq pick               -> 16 + 536 = 552
#[test]
fn ifunc_calls() {
    for (arch, triple) in TARGETS {
        let r = analyze_program(
            &["ifunc_def", "ifunc_use", "callbacks"],
            arch,
            triple,
            false,
        );
        let big = function(&r, "pick_big").total;
        if arch == "x86_64" {
            assert_eq!(big, 536);
            expect(&r, "call_pick", 552, Complete);
        }
        assert_eq!(function(&r, "call_pick").status, Complete);
        assert!(function(&r, "call_pick").total > big);
        let opaque = function(&r, "call_opaque");
        assert_eq!(opaque.status, LowerBound);
        assert!(opaque.reasons.iter().any(|r| matches!(
            r,
            ReasonEntry::Unknown {
                callee,
                callee_kind: stackbound::report::ExternalKind::Ifunc,
            }
                if callee == "opaque"
        )));
    }
}

/// `malloc` stored in a pointer is a candidate of unknown size; a call whose type nothing
/// taken has is excluded with no candidate, not counted as nothing.
#[test]
fn taken_declarations_and_sites_without_candidates() {
    for (arch, triple) in TARGETS {
        let r = analyze_program(&["taken_decl"], arch, triple, true);
        let allocate = function(&r, "allocate");
        assert_eq!(allocate.status, LowerBound);
        assert!(allocate
            .reasons
            .iter()
            .any(|r| matches!(r, ReasonEntry::Unknown { callee, .. } if callee == "malloc")));
        let none = function(&r, "no_candidate");
        assert_eq!(none.status, LowerBound);
        assert!(none.reasons.iter().any(|r| matches!(
            r,
            ReasonEntry::Indirect {
                no_candidates: true,
                ..
            }
        )));
        let world = r.indirect_world.as_ref().unwrap();
        assert_eq!(world.address_taken_undefined, vec!["malloc".to_string()]);
    }
}

/// Resolution by signature compares calling conventions too: the `tailcc` call in dispatch
/// reaches tail_small (retq: 8), never the C function c_deep of the same IR type (1,000-byte
/// frame and an unknown callee), although both are address-taken in `@hooks`.
///   dispatch: jmpq *%rdi (tail, depth 0) -> tail_small 8
#[test]
fn signatures_include_the_calling_convention() {
    let r = analyze_program(&["cc_match"], "x86_64", "x86_64-unknown-linux-gnu", true);
    expect(&r, "dispatch", 8, Complete);
    let dispatch = function(&r, "dispatch");
    let call = dispatch
        .calls
        .iter()
        .find(|c| c.candidates.is_some())
        .unwrap();
    let names: Vec<&str> = call
        .candidates
        .iter()
        .flatten()
        .map(|&id| r.functions[id].name.as_str())
        .collect();
    assert_eq!(names, ["tail_small"]);
}
