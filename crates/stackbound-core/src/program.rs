//! The linked program's nodes and edges: functions, call sites, callees without a record, and
//! the ids that name them. [`crate::link`] makes them from the records; [`crate::graph`] holds
//! them with the records they point into.

use std::sync::Arc;

use crate::records::{CallKind, ModuleReport};

pub use crate::ids::{CallId, CallRange, ExtId, FnId};

/// A function record's place in the input: (module, position among its functions).
pub type Loc = (u32, u32);

/// Where a call site goes once symbols are resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Function(FnId),
    /// A callee with no function record (a declaration, a libcall, a runtime symbol).
    External(ExtId),
    Indirect,
}

#[derive(Debug, Clone)]
pub struct Call {
    pub target: Target,
    pub depth: u64,
    pub depth_known: bool,
    /// A tail call: the callee returns to this function's caller.
    pub tail: bool,
    /// The record holding the call (an ODR-merged function has calls from several).
    pub at: Loc,
    /// Position in that record's `calls`.
    pub position: u32,
}

#[derive(Debug, Clone)]
pub struct Function {
    /// The kept definition (the first one for merged ODR copies).
    pub at: Loc,
    /// Further equivalent (`*_odr`) copies folded into this one.
    pub merged: Vec<Loc>,
    /// The maximum over the copies.
    pub own_depth: u64,
    /// True if any copy is dynamic.
    pub dynamic: bool,
    /// True if any copy's own depth is only a lower bound (inline asm that may use the stack).
    pub partial: bool,
    pub calls: CallRange,
}

#[derive(Debug, Clone)]
pub struct External {
    pub name: String,
    pub kind: ExternalKind,
    /// The size from the assumptions, if any.
    pub assumed: Option<u64>,
}

/// Why a callee has no code in the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ExternalKind {
    /// Declared, but defined in no analysed module (a library function, a libcall).
    Undefined,
    /// An ifunc whose resolver may return a function the records do not name.
    Ifunc,
}

/// A declaration with no record whose address the program takes: a candidate of unknown size
/// for every indirect call whose type it matches.
#[derive(Debug, Clone)]
pub struct TakenExternal {
    pub external: ExtId,
    /// The IR types it was declared with where its address was taken.
    pub signatures: Vec<String>,
    pub type_ids: Vec<u64>,
}

/// A definition the linker would drop because another one of the same name wins.
#[derive(Debug, Clone)]
pub struct Discarded {
    pub name: String,
    pub module: u32,
    pub linkage: String,
    /// The function the symbol resolves to instead (`None` when an alias or ifunc won).
    pub kept: Option<FnId>,
}

/// How the candidates of an indirect call site were found (`--resolve-indirect`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ResolvedBy {
    /// The site's `!callee_type` ids met the address-taken functions' generalized `!type` ids.
    TypeIds,
    /// The site's IR function type equals the address-taken functions' type.
    Signature,
    /// A call to an ifunc: its candidates are the functions its resolver may return.
    Ifunc,
}

/// The functions an indirect call site may reach. Sites with the same type ids or signatures
/// share one candidate list (a program has many sites of a common type such as `void (ptr)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    pub by: ResolvedBy,
    /// Sorted, without duplicates. Empty, with `unknown` empty too: nothing in the analysed
    /// program matched, and the call stays excluded.
    pub candidates: Arc<[FnId]>,
    /// Candidates with no record (address-taken declarations): unknown unless assumed.
    pub unknown: Arc<[ExtId]>,
}

impl Resolution {
    /// A resolution from candidates in any order, with repeats.
    pub(crate) fn new(by: ResolvedBy, mut candidates: Vec<FnId>, mut unknown: Vec<ExtId>) -> Self {
        candidates.sort_unstable();
        candidates.dedup();
        unknown.sort_unstable();
        unknown.dedup();
        Resolution {
            by,
            candidates: candidates.into(),
            unknown: unknown.into(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.candidates.is_empty() && self.unknown.is_empty()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum GraphError {
    #[error(
        "`{name}` is defined with {first_linkage} linkage in {first} and with {second_linkage} linkage in {second}: \
         a program holds only one strong definition (a linker would report a duplicate symbol)"
    )]
    DuplicateStrong {
        name: String,
        first: String,
        first_linkage: String,
        second: String,
        second_linkage: String,
    },
    #[error("module {module} has two function records named `{name}`")]
    DuplicateInModule { module: String, name: String },
    #[error(
        "module {module}: a {kind:?} call in `{function}` (instruction {index}) names no callee"
    )]
    MissingCallee {
        module: String,
        function: String,
        kind: CallKind,
        index: u64,
    },
    #[error("the program has more than {} functions or call sites", u32::MAX)]
    TooLarge,
    #[error(
        "--entry {pattern}: no function of the program has that name (raw or demangled); \
         `*`, `?` and `[...]` match as in a shell glob"
    )]
    NoEntry { pattern: String },
    #[error("--entry {pattern}: not a valid glob pattern: {message}")]
    BadEntry { pattern: String, message: String },
}

/// A module's display name: its id, else its source, else where it was read from.
pub fn module_name(report: &ModuleReport) -> String {
    for s in [&report.module.module_id, &report.module.source] {
        if !s.is_empty() {
            return s.clone();
        }
    }
    report.origin.display().to_string()
}

/// A module as an error names it: its name, and the file its records came from when that is
/// another name (`seed.ll (records in build/seed.jsonl)`).
pub fn module_in_error(report: &ModuleReport) -> String {
    let name = module_name(report);
    let origin = report.origin.display().to_string();
    if origin.is_empty() || origin == name {
        name
    } else {
        format!("{name} (records in {origin})")
    }
}
