//! Symbol resolution across modules, the way a linker does it: which definition each name
//! means, and where every call site goes. Works on borrowed records, so no name is copied.

use rustc_hash::FxHashMap;

use crate::assume::Assumptions;
use crate::graph::{
    module_name, Call, CallId, Discarded, ExtId, External, FnId, Function, GraphError, Loc, Target,
};
use crate::records::{CallKind, CallRecord, FunctionRecord, ModuleReport};

/// What becomes of one function record.
enum Decision {
    /// `internal`/`private`: keyed by (module, name).
    Local,
    /// The definition a global name resolves to, with further ODR copies folded into it.
    Keep(Vec<Loc>),
    /// A later ODR copy, folded into the `Keep` node.
    Merged,
    /// Dropped by the linker in favour of another definition.
    Discard,
}

/// The graph's nodes and edges, pointing into the records.
pub(crate) struct Linked {
    pub functions: Vec<Function>,
    pub calls: Vec<Call>,
    pub externals: Vec<External>,
    pub discarded: Vec<Discarded>,
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

fn is_local(f: &FunctionRecord) -> bool {
    f.local || matches!(f.linkage.as_str(), "internal" | "private")
}

/// What a global name resolves to.
enum Winner {
    One(Loc),
    /// All copies are ODR: one node whose frame and calls are the union of the copies', so its
    /// total is the maximum of theirs (sound whichever copy the linker keeps).
    Merged(Vec<Loc>),
}

pub(crate) fn link(
    reports: &[ModuleReport],
    assumptions: &Assumptions,
) -> Result<Linked, GraphError> {
    let decisions = decide(reports)?;
    let record = |(m, i): Loc| &reports[m as usize].functions[i as usize];

    // Node ids in first-appearance order, so output and tie-breaks are stable.
    let slots: usize = reports.iter().map(|r| r.functions.len()).sum();
    let mut globals: FxHashMap<&str, FnId> = FxHashMap::default();
    globals.reserve(slots);
    let mut locals: FxHashMap<(u32, &str), FnId> = FxHashMap::default();
    let mut functions: Vec<Function> = Vec::with_capacity(slots);
    for (m, module_decisions) in decisions.iter().enumerate() {
        for (i, decision) in module_decisions.iter().enumerate() {
            let at = (m as u32, i as u32);
            let id = FnId::try_from(functions.len()).map_err(|_| GraphError::TooLarge)?;
            let f = record(at);
            let merged = match decision {
                Decision::Local => {
                    if locals.insert((at.0, f.name.as_str()), id).is_some() {
                        return Err(GraphError::DuplicateInModule {
                            module: module_name(&reports[m]),
                            name: f.name.clone(),
                        });
                    }
                    Vec::new()
                }
                Decision::Keep(copies) => {
                    globals.insert(f.name.as_str(), id);
                    copies.clone()
                }
                Decision::Merged | Decision::Discard => continue,
            };
            let copies = merged.iter().map(|&c| record(c));
            functions.push(Function {
                at,
                own_depth: copies
                    .clone()
                    .map(|c| c.own_depth)
                    .fold(f.own_depth, u64::max),
                dynamic: f.dynamic || copies.clone().any(|c| c.dynamic),
                partial: f.is_partial() || copies.clone().any(|c| c.is_partial()),
                merged,
                calls: 0..0,
            });
        }
    }

    let total_calls: usize = reports
        .iter()
        .flat_map(|r| &r.functions)
        .map(|f| f.calls.len())
        .sum();
    CallId::try_from(total_calls).map_err(|_| GraphError::TooLarge)?;
    let mut resolver = Resolver {
        reports,
        globals: &globals,
        locals: &locals,
        assumptions,
        externals: Vec::new(),
        external_ids: FxHashMap::default(),
    };
    let mut calls = Vec::with_capacity(total_calls);
    for function in &mut functions {
        let start = calls.len() as CallId;
        resolver.resolve_all(function.at, function.at, &mut calls)?;
        for &copy in &function.merged {
            resolver.resolve_all(copy, function.at, &mut calls)?;
        }
        function.calls = start..calls.len() as CallId;
    }
    let externals = resolver.externals;

    let mut discarded = Vec::new();
    for (m, module_decisions) in decisions.iter().enumerate() {
        for (i, decision) in module_decisions.iter().enumerate() {
            if let Decision::Discard = decision {
                let f = record((m as u32, i as u32));
                discarded.push(Discarded {
                    name: f.name.clone(),
                    module: m as u32,
                    linkage: f.linkage.clone(),
                    kept: globals[f.name.as_str()],
                });
            }
        }
    }
    Ok(Linked {
        functions,
        calls,
        externals,
        discarded,
    })
}

struct Resolver<'a> {
    reports: &'a [ModuleReport],
    globals: &'a FxHashMap<&'a str, FnId>,
    locals: &'a FxHashMap<(u32, &'a str), FnId>,
    assumptions: &'a Assumptions,
    externals: Vec<External>,
    external_ids: FxHashMap<&'a str, ExtId>,
}

impl<'a> Resolver<'a> {
    /// Resolves the calls of the record at `at` (a node, or an ODR copy folded into `node`).
    fn resolve_all(&mut self, at: Loc, node: Loc, out: &mut Vec<Call>) -> Result<(), GraphError> {
        let reports = self.reports;
        let f = &reports[at.0 as usize].functions[at.1 as usize];
        for (position, call) in f.calls.iter().enumerate() {
            let target = self
                .resolve(call, at.0)
                .ok_or_else(|| GraphError::MissingCallee {
                    module: module_name(&reports[at.0 as usize]),
                    function: reports[node.0 as usize].functions[node.1 as usize]
                        .name
                        .clone(),
                    kind: call.kind,
                    index: call.index,
                })?;
            out.push(Call {
                target,
                depth: call.depth,
                depth_known: call.depth_known,
                at,
                position: position as u32,
            });
        }
        Ok(())
    }

    /// `None` when a direct call names no callee.
    fn resolve(&mut self, call: &'a CallRecord, module: u32) -> Option<Target> {
        if call.kind == CallKind::Indirect {
            return Some(Target::Indirect);
        }
        let name = call.callee.as_deref()?;
        let local = || self.locals.get(&(module, name)).copied();
        let global = || self.globals.get(name).copied();
        let found = if call.callee_local {
            local().or_else(global)
        } else {
            global().or_else(local)
        };
        if let Some(id) = found {
            return Some(Target::Function(id));
        }
        if let Some(&id) = self.external_ids.get(name) {
            return Some(Target::External(id));
        }
        let id = self.externals.len() as ExtId;
        self.externals.push(External {
            name: name.to_string(),
            assumed: self.assumptions.size_of(name),
        });
        self.external_ids.insert(name, id);
        Some(Target::External(id))
    }
}

/// Decides, for every record, whether the program uses it.
fn decide(reports: &[ModuleReport]) -> Result<Vec<Vec<Decision>>, GraphError> {
    let mut winners: FxHashMap<&str, (Strength, Winner)> = FxHashMap::default();
    winners.reserve(reports.iter().map(|r| r.functions.len()).sum());
    let mut decisions: Vec<Vec<Decision>> = Vec::with_capacity(reports.len());
    for (m, report) in reports.iter().enumerate() {
        let mut module_decisions = Vec::with_capacity(report.functions.len());
        for (i, f) in report.functions.iter().enumerate() {
            if is_local(f) {
                module_decisions.push(Decision::Local);
                continue;
            }
            module_decisions.push(Decision::Discard); // until it wins below
            let loc = (m as u32, i as u32);
            let s = strength(&f.linkage);
            let Some((old_strength, winner)) = winners.get_mut(f.name.as_str()) else {
                let winner = match s {
                    Strength::Odr => Winner::Merged(vec![loc]),
                    _ => Winner::One(loc),
                };
                winners.insert(&f.name, (s, winner));
                continue;
            };
            match (*old_strength, s) {
                (Strength::Strong, Strength::Strong) => {
                    let Winner::One((fm, fi)) = *winner else {
                        unreachable!("a strong winner is a single definition")
                    };
                    let first = &reports[fm as usize];
                    return Err(GraphError::DuplicateStrong {
                        name: f.name.clone(),
                        first: module_name(first),
                        first_linkage: first.functions[fi as usize].linkage.clone(),
                        second: module_name(report),
                        second_linkage: f.linkage.clone(),
                    });
                }
                (Strength::Strong, _) | (Strength::Weak, Strength::Weak | Strength::Odr) => {}
                (_, Strength::Strong) => {
                    *old_strength = Strength::Strong;
                    *winner = Winner::One(loc);
                }
                (Strength::Odr, Strength::Odr) => {
                    if let Winner::Merged(copies) = winner {
                        copies.push(loc);
                    }
                }
                // A plain weak copy makes the copies non-equivalent: the first one wins.
                (Strength::Odr, Strength::Weak) => {
                    if let Winner::Merged(copies) = winner {
                        *winner = Winner::One(copies[0]);
                    }
                    *old_strength = Strength::Weak;
                }
            }
        }
        decisions.push(module_decisions);
    }
    for (_, winner) in winners.into_values() {
        match winner {
            Winner::One((m, i)) => decisions[m as usize][i as usize] = Decision::Keep(Vec::new()),
            Winner::Merged(copies) => {
                for &(m, i) in &copies[1..] {
                    decisions[m as usize][i as usize] = Decision::Merged;
                }
                let (m, i) = copies[0];
                decisions[m as usize][i as usize] = Decision::Keep(copies[1..].to_vec());
            }
        }
    }
    Ok(decisions)
}
