//! Records inside ELF objects, archives and linked binaries: the `.stackbound` and
//! `.stackbound.modules` sections that `llc -stack-report-section` writes (the compiler
//! wrapper's objects; docs/stack-report-format.md, "In an object").
//!
//! The sections are non-allocated and each function's entry is tied to its code with
//! `SHF_LINK_ORDER`, so what the linker keeps is what was linked: `--gc-sections` and discarded
//! COMDAT groups take their records along, and an archive contributes only the members the
//! link pulled in. Functions whose machine code is in a file without a record (assembly, libc,
//! objects built without the wrapper) are listed by name, so that no code is silently left out.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use object::read::archive::ArchiveFile;
use object::{Endian, Endianness, Object, ObjectSection, ObjectSymbol, SymbolKind};
use stackbound_core::library::Member;
use stackbound_core::records::{self, ModuleReport, Record, RecordError};
use stackbound_core::schema::UnrecordedEntry;

mod asm;

/// The section of each function's entry, and the section of each module's.
pub const FUNCTION_SECTION: &str = ".stackbound";
pub const MODULE_SECTION: &str = ".stackbound.modules";

/// Every entry starts with these bytes; the last is the entry format's version.
const MAGIC: &[u8; 4] = b"SBR1";

/// What the inputs that are objects hold.
#[derive(Debug, Default)]
pub struct ObjectRecords {
    pub modules: Vec<ModuleReport>,
    pub unrecorded: Vec<UnrecordedEntry>,
    /// Files (or archive members) that hold code but no records at all.
    pub without_records: Vec<PathBuf>,
    /// What the reader did that a report should say (wrapped symbols).
    pub notes: Vec<String>,
    /// The inputs that are linked executables (not objects or archives).
    pub executables: Vec<PathBuf>,
}

/// What a linked file says about how it was linked.
#[derive(Debug, Default)]
struct LinkFacts {
    /// Names the binary wraps: it defines `__wrap_NAME`.
    wrapped: Vec<String>,
    /// lld linked it (it names itself in `.comment`).
    lld: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ObjectError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is not an object file stackbound can read: {message}")]
    Format { path: PathBuf, message: String },
    #[error(
        "{path}: section {section} at offset {offset}: {message}. The records are damaged: \
         rebuild the object with stackbound-cc (or llc -stack-report-section)"
    )]
    Entry {
        path: PathBuf,
        section: String,
        offset: usize,
        message: String,
    },
    #[error(transparent)]
    Record(#[from] RecordError),
}

/// True when `path` starts like an ELF file or an `ar` archive (thin ones included).
pub fn is_object(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 8];
    let Ok(n) = std::fs::File::open(path).and_then(|mut f| f.read(&mut head)) else {
        return false;
    };
    let head = &head[..n];
    head.starts_with(b"\x7fELF") || head.starts_with(b"!<arch>\n") || head.starts_with(b"!<thin>\n")
}

/// Reads the records of every object, archive member and linked binary in `paths`.
pub fn read_all(paths: &[PathBuf]) -> Result<ObjectRecords, ObjectError> {
    let mut out = ObjectRecords::default();
    for path in paths {
        read_file(path, &mut out)?;
    }
    Ok(out)
}

fn read_file(path: &Path, out: &mut ObjectRecords) -> Result<(), ObjectError> {
    let data = std::fs::read(path).map_err(|source| ObjectError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if data.starts_with(b"!<arch>\n") || data.starts_with(b"!<thin>\n") {
        // Keys are content hashes: the members of one archive form one set of modules.
        let mut modules = Modules::default();
        for_each_member(path, &data, |name, bytes| {
            let origin = PathBuf::from(format!("{}({name})", path.display()));
            // An archive is not linked: nothing in it is wrapped yet.
            read_elf(bytes, &origin, &mut modules, out).map(|_| ())
        })?;
        out.modules.extend(modules.finish(path)?);
    } else {
        let mut modules = Modules::default();
        let facts = read_elf(&data, path, &mut modules, out)?;
        let mut modules = modules.finish(path)?;
        let linker = if facts.lld {
            Linker::WrapsEveryReference
        } else {
            Linker::WrapsUndefinedReferences
        };
        for name in &facts.wrapped {
            apply_wrap(&mut modules, name, linker);
            let which = match linker {
                Linker::WrapsEveryReference => format!("every call to {name} (lld) is"),
                Linker::WrapsUndefinedReferences => {
                    format!("calls to {name} from other objects (GNU ld) are")
                }
            };
            out.notes.push(format!(
                "{} defines __wrap_{name}: {which} taken to reach __wrap_{name}, and calls to \
                 __real_{name} to reach {name}, as the linker's --wrap={name} makes them",
                path.display()
            ));
        }
        out.modules.extend(modules);
    }
    Ok(())
}

/// What an ELF file's symbol table tells a static link about it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct LinkNames {
    /// Every global name it defines, strong or weak, code or data (common symbols too).
    pub defines: Vec<String>,
    /// The names it uses without defining them, strongly: each pulls an archive member in.
    pub undefined: Vec<String>,
    /// The names it uses only weakly: they pull nothing in.
    pub weak_undefined: Vec<String>,
    /// The global names it defines that are not code.
    pub data: Vec<String>,
}

pub(crate) fn link_names(file: &object::File) -> LinkNames {
    let mut names = LinkNames::default();
    for symbol in file.symbols() {
        if symbol.is_local() || matches!(symbol.kind(), SymbolKind::Section | SymbolKind::File) {
            continue;
        }
        let Ok(name) = symbol.name() else { continue };
        if name.is_empty() {
            continue;
        }
        let name = name.to_owned();
        if symbol.is_undefined() {
            if symbol.is_weak() {
                names.weak_undefined.push(name);
            } else {
                names.undefined.push(name);
            }
            continue;
        }
        if symbol.kind() != SymbolKind::Text {
            names.data.push(name.clone());
        }
        names.defines.push(name);
    }
    for list in [
        &mut names.defines,
        &mut names.undefined,
        &mut names.weak_undefined,
        &mut names.data,
    ] {
        list.sort();
        list.dedup();
    }
    names
}

/// Calls `f` with the name and bytes of every ELF member of the archive `data` (read from
/// `path`), in archive order; a thin archive's members are read from beside it.
fn for_each_member(
    path: &Path,
    data: &[u8],
    mut f: impl FnMut(&str, &[u8]) -> Result<(), ObjectError>,
) -> Result<(), ObjectError> {
    let format = |message: String| ObjectError::Format {
        path: path.to_path_buf(),
        message,
    };
    let archive = ArchiveFile::parse(data).map_err(|e| format(e.to_string()))?;
    for member in archive.members() {
        let member = member.map_err(|e| format(e.to_string()))?;
        let name = String::from_utf8_lossy(member.name()).into_owned();
        let thin;
        let bytes = if member.is_thin() {
            let file = path.parent().unwrap_or(Path::new(".")).join(&name);
            thin = std::fs::read(&file).map_err(|source| ObjectError::Io {
                path: file.clone(),
                source,
            })?;
            &thin[..]
        } else {
            member.data(data).map_err(|e| format(e.to_string()))?
        };
        if bytes.starts_with(b"\x7fELF") {
            f(&name, bytes)?; // else a symbol table, or a file that is not code
        }
    }
    Ok(())
}

/// The members of the static library `path` in archive order, each with its symbol table's
/// names and its code: its records, or a module read from its machine code
/// ([`stackbound_core::library`] pulls them as the linker does).
pub fn read_library(path: &Path) -> Result<Vec<Member>, ObjectError> {
    let data = std::fs::read(path).map_err(|source| ObjectError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut members = Vec::new();
    for_each_member(path, &data, |name, bytes| {
        let origin = PathBuf::from(format!("{}({name})", path.display()));
        members.push(read_member(bytes, name.to_owned(), &origin)?);
        Ok(())
    })?;
    Ok(members)
}

/// One relocatable object as a library member: `crt1.o`, or an archive's member.
pub fn read_object_member(path: &Path) -> Result<Member, ObjectError> {
    let data = std::fs::read(path).map_err(|source| ObjectError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    read_member(&data, name, path)
}

fn read_member(bytes: &[u8], name: String, origin: &Path) -> Result<Member, ObjectError> {
    let file = object::File::parse(bytes).map_err(|e| ObjectError::Format {
        path: origin.to_path_buf(),
        message: e.to_string(),
    })?;
    if file.kind() != object::ObjectKind::Relocatable {
        return Err(ObjectError::Format {
            path: origin.to_path_buf(),
            message: "a library member must be a relocatable object".into(),
        });
    }
    let names = link_names(&file);
    let mut modules = Modules::default();
    let mut found = ObjectRecords::default();
    read_elf(bytes, origin, &mut modules, &mut found)?;
    let mut records = modules.finish(origin)?;
    // A module read from machine code is named by its origin: in a library, by the member
    // (`libc.a(memcpy.lo)`), so that where the archive lay reaches no record.
    let member_name = origin
        .file_name()
        .map_or_else(|| name.clone(), |n| n.to_string_lossy().into_owned());
    for module in &mut found.modules {
        module.module.source = member_name.clone();
        module.module.module_id = member_name.clone();
        for function in &mut module.functions {
            function.source = member_name.clone();
        }
    }
    records.append(&mut found.modules);
    Ok(Member {
        name,
        defines: names.defines,
        undefined: names.undefined,
        modules: records,
        unrecorded: found.unrecorded,
    })
}

/// How the linker applied `--wrap`: lld rewrites every reference to the symbol, also those
/// inside the object that defines it; GNU ld and gold only undefined references.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Linker {
    WrapsEveryReference,
    WrapsUndefinedReferences,
}

/// lld names itself in `.comment` (`Linker: LLD 22.1.8`, `Linker: Debian LLD 22.1.8`); GNU ld
/// writes nothing there.
fn linked_by_lld(file: &object::File) -> bool {
    let Some(comment) = file.section_by_name(".comment").and_then(|s| s.data().ok()) else {
        return false;
    };
    comment.split(|&b| b == 0).any(|s| {
        let s = String::from_utf8_lossy(s);
        s.strip_prefix("Linker: ")
            .is_some_and(|linker| linker.split_whitespace().any(|w| w == "LLD"))
    })
}

/// The linker's `--wrap=NAME`: a reference to NAME reaches `__wrap_NAME`, and one to
/// `__real_NAME` reaches NAME. A linked binary that defines `__wrap_NAME` was linked so (the
/// names are the linker's own convention); the records still name the calls as compiled, which
/// would bound them by NAME, lower than the code they run when the wrapper is deeper.
fn apply_wrap(modules: &mut [ModuleReport], name: &str, linker: Linker) {
    let wrapper = format!("__wrap_{name}");
    let real = format!("__real_{name}");
    for module in modules.iter_mut() {
        // GNU ld: a reference inside the module that defines NAME is not undefined.
        let defines = module.functions.iter().any(|f| !f.local && f.name == name);
        let wraps = linker == Linker::WrapsEveryReference || !defines;
        for function in &mut module.functions {
            for call in &mut function.calls {
                let Some(callee) = call.callee.as_mut() else {
                    continue;
                };
                if call.callee_local {
                    continue;
                }
                if callee == name && wraps {
                    *callee = wrapper.clone();
                } else if *callee == real {
                    *callee = name.to_string();
                }
            }
        }
    }
}

/// The entries of one file, by module key.
#[derive(Default)]
struct Modules {
    /// Each module, with its entry's payload (to tell a repeat from a collision).
    by_key: HashMap<u64, (ModuleReport, Vec<u8>)>,
    /// Function entries, joined to their modules once every entry is read.
    functions: Vec<FunctionEntry>,
    /// (key, payload) of every function entry read: the same object linked twice.
    seen_functions: HashSet<(u64, Vec<u8>)>,
}

/// A function entry, and where it is (for the error if its module has no entry).
struct FunctionEntry {
    key: u64,
    record: records::FunctionRecord,
    origin: PathBuf,
    section: String,
    offset: usize,
}

impl Modules {
    fn finish(mut self, path: &Path) -> Result<Vec<ModuleReport>, ObjectError> {
        for f in std::mem::take(&mut self.functions) {
            let Some((module, _)) = self.by_key.get_mut(&f.key) else {
                return Err(ObjectError::Entry {
                    path: f.origin,
                    section: f.section,
                    offset: f.offset,
                    message: format!(
                        "the function record of `{}` names module {:016x}, whose \
                         {MODULE_SECTION} entry is not in {}",
                        f.record.name,
                        f.key,
                        path.display()
                    ),
                });
            };
            module.functions.push(f.record);
        }
        let mut modules: Vec<(u64, (ModuleReport, Vec<u8>))> = self.by_key.into_iter().collect();
        // In the order of the keys: the same inputs give the same report.
        modules.sort_by_key(|(key, _)| *key);
        Ok(modules.into_iter().map(|(_, (m, _))| m).collect())
    }
}

struct Entry<'a> {
    kind: u8,
    key: u64,
    address: u64,
    payload: &'a [u8],
}

/// Splits a section's bytes into entries; `endian` is the file's byte order.
fn entries<'a>(
    bytes: &'a [u8],
    endian: Endianness,
    mut at: impl FnMut(usize, String) -> ObjectError,
) -> Result<Vec<(usize, Entry<'a>)>, ObjectError> {
    let uint = |b: &[u8]| -> u64 {
        match *b {
            [a, b, c, d] => endian.read_u32_bytes([a, b, c, d]).into(),
            _ => endian.read_u64_bytes(b.try_into().expect("4 or 8 bytes")),
        }
    };
    let mut out = Vec::new();
    let mut offset = 0;
    while offset < bytes.len() {
        let rest = &bytes[offset..];
        if rest.len() < 6 || &rest[..4] != MAGIC {
            let found = &rest[..rest.len().min(4)];
            return Err(at(
                offset,
                if found.starts_with(b"SBR") {
                    format!(
                        "entry format {} is not supported (this stackbound reads {}); use a \
                         stackbound built for the same llc",
                        String::from_utf8_lossy(&found[3..]),
                        MAGIC[3] as char
                    )
                } else {
                    "no entry starts here".into()
                },
            ));
        }
        let kind = rest[4];
        let address_size = rest[5] as usize;
        if ![4, 8].contains(&address_size) {
            return Err(at(offset, format!("address size {address_size}")));
        }
        let header = 6 + 8 + address_size + 4;
        if rest.len() < header {
            return Err(at(offset, "the entry is cut short".into()));
        }
        let key = uint(&rest[6..14]);
        let address = uint(&rest[14..14 + address_size]);
        let length = uint(&rest[14 + address_size..header]) as usize;
        let Some(payload) = rest.get(header..header + length) else {
            return Err(at(offset, "the entry is cut short".into()));
        };
        out.push((
            offset,
            Entry {
                kind,
                key,
                address,
                payload,
            },
        ));
        offset += header + length;
    }
    Ok(out)
}

/// Reads one ELF file's entries into `modules`; returns what a linked file says about its
/// link.
fn read_elf(
    data: &[u8],
    origin: &Path,
    modules: &mut Modules,
    out: &mut ObjectRecords,
) -> Result<LinkFacts, ObjectError> {
    let file = object::File::parse(data).map_err(|e| ObjectError::Format {
        path: origin.to_path_buf(),
        message: e.to_string(),
    })?;
    if !matches!(file, object::File::Elf32(_) | object::File::Elf64(_)) {
        return Err(ObjectError::Format {
            path: origin.to_path_buf(),
            message: "only ELF files carry .stackbound sections".into(),
        });
    }
    let linked = file.kind() != object::ObjectKind::Relocatable;
    if file.kind() == object::ObjectKind::Executable {
        out.executables.push(origin.to_path_buf());
    }
    let endian = file.endianness();
    // A Thumb function's symbol has bit 0 set; an entry's address (a label) has not.
    let code_address = |address: u64| match file.architecture() {
        object::Architecture::Arm => address & !1,
        _ => address,
    };
    // In a linked file the symbol table says which definition of a global name the linker
    // kept: of two weak copies, the records must follow the same choice, not their order here.
    let kept: HashMap<&str, u64> = if linked {
        file.symbols()
            .filter(|s| s.kind() == SymbolKind::Text && s.is_definition() && s.is_global())
            .filter_map(|s| Some((s.name().ok()?, code_address(s.address()))))
            .collect()
    } else {
        HashMap::new()
    };
    // What the records name: addresses in a linked file, names in a relocatable one.
    let mut recorded_addresses = std::collections::HashSet::new();
    let mut recorded_names = std::collections::HashSet::new();
    let mut any_records = false;
    for section in file.sections() {
        let Ok(name) = section.name() else { continue };
        let is_module = name == MODULE_SECTION;
        if name != FUNCTION_SECTION && !is_module {
            continue;
        }
        any_records = true;
        let bytes = section.data().map_err(|e| ObjectError::Format {
            path: origin.to_path_buf(),
            message: format!("section {name}: {e}"),
        })?;
        let at = |offset: usize, message: String| ObjectError::Entry {
            path: origin.to_path_buf(),
            section: name.to_string(),
            offset,
            message,
        };
        for (offset, entry) in entries(bytes, endian, at)? {
            // Messages name the entry as file:offset within the section.
            let place = PathBuf::from(format!("{}({name}+{offset})", origin.display()));
            match (is_module, entry.kind) {
                (true, b'M') => {
                    if let Some((_, previous)) = modules.by_key.get(&entry.key) {
                        if previous.as_slice() != entry.payload {
                            return Err(at(
                                offset,
                                format!("two different modules have the key {:016x}", entry.key),
                            ));
                        }
                        continue; // the same module, linked twice
                    }
                    let module = module_entry(entry.payload, &place, origin)?;
                    // Aliases and ifuncs are code symbols too, recorded by their module.
                    let symbols = &module.symbols;
                    recorded_names.extend(symbols.aliases.iter().map(|a| a.name.clone()));
                    recorded_names.extend(symbols.ifuncs.iter().map(|i| i.name.clone()));
                    modules
                        .by_key
                        .insert(entry.key, (module, entry.payload.to_vec()));
                }
                (false, b'F') => {
                    if !modules
                        .seen_functions
                        .insert((entry.key, entry.payload.to_vec()))
                    {
                        continue;
                    }
                    let Record::Function(function) =
                        records::parse_record(entry.payload, &place, 1)?
                    else {
                        return Err(at(
                            offset,
                            "a function entry without a function record".into(),
                        ));
                    };
                    if linked {
                        if !function.local
                            && kept
                                .get(function.name.as_str())
                                .is_some_and(|&a| a != code_address(entry.address))
                        {
                            continue; // a copy the linker did not keep: nothing calls it
                        }
                        recorded_addresses.insert(code_address(entry.address));
                    } else {
                        recorded_names.insert(function.name.clone());
                    }
                    modules.functions.push(FunctionEntry {
                        key: entry.key,
                        record: function,
                        origin: origin.to_path_buf(),
                        section: name.to_string(),
                        offset,
                    });
                }
                (_, kind) => {
                    return Err(at(
                        offset,
                        format!("an entry of kind {:?} in {name}", kind as char),
                    ))
                }
            }
        }
    }
    let mut unrecorded = Vec::new();
    let mut without_record = Vec::new();
    let mut wrapped = Vec::new();
    for symbol in file.symbols() {
        if symbol.kind() != SymbolKind::Text || !symbol.is_definition() {
            continue;
        }
        let Ok(name) = symbol.name() else { continue };
        if let Some(wrapped_name) = name.strip_prefix("__wrap_") {
            if linked && symbol.is_global() && !wrapped_name.is_empty() {
                wrapped.push(wrapped_name.to_string());
            }
        }
        let known = if linked {
            recorded_addresses.contains(&code_address(symbol.address()))
        } else {
            recorded_names.contains(name)
        };
        if !known {
            without_record.push(symbol.index());
        }
    }
    // Hand-written assembly: a depth read from the machine code, else listed with the reason.
    let (module, failed) = asm::read(&file, origin, linked, &without_record);
    unrecorded.extend(failed);
    // Records read from the machine code are records: the warning is for files of none.
    any_records |= module.is_some();
    out.modules.extend(module);
    if !any_records && !unrecorded.is_empty() {
        out.without_records.push(origin.to_path_buf());
    }
    out.unrecorded.extend(unrecorded);
    Ok(LinkFacts {
        wrapped,
        lld: linked && linked_by_lld(&file),
    })
}

/// A module entry's payload: its `module` record, then its `symbols` record.
fn module_entry(payload: &[u8], place: &Path, origin: &Path) -> Result<ModuleReport, ObjectError> {
    let mut lines = payload
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .enumerate();
    let mut report = ModuleReport {
        origin: origin.to_path_buf(),
        ..ModuleReport::default()
    };
    let mut has_module = false;
    let mut has_symbols = false;
    for (i, line) in lines.by_ref() {
        match records::parse_record(line, place, i + 1)? {
            Record::Module(m) if !has_module => {
                report.module = m;
                has_module = true;
            }
            Record::Symbols(s) if has_module && !has_symbols => {
                report.symbols = s;
                has_symbols = true;
            }
            _ => {
                return Err(RecordError::Structure {
                    path: place.to_path_buf(),
                    line: i + 1,
                    message: "a module entry holds one `module` and one `symbols` record".into(),
                }
                .into())
            }
        }
    }
    if !has_symbols {
        return Err(RecordError::Structure {
            path: place.to_path_buf(),
            line: 1,
            message: "the module entry has no `symbols` record: without it, addresses taken \
                      in this module are unknown"
                .into(),
        }
        .into());
    }
    Ok(report)
}
