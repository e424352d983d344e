//! The one analysis of a program: records -> link -> graph -> bounds, and the questions every
//! output asks of it. Text, JSON, DOT, folded stacks, `--explain`, budgets, `annotate` and
//! validation all read bounds, worst paths, reasons and candidates from here, so that each rule
//! is implemented once: [`crate::bound`] decides them, this type answers with them.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::assume::Assumptions;
use crate::bound::{self, Bound, BoundOptions, Bounds, Edge, Reason};
use crate::budget::{self, Budget, Violation};
use crate::graph::{CallGraph, GraphError, Resolution};
use crate::ids::{CallId, ComponentId, FnId};
use crate::interrupts::{self, Handlers, Nesting};
use crate::records::ModuleReport;
use crate::schema::{LibraryEntry, UnrecordedEntry};
use crate::scope::Scope;

/// What the analysis assumes and how strictly it judges. The llc that makes the records has
/// options of its own (`stackbound::LlcOptions`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnalysisOptions {
    pub assumptions: Assumptions,
    /// Anything excluded makes a result unbounded instead of a lower bound.
    pub strict: bool,
    /// Budget for every function without its own budget in the assumptions.
    pub max_stack: Option<u64>,
    /// Most reasons kept per function (the status is exact regardless).
    pub max_reasons: usize,
    /// Bound indirect calls by their candidates (type ids, else IR signature) instead of
    /// excluding them.
    pub resolve_indirect: bool,
    /// Roots (globs over raw or demangled names): the report, the budgets and the handlers'
    /// nesting cover only what they reach. Empty: the whole program.
    pub entries: Vec<String>,
}

impl Default for AnalysisOptions {
    fn default() -> Self {
        AnalysisOptions {
            assumptions: Assumptions::default(),
            strict: false,
            max_stack: None,
            max_reasons: 8,
            resolve_indirect: false,
            entries: Vec::new(),
        }
    }
}

impl AnalysisOptions {
    fn bound_options(&self) -> BoundOptions {
        BoundOptions {
            strict: self.strict,
            max_reasons: self.max_reasons,
        }
    }
}

/// One step of a worst path: a function, and the call it takes to the next step (`None` at
/// the deepest frame; an assumed or excluded call also ends the path).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathStep {
    pub function: FnId,
    pub call: Option<CallId>,
}

/// A function's worst path, walked lazily from the bound's successor table.
pub struct WorstPath<'a> {
    analysis: &'a Analysis,
    next: Option<FnId>,
    steps: usize,
}

impl Iterator for WorstPath<'_> {
    type Item = PathStep;

    fn next(&mut self) -> Option<PathStep> {
        let f = self.next?;
        // A worst path visits each function at most once (`Bounds::successor`); the count
        // only guards that invariant.
        self.steps += 1;
        if self.steps > self.analysis.graph.functions.len() {
            return None;
        }
        self.next = self.analysis.bounds.successor(f);
        Some(PathStep {
            function: f,
            call: self.analysis.bounds.functions[f].worst_call,
        })
    }
}

/// The names and numbering the outputs show: functions sorted by name then module (a
/// function's report id is its position), cycles numbered in that order.
struct Presentation {
    order: Vec<FnId>,
    rank: Vec<u32>,
    /// Per cyclic component, its cycle number.
    cycle_of: FxHashMap<ComponentId, usize>,
    /// Per cycle: its component and its members in report order.
    cycles: Vec<(ComponentId, Vec<FnId>)>,
}

/// A linked, bounded program.
pub struct Analysis {
    graph: CallGraph,
    bounds: Bounds,
    options: AnalysisOptions,
    budgets: Vec<Option<Budget>>,
    violations: Vec<Violation>,
    warnings: Vec<String>,
    unrecorded: Vec<UnrecordedEntry>,
    libraries: Vec<LibraryEntry>,
    scope: Scope,
    presentation: OnceLock<Presentation>,
}

impl std::fmt::Debug for Analysis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analysis")
            .field("modules", &self.graph.modules.len())
            .field("functions", &self.graph.functions.len())
            .field("calls", &self.graph.calls.len())
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl Analysis {
    /// Links `modules` as one program and bounds every function.
    pub fn new(modules: Vec<ModuleReport>, options: AnalysisOptions) -> Result<Self, GraphError> {
        let mut graph = CallGraph::build(modules, &options.assumptions)?;
        if options.resolve_indirect {
            graph.resolve_indirect();
        }
        Self::from_graph(graph, options)
    }

    /// Bounds an already linked graph (resolved or not, as `graph` is).
    pub fn from_graph(mut graph: CallGraph, options: AnalysisOptions) -> Result<Self, GraphError> {
        let scope = Scope::reached_from(&graph, &options.entries)?;
        graph
            .handlers
            .handlers
            .retain(|h| scope.contains(h.function));
        let bounds = bound::compute(&graph, &options.bound_options());
        let mut warnings = Vec::new();
        let budgets = budget::assign(
            &graph,
            options.max_stack,
            &options.assumptions,
            &mut warnings,
        );
        let mut violations = budget::violations(&bounds, &budgets);
        violations.retain(|v| scope.contains(v.function));
        for name in &graph.handlers.unmatched {
            warnings.push(format!(
                "the interrupt handler `{name}` in the assumptions names no function in the program"
            ));
        }
        Ok(Analysis {
            graph,
            bounds,
            options,
            budgets,
            violations,
            warnings,
            unrecorded: Vec::new(),
            libraries: Vec::new(),
            scope,
            presentation: OnceLock::new(),
        })
    }

    /// What the report covers (all, or what `entries` reach).
    pub fn scope(&self) -> &Scope {
        &self.scope
    }

    pub fn graph(&self) -> &CallGraph {
        &self.graph
    }

    pub fn bounds(&self) -> &Bounds {
        &self.bounds
    }

    pub fn options(&self) -> &AnalysisOptions {
        &self.options
    }

    /// Every function, in id order.
    pub fn functions(&self) -> impl ExactSizeIterator<Item = FnId> + DoubleEndedIterator {
        FnId::all(self.graph.functions.len())
    }

    pub fn bound(&self, f: FnId) -> &Bound {
        &self.bounds.functions[f]
    }

    /// The functions the hardware enters on an exception, charged the frame it stacks.
    pub fn handlers(&self) -> &Handlers {
        &self.graph.handlers
    }

    /// The frame `f`'s bound includes because an exception enters it, if it is a handler.
    pub fn interrupt_frame(&self, f: FnId) -> Option<u64> {
        let handlers = &self.graph.handlers;
        handlers.get(f).map(|_| handlers.frame)
    }

    /// The most the handlers add, nested, to the stack of any code they interrupt.
    pub fn interrupt_nesting(&self) -> Option<Nesting> {
        interrupts::nesting(&self.graph.handlers, &self.bounds)
    }

    /// Why `f`'s bound is not complete, and what informs it (resolved calls, constant-stack
    /// cycles); at most `max_reasons` of them, sorted.
    pub fn reasons(&self, f: FnId) -> &[Reason] {
        self.bounds.reasons(f)
    }

    /// The worst path from `f`, `f` first.
    pub fn worst_path(&self, f: FnId) -> WorstPath<'_> {
        WorstPath {
            analysis: self,
            next: Some(f),
            steps: 0,
        }
    }

    /// The first `limit` steps of `f`'s worst path, and whether it goes on.
    pub fn worst_path_prefix(&self, f: FnId, limit: usize) -> (Vec<PathStep>, bool) {
        let mut path = self.worst_path(f);
        let prefix: Vec<PathStep> = path.by_ref().take(limit).collect();
        let more = path.next().is_some();
        (prefix, more)
    }

    /// How call site `c` counts in its caller's bound.
    pub fn edge(&self, c: CallId) -> Edge {
        bound::edge(&self.graph, &self.bounds.sccs, c)
    }

    /// What call site `c` adds to its caller: its depth plus the callee's total, the assumed
    /// size, or the deepest candidate's total; only its depth when it is excluded.
    pub fn contribution(&self, c: CallId) -> u64 {
        let depth = self.graph.calls[c].depth;
        depth.saturating_add(match self.edge(c) {
            Edge::Counted(t) => self.bounds.functions[t].total,
            Edge::Assumed(size) => size,
            Edge::Resolved(c) => self.bounds.deepest_candidate_total(&self.graph, c),
            Edge::Excluded(_) => 0,
        })
    }

    /// The functions an indirect call site may reach, when it was resolved to at least one.
    pub fn candidates(&self, c: CallId) -> Option<&Resolution> {
        self.graph.candidates(c)
    }

    /// The candidate a resolved indirect call charges (the deepest outside recursive cycles).
    pub fn worst_candidate(&self, c: CallId) -> Option<FnId> {
        self.bounds.worst_candidate(&self.graph, c)
    }

    /// The budget that applies to `f`: its own from the assumptions, else `--max-stack`.
    pub fn budget(&self, f: FnId) -> Option<Budget> {
        self.budgets[f]
    }

    /// Functions over their budget, in id order.
    pub fn budget_violations(&self) -> &[Violation] {
        &self.violations
    }

    /// Warnings about the inputs (a budget that names no function, ...).
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Adds a warning from whoever made the records (an llc diagnostic, ...).
    pub fn warn(&mut self, warning: String) {
        self.warnings.push(warning);
    }

    /// Functions the inputs hold machine code for but no record (objects and binaries).
    pub fn unrecorded(&self) -> &[UnrecordedEntry] {
        &self.unrecorded
    }

    /// Notes functions whose code is in the inputs without a record; they are unknown, as
    /// any callee without a record is, and the report lists them.
    pub fn note_unrecorded(&mut self, functions: Vec<UnrecordedEntry>) {
        self.unrecorded.extend(functions);
    }

    /// The static libraries whose members were linked in ([`crate::library::pull`]).
    pub fn libraries(&self) -> &[LibraryEntry] {
        &self.libraries
    }

    pub fn note_library(&mut self, library: LibraryEntry) {
        self.libraries.push(library);
    }

    fn presentation(&self) -> &Presentation {
        self.presentation.get_or_init(|| {
            let graph = &self.graph;
            let mut order: Vec<FnId> = self
                .functions()
                .filter(|&f| self.scope.contains(f))
                .collect();
            order.sort_by(|&a, &b| {
                (graph.name(a), graph.module_of(a)).cmp(&(graph.name(b), graph.module_of(b)))
            });
            // Functions outside the scope have no report id.
            let mut rank = vec![u32::MAX; graph.functions.len()];
            for (i, &f) in order.iter().enumerate() {
                rank[f] = i as u32;
            }
            let sccs = &self.bounds.sccs;
            let mut cycle_of: FxHashMap<ComponentId, usize> = FxHashMap::default();
            let mut cycles: Vec<(ComponentId, Vec<FnId>)> = Vec::new();
            for &f in &order {
                if !sccs.is_cyclic(f) {
                    continue;
                }
                let component = sccs.of(f);
                let next = cycles.len();
                let id = *cycle_of.entry(component).or_insert(next);
                if id == next {
                    cycles.push((component, Vec::new()));
                }
                cycles[id].1.push(f);
            }
            Presentation {
                order,
                rank,
                cycle_of,
                cycles,
            }
        })
    }

    /// The functions in report order: by name, then module.
    pub fn report_order(&self) -> &[FnId] {
        &self.presentation().order
    }

    /// `f`'s id in the report (its position in report order). `f` must be in scope: a
    /// function outside it is in no report.
    pub fn report_id(&self, f: FnId) -> usize {
        let rank = self.presentation().rank[f];
        debug_assert!(
            rank != u32::MAX,
            "function {f:?} is outside the report's scope"
        );
        rank as usize
    }

    /// The function with report id `id`.
    pub fn function_at(&self, id: usize) -> FnId {
        self.presentation().order[id]
    }

    /// The cycle number of a cyclic component, as the report numbers cycles.
    pub fn cycle_id(&self, component: ComponentId) -> usize {
        self.presentation().cycle_of[&component]
    }

    /// The members of cycle `id` (in report order).
    pub fn cycle_members(&self, id: usize) -> &[FnId] {
        &self.presentation().cycles[id].1
    }

    /// Every cycle, by cycle number: its component and members (in report order).
    pub fn cycles(&self) -> impl ExactSizeIterator<Item = (ComponentId, &[FnId])> {
        self.presentation()
            .cycles
            .iter()
            .map(|(c, members)| (*c, members.as_slice()))
    }
}
