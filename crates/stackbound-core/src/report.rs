//! The analysis result as plain serde data (docs/report-json.md documents it), built from the
//! call graph and its bounds.

use std::collections::HashMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::assume::Assumptions;
use crate::bound::{edge, Bounds, Edge, Reason, Status};
use crate::budget;
use crate::demangle::demangle;
use crate::graph::{CallGraph, ExternalKind, FnId, ResolvedBy, Target};
use crate::records::{CallKind, Frame};

pub use crate::budget::{Budget, BudgetSource, Violation};

/// Bump on any incompatible change to [`Report`]'s JSON form.
pub const REPORT_VERSION: u32 = 2;
/// `worst_path` lists at most this many functions; follow `worst_call` for the rest.
pub const WORST_PATH_CAP: usize = 64;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Always `"stackbound-report"`.
    pub format: String,
    pub version: u32,
    /// The LLVM version stackbound is pinned to.
    pub llvm_pin: String,
    pub strict: bool,
    /// `--resolve-indirect` was given: indirect calls with candidates are bounded by them.
    #[serde(default)]
    pub resolve_indirect: bool,
    /// With `resolve_indirect`: the world the candidates were drawn from.
    #[serde(default)]
    pub indirect_world: Option<IndirectWorld>,
    pub max_stack: Option<u64>,
    pub modules: Vec<ModuleEntry>,
    /// Sorted by name, then module; a function's `id` is its position here.
    pub functions: Vec<FunctionEntry>,
    pub cycles: Vec<Cycle>,
    pub externals: Vec<ExternalEntry>,
    pub discarded: Vec<DiscardedEntry>,
    pub violations: Vec<Violation>,
    pub warnings: Vec<String>,
}

/// What indirect-call resolution assumed (docs/report.md, "Closed world").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndirectWorld {
    /// Always `"closed"`: a call may reach only code whose address the analysed modules take.
    pub assumption: String,
    /// How many modules the address-taken set was drawn from.
    pub modules: usize,
    /// Functions with a record whose address is taken somewhere in the program.
    pub address_taken_functions: usize,
    /// Address-taken declarations that no analysed module defines: candidates of unknown
    /// size (a site that may reach one stays `≥` unless its size is assumed).
    pub address_taken_undefined: Vec<String>,
    /// One sentence for people.
    pub statement: String,
}

/// The closed-world sentence, the one place it is worded.
pub fn closed_world_statement(modules: usize) -> String {
    format!(
        "indirect calls were resolved closed-world: a call may reach only code whose address \
         is taken in the analysed program ({modules} module{}); code outside it could store \
         other pointers, and a site with no candidate stays excluded (≥)",
        if modules == 1 { "" } else { "s" }
    )
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleEntry {
    pub id: usize,
    pub name: String,
    pub source: String,
    pub triple: String,
    pub llvm_version: String,
    pub origin: PathBuf,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FunctionEntry {
    pub id: usize,
    pub name: String,
    pub demangled: Option<String>,
    pub module: usize,
    /// Modules whose ODR copies were folded into this function.
    pub merged_from: Vec<usize>,
    pub linkage: String,
    pub local: bool,
    pub own_depth: u64,
    pub dynamic: bool,
    pub flags: Vec<String>,
    pub frame: Option<Frame>,
    pub address_taken: bool,
    pub signature: String,
    pub total: u64,
    pub status: Status,
    pub reasons: Vec<ReasonEntry>,
    pub reasons_truncated: bool,
    /// Position in `calls` of the call site on the worst path; `None` when the function's own
    /// depth is the worst.
    pub worst_call: Option<usize>,
    /// Function ids along the worst path, this one first, at most [`WORST_PATH_CAP`].
    pub worst_path: Vec<usize>,
    pub worst_path_truncated: bool,
    /// The budget that applies: its own from the assumptions, else `--max-stack`.
    pub budget: Option<Budget>,
    pub calls: Vec<CallEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallEntry {
    pub index: u64,
    pub kind: CallKind,
    pub tail: bool,
    pub callee: Option<String>,
    pub target: TargetEntry,
    pub depth: u64,
    pub depth_known: bool,
    pub loc: Option<String>,
    /// How the call counts in the bound.
    pub role: Role,
    /// What the call adds: `depth` plus the callee's total (counted), assumed size, or the
    /// deepest candidate's total (resolved).
    pub contributes: u64,
    /// For an indirect call with `--resolve-indirect`: how its candidates were found; `None`
    /// when it was not resolved or the IR says nothing to resolve it by.
    #[serde(default)]
    pub resolved_by: Option<ResolvedBy>,
    /// The candidates' function ids (sorted by id; empty when nothing matched and the call
    /// stays excluded); `None` when `resolved_by` is.
    #[serde(default)]
    pub candidates: Option<Vec<usize>>,
    /// The candidate the bound charges (the deepest one outside recursive cycles).
    #[serde(default)]
    pub worst_candidate: Option<usize>,
    /// Candidates without a record (address-taken declarations, an ifunc target defined
    /// nowhere), by name: counted by their assumed size, else excluded.
    #[serde(default)]
    pub unknown_candidates: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TargetEntry {
    Function {
        id: usize,
    },
    External {
        name: String,
        #[serde(default = "undefined")]
        external_kind: ExternalKind,
        assumed: Option<u64>,
    },
    Indirect {
        type_ids: Vec<u64>,
        #[serde(default)]
        signatures: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Adds the callee's total.
    Counted,
    /// Adds the assumed size of an unrecorded callee.
    Assumed,
    /// Excluded: the callee is in a recursive cycle.
    Recursive,
    /// Excluded: an indirect call.
    Indirect,
    /// Excluded: an unrecorded callee with no assumed size.
    Unknown,
    /// A resolved indirect call: adds the deepest candidate's total (candidates in recursive
    /// cycles are excluded, as a direct call to them would be).
    Resolved,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReasonEntry {
    Dynamic {
        function: usize,
        name: String,
        flags: Vec<String>,
    },
    /// The function's own depth is a lower bound: the pass flagged stack use it cannot see
    /// (inline asm that may push, a naked body, a call that a tracer patches in at run time).
    Partial {
        function: usize,
        name: String,
        flags: Vec<String>,
    },
    UnknownDepth {
        function: usize,
        name: String,
        index: u64,
    },
    Recursive {
        cycle: usize,
        label: String,
    },
    Unknown {
        callee: String,
        /// `ifunc`: an ifunc whose resolver may return code the records do not name.
        #[serde(default = "undefined")]
        callee_kind: ExternalKind,
    },
    Indirect {
        function: usize,
        name: String,
        index: u64,
        loc: Option<String>,
        /// Resolution ran and found no candidate in the analysed program.
        #[serde(default)]
        no_candidates: bool,
    },
    /// Informational: the function is in cycle `cycle`, whose members call each other only by
    /// tail calls that keep the stack where it was; it does not make a result incomplete.
    ConstantStackCycle {
        cycle: usize,
        label: String,
    },
    /// Informational: indirect call `index` in `function` was bounded by its `candidates`
    /// (a count) found `by` type ids or signature. It does not make a result incomplete.
    IndirectResolved {
        function: usize,
        name: String,
        index: u64,
        loc: Option<String>,
        by: ResolvedBy,
        candidates: usize,
    },
}

fn undefined() -> ExternalKind {
    ExternalKind::Undefined
}

impl ReasonEntry {
    pub fn makes_unbounded(&self) -> bool {
        matches!(
            self,
            ReasonEntry::Dynamic { .. } | ReasonEntry::UnknownDepth { .. }
        )
    }
}

/// A cyclic component. Recursive: calls into it count only their depth. `constant_stack`:
/// its members call each other only by tail calls that keep the stack where it was, and are
/// bounded like any function (docs/report.md, "Tail-call cycles").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cycle {
    pub id: usize,
    /// Its members' names, `/`-joined (shortened for big cycles).
    pub label: String,
    pub members: Vec<usize>,
    #[serde(default)]
    pub constant_stack: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExternalEntry {
    pub name: String,
    #[serde(default = "undefined")]
    pub kind: ExternalKind,
    pub assumed: Option<u64>,
    /// Its address is taken: it is a candidate of indirect calls.
    #[serde(default)]
    pub address_taken: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscardedEntry {
    pub name: String,
    pub module: usize,
    pub linkage: String,
    /// The function the name means instead; `None` when an alias or ifunc won it.
    pub kept: Option<usize>,
}

/// What the report needs beyond the graph.
#[derive(Debug, Clone, Default)]
pub struct ReportSettings<'a> {
    /// The LLVM version the analysis is pinned to, recorded in the report.
    pub llvm_pin: String,
    pub strict: bool,
    pub resolve_indirect: bool,
    pub max_stack: Option<u64>,
    pub assumptions: Option<&'a Assumptions>,
    pub warnings: Vec<String>,
}

impl Report {
    pub fn new(graph: &CallGraph, bounds: &Bounds, mut settings: ReportSettings<'_>) -> Report {
        let mut order: Vec<FnId> = (0..graph.functions.len() as FnId).collect();
        order.sort_by(|&a, &b| {
            (graph.name(a), graph.module_of(a)).cmp(&(graph.name(b), graph.module_of(b)))
        });
        let mut id_of = vec![0usize; order.len()];
        for (id, &f) in order.iter().enumerate() {
            id_of[f as usize] = id;
        }
        let cycles = cycles(graph, bounds, &order, &id_of);
        let cycle_of: HashMap<u32, usize> = cycles
            .iter()
            .map(|c| (bounds.sccs.component[order[c.members[0]] as usize], c.id))
            .collect();
        let reason = |r: Reason| reason_entry(graph, &id_of, &cycle_of, &cycles, r);
        let mut functions: Vec<FunctionEntry> = order
            .iter()
            .enumerate()
            .map(|(id, &f)| function_entry(graph, bounds, id, f, &id_of, &reason))
            .collect();
        let mut warnings = std::mem::take(&mut settings.warnings);
        let subjects: Vec<budget::Subject> = functions
            .iter()
            .map(|f| budget::Subject {
                id: f.id,
                name: &f.name,
                demangled: f.demangled.as_deref(),
                total: f.total,
                status: f.status,
            })
            .collect();
        let budgets = budget::assign(
            &subjects,
            settings.max_stack,
            settings.assumptions,
            &mut warnings,
        );
        let violations = budget::violations(&subjects, &budgets);
        drop(subjects);
        for (f, budget) in functions.iter_mut().zip(budgets) {
            f.budget = budget;
        }
        Report {
            format: "stackbound-report".into(),
            version: REPORT_VERSION,
            llvm_pin: settings.llvm_pin.clone(),
            strict: settings.strict,
            resolve_indirect: settings.resolve_indirect,
            indirect_world: settings.resolve_indirect.then(|| IndirectWorld {
                assumption: "closed".into(),
                modules: graph.modules.len(),
                address_taken_functions: graph.address_taken.iter().filter(|&&t| t).count(),
                address_taken_undefined: graph
                    .taken_externals
                    .iter()
                    .map(|t| graph.externals[t.external as usize].name.clone())
                    .collect(),
                statement: closed_world_statement(graph.modules.len()),
            }),
            max_stack: settings.max_stack,
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
            functions,
            cycles,
            externals: {
                let mut taken = vec![false; graph.externals.len()];
                for t in &graph.taken_externals {
                    taken[t.external as usize] = true;
                }
                graph
                    .externals
                    .iter()
                    .zip(taken)
                    .map(|(external, address_taken)| ExternalEntry {
                        name: external.name.clone(),
                        kind: external.kind,
                        assumed: external.assumed,
                        address_taken,
                    })
                    .collect()
            },
            discarded: graph
                .discarded
                .iter()
                .map(|d| DiscardedEntry {
                    name: d.name.clone(),
                    module: d.module as usize,
                    linkage: d.linkage.clone(),
                    kept: d.kept.map(|k| id_of[k as usize]),
                })
                .collect(),
            violations,
            warnings,
        }
    }

    /// Functions whose raw or demangled name is `name`, or `module:name` for a local one.
    pub fn find(&self, name: &str) -> Vec<usize> {
        let direct: Vec<usize> = self
            .functions
            .iter()
            .filter(|f| f.name == name || f.demangled.as_deref() == Some(name))
            .map(|f| f.id)
            .collect();
        if !direct.is_empty() {
            return direct;
        }
        let Some((module, short)) = name.rsplit_once(':') else {
            return direct;
        };
        self.functions
            .iter()
            .filter(|f| f.name == short || f.demangled.as_deref() == Some(short))
            .filter(|f| self.modules[f.module].name == module)
            .map(|f| f.id)
            .collect()
    }
}

fn function_entry(
    graph: &CallGraph,
    bounds: &Bounds,
    id: usize,
    f: FnId,
    id_of: &[usize],
    reason: &dyn Fn(Reason) -> ReasonEntry,
) -> FunctionEntry {
    let function = &graph.functions[f as usize];
    let bound = &bounds.functions[f as usize];
    let record = graph.record(f);
    let calls: Vec<CallEntry> = function
        .calls
        .clone()
        .map(|c| call_entry(graph, bounds, c, id_of))
        .collect();
    let (path, worst_path_truncated) = bounds.worst_path(graph, f, WORST_PATH_CAP);
    let mut reasons: Vec<ReasonEntry> = bounds.reasons(f).iter().map(|&r| reason(r)).collect();
    reasons.sort();
    FunctionEntry {
        id,
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
        address_taken: graph.address_taken[f as usize],
        signature: record.signature.clone(),
        total: bound.total,
        status: bound.status,
        reasons,
        reasons_truncated: bound.reasons_truncated,
        worst_call: bound
            .worst_call
            .map(|c| (c - function.calls.start) as usize),
        worst_path: path
            .iter()
            .take(WORST_PATH_CAP)
            .map(|&(v, _)| id_of[v as usize])
            .collect(),
        worst_path_truncated,
        budget: None,
        calls,
    }
}

fn call_entry(graph: &CallGraph, bounds: &Bounds, c: u32, id_of: &[usize]) -> CallEntry {
    let call = &graph.calls[c as usize];
    let r = graph.call_record(c);
    let target = match call.target {
        Target::Function(t) => TargetEntry::Function {
            id: id_of[t as usize],
        },
        Target::External(e) => TargetEntry::External {
            name: graph.externals[e as usize].name.clone(),
            external_kind: graph.externals[e as usize].kind,
            assumed: graph.externals[e as usize].assumed,
        },
        Target::Indirect => TargetEntry::Indirect {
            type_ids: r.type_ids.clone(),
            signatures: r.signatures.clone(),
        },
    };
    let resolution = graph.resolutions.get(&c);
    let (role, contributes) = match edge(graph, &bounds.sccs, c) {
        Edge::Counted(t) => (
            Role::Counted,
            r.depth.saturating_add(bounds.functions[t as usize].total),
        ),
        Edge::Assumed(size) => (Role::Assumed, r.depth.saturating_add(size)),
        Edge::Resolved(c) => (
            Role::Resolved,
            r.depth
                .saturating_add(bounds.deepest_candidate_total(graph, c)),
        ),
        Edge::Excluded(Reason::Recursive(_)) => (Role::Recursive, r.depth),
        Edge::Excluded(Reason::Indirect(_)) => (Role::Indirect, r.depth),
        Edge::Excluded(_) => (Role::Unknown, r.depth),
    };
    CallEntry {
        index: r.index,
        kind: r.kind,
        tail: r.tail,
        callee: r.callee.clone(),
        target,
        depth: r.depth,
        depth_known: r.depth_known,
        loc: r.loc.clone(),
        role,
        contributes,
        resolved_by: resolution.map(|res| res.by),
        candidates: resolution.map(|res| {
            let mut ids: Vec<usize> = res.candidates.iter().map(|&t| id_of[t as usize]).collect();
            ids.sort_unstable();
            ids
        }),
        worst_candidate: bounds.worst_candidate(graph, c).map(|t| id_of[t as usize]),
        unknown_candidates: resolution.map_or_else(Vec::new, |res| {
            res.unknown
                .iter()
                .map(|&e| graph.externals[e as usize].name.clone())
                .collect()
        }),
    }
}

fn cycles(graph: &CallGraph, bounds: &Bounds, order: &[FnId], id_of: &[usize]) -> Vec<Cycle> {
    let mut by_component: HashMap<u32, usize> = HashMap::new();
    let mut out: Vec<Cycle> = Vec::new();
    for &f in order {
        if !bounds.sccs.is_cyclic(f) {
            continue;
        }
        let component = bounds.sccs.component[f as usize];
        let next = out.len();
        let id = *by_component.entry(component).or_insert(next);
        if id == next {
            out.push(Cycle {
                id,
                label: String::new(),
                members: Vec::new(),
                constant_stack: bounds.sccs.is_constant_cycle(f),
            });
        }
        out[id].members.push(id_of[f as usize]);
    }
    for cycle in &mut out {
        // Members are in name order, so the label is stable.
        let names: Vec<&str> = cycle
            .members
            .iter()
            .take(3)
            .map(|&m| graph.name(order[m]))
            .collect();
        cycle.label = names.join("/");
        if cycle.members.len() > 3 {
            cycle
                .label
                .push_str(&format!("/+{}", cycle.members.len() - 3));
        }
    }
    out
}

fn reason_entry(
    graph: &CallGraph,
    id_of: &[usize],
    cycle_of: &HashMap<u32, usize>,
    cycles: &[Cycle],
    reason: Reason,
) -> ReasonEntry {
    let name = |f: FnId| graph.name(f).to_string();
    let caller = |c: u32| (graph.caller(c), graph.call_record(c));
    match reason {
        Reason::Dynamic(f) => ReasonEntry::Dynamic {
            function: id_of[f as usize],
            name: name(f),
            flags: graph.flags(f),
        },
        Reason::Partial(f) => ReasonEntry::Partial {
            function: id_of[f as usize],
            name: name(f),
            flags: graph.flags(f),
        },
        Reason::UnknownDepth(c) => {
            let (f, call) = caller(c);
            ReasonEntry::UnknownDepth {
                function: id_of[f as usize],
                name: name(f),
                index: call.index,
            }
        }
        Reason::Recursive(component) => {
            let cycle = cycle_of[&component];
            ReasonEntry::Recursive {
                cycle,
                label: cycles[cycle].label.clone(),
            }
        }
        Reason::ConstantCycle(component) => {
            let cycle = cycle_of[&component];
            ReasonEntry::ConstantStackCycle {
                cycle,
                label: cycles[cycle].label.clone(),
            }
        }
        Reason::Unknown(e) => ReasonEntry::Unknown {
            callee: graph.externals[e as usize].name.clone(),
            callee_kind: graph.externals[e as usize].kind,
        },
        Reason::Indirect(c) => {
            let (f, call) = caller(c);
            ReasonEntry::Indirect {
                function: id_of[f as usize],
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
                function: id_of[f as usize],
                name: name(f),
                index: call.index,
                loc: call.loc.clone(),
                by: resolution.by,
                candidates: resolution.candidates.len() + resolution.unknown.len(),
            }
        }
    }
}
