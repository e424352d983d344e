//! Several modules' records joined into one call graph, with symbols resolved the way a linker
//! would (see [`crate::link`]). The records stay where they are; nodes and call sites point
//! into them and copy only what the bound reads on its hot path.

use std::ops::Range;

use rustc_hash::FxHashMap;
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
    pub calls: Range<CallId>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct External {
    pub name: String,
    pub kind: ExternalKind,
    /// The size from the assumptions, if any.
    pub assumed: Option<u64>,
}

/// Why a callee has no code in the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Discarded {
    pub name: String,
    pub module: u32,
    pub linkage: String,
    /// The function the symbol resolves to instead (`None` when an alias or ifunc won).
    pub kept: Option<FnId>,
}

/// How the candidates of an indirect call site were found (`--resolve-indirect`).
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

/// A possible target of an indirect call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Candidate {
    Function(FnId),
    External(ExtId),
}

/// The functions an indirect call site may reach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    pub by: ResolvedBy,
    /// Sorted, without duplicates. Empty, with `unknown` empty too: nothing in the analysed
    /// program matched, and the call stays excluded.
    pub candidates: Vec<FnId>,
    /// Candidates with no record (address-taken declarations): unknown unless assumed.
    pub unknown: Vec<ExtId>,
}

impl Resolution {
    pub(crate) fn normalize(&mut self) {
        self.candidates.sort_unstable();
        self.candidates.dedup();
        self.unknown.sort_unstable();
        self.unknown.dedup();
    }

    pub fn is_empty(&self) -> bool {
        self.candidates.is_empty() && self.unknown.is_empty()
    }
}

#[derive(Debug, Clone, Default)]
pub struct CallGraph {
    /// The input, unchanged.
    pub modules: Vec<ModuleReport>,
    pub functions: Vec<Function>,
    pub calls: Vec<Call>,
    pub externals: Vec<External>,
    pub discarded: Vec<Discarded>,
    /// Per function: its address is taken in some module of the program (by a pointer
    /// store, a global initializer such as a vtable, an alias, ...), not only in its own.
    pub address_taken: Vec<bool>,
    /// Address-taken declarations that no module defines.
    pub taken_externals: Vec<TakenExternal>,
    /// Calls through ifuncs with known targets (always), and indirect call sites with
    /// candidates after [`CallGraph::resolve_indirect`]. A site the IR says nothing about (no
    /// type ids, no signature) has no entry.
    pub resolutions: FxHashMap<CallId, Resolution>,
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
            address_taken: linked.address_taken,
            taken_externals: linked.taken_externals,
            resolutions: linked.resolutions,
        })
    }

    /// Finds the candidates of every indirect call site (docs/report.md, "Indirect calls").
    /// Closed world: a candidate is code whose address is taken somewhere in the analysed
    /// program ([`CallGraph::address_taken`], declarations included), and which matches the
    /// site: by type ids when both the site and the candidate have them, else by IR
    /// signature. ODR copies count as one function with the union of their type ids.
    pub fn resolve_indirect(&mut self) {
        let mut by_type: FxHashMap<u64, Vec<Candidate>> = FxHashMap::default();
        let mut by_signature: FxHashMap<&str, Vec<Candidate>> = FxHashMap::default();
        let mut untyped: FxHashMap<&str, Vec<Candidate>> = FxHashMap::default();
        for (f, function) in self.functions.iter().enumerate() {
            if !self.address_taken[f] {
                continue;
            }
            let copies: Vec<&FunctionRecord> = std::iter::once(function.at)
                .chain(function.merged.iter().copied())
                .map(|at| self.record_at(at))
                .collect();
            let mut ids: Vec<u64> = copies
                .iter()
                .flat_map(|c| c.type_ids.iter().copied())
                .collect();
            ids.sort_unstable();
            ids.dedup();
            let candidate = Candidate::Function(f as FnId);
            for &id in &ids {
                by_type.entry(id).or_default().push(candidate);
            }
            let signature = copies[0].signature.as_str();
            if !signature.is_empty() {
                by_signature.entry(signature).or_default().push(candidate);
                if ids.is_empty() {
                    untyped.entry(signature).or_default().push(candidate);
                }
            }
        }
        for taken in &self.taken_externals {
            let candidate = Candidate::External(taken.external);
            for &id in &taken.type_ids {
                by_type.entry(id).or_default().push(candidate);
            }
            for signature in &taken.signatures {
                by_signature.entry(signature).or_default().push(candidate);
                if taken.type_ids.is_empty() {
                    untyped.entry(signature).or_default().push(candidate);
                }
            }
        }
        let mut resolutions = FxHashMap::default();
        for (c, call) in self.calls.iter().enumerate() {
            if call.target != Target::Indirect || self.resolutions.contains_key(&(c as CallId)) {
                continue;
            }
            let record = &self.modules[call.at.0 as usize].functions[call.at.1 as usize].calls
                [call.position as usize];
            let signatures = record.signatures.iter().map(String::as_str);
            let (by, found): (ResolvedBy, Vec<Candidate>) = if !record.type_ids.is_empty() {
                // Typed candidates by id; untyped ones (built without type ids, or
                // declarations without them) by signature, so that mixing builds stays sound.
                let typed = record.type_ids.iter().filter_map(|id| by_type.get(id));
                let untyped = signatures.filter_map(|s| untyped.get(s));
                (
                    ResolvedBy::TypeIds,
                    typed.chain(untyped).flatten().copied().collect(),
                )
            } else if !record.signatures.is_empty() {
                let found = signatures.filter_map(|s| by_signature.get(s));
                (ResolvedBy::Signature, found.flatten().copied().collect())
            } else {
                continue;
            };
            let mut resolution = Resolution {
                by,
                candidates: Vec::new(),
                unknown: Vec::new(),
            };
            for candidate in found {
                match candidate {
                    Candidate::Function(f) => resolution.candidates.push(f),
                    Candidate::External(e) => resolution.unknown.push(e),
                }
            }
            resolution.normalize();
            resolutions.insert(c as CallId, resolution);
        }
        self.resolutions.extend(resolutions);
    }

    /// The candidates of indirect call `c`, when it was resolved to at least one.
    pub fn candidates(&self, c: CallId) -> Option<&Resolution> {
        if self.resolutions.is_empty() {
            return None;
        }
        self.resolutions.get(&c).filter(|r| !r.is_empty())
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
