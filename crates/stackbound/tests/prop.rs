//! Property: on random small call graphs (cycles, self-loops, tail calls, indirect calls,
//! unknown and assumed callees, dynamic frames, unknown SPs), every function's bound, status
//! and reasons equal a brute force that enumerates every call path explicitly.
//!
//! The brute force shares nothing with the library: it finds recursion by plain reachability
//! and walks paths recursively instead of using components and a DP.

use std::collections::BTreeSet;

use proptest::prelude::*;
use stackbound::records::{CallKind, CallRecord, FunctionRecord, ModuleRecord, ModuleReport};
use stackbound::report::ReasonEntry;
use stackbound::{analyze_records, Options, Status};

#[derive(Debug, Clone)]
enum Callee {
    Function(usize),
    Indirect,
    External(&'static str),
}

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
    calls: Vec<Call>,
}

/// `ext_a` has an assumed size, `ext_b` and `memcpy` do not.
const EXTERNALS: [&str; 3] = ["ext_a", "ext_b", "memcpy"];
const ASSUMED_EXT_A: u64 = 40;

fn call_strategy(n: usize) -> impl Strategy<Value = Call> {
    (0..20u8, 0..n, 0..12u64, 0..20u8, any::<bool>()).prop_map(
        move |(kind, target, depth, known, tail)| Call {
            callee: match kind {
                0..=12 => Callee::Function(target),
                13..=14 => Callee::Indirect,
                15..=16 => Callee::External(EXTERNALS[0]),
                17..=18 => Callee::External(EXTERNALS[1]),
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
            )
                .prop_map(|(own, dynamic, partial, calls)| Func {
                    own: own * 8,
                    dynamic: dynamic == 0,
                    partial: partial == 0,
                    calls,
                }),
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
            schema: 1,
            name: name(i),
            linkage: "external".into(),
            own_depth: f.own,
            dynamic: f.dynamic,
            flags: if f.partial {
                vec!["inline-asm".into(), "inline-asm-stack".into()]
            } else {
                Vec::new()
            },
            calls: f
                .calls
                .iter()
                .enumerate()
                .map(|(k, c)| CallRecord {
                    kind: match c.callee {
                        Callee::Indirect => CallKind::Indirect,
                        Callee::External("memcpy") => CallKind::Libcall,
                        _ => CallKind::Direct,
                    },
                    tail: c.tail,
                    callee: match &c.callee {
                        Callee::Function(t) => Some(name(*t)),
                        Callee::External(e) => Some(e.to_string()),
                        Callee::Indirect => None,
                    },
                    callee_local: false,
                    depth: c.depth,
                    depth_known: c.depth_known,
                    type_ids: Vec::new(),
                    index: k as u64,
                    loc: None,
                })
                .collect(),
            ..Default::default()
        })
        .collect();
    vec![ModuleReport {
        module: ModuleRecord {
            schema: 1,
            module_id: "prop.ll".into(),
            ..Default::default()
        },
        functions,
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
}

impl Why {
    fn unbounded(&self) -> bool {
        matches!(self, Why::Dynamic(_) | Why::UnknownDepth(..))
    }
}

struct Brute<'a> {
    funcs: &'a [Func],
    /// reach[a][b]: a path of one or more direct calls leads from a to b.
    reach: Vec<Vec<bool>>,
}

impl<'a> Brute<'a> {
    fn new(funcs: &'a [Func]) -> Self {
        let n = funcs.len();
        let mut reach = vec![vec![false; n]; n];
        for (a, row) in reach.iter_mut().enumerate() {
            // Plain graph search from each node's successors.
            let mut stack: Vec<usize> = direct_targets(&funcs[a]).collect();
            while let Some(v) = stack.pop() {
                if !row[v] {
                    row[v] = true;
                    stack.extend(direct_targets(&funcs[v]));
                }
            }
        }
        Brute { funcs, reach }
    }

    fn recursive(&self, t: usize) -> bool {
        self.reach[t][t]
    }

    fn cycle(&self, t: usize) -> Vec<String> {
        (0..self.funcs.len())
            .filter(|&u| u == t || (self.reach[t][u] && self.reach[u][t]))
            .map(name)
            .collect()
    }

    /// Every path from `f`, as (bytes it reaches below f's S0); and the reasons met on any.
    fn paths(
        &self,
        f: usize,
        on_path: &mut Vec<usize>,
        sums: &mut Vec<u64>,
        base: u64,
        why: &mut BTreeSet<Why>,
    ) {
        assert!(
            !on_path.contains(&f),
            "counted calls never revisit a function"
        );
        on_path.push(f);
        let func = &self.funcs[f];
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
                Callee::Function(t) => self.paths(*t, on_path, sums, at, why),
                Callee::Indirect => {
                    why.insert(Why::Indirect(name(f), k as u64));
                    sums.push(at);
                }
                Callee::External("ext_a") => sums.push(at + ASSUMED_EXT_A),
                Callee::External(e) => {
                    why.insert(Why::Unknown(e.to_string()));
                    sums.push(at);
                }
            }
        }
        on_path.pop();
    }

    fn solve(&self, f: usize, strict: bool) -> (u64, Status, BTreeSet<Why>) {
        let mut sums = Vec::new();
        let mut why = BTreeSet::new();
        self.paths(f, &mut Vec::new(), &mut sums, 0, &mut why);
        let max = sums.into_iter().max().expect("the path that stops at f");
        let status = if why.iter().any(Why::unbounded) || (strict && !why.is_empty()) {
            Status::Unbounded
        } else if why.is_empty() {
            Status::Complete
        } else {
            Status::LowerBound
        };
        (max, status, why)
    }
}

fn direct_targets(f: &Func) -> impl Iterator<Item = usize> + '_ {
    f.calls.iter().filter_map(|c| match c.callee {
        Callee::Function(t) => Some(t),
        _ => None,
    })
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
            ReasonEntry::Unknown { callee } => Why::Unknown(callee.clone()),
            ReasonEntry::Indirect { name, index, .. } => Why::Indirect(name.clone(), *index),
        })
        .collect()
}

fn check(funcs: &[Func], strict: bool) -> Result<(), TestCaseError> {
    let mut options = Options {
        strict,
        max_reasons: usize::MAX,
        ..Options::default()
    };
    options
        .assumptions
        .sizes
        .insert("ext_a".into(), ASSUMED_EXT_A);
    let report = analyze_records(to_records(funcs), &options)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let brute = Brute::new(funcs);
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
        let explained = report.explain(f.id);
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
    fn bound_matches_brute_force(funcs in graph_strategy(), strict in any::<bool>()) {
        check(&funcs, strict)?;
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
            calls: (0..5)
                .map(|_| Call {
                    callee: Callee::Indirect,
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
            calls: vec![],
        },
    ];
    let options = Options {
        max_reasons: 2,
        ..Options::default()
    };
    let report = analyze_records(to_records(&funcs), &options).unwrap();
    let f0 = &report.functions[report.find("f0")[0]];
    // f0: own 8; f1 (16, dynamic) at 8 -> 24, unbounded even though only 2 of 6 reasons fit.
    assert_eq!((f0.total, f0.status), (24, Status::Unbounded));
    assert_eq!(f0.reasons.len(), 2);
    assert!(f0.reasons_truncated);
    assert!(matches!(f0.reasons[0], ReasonEntry::Dynamic { .. }));
    assert_eq!(report.explain(f0.id).reasons.len(), 6);
}
