//! The report's JSON form (docs/report-json.md): plain serde types, versioned by
//! [`REPORT_VERSION`], with enums of their own, so that the analysis' internal types can change
//! without changing what consumers parse. [`crate::report`] fills them from an
//! [`crate::Analysis`].

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::records::{CallKind, Frame};

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
    /// `--entry` roots: the report covers only what they reach. Empty: the whole program.
    #[serde(default)]
    pub entries: Vec<String>,
    pub modules: Vec<ModuleEntry>,
    /// Sorted by name, then module; a function's `id` is its position here.
    pub functions: Vec<FunctionEntry>,
    pub cycles: Vec<Cycle>,
    pub externals: Vec<ExternalEntry>,
    pub discarded: Vec<DiscardedEntry>,
    pub violations: Vec<Violation>,
    /// The functions the hardware enters on an exception; `None` when there are none.
    #[serde(default)]
    pub interrupts: Option<Interrupts>,
    /// Functions whose machine code is in an input object or binary, but that have no
    /// record: hand-written assembly, libc, code built without the compiler wrapper.
    #[serde(default)]
    pub unrecorded: Vec<UnrecordedEntry>,
    /// Static libraries linked in from record bundles (`--libc`), and what was taken from them.
    #[serde(default)]
    pub libraries: Vec<LibraryEntry>,
    pub warnings: Vec<String>,
}

/// A static library linked in as the linker would (docs/libc.md): only the members the
/// program pulls in are modules of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LibraryEntry {
    /// `musl 1.2.5 (x86_64-linux-musl)`.
    pub name: String,
    /// Where its records came from.
    pub origin: PathBuf,
    /// Its members, and how many of them the program pulled in.
    pub members: u64,
    pub pulled: u64,
}

/// A function in an input object or linked binary without a record: its bound is unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnrecordedEntry {
    /// The symbol's name (not demangled).
    pub name: String,
    /// Its size in the text section (the symbol's `st_size`; 0 when the assembly gave none).
    pub size: u64,
    /// Its address in a linked binary; `None` in a relocatable object.
    pub address: Option<u64>,
    /// The object or binary it is in.
    pub origin: PathBuf,
    /// Why stackbound could not read a depth from its machine code ("indirect jump at
    /// +0x1c"); `None` where it did not try (an architecture it does not decode).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Interrupt handlers and how they nest (docs/report.md, "Interrupt handlers").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interrupts {
    /// The frame the hardware stacks on entry, included in every handler's `total`.
    pub frame: u64,
    pub handlers: Vec<HandlerEntry>,
    /// The most the handlers add, nested, to the stack of whatever they interrupt: the sum
    /// of each priority level's deepest handler. Add it to a thread's `total` for the
    /// thread's stack.
    pub nesting: u64,
    /// The weakest status among the handlers.
    pub nesting_status: Status,
    /// Per level, its priority (`None`: a handler without one, a level of its own) and its
    /// deepest handler's id.
    pub levels: Vec<LevelEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandlerEntry {
    pub id: usize,
    pub priority: Option<i64>,
    /// The IR marks it (the `interrupt` attribute, `x86_intrcc`), not only the assumptions.
    pub from_ir: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelEntry {
    pub priority: Option<i64>,
    pub handler: usize,
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
    /// The frame the hardware stacks when an exception enters this handler, included in
    /// `own_depth`, every call's `depth` and `total`; `None` for a function that is no handler.
    #[serde(default)]
    pub interrupt_frame: Option<u64>,
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
    /// Its machine code is in an input object or binary, without a record: how many bytes
    /// (the unknown is code the build did not compile with stackbound, not a missing library).
    #[serde(default)]
    pub machine_code: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscardedEntry {
    pub name: String,
    pub module: usize,
    pub linkage: String,
    /// The function the name means instead; `None` when an alias or ifunc won it.
    pub kept: Option<usize>,
}

/// How complete a bound is.
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

/// Why a callee has no code in the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExternalKind {
    /// Declared, but defined in no analysed module (a library function, a libcall).
    Undefined,
    /// An ifunc whose resolver may return a function the records do not name.
    Ifunc,
}

/// How the candidates of an indirect call site were found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResolvedBy {
    /// The site's `!callee_type` ids met the address-taken functions' generalized `!type` ids.
    TypeIds,
    /// The site's IR function type equals the address-taken functions' type.
    Signature,
    /// A call to an ifunc: its candidates are the functions its resolver may return.
    Ifunc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Budget {
    pub bytes: u64,
    pub source: BudgetSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetSource {
    /// `--max-stack`, for every function.
    MaxStack,
    /// The function's own entry in the assumptions' `budgets`; it replaces `--max-stack`.
    Assumptions,
}

/// A function over its budget: its total exceeds it, or it is unbounded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Violation {
    pub function: usize,
    pub name: String,
    pub total: u64,
    pub status: Status,
    pub budget: Budget,
}

/// The worst path and the reasons of one function (`--explain`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    pub function: usize,
    pub name: String,
    pub total: u64,
    pub status: Status,
    /// From the function's entry down to the deepest frame.
    pub steps: Vec<Step>,
    /// Every reason the result is not complete, as the bound kept them.
    pub reasons: Vec<ReasonEntry>,
    /// More reasons exist than were kept (raise `--max-reasons`; `--explain` keeps all).
    #[serde(default)]
    pub reasons_truncated: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// `None` for an unrecorded callee charged its assumed size.
    pub function: Option<usize>,
    pub name: String,
    pub module: Option<String>,
    /// Where this frame's `S0` lies below the explained function's `S0`.
    pub at: u64,
    /// The frame's own depth (the assumed size for an unrecorded callee).
    pub own_depth: u64,
    pub total: u64,
    /// The call taken to the next step, or that ends the path.
    pub call: Option<StepCall>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepCall {
    /// Position in the function's `calls`.
    pub position: usize,
    /// The instruction's ordinal in the function.
    pub index: u64,
    pub depth: u64,
    pub kind: CallKind,
    pub tail: bool,
    pub role: Role,
    pub loc: Option<String>,
}

impl Report {
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
