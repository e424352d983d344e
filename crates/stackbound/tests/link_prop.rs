//! Property: on random programs of several modules (strong and weak definitions of the same
//! name, same-named locals in different modules, aliases, addresses taken in a module other
//! than the one that defines the code, declarations whose address is taken and that nobody
//! defines), `--resolve-indirect` gives every function exactly the bound of a brute force over
//! the linker's view of the program; above all, it never calls a result complete when some
//! code the program can reach is left out.
//!
//! The brute force shares nothing with the library: it picks each global name's definition by
//! the linker's rule (a strong one, else the first weak one in link order), maps an alias to
//! the code of its aliasee in the alias's own module, takes every address-taken piece of code
//! as a candidate of every indirect call (all functions here share one signature), and
//! enumerates call paths recursively.

use std::collections::BTreeSet;

use proptest::prelude::*;
use stackbound::records::{
    AliasRecord, CallKind, CallRecord, FunctionRecord, ModuleRecord, ModuleReport, SymbolRef,
    SymbolsRecord, TakenRecord,
};
use stackbound::{analyze_records, AnalysisOptions as Options, Status};

const GLOBALS: [&str; 4] = ["a", "b", "c", "d"];
/// Declared everywhere, defined nowhere.
const UNDEFINED: &str = "lib_fn";
const LOCALS: [&str; 2] = ["l0", "l1"];
const SIGNATURE: &str = "void (ptr)";

#[derive(Debug, Clone)]
enum Callee {
    /// A global name (index into GLOBALS), or UNDEFINED when out of range.
    Global(usize),
    /// A local of the caller's module (index into LOCALS).
    Local(usize),
    Indirect,
}

#[derive(Debug, Clone)]
struct Call {
    callee: Callee,
    depth: u64,
}

#[derive(Debug, Clone)]
struct Func {
    /// Global name index, or local name index when `local`.
    name: usize,
    local: bool,
    weak: bool,
    own: u64,
    calls: Vec<Call>,
}

#[derive(Debug, Clone)]
struct Alias {
    name: usize,
    weak: bool,
    /// Index into the module's functions.
    aliasee: usize,
}

#[derive(Debug, Clone)]
struct Module {
    funcs: Vec<Func>,
    aliases: Vec<Alias>,
    /// Address taken here: (Callee::Global or Callee::Local).
    taken: Vec<Callee>,
}

fn callee_strategy() -> impl Strategy<Value = Callee> {
    prop_oneof![
        4 => (0..5usize).prop_map(Callee::Global),
        2 => (0..2usize).prop_map(Callee::Local),
        2 => Just(Callee::Indirect),
    ]
}

fn module_strategy() -> impl Strategy<Value = Module> {
    let func = (
        0..4usize,
        0..3u8,
        any::<bool>(),
        1..8u64,
        prop::collection::vec((callee_strategy(), 0..6u64), 0..3),
    );
    (
        prop::collection::vec(func, 0..4),
        prop::collection::vec((0..4usize, any::<bool>(), 0..4usize), 0..2),
        prop::collection::vec(
            prop_oneof![
                (0..5usize).prop_map(Callee::Global),
                (0..2usize).prop_map(Callee::Local)
            ],
            0..3,
        ),
    )
        .prop_map(|(funcs, aliases, taken)| {
            // One definition per name and module, functions first.
            let mut used_globals = BTreeSet::new();
            let mut used_locals = BTreeSet::new();
            let funcs: Vec<Func> = funcs
                .into_iter()
                .filter_map(|(name, kind, weak, own, calls)| {
                    let local = kind == 0;
                    let name = if local { name % LOCALS.len() } else { name };
                    let fresh = if local {
                        used_locals.insert(name)
                    } else {
                        used_globals.insert(name)
                    };
                    fresh.then(|| Func {
                        name,
                        local,
                        weak: weak && !local,
                        own: own * 8,
                        calls: calls
                            .into_iter()
                            .map(|(callee, depth)| Call {
                                callee,
                                depth: depth * 8,
                            })
                            .collect(),
                    })
                })
                .collect();
            let aliases = aliases
                .into_iter()
                .filter(|_| !funcs.is_empty())
                .filter(|&(name, ..)| used_globals.insert(name))
                .map(|(name, weak, aliasee)| Alias {
                    name,
                    weak,
                    aliasee: aliasee % funcs.len(),
                })
                .collect();
            Module {
                funcs,
                aliases,
                taken,
            }
        })
}

/// Several modules, with at most one strong definition of each global name in the program.
fn program_strategy() -> impl Strategy<Value = Vec<Module>> {
    prop::collection::vec(module_strategy(), 1..=3).prop_map(|mut modules| {
        let mut strong = BTreeSet::new();
        for m in &mut modules {
            for f in m.funcs.iter_mut().filter(|f| !f.local && !f.weak) {
                if !strong.insert(f.name) {
                    f.weak = true;
                }
            }
            for a in m.aliases.iter_mut().filter(|a| !a.weak) {
                if !strong.insert(a.name) {
                    a.weak = true;
                }
            }
        }
        modules
    })
}

fn global_name(i: usize) -> &'static str {
    GLOBALS.get(i).copied().unwrap_or(UNDEFINED)
}

fn func_name(f: &Func) -> &'static str {
    if f.local {
        LOCALS[f.name]
    } else {
        GLOBALS[f.name]
    }
}

fn module_id(m: usize) -> String {
    format!("m{m}.ll")
}

fn symbol(callee: &Callee) -> (String, bool) {
    match callee {
        Callee::Global(g) => (global_name(*g).to_string(), false),
        Callee::Local(l) => (LOCALS[*l].to_string(), true),
        Callee::Indirect => unreachable!("no symbol"),
    }
}

fn to_records(modules: &[Module]) -> Vec<ModuleReport> {
    let linkage = |weak: bool, local: bool| {
        if local {
            "internal"
        } else if weak {
            "weak"
        } else {
            "external"
        }
    };
    modules
        .iter()
        .enumerate()
        .map(|(m, module)| ModuleReport {
            module: ModuleRecord {
                schema: stackbound::records::SCHEMA,
                module_id: module_id(m),
                ..Default::default()
            },
            functions: module
                .funcs
                .iter()
                .map(|f| FunctionRecord {
                    schema: stackbound::records::SCHEMA,
                    name: func_name(f).to_string(),
                    linkage: linkage(f.weak, f.local).into(),
                    local: f.local,
                    own_depth: f.own,
                    signature: SIGNATURE.into(),
                    calls: f
                        .calls
                        .iter()
                        .enumerate()
                        .map(|(k, c)| {
                            let (callee, callee_local) = match &c.callee {
                                Callee::Indirect => (None, false),
                                other => {
                                    let (name, local) = symbol(other);
                                    (Some(name), local)
                                }
                            };
                            CallRecord {
                                kind: if callee.is_some() {
                                    CallKind::Direct
                                } else {
                                    CallKind::Indirect
                                },
                                tail: false,
                                callee,
                                callee_local,
                                depth: c.depth,
                                depth_known: true,
                                type_ids: Vec::new(),
                                signatures: if c.callee_is_indirect() {
                                    vec![SIGNATURE.into()]
                                } else {
                                    Vec::new()
                                },
                                index: k as u64,
                                loc: None,
                            }
                        })
                        .collect(),
                    ..Default::default()
                })
                .collect(),
            symbols: SymbolsRecord {
                schema: stackbound::records::SCHEMA,
                address_taken: module
                    .taken
                    .iter()
                    .map(|t| {
                        let (name, local) = symbol(t);
                        let defined = module.funcs.iter().any(|f| func_name(f) == name)
                            || module.aliases.iter().any(|a| global_name(a.name) == name);
                        TakenRecord {
                            name,
                            local,
                            defined,
                            signature: SIGNATURE.into(),
                            type_ids: Vec::new(),
                        }
                    })
                    .collect(),
                aliases: module
                    .aliases
                    .iter()
                    .map(|a| {
                        let target = &module.funcs[a.aliasee];
                        AliasRecord {
                            name: global_name(a.name).into(),
                            local: false,
                            linkage: linkage(a.weak, false).into(),
                            aliasee: SymbolRef {
                                name: func_name(target).into(),
                                local: target.local,
                            },
                        }
                    })
                    .collect(),
                ifuncs: Vec::new(),
                ..Default::default()
            },
            origin: format!("m{m}.jsonl").into(),
        })
        .collect()
}

impl Call {
    fn callee_is_indirect(&self) -> bool {
        matches!(self.callee, Callee::Indirect)
    }
}

/// A piece of code: (module, function index).
type Unit = (usize, usize);

/// What a reference resolves to in the linker's view.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Resolved {
    Code(Unit),
    Undefined,
}

struct Linker<'a> {
    modules: &'a [Module],
}

impl Linker<'_> {
    /// The code a global name means: the strong definition, else the first weak one.
    fn global(&self, name: usize) -> Resolved {
        let mut first_weak = None;
        for (m, module) in self.modules.iter().enumerate() {
            for (i, f) in module.funcs.iter().enumerate() {
                if !f.local && f.name == name {
                    if !f.weak {
                        return Resolved::Code((m, i));
                    }
                    first_weak.get_or_insert((m, i));
                }
            }
            for a in &module.aliases {
                if a.name == name {
                    if !a.weak {
                        return Resolved::Code((m, a.aliasee));
                    }
                    first_weak.get_or_insert((m, a.aliasee));
                }
            }
        }
        first_weak.map_or(Resolved::Undefined, Resolved::Code)
    }

    fn reference(&self, m: usize, callee: &Callee) -> Resolved {
        match callee {
            Callee::Global(g) if *g < GLOBALS.len() => self.global(*g),
            Callee::Global(_) => Resolved::Undefined,
            Callee::Local(l) => self.modules[m]
                .funcs
                .iter()
                .position(|f| f.local && f.name == *l)
                .map_or(Resolved::Undefined, |i| Resolved::Code((m, i))),
            Callee::Indirect => unreachable!(),
        }
    }

    /// Every address-taken reference of the program, resolved.
    fn taken(&self) -> Vec<Resolved> {
        let mut out = Vec::new();
        for (m, module) in self.modules.iter().enumerate() {
            for t in &module.taken {
                let r = self.reference(m, t);
                if !out.contains(&r) {
                    out.push(r);
                }
            }
        }
        out
    }

    /// (deepest path, complete): complete when no path meets recursion, an undefined callee,
    /// or an indirect call that may reach undefined code or nothing.
    fn solve(&self, unit: Unit, on_path: &mut Vec<Unit>) -> (u64, bool) {
        if on_path.contains(&unit) {
            return (0, false);
        }
        on_path.push(unit);
        let (m, i) = unit;
        let f = &self.modules[m].funcs[i];
        let mut deepest = f.own;
        let mut complete = true;
        let taken = self.taken();
        for c in &f.calls {
            let targets = match c.callee {
                Callee::Indirect => taken.clone(),
                ref direct => vec![self.reference(m, direct)],
            };
            if targets.is_empty() {
                complete = false;
            }
            deepest = deepest.max(c.depth);
            for t in targets {
                match t {
                    Resolved::Code(u) => {
                        let (total, ok) = self.solve(u, on_path);
                        complete &= ok;
                        if ok {
                            deepest = deepest.max(c.depth + total);
                        }
                    }
                    Resolved::Undefined => complete = false,
                }
            }
        }
        on_path.pop();
        (deepest, complete)
    }
}

fn check(modules: &[Module]) -> Result<(), TestCaseError> {
    let options = Options {
        resolve_indirect: true,
        max_reasons: usize::MAX,
        ..Options::default()
    };
    let analysis = analyze_records(to_records(modules), &options)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let report = stackbound::report(&analysis);
    let linker = Linker { modules };
    // Every name's winner and every local is a function of the report; check each.
    let mut units: Vec<(Unit, String)> = Vec::new();
    for (g, global) in GLOBALS.iter().enumerate() {
        if let Resolved::Code((m, i)) = linker.global(g) {
            if !modules[m].funcs[i].local && modules[m].funcs[i].name == g {
                units.push(((m, i), global.to_string()));
            }
        }
    }
    for (m, module) in modules.iter().enumerate() {
        for (i, f) in module.funcs.iter().enumerate().filter(|(_, f)| f.local) {
            units.push(((m, i), format!("{}:{}", module_id(m), LOCALS[f.name])));
        }
    }
    for (unit, query) in units {
        let ids = report.find(&query);
        let found = ids
            .iter()
            .map(|&id| &report.functions[id])
            .find(|f| f.module == unit.0);
        let Some(f) = found else {
            return Err(TestCaseError::fail(format!("{query} is not in the report")));
        };
        let (total, complete) = linker.solve(unit, &mut Vec::new());
        prop_assert_eq!(
            f.status == Status::Complete,
            complete,
            "{} is {:?} at {}; the linker's view says complete={} at {}",
            query,
            f.status,
            f.total,
            complete,
            total
        );
        if complete {
            prop_assert_eq!(f.total, total, "total of {}", query);
        }
        prop_assert!(f.total <= total || !complete);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn linking_matches_the_linkers_view(modules in program_strategy()) {
        check(&modules)?;
    }
}

/// The program, as records: `deep` is defined in module 0 and taken only in module 1,
/// which calls through the pointer. The call must reach `deep`.
#[test]
fn address_taken_in_another_module() {
    let modules = vec![
        Module {
            funcs: vec![Func {
                name: 0,
                local: false,
                weak: false,
                own: 4120,
                calls: vec![],
            }],
            aliases: vec![],
            taken: vec![],
        },
        Module {
            funcs: vec![
                Func {
                    name: 0,
                    local: true,
                    weak: false,
                    own: 8,
                    calls: vec![],
                },
                Func {
                    name: 1,
                    local: false,
                    weak: false,
                    own: 8,
                    calls: vec![Call {
                        callee: Callee::Indirect,
                        depth: 0,
                    }],
                },
            ],
            aliases: vec![],
            taken: vec![Callee::Local(0), Callee::Global(0)],
        },
    ];
    let options = Options {
        resolve_indirect: true,
        ..Options::default()
    };
    let analysis = analyze_records(to_records(&modules), &options).unwrap();
    let report = stackbound::report(&analysis);
    let b = &report.functions[report.find("b")[0]];
    assert_eq!((b.total, b.status), (4120, Status::Complete));
    check(&modules).unwrap();
}
