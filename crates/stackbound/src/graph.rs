//! Several modules' records joined into one call graph, with symbols resolved the way a linker
//! would (see [`crate::link`]). The records stay where they are; nodes and call sites point
//! into them and copy only what the bound reads on its hot path.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::assume::Assumptions;
use crate::link;
use crate::records::{CallKind, CallRecord, FunctionRecord, ModuleReport};

/// Index of a function in [`CallGraph::functions`].
pub type FnId = u32;
/// Index of a call site in [`CallGraph::calls`].
pub type CallId = u32;
/// Index of an unrecorded callee in [`CallGraph::externals`].
pub type ExtId = u32;

/// A function record's place in the input: (module, position among its functions).
pub type Loc = (u32, u32);

/// Where a call site goes once symbols are resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
    pub calls: Range<CallId>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct External {
    pub name: String,
    /// The size from the assumptions, if any.
    pub assumed: Option<u64>,
}

/// A definition the linker would drop because another one of the same name wins.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Discarded {
    pub name: String,
    pub module: u32,
    pub linkage: String,
    /// The function the symbol resolves to instead.
    pub kept: FnId,
}

#[derive(Debug, Clone, Default)]
pub struct CallGraph {
    /// The input, unchanged.
    pub modules: Vec<ModuleReport>,
    pub functions: Vec<Function>,
    pub calls: Vec<Call>,
    pub externals: Vec<External>,
    pub discarded: Vec<Discarded>,
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
}

impl CallGraph {
    /// Builds the program's call graph, keeping the records.
    pub fn build(
        modules: Vec<ModuleReport>,
        assumptions: &Assumptions,
    ) -> Result<CallGraph, GraphError> {
        let linked = link::link(&modules, assumptions)?;
        Ok(CallGraph {
            modules,
            functions: linked.functions,
            calls: linked.calls,
            externals: linked.externals,
            discarded: linked.discarded,
        })
    }

    pub fn record_at(&self, (m, i): Loc) -> &FunctionRecord {
        &self.modules[m as usize].functions[i as usize]
    }

    /// The kept definition's record (for merged ODR copies, the first copy's).
    pub fn record(&self, f: FnId) -> &FunctionRecord {
        self.record_at(self.functions[f as usize].at)
    }

    pub fn name(&self, f: FnId) -> &str {
        &self.record(f).name
    }

    pub fn module_of(&self, f: FnId) -> u32 {
        self.functions[f as usize].at.0
    }

    /// The union of the flags of all copies.
    pub fn flags(&self, f: FnId) -> Vec<String> {
        let function = &self.functions[f as usize];
        let mut flags = self.record(f).flags.clone();
        for &copy in &function.merged {
            for flag in &self.record_at(copy).flags {
                if !flags.contains(flag) {
                    flags.push(flag.clone());
                }
            }
        }
        flags
    }

    pub fn call_record(&self, c: CallId) -> &CallRecord {
        let call = &self.calls[c as usize];
        &self.record_at(call.at).calls[call.position as usize]
    }

    /// The function whose call site `c` is.
    pub fn caller(&self, c: CallId) -> FnId {
        self.functions.partition_point(|f| f.calls.end <= c) as FnId
    }

    /// Display name of module `m`: its id, else its source, else where it was read from.
    pub fn module_name(&self, m: u32) -> String {
        module_name(&self.modules[m as usize])
    }
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
