//! Symbol resolution across modules, the way a linker does it: which definition each name
//! means (strong beats weak, `*_odr` copies fold into one, local names stay per module,
//! aliases mean their aliasee's code, ifuncs their resolver's targets), where every call site
//! goes, and which code the program takes the address of anywhere. Works on borrowed records,
//! so no name is copied.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::assume::Assumptions;
use crate::program::{
    module_in_error, Call, CallId, CallRange, Discarded, ExtId, External, ExternalKind, FnId,
    Function, GraphError, Loc, Resolution, ResolvedBy, TakenExternal, Target,
};
use crate::records::{CallKind, FunctionRecord, ModuleReport, SymbolRef};

/// What becomes of one function record.
enum Decision {
    /// `internal`/`private`: keyed by (module, name).
    Local,
    /// The definition a global name resolves to, with further ODR copies folded into it.
    Keep(Vec<Loc>),
    /// A later ODR copy, folded into the `Keep` node.
    Merged,
    /// Dropped for its name, but an alias in its own module still points at its code.
    Shadow,
    /// Dropped by the linker in favour of another definition.
    Discard,
}

/// The graph's nodes and edges, pointing into the records.
pub(crate) struct Linked {
    pub handlers: crate::interrupts::Handlers,
    pub functions: Vec<Function>,
    pub calls: Vec<Call>,
    pub externals: Vec<External>,
    pub discarded: Vec<Discarded>,
    /// Per function: its address is taken somewhere in the program.
    pub address_taken: Vec<bool>,
    pub taken_externals: Vec<TakenExternal>,
    /// Calls through ifuncs whose resolver's targets are known.
    pub resolutions: FxHashMap<CallId, Resolution>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Strength {
    Strong,
    /// `weak`, `linkonce`, ...: the linker keeps the first copy.
    Weak,
    /// `weak_odr`, `linkonce_odr`: copies are equivalent, but codegen may differ per module.
    Odr,
}

fn strength(linkage: &str) -> Strength {
    match linkage {
        "weak_odr" | "linkonce_odr" => Strength::Odr,
        "weak" | "linkonce" | "common" | "extern_weak" | "available_externally" => Strength::Weak,
        _ => Strength::Strong,
    }
}

pub(crate) fn is_local(f: &FunctionRecord) -> bool {
    f.local || matches!(f.linkage.as_str(), "internal" | "private")
}

pub(crate) fn is_local_linkage(local: bool, linkage: &str) -> bool {
    local || matches!(linkage, "internal" | "private")
}

/// A definition of a name: a function record, or a module's alias or ifunc (module, index).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Sym {
    Function(Loc),
    Alias(u32, u32),
    Ifunc(u32, u32),
}

/// What a global name resolves to.
enum Winner {
    One(Sym),
    /// All copies are ODR function records: one node whose frame and calls are the union of
    /// the copies', so its total is the maximum of theirs (sound whichever copy is kept).
    Merged(Vec<Loc>),
}

/// A name as the linker resolved it, before it is mapped to code.
#[derive(Clone, Copy)]
enum Def {
    Function(FnId),
    Alias(u32, u32),
    Ifunc(u32, u32),
}

/// The code a symbol reference reaches.
enum Code<'a> {
    Function(FnId),
    /// No definition in the program (a declaration only).
    Missing(&'a str),
    /// An ifunc: one of these, chosen at load time.
    Ifunc(&'a str, Vec<Code<'a>>),
    /// An ifunc whose resolver may return anything.
    OpaqueIfunc(&'a str),
}

pub(crate) fn link(
    reports: &[ModuleReport],
    assumptions: &Assumptions,
) -> Result<Linked, GraphError> {
    let (decisions, winners) = decide(reports)?;
    let record = |(m, i): Loc| &reports[m as usize].functions[i as usize];
    // The (module, name) pairs an alias points at by a global name: the only ones whose code
    // must be found in a given module rather than by the linker's winner.
    let aliasees: FxHashSet<(u32, &str)> = reports
        .iter()
        .enumerate()
        .flat_map(|(m, r)| {
            r.symbols
                .aliases
                .iter()
                .filter(|a| !a.aliasee.local)
                .map(move |a| (m as u32, a.aliasee.name.as_str()))
        })
        .collect();

    // Node ids in first-appearance order, so output and tie-breaks are stable.
    let slots: usize = reports.iter().map(|r| r.functions.len()).sum();
    let mut symbols = Symbols {
        reports,
        globals: FxHashMap::default(),
        locals: FxHashMap::default(),
        in_module: FxHashMap::default(),
    };
    symbols.globals.reserve(slots);
    let mut functions: Vec<Function> = Vec::with_capacity(slots);
    for (m, module_decisions) in decisions.iter().enumerate() {
        for (i, decision) in module_decisions.iter().enumerate() {
            let at = (m as u32, i as u32);
            let id = FnId::try_new(functions.len()).ok_or(GraphError::TooLarge)?;
            let f = record(at);
            let merged = match decision {
                Decision::Local => {
                    let key = (at.0, f.name.as_str());
                    if symbols.locals.insert(key, Def::Function(id)).is_some() {
                        return Err(GraphError::DuplicateInModule {
                            module: module_in_error(&reports[m]),
                            name: f.name.clone(),
                        });
                    }
                    Vec::new()
                }
                Decision::Keep(copies) => {
                    symbols.globals.insert(f.name.as_str(), Def::Function(id));
                    for &(cm, _) in copies {
                        if aliasees.contains(&(cm, f.name.as_str())) {
                            symbols.in_module.insert((cm, f.name.as_str()), id);
                        }
                    }
                    copies.clone()
                }
                Decision::Shadow => Vec::new(),
                Decision::Merged | Decision::Discard => continue,
            };
            if !aliasees.is_empty() && aliasees.contains(&(at.0, f.name.as_str())) {
                symbols.in_module.insert((at.0, f.name.as_str()), id);
            }
            let copies = merged.iter().map(|&c| record(c));
            functions.push(Function {
                at,
                own_depth: copies
                    .clone()
                    .map(|c| c.own_depth)
                    .fold(f.own_depth, u64::max),
                dynamic: f.is_dynamic() || copies.clone().any(|c| c.is_dynamic()),
                partial: f.is_partial() || copies.clone().any(|c| c.is_partial()),
                merged,
                calls: CallRange::default(),
            });
        }
    }
    for &(name, sym) in &winners {
        match sym {
            Sym::Alias(m, i) => symbols.globals.insert(name, Def::Alias(m, i)),
            Sym::Ifunc(m, i) => symbols.globals.insert(name, Def::Ifunc(m, i)),
            Sym::Function(_) => unreachable!("function winners are decisions"),
        };
    }
    for (m, report) in reports.iter().enumerate() {
        let m = m as u32;
        for (i, a) in report.symbols.aliases.iter().enumerate() {
            if is_local_linkage(a.local, &a.linkage) {
                symbols
                    .locals
                    .insert((m, a.name.as_str()), Def::Alias(m, i as u32));
            }
        }
        for (i, f) in report.symbols.ifuncs.iter().enumerate() {
            if is_local_linkage(f.local, &f.linkage) {
                symbols
                    .locals
                    .insert((m, f.name.as_str()), Def::Ifunc(m, i as u32));
            }
        }
    }

    let total_calls: usize = reports
        .iter()
        .flat_map(|r| &r.functions)
        .map(|f| f.calls.len())
        .sum();
    CallId::try_new(total_calls).ok_or(GraphError::TooLarge)?;
    let mut resolver = Resolver {
        symbols: &symbols,
        assumptions,
        externals: Vec::new(),
        external_ids: FxHashMap::default(),
        resolutions: FxHashMap::default(),
    };
    let mut calls = Vec::with_capacity(total_calls);
    for function in &mut functions {
        let start = calls.len();
        resolver.resolve_all(function.at, function.at, &mut calls)?;
        for &copy in &function.merged {
            resolver.resolve_all(copy, function.at, &mut calls)?;
        }
        function.calls = CallRange::new(start, calls.len());
    }
    let handlers = crate::interrupts::charge(reports, &mut functions, &mut calls, assumptions);
    let (address_taken, taken_externals) = taken(&symbols, &mut resolver, functions.len());
    let Resolver {
        externals,
        resolutions,
        ..
    } = resolver;

    let mut discarded = Vec::new();
    for (m, module_decisions) in decisions.iter().enumerate() {
        for (i, decision) in module_decisions.iter().enumerate() {
            if let Decision::Discard | Decision::Shadow = decision {
                let f = record((m as u32, i as u32));
                let kept = match symbols.globals.get(f.name.as_str()) {
                    Some(Def::Function(id)) => Some(*id),
                    _ => None,
                };
                discarded.push(Discarded {
                    name: f.name.clone(),
                    module: m as u32,
                    linkage: f.linkage.clone(),
                    kept,
                });
            }
        }
    }
    Ok(Linked {
        handlers,
        functions,
        calls,
        externals,
        discarded,
        address_taken,
        taken_externals,
        resolutions,
    })
}

/// The program's symbol table.
struct Symbols<'a> {
    reports: &'a [ModuleReport],
    globals: FxHashMap<&'a str, Def>,
    locals: FxHashMap<(u32, &'a str), Def>,
    /// The node holding module m's own code for a global name (what m's aliases point at).
    in_module: FxHashMap<(u32, &'a str), FnId>,
}

impl<'a> Symbols<'a> {
    /// The definition that a reference to `name` from `module` means.
    fn lookup(&self, module: u32, name: &str, local: bool) -> Option<Def> {
        let own = || self.locals.get(&(module, name)).copied();
        let global = || self.globals.get(name).copied();
        if local {
            own().or_else(global)
        } else {
            global().or_else(own)
        }
    }

    /// The code a reference to `name` from `module` reaches.
    fn code(&self, module: u32, name: &'a str, local: bool) -> Code<'a> {
        match self.lookup(module, name, local) {
            Some(def) => self.code_of(def),
            None => Code::Missing(name),
        }
    }

    fn code_of(&self, def: Def) -> Code<'a> {
        match def {
            Def::Function(id) => Code::Function(id),
            Def::Alias(m, i) => {
                let alias = &self.reports[m as usize].symbols.aliases[i as usize];
                self.aliasee(m, &alias.aliasee)
            }
            Def::Ifunc(m, i) => {
                let ifunc = &self.reports[m as usize].symbols.ifuncs[i as usize];
                let Some(targets) = &ifunc.targets else {
                    return Code::OpaqueIfunc(ifunc.name.as_str());
                };
                let mut codes = Vec::with_capacity(targets.len());
                for t in targets {
                    match self.lookup(m, &t.name, t.local) {
                        // An ifunc that returns an ifunc is not something a loader resolves.
                        Some(Def::Ifunc(..)) => return Code::OpaqueIfunc(ifunc.name.as_str()),
                        Some(def) => codes.push(self.code_of(def)),
                        None => codes.push(Code::Missing(t.name.as_str())),
                    }
                }
                Code::Ifunc(ifunc.name.as_str(), codes)
            }
        }
    }

    /// An alias in module m means m's own code for its aliasee, even when that name lost to
    /// another definition (then the code survives as a shadow node).
    fn aliasee(&self, m: u32, aliasee: &'a SymbolRef) -> Code<'a> {
        let name = aliasee.name.as_str();
        if let Some(&id) = self.in_module.get(&(m, name)) {
            return Code::Function(id);
        }
        match self.lookup(m, name, aliasee.local) {
            Some(Def::Function(id)) => Code::Function(id),
            // An alias's aliasee is a function object; anything else is a malformed record.
            _ => Code::Missing(name),
        }
    }
}

struct Resolver<'a, 's> {
    symbols: &'s Symbols<'a>,
    assumptions: &'s Assumptions,
    externals: Vec<External>,
    external_ids: FxHashMap<&'a str, ExtId>,
    resolutions: FxHashMap<CallId, Resolution>,
}

impl<'a> Resolver<'a, '_> {
    /// Resolves the calls of the record at `at` (a node, or an ODR copy folded into `node`).
    fn resolve_all(&mut self, at: Loc, node: Loc, out: &mut Vec<Call>) -> Result<(), GraphError> {
        let reports = self.symbols.reports;
        let f = &reports[at.0 as usize].functions[at.1 as usize];
        for (position, call) in f.calls.iter().enumerate() {
            let target = if call.kind == CallKind::Indirect {
                Target::Indirect
            } else {
                let name = call
                    .callee
                    .as_deref()
                    .ok_or_else(|| GraphError::MissingCallee {
                        module: module_in_error(&reports[at.0 as usize]),
                        function: reports[node.0 as usize].functions[node.1 as usize]
                            .name
                            .clone(),
                        kind: call.kind,
                        index: call.index,
                    })?;
                let code = self.symbols.code(at.0, name, call.callee_local);
                self.target(code, CallId::new(out.len()))
            };
            out.push(Call {
                target,
                depth: call.depth,
                depth_known: call.depth_known,
                tail: call.tail,
                at,
                position: position as u32,
            });
        }
        Ok(())
    }

    /// Where a call to `code` goes; a call through a known ifunc is an indirect call with
    /// the resolver's targets as its candidates.
    fn target(&mut self, code: Code<'a>, call: CallId) -> Target {
        match code {
            Code::Function(id) => Target::Function(id),
            Code::Missing(name) => Target::External(self.external(name, ExternalKind::Undefined)),
            Code::OpaqueIfunc(name) => Target::External(self.external(name, ExternalKind::Ifunc)),
            Code::Ifunc(_, targets) => {
                let (mut candidates, mut unknown) = (Vec::new(), Vec::new());
                for t in targets {
                    match t {
                        Code::Function(id) => candidates.push(id),
                        Code::Missing(name) => {
                            unknown.push(self.external(name, ExternalKind::Undefined))
                        }
                        Code::Ifunc(name, _) | Code::OpaqueIfunc(name) => {
                            unknown.push(self.external(name, ExternalKind::Ifunc))
                        }
                    }
                }
                let resolution = Resolution::new(ResolvedBy::Ifunc, candidates, unknown);
                self.resolutions.insert(call, resolution);
                Target::Indirect
            }
        }
    }

    fn external(&mut self, name: &'a str, kind: ExternalKind) -> ExtId {
        if let Some(&id) = self.external_ids.get(name) {
            return id;
        }
        let id = ExtId::new(self.externals.len());
        self.externals.push(External {
            name: name.to_string(),
            kind,
            assumed: self.assumptions.size_of(name),
        });
        self.external_ids.insert(name, id);
        id
    }
}

/// The program-wide address-taken set: every module's references other than direct calls
/// (its `symbols` record, and each definition's own `address_taken`), resolved as the linker
/// would. A taken declaration with no definition is a candidate of unknown size.
fn taken<'a>(
    symbols: &Symbols<'a>,
    resolver: &mut Resolver<'a, '_>,
    functions: usize,
) -> (Vec<bool>, Vec<TakenExternal>) {
    let mut set = TakenSet {
        functions: vec![false; functions],
        externals: Vec::new(),
        slot: FxHashMap::default(),
    };
    let mut seen: FxHashSet<(u32, &str, bool)> = FxHashSet::default();
    for (m, report) in symbols.reports.iter().enumerate() {
        let m = m as u32;
        let definitions = report
            .functions
            .iter()
            .filter(|f| f.address_taken)
            .map(|f| {
                (
                    f.name.as_str(),
                    is_local(f),
                    f.signature.as_str(),
                    &f.type_ids[..],
                )
            });
        let references = report.symbols.address_taken.iter().map(|t| {
            (
                t.name.as_str(),
                t.local,
                t.signature.as_str(),
                &t.type_ids[..],
            )
        });
        let ifuncs = report
            .symbols
            .ifuncs
            .iter()
            .filter(|f| f.address_taken)
            .map(|f| {
                (
                    f.name.as_str(),
                    is_local_linkage(f.local, &f.linkage),
                    "",
                    &[][..],
                )
            });
        for (name, local, signature, type_ids) in definitions.chain(references).chain(ifuncs) {
            if seen.insert((m, name, local)) {
                let code = symbols.code(m, name, local);
                set.add(code, signature, type_ids, resolver);
            }
        }
    }
    (set.functions, set.externals)
}

struct TakenSet {
    functions: Vec<bool>,
    externals: Vec<TakenExternal>,
    slot: FxHashMap<ExtId, usize>,
}

impl TakenSet {
    /// Marks the code a taken reference reaches; an ifunc's address is each of its targets'.
    fn add<'a>(
        &mut self,
        code: Code<'a>,
        signature: &str,
        type_ids: &[u64],
        resolver: &mut Resolver<'a, '_>,
    ) {
        let mut stack = vec![code];
        while let Some(code) = stack.pop() {
            let external = match code {
                Code::Function(id) => {
                    self.functions[id] = true;
                    continue;
                }
                Code::Ifunc(_, targets) => {
                    stack.extend(targets);
                    continue;
                }
                Code::Missing(name) => resolver.external(name, ExternalKind::Undefined),
                Code::OpaqueIfunc(name) => resolver.external(name, ExternalKind::Ifunc),
            };
            let externals = &mut self.externals;
            let slot = *self.slot.entry(external).or_insert_with(|| {
                externals.push(TakenExternal {
                    external,
                    signatures: Vec::new(),
                    type_ids: Vec::new(),
                });
                externals.len() - 1
            });
            let entry = &mut self.externals[slot];
            if !signature.is_empty() && !entry.signatures.iter().any(|s| s == signature) {
                entry.signatures.push(signature.to_string());
            }
            entry.type_ids.extend_from_slice(type_ids);
            entry.type_ids.sort_unstable();
            entry.type_ids.dedup();
        }
    }
}

/// Decides, for every record, whether the program uses it; and which names an alias or an
/// ifunc wins.
#[allow(clippy::type_complexity)]
fn decide(reports: &[ModuleReport]) -> Result<(Vec<Vec<Decision>>, Vec<(&str, Sym)>), GraphError> {
    let mut contests: FxHashMap<&str, (Strength, Winner)> = FxHashMap::default();
    contests.reserve(reports.iter().map(|r| r.functions.len()).sum());
    let mut decisions: Vec<Vec<Decision>> = Vec::with_capacity(reports.len());
    for (m, report) in reports.iter().enumerate() {
        let m32 = m as u32;
        let mut module_decisions = Vec::with_capacity(report.functions.len());
        let mut entrants: Vec<(&str, &str, Sym)> = Vec::new();
        for (i, f) in report.functions.iter().enumerate() {
            if is_local(f) {
                module_decisions.push(Decision::Local);
                continue;
            }
            module_decisions.push(Decision::Discard); // until it wins below
            entrants.push((&f.name, &f.linkage, Sym::Function((m32, i as u32))));
        }
        for (i, a) in report.symbols.aliases.iter().enumerate() {
            if !is_local_linkage(a.local, &a.linkage) {
                entrants.push((&a.name, &a.linkage, Sym::Alias(m32, i as u32)));
            }
        }
        for (i, f) in report.symbols.ifuncs.iter().enumerate() {
            if !is_local_linkage(f.local, &f.linkage) {
                entrants.push((&f.name, &f.linkage, Sym::Ifunc(m32, i as u32)));
            }
        }
        decisions.push(module_decisions);
        for (name, linkage, sym) in entrants {
            enter(reports, &mut contests, name, linkage, sym)?;
        }
    }
    // Names won by an alias or an ifunc; function winners are decisions.
    let mut winners = Vec::new();
    for (name, (_, winner)) in contests {
        match winner {
            Winner::One(Sym::Function((m, i))) => {
                decisions[m as usize][i as usize] = Decision::Keep(Vec::new())
            }
            Winner::One(sym) => winners.push((name, sym)),
            Winner::Merged(copies) => {
                for &(m, i) in &copies[1..] {
                    decisions[m as usize][i as usize] = Decision::Merged;
                }
                let (m, i) = copies[0];
                decisions[m as usize][i as usize] = Decision::Keep(copies[1..].to_vec());
            }
        }
    }
    // A dropped definition that an alias of its own module points at stays as code.
    for (m, report) in reports.iter().enumerate() {
        let aliasees: FxHashSet<&str> = report
            .symbols
            .aliases
            .iter()
            .filter(|a| !a.aliasee.local)
            .map(|a| a.aliasee.name.as_str())
            .collect();
        for (i, f) in report.functions.iter().enumerate() {
            if matches!(decisions[m][i], Decision::Discard) && aliasees.contains(f.name.as_str()) {
                decisions[m][i] = Decision::Shadow;
            }
        }
    }
    Ok((decisions, winners))
}

fn linkage_of(reports: &[ModuleReport], sym: Sym) -> (&str, &ModuleReport) {
    match sym {
        Sym::Function((m, i)) => (
            &reports[m as usize].functions[i as usize].linkage,
            &reports[m as usize],
        ),
        Sym::Alias(m, i) => (
            &reports[m as usize].symbols.aliases[i as usize].linkage,
            &reports[m as usize],
        ),
        Sym::Ifunc(m, i) => (
            &reports[m as usize].symbols.ifuncs[i as usize].linkage,
            &reports[m as usize],
        ),
    }
}

/// One definition of `name` enters the linker's contest for it.
fn enter<'r>(
    reports: &'r [ModuleReport],
    contests: &mut FxHashMap<&'r str, (Strength, Winner)>,
    name: &'r str,
    linkage: &str,
    sym: Sym,
) -> Result<(), GraphError> {
    let s = strength(linkage);
    let Some((old_strength, winner)) = contests.get_mut(name) else {
        let winner = match (s, sym) {
            (Strength::Odr, Sym::Function(loc)) => Winner::Merged(vec![loc]),
            _ => Winner::One(sym),
        };
        contests.insert(name, (s, winner));
        return Ok(());
    };
    match (*old_strength, s) {
        (Strength::Strong, Strength::Strong) => {
            let first = match winner {
                Winner::One(first) => *first,
                Winner::Merged(copies) => Sym::Function(copies[0]),
            };
            let (first_linkage, first_module) = linkage_of(reports, first);
            let (second_linkage, second_module) = linkage_of(reports, sym);
            return Err(GraphError::DuplicateStrong {
                name: name.to_string(),
                first: module_in_error(first_module),
                first_linkage: first_linkage.to_string(),
                second: module_in_error(second_module),
                second_linkage: second_linkage.to_string(),
            });
        }
        (Strength::Strong, _) | (Strength::Weak, Strength::Weak | Strength::Odr) => {}
        (_, Strength::Strong) => {
            *old_strength = Strength::Strong;
            *winner = Winner::One(sym);
        }
        // Equivalent copies: function records fold together; an ODR alias or ifunc copy
        // yields to a function record of the same name (its aliasee is ODR code too).
        (Strength::Odr, Strength::Odr) => match (&mut *winner, sym) {
            (Winner::Merged(copies), Sym::Function(loc)) => copies.push(loc),
            (Winner::One(_), Sym::Function(loc)) => *winner = Winner::Merged(vec![loc]),
            _ => {}
        },
        // A plain weak copy makes the copies non-equivalent: the first one wins.
        (Strength::Odr, Strength::Weak) => {
            if let Winner::Merged(copies) = winner {
                *winner = Winner::One(Sym::Function(copies[0]));
            }
            *old_strength = Strength::Weak;
        }
    }
    Ok(())
}
