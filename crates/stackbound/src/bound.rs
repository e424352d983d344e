//! The worst-case depth of every function:
//! `total(f) = max(own_depth(f), max over call sites c of (depth(c) + total(callee(c))))`,
//! where a call into a recursive cycle, an indirect call and an unknown callee contribute
//! only their call-site depth (plus an assumed size for an unknown callee). With
//! [`BoundOptions::resolve_indirect`], an indirect call with candidates contributes its depth
//! plus the deepest candidate's total, and its edges to the candidates take part in finding
//! recursive cycles.

use serde::{Deserialize, Serialize};

use crate::graph::{CallGraph, CallId, FnId, Target};
use crate::reasons::{CappedSet, ReasonSets, SetId, EMPTY};
use crate::scc::{tarjan, Sccs};

pub use crate::reasons::Reason;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoundOptions {
    /// Anything excluded makes the result unbounded instead of a lower bound.
    pub strict: bool,
    /// Most reasons kept per function; the status is exact regardless.
    pub max_reasons: usize,
    /// Bound indirect calls by their candidates ([`CallGraph::resolve_indirect`]) instead of
    /// excluding them.
    #[serde(default)]
    pub resolve_indirect: bool,
}

impl Default for BoundOptions {
    fn default() -> Self {
        BoundOptions {
            strict: false,
            max_reasons: 8,
            resolve_indirect: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// A true upper bound.
    Complete,
    /// Only a lower bound ("≥"): something reachable was excluded.
    LowerBound,
    /// No finite bound: a dynamic frame, an unknown SP, or (strict) anything excluded.
    Unbounded,
}

/// The result for one function.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bound {
    /// The bound in bytes below the caller's SP. For `Unbounded` it is what is known (a lower
    /// bound).
    pub total: u64,
    /// The call site on the worst path, or `None` when the function's own depth is the worst.
    pub worst_call: Option<CallId>,
    /// The kept reasons (at most `max_reasons`, sorted), as a set in [`Bounds::reason_sets`].
    /// Read them with [`Bounds::reasons`].
    pub reasons: SetId,
    pub status: Status,
    /// More reasons exist than were kept.
    pub reasons_truncated: bool,
}

#[derive(Debug, Clone)]
pub struct Bounds {
    pub functions: Vec<Bound>,
    /// Distinct reason sets: callers mostly share their callees' sets.
    pub reason_sets: ReasonSets,
    pub sccs: Sccs,
}

/// How one call site counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// Adds the callee's total.
    Counted(FnId),
    /// Adds an assumed size.
    Assumed(u64),
    /// A resolved indirect call: adds the deepest total among its candidates
    /// ([`CallGraph::candidates`]); candidates in recursive cycles are excluded.
    Resolved(CallId),
    /// Adds nothing beyond its own depth, for this reason.
    Excluded(Reason),
}

/// Classifies call site `c` given the components.
pub fn edge(graph: &CallGraph, sccs: &Sccs, c: CallId) -> Edge {
    match graph.calls[c as usize].target {
        Target::Function(t) if sccs.is_cyclic(t) => {
            Edge::Excluded(Reason::Recursive(sccs.component[t as usize]))
        }
        Target::Function(t) => Edge::Counted(t),
        Target::External(e) => match graph.externals[e as usize].assumed {
            Some(size) => Edge::Assumed(size),
            None => Edge::Excluded(Reason::Unknown(e)),
        },
        Target::Indirect => match graph.candidates(c) {
            Some(_) => Edge::Resolved(c),
            None => Edge::Excluded(Reason::Indirect(c)),
        },
    }
}

/// Components of the graph restricted to function-to-function edges, resolved indirect calls'
/// edges to their candidates included (recursion through a function pointer is recursion).
pub fn components(graph: &CallGraph) -> Sccs {
    let mut offsets = Vec::with_capacity(graph.functions.len() + 1);
    let mut targets = Vec::with_capacity(graph.calls.len());
    offsets.push(0);
    for function in &graph.functions {
        for c in function.calls.clone() {
            match graph.calls[c as usize].target {
                Target::Function(t) => targets.push(t),
                Target::Indirect => {
                    if let Some(resolution) = graph.candidates(c) {
                        targets.extend_from_slice(&resolution.candidates);
                    }
                }
                Target::External(_) => {}
            }
        }
        offsets.push(targets.len());
    }
    tarjan(&offsets, &targets)
}

/// What a function's status depends on, besides its reasons.
#[derive(Default)]
struct Flags {
    excluded: bool,
    unbounded: bool,
    truncated: bool,
}

impl Flags {
    /// Takes in a finished callee that this function's bound counts: what the callee excludes
    /// or cannot bound, the caller inherits, with its reasons.
    fn inherit(&mut self, callee: &Bound, callee_sets: &mut Vec<SetId>) {
        self.excluded |= callee.status == Status::LowerBound;
        self.unbounded |= callee.status == Status::Unbounded;
        self.truncated |= callee.reasons_truncated;
        if callee.reasons != EMPTY {
            callee_sets.push(callee.reasons);
        }
    }
}

/// Computes every function's bound in one pass over the components, callees first.
/// O(functions + calls), plus O(max_reasons) per call where reason sets differ.
pub fn compute(graph: &CallGraph, options: &BoundOptions) -> Bounds {
    let sccs = components(graph);
    let empty = Bound {
        total: 0,
        worst_call: None,
        reasons: EMPTY,
        status: Status::Complete,
        reasons_truncated: false,
    };
    let mut out = vec![empty; graph.functions.len()];
    let mut sets = ReasonSets::new();
    let mut own = CappedSet::new(options.max_reasons);
    let mut callee_sets: Vec<SetId> = Vec::new();
    for &f in &sccs.order {
        let function = &graph.functions[f as usize];
        let mut total = function.own_depth;
        let mut worst_call = None;
        // Exact flags: the status must not depend on how many reasons are kept.
        let mut flags = Flags {
            unbounded: function.dynamic,
            ..Flags::default()
        };
        own.clear();
        callee_sets.clear();
        if function.dynamic {
            own.insert(Reason::Dynamic(f));
        }
        if function.partial {
            flags.excluded = true;
            own.insert(Reason::Partial(f));
        }
        for c in function.calls.clone() {
            let call = &graph.calls[c as usize];
            if !call.depth_known {
                flags.unbounded = true;
                own.insert(Reason::UnknownDepth(c));
            }
            let contribution = match edge(graph, &sccs, c) {
                Edge::Counted(t) => {
                    // `order` is reverse topological and `t` is acyclic: `t` is done.
                    let callee = &out[t as usize];
                    flags.inherit(callee, &mut callee_sets);
                    call.depth.saturating_add(callee.total)
                }
                Edge::Assumed(size) => call.depth.saturating_add(size),
                Edge::Resolved(c) => {
                    own.insert(Reason::Resolved(c));
                    let resolution = &graph.resolutions[&c];
                    let mut deepest = 0;
                    // Address-taken declarations count by their assumed size, else exclude.
                    for &e in &resolution.unknown {
                        match graph.externals[e as usize].assumed {
                            Some(size) => deepest = deepest.max(size),
                            None => {
                                flags.excluded = true;
                                own.insert(Reason::Unknown(e));
                            }
                        }
                    }
                    for &t in &resolution.candidates {
                        if sccs.is_cyclic(t) {
                            flags.excluded = true;
                            own.insert(Reason::Recursive(sccs.component[t as usize]));
                            continue;
                        }
                        // Resolved edges are in the components too: `t` is done.
                        let callee = &out[t as usize];
                        flags.inherit(callee, &mut callee_sets);
                        deepest = deepest.max(callee.total);
                    }
                    call.depth.saturating_add(deepest)
                }
                Edge::Excluded(reason) => {
                    flags.excluded = true;
                    own.insert(reason);
                    call.depth
                }
            };
            if contribution > total {
                total = contribution;
                worst_call = Some(c);
            }
        }
        callee_sets.sort_unstable();
        callee_sets.dedup();
        let reasons = match (own.items.is_empty(), callee_sets.as_slice()) {
            (true, []) => EMPTY,
            // The common case up a call chain: exactly the one callee's set, no work.
            (true, [only]) => *only,
            _ => {
                for &set in &callee_sets {
                    for &r in sets.get(set) {
                        own.insert(r);
                    }
                }
                sets.intern(&own.items)
            }
        };
        // A strict-mode Unbounded callee may be Unbounded only through exclusions; either way
        // the caller is Unbounded too, so the flags stay exact.
        let status = if flags.unbounded || (options.strict && flags.excluded) {
            Status::Unbounded
        } else if flags.excluded {
            Status::LowerBound
        } else {
            Status::Complete
        };
        out[f as usize] = Bound {
            total,
            worst_call,
            reasons,
            status,
            reasons_truncated: flags.truncated || own.truncated,
        };
    }
    Bounds {
        functions: out,
        reason_sets: sets,
        sccs,
    }
}

impl Bounds {
    /// The kept reasons of `f`.
    pub fn reasons(&self, f: FnId) -> &[Reason] {
        self.reason_sets.get(self.functions[f as usize].reasons)
    }

    /// The worst path from `f`: the functions visited and the call site taken out of each
    /// (the last entry's call is `None`, or an assumed/excluded call that ends the path).
    pub fn worst_path(&self, graph: &CallGraph, f: FnId) -> Vec<(FnId, Option<CallId>)> {
        let mut path = Vec::new();
        let mut v = f;
        loop {
            let call = self.functions[v as usize].worst_call;
            path.push((v, call));
            let next = match call.map(|c| edge(graph, &self.sccs, c)) {
                // Counted edges only go to acyclic functions, so the walk ends.
                Some(Edge::Counted(t)) => Some(t),
                Some(Edge::Resolved(c)) => self.worst_candidate(graph, c),
                _ => None,
            };
            match next {
                Some(t) => v = t,
                None => return path,
            }
        }
    }

    /// What resolved indirect call `c` charges beyond its depth: the deepest total among its
    /// candidates outside recursive cycles, and the assumed sizes of unrecorded ones.
    pub fn deepest_candidate_total(&self, graph: &CallGraph, c: CallId) -> u64 {
        let Some(resolution) = graph.candidates(c) else {
            return 0;
        };
        let assumed = resolution
            .unknown
            .iter()
            .filter_map(|&e| graph.externals[e as usize].assumed);
        let recorded = self
            .worst_candidate(graph, c)
            .map(|t| self.functions[t as usize].total);
        assumed.chain(recorded).max().unwrap_or(0)
    }

    /// The candidate of resolved indirect call `c` with the largest total (the first on a tie),
    /// leaving out those in recursive cycles; `None` when every candidate is in one.
    pub fn worst_candidate(&self, graph: &CallGraph, c: CallId) -> Option<FnId> {
        let mut worst: Option<FnId> = None;
        for &t in &graph.candidates(c)?.candidates {
            if self.sccs.is_cyclic(t) {
                continue;
            }
            if worst
                .is_none_or(|w| self.functions[t as usize].total > self.functions[w as usize].total)
            {
                worst = Some(t);
            }
        }
        worst
    }
}
