//! A static library as the linker uses it: a member joins the program only when it defines a
//! name that the program so far references and does not define, and the members it pulls in may
//! pull in more (GNU ld and lld on a single archive). A member is one module of records (one
//! object of the archive), so a program that defines `malloc` itself never gets the library's,
//! and a program that never prints carries no `printf`.
//!
//! Where several members define a name, the first in the library's order is pulled, as from
//! the archive's symbol index; the linker's rules then decide between every definition that is
//! in (a strong one in a pulled member beats a weak one, [`crate::link`]).

use std::collections::VecDeque;
use std::path::PathBuf;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::link::{is_local, is_local_linkage};
use crate::records::{CallKind, ModuleReport};
use crate::schema::UnrecordedEntry;

/// A static library's records: its members in archive order, and the functions it holds as
/// machine code without a record.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// For messages: `musl 1.2.5 (x86_64-linux-musl)`.
    pub name: String,
    /// Where its records came from.
    pub origin: PathBuf,
    pub members: Vec<ModuleReport>,
    pub unrecorded: Vec<UnrecordedEntry>,
}

/// What the program takes from a library.
#[derive(Debug, Default)]
pub struct Pulled {
    pub modules: Vec<ModuleReport>,
    /// The library's unrecorded functions that the program reaches by name (the linker pulls
    /// their code in, and nothing says what it does with the stack).
    pub unrecorded: Vec<UnrecordedEntry>,
}

/// The global names a module defines.
fn definitions(module: &ModuleReport) -> impl Iterator<Item = &str> {
    let functions = module
        .functions
        .iter()
        .filter(|f| !is_local(f))
        .map(|f| f.name.as_str());
    let aliases = module
        .symbols
        .aliases
        .iter()
        .filter(|a| !is_local_linkage(a.local, &a.linkage))
        .map(|a| a.name.as_str());
    let ifuncs = module
        .symbols
        .ifuncs
        .iter()
        .filter(|i| !is_local_linkage(i.local, &i.linkage))
        .map(|i| i.name.as_str());
    functions.chain(aliases).chain(ifuncs)
}

/// The global names a module refers to: direct calls and libcalls, addresses it takes, ifunc
/// targets and aliasees (a name it defines itself counts too; the caller subtracts those).
fn references(module: &ModuleReport) -> impl Iterator<Item = &str> {
    let calls = module
        .functions
        .iter()
        .flat_map(|f| &f.calls)
        .filter(|c| c.kind != CallKind::Indirect && !c.callee_local)
        .filter_map(|c| c.callee.as_deref());
    let taken = module
        .symbols
        .address_taken
        .iter()
        .filter(|t| !t.local)
        .map(|t| t.name.as_str());
    let ifunc_targets = module
        .symbols
        .ifuncs
        .iter()
        .flat_map(|i| i.targets.iter().flatten())
        .filter(|t| !t.local)
        .map(|t| t.name.as_str());
    let aliasees = module
        .symbols
        .aliases
        .iter()
        .filter(|a| !a.aliasee.local)
        .map(|a| a.aliasee.name.as_str());
    calls.chain(taken).chain(ifunc_targets).chain(aliasees)
}

/// The members of `library` that linking it after `program` pulls in, in library order.
/// `machine_code` names what the program's own inputs define without a record (a linked
/// binary's libc, assembly): that code is what the linker used, so no member replaces it.
pub fn pull<'a>(
    program: &'a [ModuleReport],
    machine_code: impl IntoIterator<Item = &'a str>,
    library: Library,
) -> Pulled {
    let (pulled, unresolved) = {
        let machine_code: Vec<&str> = machine_code.into_iter().collect();
        select(program, &machine_code, &library)
    };
    let mut seen = FxHashSet::default();
    let unrecorded = library
        .unrecorded
        .into_iter()
        .filter(|u| unresolved.contains(&u.name) && seen.insert(u.name.clone()))
        .collect();
    let modules = library
        .members
        .into_iter()
        .zip(pulled)
        .filter_map(|(member, pulled)| pulled.then_some(member))
        .collect();
    Pulled {
        modules,
        unrecorded,
    }
}

/// Which members are pulled in, and the names the program still reaches undefined.
fn select(
    program: &[ModuleReport],
    machine_code: &[&str],
    library: &Library,
) -> (Vec<bool>, FxHashSet<String>) {
    // First member defining each name: the one the archive's index gives the linker.
    let mut definer: FxHashMap<&str, usize> = FxHashMap::default();
    for (m, member) in library.members.iter().enumerate() {
        for name in definitions(member) {
            definer.entry(name).or_insert(m);
        }
    }
    let mut defined: FxHashSet<&str> = program.iter().flat_map(definitions).collect();
    defined.extend(machine_code.iter().copied());
    let mut wanted: VecDeque<&str> = program.iter().flat_map(references).collect();
    let mut pulled = vec![false; library.members.len()];
    let mut reached: FxHashSet<&str> = FxHashSet::default();
    while let Some(name) = wanted.pop_front() {
        if defined.contains(name) || !reached.insert(name) {
            continue;
        }
        let Some(&m) = definer.get(name) else {
            continue;
        };
        if std::mem::replace(&mut pulled[m], true) {
            continue;
        }
        let member = &library.members[m];
        defined.extend(definitions(member));
        wanted.extend(references(member));
    }
    // Names the program still reaches without a definition: the library's machine code
    // without records is what the linker would take for them.
    let unresolved = reached
        .into_iter()
        .filter(|name| !defined.contains(name))
        .map(str::to_owned)
        .collect();
    (pulled, unresolved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{AliasRecord, CallRecord, FunctionRecord, SymbolRef, TakenRecord};

    fn call(callee: &str) -> CallRecord {
        CallRecord {
            kind: CallKind::Direct,
            tail: false,
            callee: Some(callee.into()),
            callee_local: false,
            depth: 8,
            depth_known: true,
            type_ids: vec![],
            signatures: vec![],
            index: 0,
            loc: None,
        }
    }

    fn function(name: &str, linkage: &str, calls: &[&str]) -> FunctionRecord {
        FunctionRecord {
            name: name.into(),
            linkage: linkage.into(),
            local: matches!(linkage, "internal" | "private"),
            own_depth: 16,
            calls: calls.iter().map(|c| call(c)).collect(),
            ..Default::default()
        }
    }

    fn module(source: &str, functions: Vec<FunctionRecord>) -> ModuleReport {
        let mut m = ModuleReport::default();
        m.module.source = source.into();
        m.functions = functions;
        m
    }

    fn sources(pulled: &Pulled) -> Vec<&str> {
        pulled
            .modules
            .iter()
            .map(|m| m.module.source.as_str())
            .collect()
    }

    fn unrecorded(name: &str) -> UnrecordedEntry {
        UnrecordedEntry {
            name: name.into(),
            size: 40,
            address: None,
            origin: "libc.a(memcpy.o)".into(),
            ..Default::default()
        }
    }

    /// printf pulls vfprintf, which pulls its helpers; nothing pulls fopen; the program's own
    /// malloc keeps the library's out even though calloc (pulled) calls malloc.
    #[test]
    fn pulls_what_is_referenced_transitively() {
        let program = vec![module(
            "main.c",
            vec![
                function("main", "external", &["printf", "calloc"]),
                function("malloc", "external", &[]),
            ],
        )];
        let library = Library {
            name: "libc".into(),
            origin: "libc.a".into(),
            members: vec![
                module(
                    "printf.c",
                    vec![function("printf", "external", &["vfprintf"])],
                ),
                module(
                    "vfprintf.c",
                    vec![
                        function("vfprintf", "external", &["fmt_u", "memcpy"]),
                        function("fmt_u", "internal", &[]),
                    ],
                ),
                module("fopen.c", vec![function("fopen", "external", &["malloc"])]),
                module(
                    "calloc.c",
                    vec![function("calloc", "external", &["malloc"])],
                ),
                module("malloc.c", vec![function("malloc", "external", &[])]),
                // A local name of another member must not satisfy anything.
                module("other.c", vec![function("fmt_u", "internal", &[])]),
            ],
            unrecorded: vec![unrecorded("memcpy"), unrecorded("memset")],
        };
        let pulled = pull(&program, [], library);
        assert_eq!(sources(&pulled), ["printf.c", "vfprintf.c", "calloc.c"]);
        let names: Vec<&str> = pulled.unrecorded.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["memcpy"]);
    }

    /// Code the program's inputs hold without a record (a linked binary's own printf) is what
    /// the linker used: the library's member must not stand in for it.
    #[test]
    fn machine_code_in_the_inputs_is_not_replaced() {
        let program = vec![module(
            "main.c",
            vec![function("main", "external", &["printf"])],
        )];
        let library = Library {
            members: vec![module(
                "printf.c",
                vec![function("printf", "external", &[])],
            )],
            ..Default::default()
        };
        assert!(pull(&program, ["printf"], library).modules.is_empty());
    }

    /// A weak definition in the program satisfies the reference (no member is pulled for it);
    /// a strong one in a member pulled for another name is in, and the linker's rules decide.
    #[test]
    fn weak_definitions_and_members_pulled_for_other_names() {
        let program = vec![module(
            "main.c",
            vec![
                function("main", "external", &["exit"]),
                function("hook", "weak", &[]),
            ],
        )];
        let library = Library {
            members: vec![
                module("hook.c", vec![function("hook", "external", &[])]),
                module(
                    "exit.c",
                    vec![
                        function("exit", "external", &["__stdio_exit", "stdio_needed"]),
                        function("__stdio_exit", "weak", &[]),
                    ],
                ),
                module(
                    "stdio_exit.c",
                    vec![
                        function("__stdio_exit", "external", &[]),
                        function("stdio_needed", "external", &[]),
                    ],
                ),
            ],
            ..Default::default()
        };
        let pulled = pull(&program, [], library);
        assert_eq!(sources(&pulled), ["exit.c", "stdio_exit.c"]);
    }

    /// Addresses taken, aliases and their aliasees count as references and definitions.
    #[test]
    fn taken_addresses_and_aliases() {
        let mut main = module("main.c", vec![function("main", "external", &[])]);
        main.symbols.address_taken.push(TakenRecord {
            name: "cmp".into(),
            ..Default::default()
        });
        let mut aliased = module("cmp.c", vec![function("__cmp", "external", &["helper"])]);
        aliased.symbols.aliases.push(AliasRecord {
            name: "cmp".into(),
            local: false,
            linkage: "weak".into(),
            aliasee: SymbolRef {
                name: "__cmp".into(),
                local: false,
            },
        });
        let library = Library {
            members: vec![
                aliased,
                module("helper.c", vec![function("helper", "external", &[])]),
            ],
            ..Default::default()
        };
        assert_eq!(sources(&pull(&[main], [], library)), ["cmp.c", "helper.c"]);
    }
}
