//! The report: the analysis' results in the versioned JSON form of [`crate::schema`], with
//! report ids (functions sorted by name, then module) in place of the analysis' ids.

use crate::analysis::{Analysis, PathStep};
use crate::bound::{self, Edge, Reason};
use crate::budget;
use crate::demangle::demangle;
use crate::graph::{self, Target};
use crate::ids::{CallId, FnId};
use rustc_hash::FxHashMap;

pub use crate::schema::*;

/// `worst_path` lists at most this many functions; follow `worst_call` for the rest.
pub const WORST_PATH_CAP: usize = 64;

/// The closed-world sentence, the one place it is worded.
pub fn closed_world_statement(modules: usize) -> String {
    format!(
        "indirect calls were resolved closed-world: a call may reach only code whose address \
         is taken in the analysed program ({modules} module{}); code outside it could store \
         other pointers, and a site with no candidate stays excluded (≥)",
        if modules == 1 { "" } else { "s" }
    )
}

impl Analysis {
    /// The whole report. `llvm_pin` is the LLVM version the records' producer is pinned to.
    pub fn report(&self, llvm_pin: &str) -> Report {
        let graph = self.graph();
        let options = self.options();
        let mut taken = vec![false; graph.externals.len()];
        for t in &graph.taken_externals {
            taken[t.external] = true;
        }
        let machine_code: FxHashMap<&str, u64> = self
            .unrecorded()
            .iter()
            .map(|u| (u.name.as_str(), u.size))
            .collect();
        Report {
            format: "stackbound-report".into(),
            version: REPORT_VERSION,
            llvm_pin: llvm_pin.into(),
            strict: options.strict,
            resolve_indirect: options.resolve_indirect,
            indirect_world: options.resolve_indirect.then(|| IndirectWorld {
                assumption: "closed".into(),
                modules: graph.modules.len(),
                address_taken_functions: graph.address_taken.iter().filter(|&&t| t).count(),
                address_taken_undefined: graph
                    .taken_externals
                    .iter()
                    .map(|t| graph.externals[t.external].name.clone())
                    .collect(),
                statement: closed_world_statement(graph.modules.len()),
            }),
            max_stack: options.max_stack,
            entries: options.entries.clone(),
            modules: graph
                .modules
                .iter()
                .enumerate()
                .map(|(id, m)| ModuleEntry {
                    id,
                    name: graph.module_name(id as u32),
                    source: m.module.source.clone(),
                    triple: m.module.triple.clone(),
                    llvm_version: m.module.llvm_version.clone(),
                    origin: m.origin.clone(),
                })
                .collect(),
            functions: self
                .report_order()
                .iter()
                .map(|&f| self.function_entry(f))
                .collect(),
            cycles: self
                .cycles()
                .enumerate()
                .map(|(id, (component, members))| Cycle {
                    id,
                    label: self.cycle_label(members),
                    members: members.iter().map(|&f| self.report_id(f)).collect(),
                    constant_stack: self.bounds().sccs.constant[component],
                })
                .collect(),
            externals: graph
                .externals
                .iter()
                .zip(taken)
                .zip(self.externals_in_scope())
                .filter_map(|(pair, in_scope)| in_scope.then_some(pair))
                .map(|(external, address_taken)| ExternalEntry {
                    name: external.name.clone(),
                    kind: external.kind.into(),
                    assumed: external.assumed,
                    address_taken,
                    machine_code: machine_code.get(external.name.as_str()).copied(),
                })
                .collect(),
            discarded: graph
                .discarded
                .iter()
                .filter(|d| d.kept.is_none_or(|k| self.scope().contains(k)))
                .map(|d| DiscardedEntry {
                    name: d.name.clone(),
                    module: d.module as usize,
                    linkage: d.linkage.clone(),
                    kept: d.kept.map(|k| self.report_id(k)),
                })
                .collect(),
            violations: {
                // In report order, as the functions are.
                let mut violations: Vec<Violation> = self
                    .budget_violations()
                    .iter()
                    .map(|v| self.violation_entry(v))
                    .collect();
                violations.sort_by_key(|v| v.function);
                violations
            },
            interrupts: self.interrupt_nesting().map(|nesting| {
                let handlers = self.handlers();
                let mut entries: Vec<HandlerEntry> = handlers
                    .handlers
                    .iter()
                    .map(|h| HandlerEntry {
                        id: self.report_id(h.function),
                        priority: h.priority,
                        from_ir: h.from_ir,
                    })
                    .collect();
                entries.sort_by_key(|h| h.id);
                Interrupts {
                    frame: handlers.frame,
                    handlers: entries,
                    nesting: nesting.bytes,
                    nesting_status: nesting.status.into(),
                    levels: nesting
                        .levels
                        .iter()
                        .map(|&(priority, f)| LevelEntry {
                            priority,
                            handler: self.report_id(f),
                        })
                        .collect(),
                }
            }),
            unrecorded: self.unrecorded().to_vec(),
            libraries: self.libraries().to_vec(),
            warnings: self.warnings().to_vec(),
        }
    }

    /// Per external: some function in scope calls it, or may call it through a resolved
    /// indirect call (everything, when the scope is the whole program).
    fn externals_in_scope(&self) -> Vec<bool> {
        let graph = self.graph();
        if !self.scope().is_restricted() {
            return vec![true; graph.externals.len()];
        }
        let mut used = vec![false; graph.externals.len()];
        for &f in self.report_order() {
            for c in graph.functions[f].calls.clone() {
                if let Target::External(e) = graph.calls[c].target {
                    used[e] = true;
                }
                if let Some(resolution) = graph.candidates(c) {
                    for &e in resolution.unknown.iter() {
                        used[e] = true;
                    }
                }
            }
        }
        used
    }

    /// `f`'s entry, as [`Analysis::report`] lists it.
    pub fn function_entry(&self, f: FnId) -> FunctionEntry {
        let graph = self.graph();
        let function = &graph.functions[f];
        let bound = self.bound(f);
        let record = graph.record(f);
        let (path, worst_path_truncated) = self.worst_path_prefix(f, WORST_PATH_CAP);
        let reasons = self.reason_entries(f);
        FunctionEntry {
            id: self.report_id(f),
            name: record.name.clone(),
            demangled: demangle(&record.name),
            module: function.at.0 as usize,
            merged_from: function.merged.iter().map(|&(m, _)| m as usize).collect(),
            linkage: record.linkage.clone(),
            local: record.local || matches!(record.linkage.as_str(), "internal" | "private"),
            own_depth: function.own_depth,
            dynamic: function.dynamic,
            flags: graph.flags(f),
            frame: record.frame.as_deref().cloned(),
            address_taken: graph.address_taken[f],
            signature: record.signature.clone(),
            interrupt_frame: self.interrupt_frame(f),
            total: bound.total,
            status: bound.status.into(),
            reasons,
            reasons_truncated: bound.reasons_truncated,
            worst_call: bound.worst_call.map(|c| function.calls.position(c)),
            worst_path: path.iter().map(|s| self.report_id(s.function)).collect(),
            worst_path_truncated,
            budget: self.budget(f).map(Budget::from),
            calls: function.calls.clone().map(|c| self.call_entry(c)).collect(),
        }
    }

    fn call_entry(&self, c: CallId) -> CallEntry {
        let graph = self.graph();
        let r = graph.call_record(c);
        let target = match graph.calls[c].target {
            Target::Function(t) => TargetEntry::Function {
                id: self.report_id(t),
            },
            Target::External(e) => TargetEntry::External {
                name: graph.externals[e].name.clone(),
                external_kind: graph.externals[e].kind.into(),
                assumed: graph.externals[e].assumed,
            },
            Target::Indirect => TargetEntry::Indirect {
                type_ids: r.type_ids.clone(),
                signatures: r.signatures.clone(),
            },
        };
        let resolution = graph.resolutions.get(&c);
        CallEntry {
            index: r.index,
            kind: r.kind,
            tail: r.tail,
            callee: r.callee.clone(),
            target,
            // The graph's depth: a handler's calls sit below its stacked frame.
            depth: graph.calls[c].depth,
            depth_known: r.depth_known,
            loc: r.loc.clone(),
            role: self.role(c),
            contributes: self.contribution(c),
            resolved_by: resolution.map(|res| res.by.into()),
            candidates: resolution.map(|res| {
                let mut ids: Vec<usize> =
                    res.candidates.iter().map(|&t| self.report_id(t)).collect();
                ids.sort_unstable();
                ids
            }),
            worst_candidate: self.worst_candidate(c).map(|t| self.report_id(t)),
            unknown_candidates: resolution.map_or_else(Vec::new, |res| {
                res.unknown
                    .iter()
                    .map(|&e| graph.externals[e].name.clone())
                    .collect()
            }),
        }
    }

    /// How call `c` counts, in the report's words.
    pub fn role(&self, c: CallId) -> Role {
        match self.edge(c) {
            Edge::Counted(_) => Role::Counted,
            Edge::Assumed(_) => Role::Assumed,
            Edge::Resolved(_) => Role::Resolved,
            Edge::Excluded(Reason::Recursive(_)) => Role::Recursive,
            Edge::Excluded(Reason::Indirect(_)) => Role::Indirect,
            Edge::Excluded(_) => Role::Unknown,
        }
    }

    /// A cycle's label: its first members' names, `/`-joined (members are in name order, so
    /// the label is stable).
    fn cycle_label(&self, members: &[FnId]) -> String {
        let names: Vec<&str> = members
            .iter()
            .take(3)
            .map(|&f| self.graph().name(f))
            .collect();
        let mut label = names.join("/");
        if members.len() > 3 {
            label.push_str(&format!("/+{}", members.len() - 3));
        }
        label
    }

    fn violation_entry(&self, v: &budget::Violation) -> Violation {
        let bound = self.bound(v.function);
        Violation {
            function: self.report_id(v.function),
            name: self.graph().name(v.function).to_string(),
            total: bound.total,
            status: bound.status.into(),
            budget: v.budget.into(),
        }
    }

    /// `f`'s reasons in the report's words, in the report's order.
    pub fn reason_entries(&self, f: FnId) -> Vec<ReasonEntry> {
        let mut reasons: Vec<ReasonEntry> = self
            .reasons(f)
            .iter()
            .map(|&r| self.reason_entry(r))
            .collect();
        reasons.sort();
        reasons
    }

    /// One reason, in the report's words.
    pub fn reason_entry(&self, reason: Reason) -> ReasonEntry {
        let graph = self.graph();
        let name = |f: FnId| graph.name(f).to_string();
        let caller = |c: CallId| (graph.caller(c), graph.call_record(c));
        let cycle = |component| {
            let id = self.cycle_id(component);
            (id, self.cycle_label(self.cycle_members(id)))
        };
        match reason {
            Reason::Dynamic(f) => ReasonEntry::Dynamic {
                function: self.report_id(f),
                name: name(f),
                flags: graph.flags(f),
            },
            Reason::Partial(f) => ReasonEntry::Partial {
                function: self.report_id(f),
                name: name(f),
                flags: graph.flags(f),
            },
            Reason::UnknownDepth(c) => {
                let (f, call) = caller(c);
                ReasonEntry::UnknownDepth {
                    function: self.report_id(f),
                    name: name(f),
                    index: call.index,
                }
            }
            Reason::Recursive(component) => {
                let (cycle, label) = cycle(component);
                ReasonEntry::Recursive { cycle, label }
            }
            Reason::ConstantCycle(component) => {
                let (cycle, label) = cycle(component);
                ReasonEntry::ConstantStackCycle { cycle, label }
            }
            Reason::Unknown(e) => ReasonEntry::Unknown {
                callee: graph.externals[e].name.clone(),
                callee_kind: graph.externals[e].kind.into(),
            },
            Reason::Indirect(c) => {
                let (f, call) = caller(c);
                ReasonEntry::Indirect {
                    function: self.report_id(f),
                    name: name(f),
                    index: call.index,
                    loc: call.loc.clone(),
                    no_candidates: graph.resolutions.get(&c).is_some_and(|r| r.is_empty()),
                }
            }
            Reason::Resolved(c) => {
                let (f, call) = caller(c);
                let resolution = &graph.resolutions[&c];
                ReasonEntry::IndirectResolved {
                    function: self.report_id(f),
                    name: name(f),
                    index: call.index,
                    loc: call.loc.clone(),
                    by: resolution.by.into(),
                    candidates: resolution.candidates.len() + resolution.unknown.len(),
                }
            }
        }
    }

    /// The worst path of `f`, frame by frame, and every reason its bound is not complete.
    pub fn explain(&self, f: FnId) -> Explanation {
        let bound = self.bound(f);
        let reasons = self.reason_entries(f);
        Explanation {
            function: self.report_id(f),
            name: self.graph().name(f).to_string(),
            total: bound.total,
            status: bound.status.into(),
            steps: self.explain_path(f),
            reasons,
            reasons_truncated: bound.reasons_truncated,
        }
    }

    /// The worst path of `f`, frame by frame: where each frame's `S0` lies below `f`'s, and
    /// an unrecorded callee charged its assumed size as the last frame.
    pub fn explain_path(&self, f: FnId) -> Vec<Step> {
        let graph = self.graph();
        let mut steps = Vec::new();
        let mut at = 0u64;
        for PathStep { function: v, call } in self.worst_path(f) {
            let function = &graph.functions[v];
            let record = graph.record(v);
            steps.push(Step {
                function: Some(self.report_id(v)),
                name: record.name.clone(),
                module: Some(graph.module_name(function.at.0)),
                at,
                own_depth: function.own_depth,
                total: self.bound(v).total,
                call: call.map(|c| {
                    let r = graph.call_record(c);
                    StepCall {
                        position: function.calls.position(c),
                        index: r.index,
                        depth: graph.calls[c].depth,
                        kind: r.kind,
                        tail: r.tail,
                        role: self.role(c),
                        loc: r.loc.clone(),
                    }
                }),
            });
            let Some(c) = call else { break };
            let depth = graph.calls[c].depth;
            // A path that ends in a callee without a record charged its assumed size.
            if let (Target::External(e), Edge::Assumed(size)) =
                (graph.calls[c].target, self.edge(c))
            {
                steps.push(Step {
                    function: None,
                    name: graph.externals[e].name.clone(),
                    module: None,
                    at: at.saturating_add(depth),
                    own_depth: size,
                    total: size,
                    call: None,
                });
            }
            at = at.saturating_add(depth);
        }
        steps
    }
}

impl From<bound::Status> for Status {
    fn from(s: bound::Status) -> Self {
        match s {
            bound::Status::Complete => Status::Complete,
            bound::Status::LowerBound => Status::LowerBound,
            bound::Status::Unbounded => Status::Unbounded,
        }
    }
}

impl From<graph::ExternalKind> for ExternalKind {
    fn from(k: graph::ExternalKind) -> Self {
        match k {
            graph::ExternalKind::Undefined => ExternalKind::Undefined,
            graph::ExternalKind::Ifunc => ExternalKind::Ifunc,
        }
    }
}

impl From<graph::ResolvedBy> for ResolvedBy {
    fn from(b: graph::ResolvedBy) -> Self {
        match b {
            graph::ResolvedBy::TypeIds => ResolvedBy::TypeIds,
            graph::ResolvedBy::Signature => ResolvedBy::Signature,
            graph::ResolvedBy::Ifunc => ResolvedBy::Ifunc,
        }
    }
}

impl From<budget::Budget> for Budget {
    fn from(b: budget::Budget) -> Self {
        Budget {
            bytes: b.bytes,
            source: match b.source {
                budget::BudgetSource::MaxStack => BudgetSource::MaxStack,
                budget::BudgetSource::Assumptions => BudgetSource::Assumptions,
            },
        }
    }
}
