//! SP-depth cross-check from the disassembly, in the spirit of Hubris's stack checker.
//!
//! Independent of the pass: each module is compiled by the custom llc to an object and a report
//! in one run (the inputs of `census.rs`, tests/src/cases.rs), the object is disassembled with the
//! stock `llvm-objdump -dr --no-show-raw-insn`, and the SP arithmetic of every function is
//! interpreted from the text alone by tests/src/sp_walk (the deepest byte each function touches
//! and the SP depth at each call instruction; its unit tests check it on fixed text).
//!
//! Against the report: `own_depth` must be >= the disassembly's deepest depth, and equal to it
//! when the record is not dynamic, has only informational flags and the function was not
//! skipped; every call instruction's depth must equal its record's `depth` (paired in order as the
//! census pairs them). A function whose SP arithmetic the walk cannot follow is skipped with a
//! reason, and the skips are counted in the summary.
//! One allowance, checked: on x86-64 an indexed operand (`-0x30(%rsp,%r8)`) or an address taken
//! below SP (`lea -0xe0(%rbp), %rcx`) reaches red-zone bytes the walk cannot bound; a `red-zone`
//! record may then be deeper than the walk, but no deeper than the deepest SP plus the 128 bytes
//! the ABI allows below it. Negative control: `STACKBOUND_SP_CHECK_TAMPER=1` lowers every recorded
//! depth by 8 in the comparison, and the test must fail.

use std::collections::BTreeMap;

use stackbound_core::records::{ModuleReport, INFORMATIONAL_FLAGS};
use stackbound_tests::cases::{build_case, corpus_cases, variant_cases, Case};
use stackbound_tests::objdump::{call_units, record_call_groups, DisFunction, Unit};
use stackbound_tests::sp_walk::{outlined_summaries, walk};
use stackbound_tests::*;

// ---------------------------------------------------------------------------------------------
// Comparison with the report
// ---------------------------------------------------------------------------------------------

#[derive(Default, Debug)]
struct Tally {
    functions: usize,
    equal: usize,
    /// Checked with >= only (dynamic, or a flag that is not informational).
    bounded: usize,
    /// Equal not required: x86 red-zone bytes reached through an index or a pointer.
    red_zone_opaque: usize,
    calls: usize,
    skipped: BTreeMap<String, usize>,
}

/// A recorded depth as the walk counts (`i64`); no real depth comes near `i64::MAX`.
fn depth(recorded: u64) -> i64 {
    i64::try_from(recorded).unwrap_or(i64::MAX)
}

fn skip_class(why: &str) -> String {
    let w = why.split(" (").next().unwrap_or(why);
    if w.starts_with("unknown sp write") {
        "unknown sp write".into()
    } else if w.starts_with("outlined call") {
        "outlined call".into()
    } else if w.starts_with("probe loop") {
        "probe loop".into()
    } else {
        w.to_string()
    }
}

/// Checks one object's functions against its report; returns every disagreement.
fn check_object(
    label: &str,
    obj: &str,
    funcs: &[DisFunction],
    report: &ModuleReport,
    lower: i64,
    tally: &mut Tally,
) -> Vec<String> {
    let outlined = outlined_summaries(funcs);
    let mut errors = Vec::new();
    for f in funcs {
        let Some(rec) = f.names.iter().find_map(|n| function_record(report, n)) else {
            continue;
        };
        let fname = f.names.join("/");
        tally.functions += 1;
        let w = match walk(f, &outlined) {
            Ok(w) => w,
            Err(why) => {
                *tally.skipped.entry(skip_class(&why)).or_default() += 1;
                if std::env::var_os("STACKBOUND_SP_CHECK_VERBOSE").is_some() {
                    eprintln!(
                        "sp_check: {label}: {fname}: skipped: {why} (record dynamic: {})",
                        rec.dynamic
                    );
                }
                continue;
            }
        };
        let own = depth(rec.own_depth) - lower;
        let flags = &rec.flags;
        let exact = !rec.dynamic
            && flags
                .iter()
                .all(|f| INFORMATIONAL_FLAGS.contains(&f.as_str()));
        if own < w.deepest {
            errors.push(format!(
                "{label}: {fname} in {obj}: UNDERESTIMATE: own_depth {own} < {} from the disassembly (flags {flags:?})",
                w.deepest
            ));
        } else if exact
            && own > w.deepest
            && flags.iter().any(|f| f == "red-zone")
            && w.opaque_below_sp
            && own <= w.deepest_sp + 128
        {
            // The red zone reached through an index or a pointer: the record's frame objects
            // go deeper than any operand the walk can bound, but stay within the 128 bytes the
            // x86-64 ABI allows below SP.
            tally.red_zone_opaque += 1;
        } else if exact && own != w.deepest {
            errors.push(format!(
                "{label}: {fname} in {obj}: own_depth {own} != {} from the disassembly (flags {flags:?})",
                w.deepest
            ));
        } else if exact {
            tally.equal += 1;
        } else {
            tally.bounded += 1;
        }
        // Calls, paired as the census pairs them.
        let groups = record_call_groups(rec);
        let units = call_units(f, rec, funcs);
        if units.len() != groups.len() {
            errors.push(format!(
                "{label}: {fname} in {obj}: {} call units vs {} recorded call sites (see census)",
                units.len(),
                groups.len()
            ));
            continue;
        }
        let depth_at: BTreeMap<u64, Option<i64>> = w.calls.iter().copied().collect();
        for (u, g) in units.iter().zip(&groups) {
            let Unit::Call(c) = u else { continue };
            let Some(Some(d)) = depth_at.get(&c.addr) else {
                continue;
            };
            for r in g {
                if !r.depth_known {
                    continue;
                }
                tally.calls += 1;
                let rd = depth(r.depth) - lower;
                if rd != *d {
                    errors.push(format!(
                        "{label}: {fname} in {obj}: call at {:#x} ({}): recorded depth {rd}, disassembly {d}",
                        c.addr, c.text
                    ));
                }
            }
        }
    }
    errors
}

fn run_case(case: &Case, dir: &std::path::Path, tamper: bool) -> Result<Tally, String> {
    let built = build_case(case, dir)?;
    // Negative control (STACKBOUND_SP_CHECK_TAMPER=1): every recorded own_depth and call depth
    // is compared 8 bytes lower (below 0 too, as an AArch64 leaf's 0 becomes -8); the check
    // must then fail everywhere.
    let lower = if tamper { 8 } else { 0 };
    let mut tally = Tally::default();
    let errors = check_object(
        &case.label,
        &built.obj.display().to_string(),
        &built.funcs,
        &built.report,
        lower,
        &mut tally,
    );
    if errors.is_empty() {
        Ok(tally)
    } else {
        Err(errors.join("\n"))
    }
}

#[test]
fn sp_depths_match_the_disassembly() {
    let mut cases = corpus_cases();
    let corpus = cases.len();
    cases.extend(variant_cases());
    let tamper = std::env::var("STACKBOUND_SP_CHECK_TAMPER").is_ok_and(|v| v == "1");
    let scratch = Scratch::new("sp_check");
    let dir = scratch.path();
    let results = par_map(&cases, |c| run_case(c, dir, tamper));
    let mut total = Tally::default();
    let mut failures = Vec::new();
    for (r, case) in results.into_iter().zip(&cases) {
        match r {
            Ok(Ok(t)) => {
                total.functions += t.functions;
                total.equal += t.equal;
                total.bounded += t.bounded;
                total.red_zone_opaque += t.red_zone_opaque;
                total.calls += t.calls;
                for (k, v) in t.skipped {
                    *total.skipped.entry(k).or_default() += v;
                }
            }
            Ok(Err(e)) => failures.push(e),
            Err(p) => failures.push(format!("{}: panicked: {p}", case.label)),
        }
    }
    let skipped: usize = total.skipped.values().sum();
    eprintln!(
        "sp_check: {} cases ({corpus} corpus, {} variant builds): {} functions checked, {} equal, {} bounded (>=, \
         dynamic or incomplete), {} red zone beyond direct operands (>= and <= SP + 128), {} skipped {:?}; \
         {} call depths equal; {} cases failed",
        cases.len(),
        cases.len() - corpus,
        total.functions - skipped,
        total.equal,
        total.bounded,
        total.red_zone_opaque,
        skipped,
        total.skipped,
        total.calls,
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "sp_check: {} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
    // Not vacuous.
    assert!(
        total.equal > 1000,
        "sp_check: only {} functions compared equal",
        total.equal
    );
    assert!(
        total.calls > 1000,
        "sp_check: only {} call depths compared",
        total.calls
    );
}
