//! The worst-case depth of every function:
//! `total(f) = max(own_depth(f), max over call sites c of (depth(c) + total(callee(c))))`,
//! where a call into a recursive cycle, an indirect call and an unknown callee contribute
//! only their call-site depth (plus an assumed size for an unknown callee). With
//! indirect calls resolved in the graph ([`CallGraph::resolve_indirect`]), an indirect call with candidates contributes its depth
//! plus the deepest candidate's total, and its edges to the candidates take part in finding
//! recursive cycles.

use rustc_hash::FxHashMap;

use crate::graph::{CallGraph, CallId, FnId, Target};
use crate::ids::ComponentId;
use crate::reasons::{CappedSet, ReasonSets, SetId, EMPTY};
use crate::scc::{tarjan, Sccs};

pub use crate::reasons::Reason;

/// How the bound judges what it leaves out. Whether indirect calls count by their candidates
/// is decided before, by resolving them in the graph ([`CallGraph::resolve_indirect`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BoundOptions {
    /// Anything excluded makes the result unbounded instead of a lower bound.
    pub strict: bool,
    /// Most reasons kept per function; the status is exact regardless.
    pub max_reasons: usize,
}

impl Default for BoundOptions {
    fn default() -> Self {
        BoundOptions {
            strict: false,
            max_reasons: 8,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// A true upper bound.
    Complete,
    /// Only a lower bound ("≥"): something reachable was excluded.
    LowerBound,
    /// No finite bound: a dynamic frame, an unknown SP, or (strict) anything excluded.
    Unbounded,
}

/// The result for one function.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// Per function, the next function on its worst path ([`NO_SUCCESSOR`] where the path
    /// ends): the one table every worst path is walked from.
    successors: Vec<u32>,
    /// Distinct reason sets: callers mostly share their callees' sets.
    pub reason_sets: ReasonSets,
    pub sccs: Sccs,
}

/// The end of a worst path in [`Bounds`]' successor table.
const NO_SUCCESSOR: u32 = u32::MAX;

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
    match graph.calls[c].target {
        Target::Function(t) if sccs.is_recursive(t) => {
            Edge::Excluded(Reason::Recursive(sccs.of(t)))
        }
        Target::Function(t) => Edge::Counted(t),
        Target::External(e) => match graph.externals[e].assumed {
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
/// Each shared candidate list is one extra node (after the functions) between its sites and
/// its candidates: edges grow with sites plus candidates, not with their product.
pub fn components(graph: &CallGraph) -> Sccs {
    let n = graph.functions.len();
    let mut offsets = Vec::with_capacity(n + 1);
    let mut targets = Vec::with_capacity(graph.calls.len());
    // Candidate lists by address (sites share them), numbered in first-use order.
    let mut lists: FxHashMap<*const FnId, (u32, &[FnId])> = FxHashMap::default();
    offsets.push(0);
    for function in &graph.functions {
        for c in function.calls.clone() {
            match graph.calls[c].target {
                Target::Function(t) => targets.push(t.index() as u32),
                Target::Indirect => {
                    if let Some(resolution) = graph.candidates(c) {
                        let list: &[FnId] = &resolution.candidates;
                        if !list.is_empty() {
                            let next = (n + lists.len()) as u32;
                            let node = lists.entry(list.as_ptr()).or_insert((next, list)).0;
                            targets.push(node);
                        }
                    }
                }
                Target::External(_) => {}
            }
        }
        offsets.push(targets.len());
    }
    let mut by_node: Vec<&[FnId]> = vec![&[]; lists.len()];
    for (node, list) in lists.into_values() {
        by_node[node as usize - n] = list;
    }
    for list in by_node {
        targets.extend(list.iter().map(|t| t.index() as u32));
        offsets.push(targets.len());
    }
    let mut sccs = tarjan(&offsets, &targets);
    mark_constant_cycles(graph, &mut sccs);
    sccs
}

/// The rule for cycles that do not grow the stack (docs/report.md, "Tail-call cycles"): a
/// cyclic component all of whose internal edges are tail calls at depth 0 (each hands its
/// callee the caller's own entry SP, `S0`). Any other internal edge makes it recursion.
fn mark_constant_cycles(graph: &CallGraph, sccs: &mut Sccs) {
    let mut constant = sccs.cyclic.clone();
    for (f, function) in graph.functions.iter().enumerate() {
        let component = sccs.component[f];
        if !constant[component] {
            continue;
        }
        for c in function.calls.clone() {
            let call = &graph.calls[c];
            let flat = call.tail && call.depth == 0 && call.depth_known;
            let inside = |t: FnId| sccs.of(t) == component;
            let internal = match call.target {
                Target::Function(t) => inside(t),
                Target::Indirect => graph
                    .candidates(c)
                    .is_some_and(|r| r.candidates.iter().any(|&t| inside(t))),
                Target::External(_) => false,
            };
            if internal && !flat {
                constant[component] = false;
                break;
            }
        }
    }
    sccs.constant = constant;
}

/// What a function's status depends on, besides its reasons.
#[derive(Default, Clone, Copy)]
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

    fn merge(&mut self, other: Flags) {
        self.excluded |= other.excluded;
        self.unbounded |= other.unbounded;
        self.truncated |= other.truncated;
    }

    fn status(self, options: &BoundOptions) -> Status {
        // A strict-mode Unbounded callee may be Unbounded only through exclusions; either way
        // the caller is Unbounded too, so the flags stay exact.
        if self.unbounded || (options.strict && self.excluded) {
            Status::Unbounded
        } else if self.excluded {
            Status::LowerBound
        } else {
            Status::Complete
        }
    }
}

/// One function's part before its status is final: its own frame and what its calls add.
struct Local {
    total: u64,
    worst_call: Option<CallId>,
    flags: Flags,
    reasons: SetId,
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
    let mut state = State {
        graph,
        sccs: &sccs,
        options,
        out: vec![empty; graph.functions.len()],
        sets: ReasonSets::new(),
        own: CappedSet::new(options.max_reasons),
        callee_sets: Vec::new(),
    };
    // A component's nodes are contiguous in `order`, callees' components first.
    let n = graph.functions.len();
    let chunks = sccs
        .order
        .chunk_by(|&a, &b| sccs.component[a as usize] == sccs.component[b as usize]);
    for chunk in chunks {
        // Candidate-list nodes join components but have no bound of their own.
        let members: Vec<FnId> = chunk
            .iter()
            .copied()
            .filter(|&v| (v as usize) < n)
            .map(|v| FnId::new(v as usize))
            .collect();
        let Some(&first) = members.first() else {
            continue;
        };
        let members = &members[..];
        let component = sccs.of(first);
        if sccs.constant[component] {
            state.constant_cycle(component, members);
        } else {
            for &f in members {
                let local = state.local(f, None);
                state.out[f] = Bound {
                    total: local.total,
                    worst_call: local.worst_call,
                    reasons: local.reasons,
                    status: local.flags.status(options),
                    reasons_truncated: local.flags.truncated,
                };
            }
        }
    }
    let mut bounds = Bounds {
        functions: state.out,
        successors: Vec::new(),
        reason_sets: state.sets,
        sccs,
    };
    bounds.successors = FnId::all(n)
        .map(|f| {
            bounds
                .next_on_path(graph, f)
                .map_or(NO_SUCCESSOR, |t| t.index() as u32)
        })
        .collect();
    bounds
}

struct State<'a> {
    graph: &'a CallGraph,
    sccs: &'a Sccs,
    options: &'a BoundOptions,
    out: Vec<Bound>,
    sets: ReasonSets,
    own: CappedSet,
    callee_sets: Vec<SetId>,
}

impl State<'_> {
    /// `f`'s own depth and what its calls add. With `inside`, calls into that (constant)
    /// component add only their depth: the component's members are bounded together.
    fn local(&mut self, f: FnId, inside: Option<ComponentId>) -> Local {
        let (graph, sccs) = (self.graph, self.sccs);
        let function = &graph.functions[f];
        let in_cycle = |t: FnId| inside == Some(sccs.of(t));
        let mut total = function.own_depth;
        let mut worst_call = None;
        // Exact flags: the status must not depend on how many reasons are kept.
        let mut flags = Flags {
            unbounded: function.dynamic,
            ..Flags::default()
        };
        self.own.clear();
        self.callee_sets.clear();
        if function.dynamic {
            self.own.insert(Reason::Dynamic(f));
        }
        if function.partial {
            flags.excluded = true;
            self.own.insert(Reason::Partial(f));
        }
        for c in function.calls.clone() {
            let call = &graph.calls[c];
            if !call.depth_known {
                flags.unbounded = true;
                self.own.insert(Reason::UnknownDepth(c));
            }
            let contribution = match edge(graph, sccs, c) {
                Edge::Counted(t) if in_cycle(t) => call.depth,
                Edge::Counted(t) => {
                    // `order` is reverse topological and `t` is in an earlier component.
                    let callee = &self.out[t];
                    flags.inherit(callee, &mut self.callee_sets);
                    call.depth.saturating_add(callee.total)
                }
                Edge::Assumed(size) => call.depth.saturating_add(size),
                Edge::Resolved(c) => {
                    self.own.insert(Reason::Resolved(c));
                    let resolution = &graph.resolutions[&c];
                    let mut deepest = 0;
                    // Address-taken declarations count by their assumed size, else exclude.
                    for &e in resolution.unknown.iter() {
                        match graph.externals[e].assumed {
                            Some(size) => deepest = deepest.max(size),
                            None => {
                                flags.excluded = true;
                                self.own.insert(Reason::Unknown(e));
                            }
                        }
                    }
                    for &t in resolution.candidates.iter() {
                        if sccs.is_recursive(t) {
                            flags.excluded = true;
                            self.own.insert(Reason::Recursive(sccs.of(t)));
                            continue;
                        }
                        if in_cycle(t) {
                            continue;
                        }
                        // Resolved edges are in the components too: `t` is done.
                        let callee = &self.out[t];
                        flags.inherit(callee, &mut self.callee_sets);
                        deepest = deepest.max(callee.total);
                    }
                    call.depth.saturating_add(deepest)
                }
                Edge::Excluded(reason) => {
                    flags.excluded = true;
                    self.own.insert(reason);
                    call.depth
                }
            };
            if contribution > total {
                total = contribution;
                worst_call = Some(c);
            }
        }
        let reasons = self.intern();
        flags.truncated |= self.own.truncated;
        Local {
            total,
            worst_call,
            flags,
            reasons,
        }
    }

    /// `own` and `callee_sets` as one interned set.
    fn intern(&mut self) -> SetId {
        self.callee_sets.sort_unstable();
        self.callee_sets.dedup();
        match (self.own.items.is_empty(), self.callee_sets.as_slice()) {
            (true, []) => EMPTY,
            // The common case up a call chain: exactly the one callee's set, no work.
            (true, [only]) => *only,
            _ => {
                for &set in &self.callee_sets {
                    for &r in self.sets.get(set) {
                        self.own.insert(r);
                    }
                }
                self.sets.intern(&self.own.items)
            }
        }
    }

    /// A component whose members call each other only by tail calls that keep `S0`: whichever
    /// member runs, it runs on the entry's `S0`, so every member's bound is the largest of the
    /// members' own parts (their frames and their calls out of the component).
    fn constant_cycle(&mut self, component: ComponentId, members: &[FnId]) {
        let locals: Vec<Local> = members
            .iter()
            .map(|&f| self.local(f, Some(component)))
            .collect();
        let (deepest, _) = locals
            .iter()
            .enumerate()
            .max_by_key(|(i, l)| (l.total, std::cmp::Reverse(*i)))
            .expect("a component has members");
        let total = locals[deepest].total;
        let mut flags = Flags::default();
        self.own.clear();
        self.callee_sets.clear();
        self.own.insert(Reason::ConstantCycle(component));
        for local in &locals {
            flags.merge(local.flags);
            if local.reasons != EMPTY {
                self.callee_sets.push(local.reasons);
            }
        }
        let reasons = self.intern();
        flags.truncated |= self.own.truncated;
        let worst_calls = self.toward(members, members[deepest], locals[deepest].worst_call);
        for (&f, worst_call) in members.iter().zip(worst_calls) {
            self.out[f] = Bound {
                total,
                worst_call,
                reasons,
                status: flags.status(self.options),
                reasons_truncated: flags.truncated,
            };
        }
    }

    /// Each member's worst call: the deepest member keeps its own; every other one takes a
    /// direct internal tail call one step nearer to it (a breadth-first tree), so that a worst
    /// path walks to the deepest member and leaves from there.
    fn toward(
        &self,
        members: &[FnId],
        deepest: FnId,
        deepest_call: Option<CallId>,
    ) -> Vec<Option<CallId>> {
        let graph = self.graph;
        let index: rustc_hash::FxHashMap<FnId, usize> =
            members.iter().enumerate().map(|(i, &f)| (f, i)).collect();
        // Internal direct edges, reversed: callee -> (caller, call).
        let mut callers: Vec<Vec<(usize, CallId)>> = vec![Vec::new(); members.len()];
        for (i, &f) in members.iter().enumerate() {
            for c in graph.functions[f].calls.clone() {
                if let Target::Function(t) = graph.calls[c].target {
                    if let Some(&j) = index.get(&t) {
                        callers[j].push((i, c));
                    }
                }
            }
        }
        let mut worst: Vec<Option<CallId>> = vec![None; members.len()];
        let mut reached = vec![false; members.len()];
        let start = index[&deepest];
        worst[start] = deepest_call;
        reached[start] = true;
        let mut queue = std::collections::VecDeque::from([start]);
        while let Some(j) = queue.pop_front() {
            for &(i, c) in &callers[j] {
                if !std::mem::replace(&mut reached[i], true) {
                    worst[i] = Some(c);
                    queue.push_back(i);
                }
            }
        }
        worst
    }
}

impl Bounds {
    /// The kept reasons of `f`.
    pub fn reasons(&self, f: FnId) -> &[Reason] {
        self.reason_sets.get(self.functions[f].reasons)
    }

    /// The next function on `f`'s worst path: the callee of its worst call, or for a resolved
    /// indirect call its worst candidate; `None` where the path ends (at `f`'s own frame, or an
    /// assumed or excluded call). A path visits each function at most once: inside a
    /// constant-stack cycle the worst calls form a tree toward its deepest member
    /// (`State::toward`), whose own worst call leaves the cycle.
    pub fn successor(&self, f: FnId) -> Option<FnId> {
        let next = self.successors[f];
        (next != NO_SUCCESSOR).then(|| FnId::new(next as usize))
    }

    fn next_on_path(&self, graph: &CallGraph, f: FnId) -> Option<FnId> {
        let c = self.functions[f].worst_call?;
        match edge(graph, &self.sccs, c) {
            // Counted edges go to earlier components or within a constant cycle.
            Edge::Counted(t) => Some(t),
            Edge::Resolved(c) => self.worst_candidate(graph, c),
            _ => None,
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
            .filter_map(|&e| graph.externals[e].assumed);
        let recorded = self
            .worst_candidate(graph, c)
            .map(|t| self.functions[t].total);
        assumed.chain(recorded).max().unwrap_or(0)
    }

    /// The candidate of resolved indirect call `c` with the largest total (the first on a tie),
    /// leaving out those in recursive cycles; `None` when every candidate is in one.
    pub fn worst_candidate(&self, graph: &CallGraph, c: CallId) -> Option<FnId> {
        // On a tie, a candidate outside the caller's own (constant-stack) cycle: the path
        // then leaves the cycle instead of coming back to where it started.
        let home = self.sccs.of(graph.caller(c));
        let key = |t: FnId| {
            let outside = self.sccs.of(t) != home;
            (self.functions[t].total, outside)
        };
        let mut worst: Option<FnId> = None;
        for &t in graph.candidates(c)?.candidates.iter() {
            if self.sccs.is_recursive(t) {
                continue;
            }
            if worst.is_none_or(|w| key(t) > key(w)) {
                worst = Some(t);
            }
        }
        worst
    }
}
