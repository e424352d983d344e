//! Several modules' records joined into one call graph, with symbols resolved the way a linker
//! would (see [`crate::link`]). The records stay where they are; nodes and call sites point
//! into them and copy only what the bound reads on its hot path.

use rustc_hash::FxHashMap;

use crate::assume::Assumptions;
use crate::link;
pub use crate::program::{
    module_name, Call, CallId, CallRange, Discarded, ExtId, External, ExternalKind, FnId, Function,
    GraphError, Loc, Resolution, ResolvedBy, TakenExternal, Target,
};
use crate::records::{CallRecord, FunctionRecord, ModuleReport};

/// A possible target of an indirect call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Candidate {
    Function(FnId),
    External(ExtId),
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
    /// Functions the hardware enters on an exception, already charged their stacked frame.
    pub handlers: crate::interrupts::Handlers,
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
            handlers: linked.handlers,
        })
    }

    /// Finds the candidates of every indirect call site (docs/report.md, "Indirect calls").
    /// Closed world: a candidate is code whose address is taken somewhere in the analysed
    /// program ([`CallGraph::address_taken`], declarations included), and which matches the
    /// site: by type ids when both the site and the candidate have them, else by IR
    /// signature. ODR copies count as one function with the union of their type ids. Code
    /// whose type nothing records (machine code read by stackbound, a declaration taken by
    /// assembly) may be the target of any site.
    pub fn resolve_indirect(&mut self) {
        let mut by_type: FxHashMap<u64, Vec<Candidate>> = FxHashMap::default();
        let mut by_signature: FxHashMap<&str, Vec<Candidate>> = FxHashMap::default();
        let mut untyped: FxHashMap<&str, Vec<Candidate>> = FxHashMap::default();
        let mut any_site: Vec<Candidate> = Vec::new();
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
            let candidate = Candidate::Function(FnId::new(f));
            for &id in &ids {
                by_type.entry(id).or_default().push(candidate);
            }
            let signature = copies[0].signature.as_str();
            if signature.is_empty() && ids.is_empty() {
                any_site.push(candidate);
            }
            if !signature.is_empty() {
                by_signature.entry(signature).or_default().push(candidate);
                if ids.is_empty() {
                    untyped.entry(signature).or_default().push(candidate);
                }
            }
        }
        for taken in &self.taken_externals {
            let candidate = Candidate::External(taken.external);
            if taken.type_ids.is_empty() && taken.signatures.is_empty() {
                any_site.push(candidate);
            }
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
        // Sites with the same ids and signatures get the same (shared) resolution.
        let mut shared: FxHashMap<(Vec<u64>, Vec<&str>), Resolution> = FxHashMap::default();
        for (c, call) in self.calls.iter().enumerate() {
            if call.target != Target::Indirect || self.resolutions.contains_key(&CallId::new(c)) {
                continue;
            }
            let record = &self.modules[call.at.0 as usize].functions[call.at.1 as usize].calls
                [call.position as usize];
            if record.type_ids.is_empty() && record.signatures.is_empty() {
                continue;
            }
            let key = (
                record.type_ids.clone(),
                record.signatures.iter().map(String::as_str).collect(),
            );
            let resolution = shared.entry(key).or_insert_with(|| {
                let signatures = record.signatures.iter().map(String::as_str);
                let (by, found): (ResolvedBy, Vec<Candidate>) = if !record.type_ids.is_empty() {
                    // Typed candidates by id; untyped ones (built without type ids, or
                    // declarations without them) by signature, so that mixing builds stays
                    // sound.
                    let typed = record.type_ids.iter().filter_map(|id| by_type.get(id));
                    let untyped = signatures.filter_map(|s| untyped.get(s));
                    (
                        ResolvedBy::TypeIds,
                        typed.chain(untyped).flatten().copied().collect(),
                    )
                } else {
                    let found = signatures.filter_map(|s| by_signature.get(s));
                    (ResolvedBy::Signature, found.flatten().copied().collect())
                };
                let (mut functions, mut externals) = (Vec::new(), Vec::new());
                for candidate in found.into_iter().chain(any_site.iter().copied()) {
                    match candidate {
                        Candidate::Function(f) => functions.push(f),
                        Candidate::External(e) => externals.push(e),
                    }
                }
                Resolution::new(by, functions, externals)
            });
            resolutions.insert(CallId::new(c), resolution.clone());
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
        self.record_at(self.functions[f].at)
    }

    pub fn name(&self, f: FnId) -> &str {
        &self.record(f).name
    }

    pub fn module_of(&self, f: FnId) -> u32 {
        self.functions[f].at.0
    }

    /// The union of the flags of all copies.
    pub fn flags(&self, f: FnId) -> Vec<String> {
        let function = &self.functions[f];
        let mut flags = self.record(f).flags.clone();
        for &copy in &function.merged {
            for flag in &self.record_at(copy).flags {
                if !flags.contains(flag) {
                    flags.push(flag.clone());
                }
            }
        }
        if self.handlers.get(f).is_some_and(|h| !h.frame_known) {
            flags.push(crate::interrupts::FRAME_UNKNOWN_FLAG.to_owned());
        }
        flags
    }

    pub fn call_record(&self, c: CallId) -> &CallRecord {
        let call = &self.calls[c];
        &self.record_at(call.at).calls[call.position as usize]
    }

    /// The function whose call site `c` is.
    pub fn caller(&self, c: CallId) -> FnId {
        FnId::new(self.functions.partition_point(|f| f.calls.end <= c))
    }

    /// Display name of module `m`: its id, else its source, else where it was read from.
    pub fn module_name(&self, m: u32) -> String {
        module_name(&self.modules[m as usize])
    }
}
