//! Call-site census: every call instruction in the object is a call site in the report.
//!
//! Independent of the pass's own idea of what a call is: each module is compiled by the custom
//! llc to an object and a report in one run, the object is disassembled with the stock
//! `llvm-objdump -dr --no-show-raw-insn`, and the call instructions of each function symbol
//! (x86-64 `call`/`callq`; AArch64 `bl`, `blr`, `blraa`, `blrab`, `blraaz`, `blrabz`; ARM `bl`,
//! `blx`; RISC-V `jal`/`jalr` that link a register) are counted
//! and named (from the call's relocation, or the `<symbol>` objdump prints for a call it resolved
//! itself). Each function's calls must be, one for one and in order, its recorded non-tail call
//! sites; a call the pass does not record (a pseudo that the AsmPrinter lowers to a call, as
//! `TLS_addr64` becomes `call __tls_get_addr`) is a silent underestimate and fails here with the
//! function, the object and both counts. Allowed differences, each checked:
//!
//! - tail calls are jumps (`jmp`, `b`, `br`): their records (`"tail":true`) are not counted;
//! - a call to a label inside the same function (retpoline thunks) pushes a return address but
//!   leaves nothing; the function must carry the `intra-function-call` flag;
//! - one call instruction may be several records with the same `index` (a retpoline/SLS thunk
//!   call is the thunk plus the indirect callee behind it);
//! - an outlined function whose SP effect depends on its caller is absorbed
//!   (`outlined-absorbed`): the `bl` to it is replaced by its own calls;
//! - a RISC-V call to `__riscv_save_N` through `t0` (save/restore millicode, `-msave-restore`)
//!   is the caller's frame set-up, walked as an SP adjustment: it is no call site;
//! - a symbol the AsmPrinter emits without a machine function (HWASan check thunks) has no
//!   record and must contain no call.
//!
//! Inputs: every corpus file under the option sets of `identical.rs`, and a few C sources
//! compiled fresh by clang under codegen variants that add calls or sleds late: dynamic TLS
//! models, TLS descriptors, stack protectors, KCFI, CET, retpolines, XRay, patchable entries,
//! `-pg` / `-mfentry`, branch protection and HWASan.

use std::collections::BTreeSet;
use std::path::Path;

use stackbound_core::records::{CallKind, CallRecord, ModuleReport};
use stackbound_tests::cases::{build_case, corpus_cases, variant_cases, Case};
use stackbound_tests::objdump::{
    call_units, record_call_groups, strip_addend, CallInsn, DisFunction, Unit,
};
use stackbound_tests::*;

// ---------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------

/// The record's callee: the pass writes names as the object has them (without LLVM's `\1`
/// "no mangling" prefix), so the two must be equal as they are.
fn object_name(callee: &str) -> &str {
    callee
}

/// Whether a recorded callee is the symbol the disassembly names. The pass names the generic
/// sanitizer check (`__hwasan_check_memaccess`); the object calls a per-register thunk.
fn same_callee(recorded: &str, disassembled: &str) -> bool {
    let r = object_name(recorded);
    r == disassembled
        || (r == "__hwasan_check_memaccess" && disassembled.starts_with("__hwasan_check_"))
        || (r == "__asan_check_memaccess" && disassembled.starts_with("__asan_check_"))
}

fn describe_record(c: &CallRecord) -> String {
    let kind = call_kind_name(c.kind);
    match c.callee.as_deref() {
        Some(callee) => format!("{kind} {}", object_name(callee)),
        None => kind,
    }
}

#[derive(Default)]
struct Tally {
    functions: usize,
    calls: usize,
    named: BTreeSet<String>,
    intra: usize,
}

/// Checks one object against its report; returns every mismatch.
fn check_object(
    label: &str,
    obj: &Path,
    funcs: &[DisFunction],
    report: &ModuleReport,
    tally: &mut Tally,
) -> Vec<String> {
    let mut errors = Vec::new();
    let by_name = |n: &str| report.functions.iter().find(|f| object_name(&f.name) == n);
    for f in funcs {
        let rec = f.names.iter().find_map(|n| by_name(n));
        let intra: Vec<&CallInsn> = f.calls.iter().filter(|c| c.intra).collect();
        let calls: Vec<&CallInsn> = f
            .calls
            .iter()
            .filter(|c| !c.intra && !c.frame_helper)
            .collect();
        let fname = f.names.join("/");
        let Some(rec) = rec else {
            if !f.calls.is_empty() {
                errors.push(format!(
                    "{label}: {fname} ({} in {}): {} call instruction(s), no function record: {}",
                    f.section,
                    obj.display(),
                    f.calls.len(),
                    f.calls
                        .iter()
                        .map(|c| format!("{:#x}: {}", c.addr, c.text))
                        .collect::<Vec<_>>()
                        .join("; ")
                ));
            }
            continue;
        };
        tally.functions += 1;
        tally.calls += f.calls.len();
        tally.intra += intra.len();
        if !intra.is_empty() && !rec.flags.iter().any(|f| f == "intra-function-call") {
            errors.push(format!(
                "{label}: {fname} in {}: {} call(s) into the function itself ({}) but no intra-function-call flag",
                obj.display(),
                intra.len(),
                intra.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join("; ")
            ));
        }
        // Non-tail call records, grouped by the instruction they come from; calls to absorbed
        // outlined functions stand for the outlined function's own calls.
        let groups = record_call_groups(rec);
        let units = call_units(f, rec, funcs);
        let mismatch = |why: String| {
            format!(
                "{label}: {fname} in {}: {why}\n    call instructions ({}): {}\n    recorded non-tail call sites ({}): {}",
                obj.display(),
                calls.len(),
                calls
                    .iter()
                    .map(|c| format!("{:#x}: {}{}", c.addr, c.text, c.name.as_ref().map(|n| format!(" [{n}]")).unwrap_or_default()))
                    .collect::<Vec<_>>()
                    .join("; "),
                groups.len(),
                groups
                    .iter()
                    .map(|g| g.iter().map(|c| describe_record(c)).collect::<Vec<_>>().join(" + "))
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        };
        if units.len() != groups.len() {
            let what = if units.len() > groups.len() {
                "MORE call instructions than recorded call sites (a silent underestimate)"
            } else {
                "fewer call instructions than recorded call sites"
            };
            errors.push(mismatch(format!(
                "{what}: {} vs {}",
                units.len(),
                groups.len()
            )));
            continue;
        }
        for (u, g) in units.iter().zip(&groups) {
            match u {
                Unit::Absorbed(n, k) => {
                    if g.len() != *k {
                        errors.push(mismatch(format!(
                            "absorbed {n} makes {k} call(s), the group recorded for it has {}",
                            g.len()
                        )));
                    }
                }
                Unit::Call(c) => {
                    let Some(name) = c.name.as_deref() else {
                        continue;
                    };
                    tally.named.insert(name.to_string());
                    // Thunk calls and TLS descriptors are recorded as indirect.
                    if g.iter().any(|r| r.kind == CallKind::Indirect) {
                        continue;
                    }
                    if !g
                        .iter()
                        .any(|r| r.callee.as_deref().is_some_and(|rc| same_callee(rc, name)))
                    {
                        errors.push(mismatch(format!(
                            "the call at {:#x} calls {name}, the record says {}",
                            c.addr,
                            g.iter()
                                .map(|r| describe_record(r))
                                .collect::<Vec<_>>()
                                .join(" + ")
                        )));
                    }
                }
            }
        }
    }
    errors
}

// ---------------------------------------------------------------------------------------------
// Cases (tests/src/cases.rs)
// ---------------------------------------------------------------------------------------------

/// Compiles one case, disassembles it and checks it; Ok(tally) or the mismatches.
fn run_case(case: &Case, dir: &Path) -> Result<Tally, String> {
    let built = build_case(case, dir)?;
    let mut tally = Tally::default();
    let errors = check_object(
        &case.label,
        &built.obj,
        &built.funcs,
        &built.report,
        &mut tally,
    );
    if errors.is_empty() {
        Ok(tally)
    } else {
        Err(errors.join("\n"))
    }
}

#[test]
fn every_call_instruction_is_a_recorded_call_site() {
    let mut cases = corpus_cases();
    let corpus = cases.len();
    cases.extend(variant_cases());
    let scratch = Scratch::new("census");
    let dir = scratch.path();
    let results = par_map(&cases, |c| run_case(c, dir));
    let mut total = Tally::default();
    let mut failures = Vec::new();
    for (r, case) in results.into_iter().zip(&cases) {
        match r {
            Ok(Ok(t)) => {
                total.functions += t.functions;
                total.calls += t.calls;
                total.intra += t.intra;
                total.named.extend(t.named);
            }
            Ok(Err(e)) => failures.push(e),
            Err(p) => failures.push(format!("{}: panicked: {p}", case.label)),
        }
    }
    eprintln!(
        "census: {} cases ({corpus} corpus, {} variant builds): {} functions, {} call instructions \
         ({} into their own function), {} distinct callees named; {} cases failed",
        cases.len(),
        cases.len() - corpus,
        total.functions,
        total.calls,
        total.intra,
        total.named.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "census: {} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
    // Not vacuous: the calls that exist only after the AsmPrinter were seen and matched.
    for want in [
        "__tls_get_addr",
        "__fentry__",
        "__xray_CustomEvent",
        "__xray_TypedEvent",
        "__stack_chk_fail",
        "mcount",
        "_mcount",
    ] {
        assert!(
            total.named.contains(want),
            "census: no call to {want} in any disassembly"
        );
    }
    assert!(
        total.named.iter().any(|n| n.starts_with("__hwasan_check_")),
        "census: no HWASan check thunk call in any disassembly"
    );
    assert!(
        total.intra > 0,
        "census: no intra-function call (retpoline thunk) seen"
    );
}

// ---------------------------------------------------------------------------------------------
// The parser on fixed text
// ---------------------------------------------------------------------------------------------

#[test]
fn names_callees() {
    // The objdump parser's own tests are in tests/src/objdump.rs.
    assert!(!same_callee("\u{1}_mcount", "_mcount"));
    assert!(same_callee("_mcount", "_mcount"));
    assert!(same_callee(
        "__hwasan_check_memaccess",
        "__hwasan_check_x1_0_short_v2"
    ));
    assert_eq!(strip_addend("use-0x4"), "use");
}
