//! Property: on random small call graphs (cycles, self-loops, tail calls, indirect calls,
//! unknown and assumed callees, dynamic frames, unknown SPs), every function's bound, status
//! and reasons equal a brute force that enumerates every call path explicitly, with and without
//! `--resolve-indirect` (indirect calls with type ids or signatures, address-taken functions).
//!
//! The brute force shares nothing with the library: it finds an indirect call's candidates
//! straight from their definition, finds recursion by plain reachability (over direct calls
//! and, when resolving, over every candidate of every resolved call: a function is recursive
//! when a closed walk through it has a call other than a stack-neutral tail call) and
//! simulates the stack, state by state, instead of using components and a DP; a cycle of
//! stack-neutral tail calls ends when it revisits a state.

use std::collections::BTreeSet;

use proptest::prelude::*;
use stackbound::records::{CallKind, CallRecord, FunctionRecord, ModuleRecord, ModuleReport};
use stackbound::report::ReasonEntry;
use stackbound::report::ResolvedBy;
use stackbound::{analyze_records, AnalysisOptions as Options, Status};

#[derive(Debug, Clone)]
enum Callee {
    Function(usize),
    /// The site's type ids (maybe none) and signature (index into [`SIGNATURES`], maybe none).
    Indirect(Vec<u64>, Option<usize>),
    External(&'static str),
}

const SIGNATURES: [&str; 3] = ["void (ptr)", "i64 (i64)", "void ()"];

#[derive(Debug, Clone)]
struct Call {
    callee: Callee,
    depth: u64,
    depth_known: bool,
    tail: bool,
}

#[derive(Debug, Clone)]
struct Func {
    own: u64,
    dynamic: bool,
    /// The pass flagged stack use it cannot see: own is a lower bound.
    partial: bool,
    address_taken: bool,
    /// Index into [`SIGNATURES`]; past its end: no signature recorded (machine code).
    signature: usize,
    type_ids: Vec<u64>,
    calls: Vec<Call>,
}

/// `ext_a` has an assumed size, `ext_b` and `memcpy` do not.
const EXTERNALS: [&str; 3] = ["ext_a", "ext_b", "memcpy"];
const ASSUMED_EXT_A: u64 = 40;

/// Type ids 1..=4 (4 is on no function): none half of the time, else a random subset.
fn type_ids_strategy() -> impl Strategy<Value = Vec<u64>> {
    (any::<bool>(), 1..16u8).prop_map(|(none, bits)| {
        if none {
            Vec::new()
        } else {
            (1..=4u64).filter(|i| bits & (1 << (i - 1)) != 0).collect()
        }
    })
}

fn call_strategy(n: usize) -> impl Strategy<Value = Call> {
    (
        0..22u8,
        0..n,
        0..12u64,
        0..20u8,
        any::<bool>(),
        type_ids_strategy(),
        0..4usize,
    )
        .prop_map(
            move |(kind, target, depth, known, tail, type_ids, signature)| Call {
                callee: match kind {
                    0..=12 => Callee::Function(target),
                    13..=16 => Callee::Indirect(type_ids, (signature < 3).then_some(signature)),
                    17..=18 => Callee::External(EXTERNALS[0]),
                    19..=20 => Callee::External(EXTERNALS[1]),
                    _ => Callee::External(EXTERNALS[2]),
                },
                // Tail calls mostly leave at depth 0, like after a normal epilogue.
                depth: if tail && depth < 8 { 0 } else { depth * 8 },
                depth_known: known != 0,
                tail,
            },
        )
}

fn graph_strategy() -> impl Strategy<Value = Vec<Func>> {
    (1..=7usize).prop_flat_map(|n| {
        prop::collection::vec(
            (
                0..16u64,
                0..10u8,
                0..12u8,
                prop::collection::vec(call_strategy(n), 0..4),
                any::<bool>(),
                0..4usize,
                type_ids_strategy(),
            )
                .prop_map(
                    |(own, dynamic, partial, calls, address_taken, signature, type_ids)| Func {
                        own: own * 8,
                        dynamic: dynamic == 0,
                        partial: partial == 0,
                        address_taken,
                        signature,
                        type_ids: type_ids.into_iter().filter(|&i| i != 4).collect(),
                        calls,
                    },
                ),
            n,
        )
    })
}

fn name(i: usize) -> String {
    format!("f{i}")
}

fn to_records(funcs: &[Func]) -> Vec<ModuleReport> {
    let functions = funcs
        .iter()
        .enumerate()
        .map(|(i, f)| FunctionRecord {
            schema: stackbound::records::SCHEMA,
            name: name(i),
            linkage: "external".into(),
            own_depth: f.own,
            dynamic: f.dynamic,
            flags: if f.partial {
                vec!["inline-asm".into(), "inline-asm-stack".into()]
            } else {
                Vec::new()
            },
            address_taken: f.address_taken,
            signature: SIGNATURES
                .get(f.signature)
                .copied()
                .unwrap_or_default()
                .to_string(),
            type_ids: f.type_ids.clone(),
            calls: f
                .calls
                .iter()
                .enumerate()
                .map(|(k, c)| CallRecord {
                    kind: match c.callee {
                        Callee::Indirect(..) => CallKind::Indirect,
                        Callee::External("memcpy") => CallKind::Libcall,
                        _ => CallKind::Direct,
                    },
                    tail: c.tail,
                    callee: match &c.callee {
                        Callee::Function(t) => Some(name(*t)),
                        Callee::External(e) => Some(e.to_string()),
                        Callee::Indirect(..) => None,
                    },
                    callee_local: false,
                    depth: c.depth,
                    depth_known: c.depth_known,
                    type_ids: match &c.callee {
                        Callee::Indirect(ids, _) => ids.clone(),
                        _ => Vec::new(),
                    },
                    signatures: match &c.callee {
                        Callee::Indirect(_, Some(s)) => vec![SIGNATURES[*s].to_string()],
                        _ => Vec::new(),
                    },
                    index: k as u64,
                    loc: None,
                })
                .collect(),
            ..Default::default()
        })
        .collect();
    vec![ModuleReport {
        module: ModuleRecord {
            schema: stackbound::records::SCHEMA,
            module_id: "prop.ll".into(),
            ..Default::default()
        },
        functions,
        symbols: Default::default(),
        origin: "prop.jsonl".into(),
    }]
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Why {
    Dynamic(String),
    Partial(String),
    UnknownDepth(String, u64),
    Recursive(Vec<String>),
    Unknown(String),
    Indirect(String, u64),
    /// (caller, call index, by type ids?, candidates)
    Resolved(String, u64, bool, usize),
    /// Members of a cycle of stack-neutral tail calls (informational).
    Constant(Vec<String>),
}

impl Why {
    fn unbounded(&self) -> bool {
        matches!(self, Why::Dynamic(_) | Why::UnknownDepth(..))
    }
}

struct Brute<'a> {
    funcs: &'a [Func],
    resolve: bool,
    /// reach[a][b]: a path of one or more calls (direct, or resolved to a candidate) leads
    /// from a to b.
    reach: Vec<Vec<bool>>,
}

impl<'a> Brute<'a> {
    fn new(funcs: &'a [Func], resolve: bool) -> Self {
        let n = funcs.len();
        let mut brute = Brute {
            funcs,
            resolve,
            reach: vec![vec![false; n]; n],
        };
        for a in 0..n {
            // Plain graph search from each node's successors.
            let mut row = vec![false; n];
            let mut stack: Vec<usize> = brute.successors(a);
            while let Some(v) = stack.pop() {
                if !row[v] {
                    row[v] = true;
                    stack.extend(brute.successors(v));
                }
            }
            brute.reach[a] = row;
        }
        brute
    }

    /// The candidates of an indirect call, by their definition: `None` when not resolving or
    /// the site has neither type ids nor a signature.
    fn candidates(&self, type_ids: &[u64], signature: Option<usize>) -> Option<(bool, Vec<usize>)> {
        if !self.resolve {
            return None;
        }
        let by_type = !type_ids.is_empty();
        if !by_type && signature.is_none() {
            return None;
        }
        // A typed site meets typed functions by id, and functions without type ids (built
        // without them) by signature.
        // Code whose type nothing records may be any site's target.
        let matches = |g: &Func| {
            if g.type_ids.is_empty() && g.signature >= SIGNATURES.len() {
                true
            } else if by_type && !g.type_ids.is_empty() {
                g.type_ids.iter().any(|i| type_ids.contains(i))
            } else {
                Some(g.signature) == signature
            }
        };
        let found = (0..self.funcs.len())
            .filter(|&g| self.funcs[g].address_taken && matches(&self.funcs[g]))
            .collect();
        Some((by_type, found))
    }

    fn successors(&self, f: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for c in &self.funcs[f].calls {
            match &c.callee {
                Callee::Function(t) => out.push(*t),
                Callee::Indirect(ids, sig) => {
                    if let Some((_, found)) = self.candidates(ids, *sig) {
                        out.extend(found);
                    }
                }
                Callee::External(_) => {}
            }
        }
        out
    }

    /// A tail call that hands its callee the caller's own S0.
    fn flat(c: &Call) -> bool {
        c.tail && c.depth == 0 && c.depth_known
    }

    /// Mutually reachable with `t` (or `t` itself).
    fn together(&self, t: usize, u: usize) -> bool {
        u == t || (self.reach[t][u] && self.reach[u][t])
    }

    /// On a closed walk through `t` that has a call other than a stack-neutral tail call: the
    /// stack can grow without bound there.
    fn recursive(&self, t: usize) -> bool {
        if !self.reach[t][t] {
            return false;
        }
        (0..self.funcs.len())
            .filter(|&u| self.together(t, u))
            .any(|u| {
                self.funcs[u].calls.iter().any(|c| {
                    let targets = match &c.callee {
                        Callee::Function(v) => vec![*v],
                        Callee::Indirect(ids, sig) => self
                            .candidates(ids, *sig)
                            .map_or_else(Vec::new, |(_, found)| found),
                        Callee::External(_) => Vec::new(),
                    };
                    !Self::flat(c) && targets.iter().any(|&v| self.together(t, v))
                })
            })
    }

    /// On a cycle, but only of stack-neutral tail calls: it runs on its entry's S0.
    fn constant(&self, t: usize) -> bool {
        self.reach[t][t] && !self.recursive(t)
    }

    fn cycle(&self, t: usize) -> Vec<String> {
        (0..self.funcs.len())
            .filter(|&u| u == t || (self.reach[t][u] && self.reach[u][t]))
            .map(name)
            .collect()
    }

    /// Simulates the stack: every state (function, base: its S0's depth below the entry's)
    /// that an execution from `f` reaches over counted calls, as the bytes it reaches; and the
    /// reasons met on any. A state seen before adds nothing new, which is how a cycle of
    /// stack-neutral tail calls ends (it revisits its states at the same base).
    fn paths(
        &self,
        f: usize,
        seen: &mut BTreeSet<(usize, u64)>,
        sums: &mut Vec<u64>,
        base: u64,
        why: &mut BTreeSet<Why>,
    ) {
        if !seen.insert((f, base)) {
            return;
        }
        assert!(
            seen.len() < 100_000,
            "counted calls only revisit states at the same base"
        );
        let func = &self.funcs[f];
        if self.constant(f) {
            why.insert(Why::Constant(self.cycle(f)));
        }
        if func.dynamic {
            why.insert(Why::Dynamic(name(f)));
        }
        if func.partial {
            why.insert(Why::Partial(name(f)));
        }
        // The path that stops in f itself.
        sums.push(base + func.own);
        for (k, c) in func.calls.iter().enumerate() {
            if !c.depth_known {
                why.insert(Why::UnknownDepth(name(f), k as u64));
            }
            let at = base + c.depth;
            match &c.callee {
                Callee::Function(t) if self.recursive(*t) => {
                    why.insert(Why::Recursive(self.cycle(*t)));
                    sums.push(at);
                }
                Callee::Function(t) => self.paths(*t, seen, sums, at, why),
                Callee::Indirect(ids, sig) => match self.candidates(ids, *sig) {
                    Some((by_type, found)) if !found.is_empty() => {
                        why.insert(Why::Resolved(name(f), k as u64, by_type, found.len()));
                        // The call itself, reaching nothing deeper (when every candidate is
                        // recursive).
                        sums.push(at);
                        for t in found {
                            if self.recursive(t) {
                                why.insert(Why::Recursive(self.cycle(t)));
                            } else {
                                self.paths(t, seen, sums, at, why);
                            }
                        }
                    }
                    _ => {
                        why.insert(Why::Indirect(name(f), k as u64));
                        sums.push(at);
                    }
                },
                Callee::External("ext_a") => sums.push(at + ASSUMED_EXT_A),
                Callee::External(e) => {
                    why.insert(Why::Unknown(e.to_string()));
                    sums.push(at);
                }
            }
        }
    }

    fn solve(&self, f: usize, strict: bool) -> (u64, Status, BTreeSet<Why>) {
        let mut sums = Vec::new();
        let mut why = BTreeSet::new();
        self.paths(f, &mut BTreeSet::new(), &mut sums, 0, &mut why);
        let max = sums.into_iter().max().expect("the path that stops at f");
        let excluded = why
            .iter()
            .any(|w| !matches!(w, Why::Resolved(..) | Why::Constant(..)));
        let status = if why.iter().any(Why::unbounded) || (strict && excluded) {
            Status::Unbounded
        } else if !excluded {
            Status::Complete
        } else {
            Status::LowerBound
        };
        (max, status, why)
    }
}

fn report_why(report: &stackbound::Report, reasons: &[ReasonEntry]) -> BTreeSet<Why> {
    reasons
        .iter()
        .map(|r| match r {
            ReasonEntry::Dynamic { name, .. } => Why::Dynamic(name.clone()),
            ReasonEntry::Partial { name, .. } => Why::Partial(name.clone()),
            ReasonEntry::UnknownDepth { name, index, .. } => {
                Why::UnknownDepth(name.clone(), *index)
            }
            ReasonEntry::Recursive { cycle, .. } => {
                let mut members: Vec<String> = report.cycles[*cycle]
                    .members
                    .iter()
                    .map(|&m| report.functions[m].name.clone())
                    .collect();
                members.sort();
                Why::Recursive(members)
            }
            ReasonEntry::ConstantStackCycle { cycle, .. } => {
                let mut members: Vec<String> = report.cycles[*cycle]
                    .members
                    .iter()
                    .map(|&m| report.functions[m].name.clone())
                    .collect();
                members.sort();
                Why::Constant(members)
            }
            ReasonEntry::Unknown { callee, .. } => Why::Unknown(callee.clone()),
            ReasonEntry::Indirect { name, index, .. } => Why::Indirect(name.clone(), *index),
            ReasonEntry::IndirectResolved {
                name,
                index,
                by,
                candidates,
                ..
            } => Why::Resolved(
                name.clone(),
                *index,
                *by == ResolvedBy::TypeIds,
                *candidates,
            ),
        })
        .collect()
}

fn check(funcs: &[Func], strict: bool, resolve: bool) -> Result<(), TestCaseError> {
    let mut options = Options {
        strict,
        resolve_indirect: resolve,
        max_reasons: usize::MAX,
        ..Options::default()
    };
    options
        .assumptions
        .sizes
        .insert("ext_a".into(), ASSUMED_EXT_A);
    let analysis = analyze_records(to_records(funcs), &options)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let report = stackbound::report(&analysis);
    let brute = Brute::new(funcs, resolve);
    for i in 0..funcs.len() {
        let ids = report.find(&name(i));
        prop_assert_eq!(ids.len(), 1);
        let f = &report.functions[ids[0]];
        let (max, status, why) = brute.solve(i, strict);
        prop_assert_eq!(f.total, max, "total of {}", name(i));
        prop_assert_eq!(f.status, status, "status of {}", name(i));
        prop_assert!(!f.reasons_truncated);
        prop_assert_eq!(
            &report_why(&report, &f.reasons),
            &why,
            "reasons of {}",
            name(i)
        );
        let explained = analysis.explain(analysis.function_at(f.id));
        prop_assert_eq!(&report_why(&report, &explained.reasons), &why);
        // The worst path really reaches the total.
        let last = explained.steps.last().unwrap();
        prop_assert_eq!(last.at + last.total, max, "worst path of {}", name(i));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]

    #[test]
    fn bound_matches_brute_force(
        funcs in graph_strategy(),
        strict in any::<bool>(),
        resolve in any::<bool>(),
    ) {
        check(&funcs, strict, resolve)?;
    }
}

/// Capped reasons keep the exact status.
#[test]
fn capped_reasons_keep_status() {
    let funcs = vec![
        Func {
            own: 8,
            dynamic: false,
            partial: false,
            address_taken: false,
            signature: 0,
            type_ids: Vec::new(),
            calls: (0..5)
                .map(|_| Call {
                    callee: Callee::Indirect(Vec::new(), None),
                    depth: 8,
                    depth_known: true,
                    tail: false,
                })
                .chain(std::iter::once(Call {
                    callee: Callee::Function(1),
                    depth: 8,
                    depth_known: true,
                    tail: false,
                }))
                .collect(),
        },
        Func {
            own: 16,
            dynamic: true,
            partial: false,
            address_taken: false,
            signature: 0,
            type_ids: Vec::new(),
            calls: vec![],
        },
    ];
    let options = Options {
        max_reasons: 2,
        ..Options::default()
    };
    let analysis = analyze_records(to_records(&funcs), &options).unwrap();
    let report = stackbound::report(&analysis);
    let f0 = &report.functions[report.find("f0")[0]];
    // f0: own 8; f1 (16, dynamic) at 8 -> 24, unbounded even though only 2 of 6 reasons fit.
    assert_eq!((f0.total, f0.status), (24, Status::Unbounded));
    assert_eq!(f0.reasons.len(), 2);
    assert!(f0.reasons_truncated);
    assert!(matches!(f0.reasons[0], ReasonEntry::Dynamic { .. }));
    // The explanation shows what the bound kept, and says that there is more.
    let explained = analysis.explain(analysis.function_at(f0.id));
    assert_eq!(explained.reasons.len(), 2);
    assert!(explained.reasons_truncated);
}

/// A cycle that exists only through a function pointer: f0 calls f1 directly; f1 calls through
/// a `void (ptr)` pointer, and f0 is the address-taken `void (ptr)` function. Resolved, f0 and
/// f1 are one recursive component: calls into it are excluded, and f2 (address-taken too, but
/// outside the cycle) is counted.
#[test]
fn recursion_through_a_function_pointer() {
    let func = |own: u64, address_taken: bool, calls: Vec<Call>| Func {
        own,
        dynamic: false,
        partial: false,
        address_taken,
        signature: 0,
        type_ids: Vec::new(),
        calls,
    };
    let call = |callee: Callee, depth: u64| Call {
        callee,
        depth,
        depth_known: true,
        tail: false,
    };
    let funcs = vec![
        func(16, true, vec![call(Callee::Function(1), 16)]),
        func(
            32,
            false,
            vec![call(Callee::Indirect(Vec::new(), Some(0)), 32)],
        ),
        func(100, true, vec![]),
        func(8, false, vec![call(Callee::Function(1), 8)]),
    ];
    let options = Options {
        resolve_indirect: true,
        ..Options::default()
    };
    let analysis = analyze_records(to_records(&funcs), &options).unwrap();
    let report = stackbound::report(&analysis);
    let get = |n: &str| {
        let f = &report.functions[report.find(n)[0]];
        (f.total, f.status)
    };
    // f1: own 32; candidates f0 (recursive, excluded) and f2 (100) at 32 -> 132, ≥.
    assert_eq!(get("f1"), (132, Status::LowerBound));
    // f0: own 16; f1 is in its cycle: 16, ≥.
    assert_eq!(get("f0"), (16, Status::LowerBound));
    // f3 calls into the cycle: 8 + nothing; own 8 -> 8, ≥.
    assert_eq!(get("f3"), (8, Status::LowerBound));
    assert_eq!(report.cycles.len(), 1);
    assert_eq!(report.cycles[0].label, "f0/f1");
    // Without resolution there is no cycle, and the pointer call is excluded.
    let analysis = analyze_records(to_records(&funcs), &Options::default()).unwrap();
    let plain = stackbound::report(&analysis);
    assert!(plain.cycles.is_empty());
    let f0 = &plain.functions[plain.find("f0")[0]];
    assert_eq!((f0.total, f0.status), (48, Status::LowerBound));
    for strict in [false, true] {
        check(&funcs, strict, true).unwrap();
        check(&funcs, strict, false).unwrap();
    }
}

/// Cycles of tail calls. f0 <-> f1 only by tail calls at depth 0 (each hands the other its own
/// S0): constant stack, every member bounded by the deepest member's own part. f1 also calls
/// ext_a (assumed 40) at depth 16: f1's part is 16 + 40 = 56, so f0 and f1 are 56, complete; f2
/// calls f0 at depth 8: 64. f3 tail-calls itself at depth 16 (its stack arguments grow): that
/// is recursion. f4 -> f5 by a tail call, f5 -> f4 by a normal call: recursion too.
#[test]
fn tail_call_cycles() {
    let call = |callee: Callee, depth: u64, tail: bool| Call {
        callee,
        depth,
        depth_known: true,
        tail,
    };
    let func = |own: u64, calls: Vec<Call>| Func {
        own,
        dynamic: false,
        partial: false,
        address_taken: false,
        signature: 0,
        type_ids: Vec::new(),
        calls,
    };
    let funcs = vec![
        func(8, vec![call(Callee::Function(1), 0, true)]),
        func(
            16,
            vec![
                call(Callee::External("ext_a"), 16, false),
                call(Callee::Function(0), 0, true),
            ],
        ),
        func(8, vec![call(Callee::Function(0), 8, false)]),
        func(24, vec![call(Callee::Function(3), 16, true)]),
        func(8, vec![call(Callee::Function(5), 0, true)]),
        func(16, vec![call(Callee::Function(4), 16, false)]),
    ];
    let mut options = Options::default();
    options
        .assumptions
        .sizes
        .insert("ext_a".into(), ASSUMED_EXT_A);
    let analysis = analyze_records(to_records(&funcs), &options).unwrap();
    let report = stackbound::report(&analysis);
    let get = |n: &str| {
        let f = &report.functions[report.find(n)[0]];
        (f.total, f.status)
    };
    assert_eq!(get("f0"), (56, Status::Complete));
    assert_eq!(get("f1"), (56, Status::Complete));
    assert_eq!(get("f2"), (64, Status::Complete));
    assert_eq!(get("f3").1, Status::LowerBound);
    assert_eq!(get("f4").1, Status::LowerBound);
    assert_eq!(get("f5").1, Status::LowerBound);
    let f2 = &report.functions[report.find("f2")[0]];
    assert!(f2
        .reasons
        .iter()
        .any(|r| matches!(r, ReasonEntry::ConstantStackCycle { .. })));
    // The worst path walks into the cycle and leaves from its deepest member.
    let steps = analysis.explain(analysis.function_at(f2.id)).steps;
    let names: Vec<&str> = steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["f2", "f0", "f1", "ext_a"]);
    check(&funcs, false, false).unwrap();
    check(&funcs, true, true).unwrap();
}
