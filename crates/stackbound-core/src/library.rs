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
use serde::{Deserialize, Serialize};

use crate::link::{is_local, is_local_linkage};
use crate::records::{CallKind, ModuleReport};
use crate::schema::UnrecordedEntry;

/// One object of a static library: what its ELF symbol table says the linker sees (every
/// global name it defines, code and data, and the names it uses), and its code as records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Member {
    /// The member's name in the archive: `printf.o`.
    pub name: String,
    /// Every global name it defines, strong or weak, code or data.
    pub defines: Vec<String>,
    /// The names it uses without defining them, except those it uses only weakly (a weak
    /// undefined reference pulls no member in).
    pub undefined: Vec<String>,
    /// Its code: the records of its module, or a module read from its machine code.
    #[serde(skip)]
    pub modules: Vec<ModuleReport>,
    /// Its functions that have neither (their depth is unknown).
    pub unrecorded: Vec<UnrecordedEntry>,
}

/// A static library's records: the start files a static link always takes (`crt1.o`), and
/// the archive's members in archive order.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// For messages: `musl 1.2.5 (x86_64-linux-musl)`.
    pub name: String,
    /// Where its records came from.
    pub origin: PathBuf,
    pub start_files: Vec<Member>,
    pub members: Vec<Member>,
}

/// What the program takes from a library.
#[derive(Debug, Default)]
pub struct Pulled {
    pub modules: Vec<ModuleReport>,
    /// The pulled members' functions without a record: the linker takes their code in, and
    /// nothing says what it does with the stack.
    pub unrecorded: Vec<UnrecordedEntry>,
    /// The names of the members pulled in (start files first), in link order.
    pub members: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LibraryError {
    #[error(
        "{source_name}: its records predate the `undefined` and `data` lists of the `symbols` \
         record, so which library members it pulls in (through the data it uses, too) is \
         unknown. Make its records again with this stackbound's llc"
    )]
    NoLinkNames { source_name: String },
}

/// The global names a program module defines: code, aliases, ifuncs and data.
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
    let data = module.symbols.data.iter().flatten().map(String::as_str);
    functions.chain(aliases).chain(ifuncs).chain(data)
}

/// The global names a program module uses that may pull a member in: calls and libcalls the
/// code generator made, addresses taken, ifunc targets, aliasees and every undefined name
/// (data included), less those it uses only weakly. A name it defines itself counts too; the
/// caller subtracts those.
fn references(module: &ModuleReport) -> Result<Vec<&str>, LibraryError> {
    let symbols = &module.symbols;
    let (Some(undefined), Some(weak), Some(_)) =
        (&symbols.undefined, &symbols.weak_undefined, &symbols.data)
    else {
        return Err(LibraryError::NoLinkNames {
            source_name: module_name(module),
        });
    };
    let weak: FxHashSet<&str> = weak.iter().map(String::as_str).collect();
    let calls = module
        .functions
        .iter()
        .flat_map(|f| &f.calls)
        .filter(|c| c.kind != CallKind::Indirect && !c.callee_local)
        .filter_map(|c| c.callee.as_deref());
    let taken = symbols
        .address_taken
        .iter()
        .filter(|t| !t.local)
        .map(|t| t.name.as_str());
    let ifunc_targets = symbols
        .ifuncs
        .iter()
        .flat_map(|i| i.targets.iter().flatten())
        .filter(|t| !t.local)
        .map(|t| t.name.as_str());
    let aliasees = symbols
        .aliases
        .iter()
        .filter(|a| !a.aliasee.local)
        .map(|a| a.aliasee.name.as_str());
    Ok(calls
        .chain(taken)
        .chain(ifunc_targets)
        .chain(aliasees)
        .chain(undefined.iter().map(String::as_str))
        .filter(|name| !weak.contains(name))
        .collect())
}

fn module_name(module: &ModuleReport) -> String {
    if module.origin.as_os_str().is_empty() {
        module.module.source.clone()
    } else {
        module.origin.display().to_string()
    }
}

/// What linking `library` statically after `program` takes in: its start files, and the
/// members the program's references pull in, transitively, as GNU ld and lld do on one
/// archive. A member joins only when it defines a name that is used and not yet defined;
/// where several define it, the first in archive order is pulled, as from the archive's
/// symbol index, and the linker's rules then decide between every definition that is in (a
/// strong one in a pulled member beats a weak one, [`crate::link`]). `machine_code` names
/// what the program's own inputs define without a record (assembly): that code is what the
/// linker used, so no member replaces it.
pub fn pull<'a>(
    program: &'a [ModuleReport],
    machine_code: impl IntoIterator<Item = &'a str>,
    library: Library,
) -> Result<Pulled, LibraryError> {
    let machine_code: Vec<&str> = machine_code.into_iter().collect();
    let pulled = select(program, machine_code.iter().copied(), &library)?;
    let mut out = Pulled::default();
    let taken = library.start_files.into_iter().chain(
        library
            .members
            .into_iter()
            .zip(pulled)
            .filter_map(|(m, p)| p.then_some(m)),
    );
    for member in taken {
        out.members.push(member.name);
        out.modules.extend(member.modules);
        out.unrecorded.extend(member.unrecorded);
    }
    Ok(out)
}

/// Which archive members are pulled in.
fn select<'a>(
    program: &'a [ModuleReport],
    machine_code: impl IntoIterator<Item = &'a str>,
    library: &'a Library,
) -> Result<Vec<bool>, LibraryError> {
    // First member defining each name: the one the archive's index gives the linker.
    let mut definer: FxHashMap<&str, usize> = FxHashMap::default();
    for (m, member) in library.members.iter().enumerate() {
        for name in &member.defines {
            definer.entry(name.as_str()).or_insert(m);
        }
    }
    let mut defined: FxHashSet<&str> = program.iter().flat_map(definitions).collect();
    defined.extend(machine_code);
    let mut wanted: VecDeque<&str> = VecDeque::new();
    for module in program {
        wanted.extend(references(module)?);
    }
    for start in &library.start_files {
        defined.extend(start.defines.iter().map(String::as_str));
        wanted.extend(start.undefined.iter().map(String::as_str));
    }
    let mut pulled = vec![false; library.members.len()];
    while let Some(name) = wanted.pop_front() {
        if defined.contains(name) {
            continue;
        }
        let Some(&m) = definer.get(name) else {
            continue; // nothing defines it: the call stays unknown
        };
        if std::mem::replace(&mut pulled[m], true) {
            continue;
        }
        let member = &library.members[m];
        defined.extend(member.defines.iter().map(String::as_str));
        wanted.extend(member.undefined.iter().map(String::as_str));
    }
    Ok(pulled)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{CallRecord, FunctionRecord};

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

    /// A program module: its functions, and the undefined names its symbol table adds.
    fn program(functions: Vec<FunctionRecord>, undefined: &[&str], weak: &[&str]) -> ModuleReport {
        let mut m = ModuleReport::default();
        m.module.source = "main.c".into();
        m.functions = functions;
        m.symbols.undefined = Some(undefined.iter().map(|s| s.to_string()).collect());
        m.symbols.weak_undefined = Some(weak.iter().map(|s| s.to_string()).collect());
        m.symbols.data = Some(vec![]);
        m
    }

    fn member(name: &str, defines: &[&str], undefined: &[&str]) -> Member {
        let mut module = ModuleReport::default();
        module.module.source = name.into();
        Member {
            name: name.into(),
            defines: defines.iter().map(|s| s.to_string()).collect(),
            undefined: undefined.iter().map(|s| s.to_string()).collect(),
            modules: vec![module],
            unrecorded: vec![],
        }
    }

    fn library(members: Vec<Member>) -> Library {
        Library {
            members,
            ..Default::default()
        }
    }

    fn names(pulled: &Pulled) -> Vec<&str> {
        pulled.members.iter().map(String::as_str).collect()
    }

    /// printf pulls vfprintf, which pulls its helpers; nothing pulls fopen; the program's own
    /// malloc keeps the library's out even though calloc (pulled) uses malloc.
    #[test]
    fn pulls_what_is_referenced_transitively() {
        let main = program(
            vec![
                function("main", "external", &["printf", "calloc"]),
                function("malloc", "external", &[]),
            ],
            &[],
            &[],
        );
        let lib = library(vec![
            member("printf.o", &["printf"], &["vfprintf"]),
            member("vfprintf.o", &["vfprintf"], &["memcpy"]),
            member("fopen.o", &["fopen"], &["malloc"]),
            member("calloc.o", &["calloc"], &["malloc"]),
            member("malloc.o", &["malloc", "free"], &[]),
            member("memcpy.o", &["memcpy"], &[]),
        ]);
        let pulled = pull(&[main], [], lib).unwrap();
        assert_eq!(
            names(&pulled),
            ["printf.o", "vfprintf.o", "calloc.o", "memcpy.o"]
        );
        assert_eq!(pulled.modules.len(), 4);
    }

    /// A use of data pulls in the member that defines it, and with it the functions its
    /// initialiser points to (musl's `stdout` and `__stdout_write`): missing them would drop
    /// candidates of `f->write`.
    #[test]
    fn data_references_pull_members() {
        let main = program(
            vec![function("main", "external", &["fputs"])],
            &["stdout"],
            &[],
        );
        let lib = library(vec![
            member("fputs.o", &["fputs"], &["fwrite"]),
            member("fwrite.o", &["fwrite"], &[]),
            member(
                "stdout.o",
                &["stdout", "__stdout_FILE"],
                &["__stdout_write"],
            ),
            member("__stdout_write.o", &["__stdout_write"], &["__stdio_write"]),
            member("__stdio_write.o", &["__stdio_write"], &[]),
        ]);
        let pulled = pull(&[main], [], lib).unwrap();
        assert_eq!(pulled.members.len(), 5, "{:?}", pulled.members);
    }

    /// A weak undefined use pulls nothing in (ELF); a strong one in another module does.
    #[test]
    fn weak_undefined_names_pull_nothing() {
        let main = program(
            vec![function("main", "external", &["hook"])],
            &["hook", "table"],
            &["hook", "table"],
        );
        let lib = library(vec![
            member("hook.o", &["hook"], &[]),
            member("table.o", &["table"], &[]),
        ]);
        assert!(pull(std::slice::from_ref(&main), [], lib.clone())
            .unwrap()
            .members
            .is_empty());
        let other = program(vec![], &["table"], &[]);
        let pulled = pull(&[main, other], [], lib).unwrap();
        assert_eq!(names(&pulled), ["table.o"]);
    }

    /// A weak definition in the program satisfies the use; the first definer in archive order
    /// is the one pulled.
    #[test]
    fn weak_definitions_and_archive_order() {
        let main = program(
            vec![
                function("main", "external", &["exit"]),
                function("hook", "weak", &[]),
            ],
            &[],
            &[],
        );
        let lib = library(vec![
            member("hook.o", &["hook"], &[]),
            member("exit.o", &["exit"], &["__stdio_exit"]),
            member("stdio_exit.o", &["__stdio_exit"], &[]),
            member("stdio_exit2.o", &["__stdio_exit"], &[]),
        ]);
        let pulled = pull(&[main], [], lib).unwrap();
        assert_eq!(names(&pulled), ["exit.o", "stdio_exit.o"]);
    }

    /// Code the program's inputs hold without a record is what the linker used.
    #[test]
    fn machine_code_in_the_inputs_is_not_replaced() {
        let main = program(vec![function("main", "external", &["printf"])], &[], &[]);
        let lib = library(vec![member("printf.o", &["printf"], &[])]);
        assert!(pull(&[main], ["printf"], lib).unwrap().members.is_empty());
    }

    /// Start files are always linked, first, and what they use pulls members in.
    #[test]
    fn start_files_are_always_in() {
        let main = program(vec![function("main", "external", &[])], &[], &[]);
        let mut lib = library(vec![
            member("__libc_start_main.o", &["__libc_start_main"], &["exit"]),
            member("exit.o", &["exit"], &[]),
        ]);
        lib.start_files = vec![member(
            "crt1.o",
            &["_start"],
            &["__libc_start_main", "main"],
        )];
        let pulled = pull(&[main], [], lib).unwrap();
        assert_eq!(names(&pulled), ["crt1.o", "__libc_start_main.o", "exit.o"]);
    }

    /// A program module whose records lack the link lists cannot be linked: an error naming
    /// it, not a program without the members its data uses would pull.
    #[test]
    fn records_without_link_names_are_an_error() {
        let mut main = program(vec![function("main", "external", &["printf"])], &[], &[]);
        main.symbols.undefined = None;
        let lib = library(vec![member("printf.o", &["printf"], &[])]);
        let err = pull(&[main], [], lib).unwrap_err();
        assert!(err.to_string().starts_with("main.c: "), "{err}");
    }
}
