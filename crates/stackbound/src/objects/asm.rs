//! Functions in an ELF file without a record (hand-written assembly): each gets a depth read
//! from its machine code (`crate::machine`), in one module of records made for the file, or
//! stays unrecorded with the reason it could not.
//!
//! Call targets are named as the linker will resolve them: by the relocation at the branch in
//! an object, by the function symbol at the target address in a linked file. A local callee
//! must be one of this module's own functions: a local name never reaches another module's
//! code (nor, by falling back to a global of the same name, the wrong code).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use object::elf;
use object::{
    Object, ObjectSection, ObjectSymbol, RelocationFlags, RelocationTarget, SectionIndex,
    SectionKind, SymbolIndex, SymbolKind,
};
use stackbound_core::records::{
    AliasRecord, CallKind, CallRecord, FunctionRecord, ModuleRecord, ModuleReport, SymbolRef,
    SymbolsRecord, TakenRecord, SCHEMA,
};
use stackbound_core::schema::UnrecordedEntry;

use crate::machine::{self, Arch, Callee, Targets};

/// The flag of every record made here.
pub const FLAG: &str = "machine-code";

/// The architectures whose machine code is read, with the triple their records carry.
fn arch(file: &object::File) -> Option<(Arch, &'static str)> {
    if !file.is_little_endian() || !file.is_64() {
        return None;
    }
    match file.architecture() {
        object::Architecture::X86_64 => Some((Arch::X86_64, "x86_64-unknown-linux-gnu")),
        object::Architecture::Aarch64 => Some((Arch::Aarch64, "aarch64-unknown-linux-gnu")),
        _ => None,
    }
}

/// A code symbol as this module's records name it.
#[derive(Clone)]
struct Name {
    name: String,
    local: bool,
    linkage: &'static str,
}

fn linkage(symbol: &object::Symbol) -> (&'static str, bool) {
    if symbol.is_local() {
        ("internal", true)
    } else if symbol.is_weak() {
        ("weak", false)
    } else {
        ("external", false)
    }
}

/// Which of the names at one address a record takes: a global one, then a weak one, then a
/// local one; by name among equals.
fn rank(n: &Name) -> (u8, String) {
    let class = match (n.local, n.linkage) {
        (false, "external") => 0,
        (false, _) => 1,
        _ => 2,
    };
    (class, n.name.clone())
}

/// Branch relocations: the ones a direct call or jump carries.
fn is_branch_relocation(arch: Arch, flags: RelocationFlags) -> bool {
    let RelocationFlags::Elf { r_type } = flags else {
        return false;
    };
    match arch {
        Arch::X86_64 => matches!(r_type, elf::R_X86_64_PLT32 | elf::R_X86_64_PC32),
        Arch::Aarch64 => matches!(
            r_type,
            elf::R_AARCH64_CALL26
                | elf::R_AARCH64_JUMP26
                | elf::R_AARCH64_CONDBR19
                | elf::R_AARCH64_TSTBR14
        ),
    }
}

/// One function to read: every symbol at its address, its bytes' place.
struct Group {
    section: SectionIndex,
    address: u64,
    size: u64,
    names: Vec<Name>,
}

struct FileTargets<'a, 'd> {
    file: &'a object::File<'d>,
    arch: Arch,
    linked: bool,
    section: SectionIndex,
    /// The function's address (its offset in its section, in an object).
    start: u64,
    /// The section's relocations by offset (objects only).
    relocations: Option<&'a BTreeMap<u64, object::Relocation>>,
    /// Every function entry by (section in an object, address), as the records name it.
    functions: &'a HashMap<(Option<SectionIndex>, u64), Name>,
    /// Relocations the walk took as branches, by (section, offset).
    used: std::cell::RefCell<HashSet<(SectionIndex, u64)>>,
}

impl FileTargets<'_, '_> {
    fn key(&self, address: u64) -> (Option<SectionIndex>, u64) {
        ((!self.linked).then_some(self.section), address)
    }

    fn entry(&self, address: u64) -> Option<Callee> {
        self.functions.get(&self.key(address)).map(|n| Callee {
            name: n.name.clone(),
            local: n.local,
        })
    }
}

impl Targets for FileTargets<'_, '_> {
    fn relocation(&self, offset: u64, len: u64) -> Result<Option<Callee>, String> {
        let Some(relocations) = self.relocations else {
            return Ok(None);
        };
        let from = self.start + offset;
        let Some((&at, r)) = relocations.range(from..from + len).next() else {
            return Ok(None);
        };
        if !is_branch_relocation(self.arch, r.flags()) {
            return Err(format!(
                "a branch at +{offset:#x} with a relocation that is not a branch's"
            ));
        }
        self.used.borrow_mut().insert((self.section, at));
        // The target relative to the symbol: x86 counts from the field, the CPU from the
        // instruction's end.
        let delta = match self.arch {
            Arch::X86_64 => r.addend() + (from + len - at) as i64,
            Arch::Aarch64 => r.addend(),
        };
        let RelocationTarget::Symbol(index) = r.target() else {
            return Err(format!("a branch at +{offset:#x} to no symbol"));
        };
        let symbol = self
            .file
            .symbol_by_index(index)
            .map_err(|e| format!("a branch at +{offset:#x}: {e}"))?;
        if symbol.kind() == SymbolKind::Section {
            // A local target, named by its section and offset.
            let section = symbol.section_index();
            let place = (section.filter(|_| !self.linked), delta as u64);
            return self
                .functions
                .get(&place)
                .map(|n| {
                    Some(Callee {
                        name: n.name.clone(),
                        local: n.local,
                    })
                })
                .ok_or_else(|| {
                    format!("a branch at +{offset:#x} to {delta:#x} in its section, where no function starts")
                });
        }
        let name = symbol
            .name()
            .map_err(|e| format!("a branch at +{offset:#x}: {e}"))?;
        if delta != 0 {
            return Err(format!("a branch at +{offset:#x} to {name}{delta:+}"));
        }
        if symbol.is_local() {
            // A local symbol is one of this file's entries, or not a function's start.
            return self
                .entry_at_symbol(&symbol)
                .map(Some)
                .ok_or_else(|| format!("a branch at +{offset:#x} to local {name}, no function"));
        }
        Ok(Some(Callee {
            name: name.to_string(),
            local: false,
        }))
    }

    fn function_at(&self, address: u64) -> Option<Callee> {
        self.entry(address)
    }
}

impl FileTargets<'_, '_> {
    fn entry_at_symbol(&self, symbol: &object::Symbol) -> Option<Callee> {
        let section = symbol.section_index()?;
        self.functions
            .get(&((!self.linked).then_some(section), symbol.address()))
            .map(|n| Callee {
                name: n.name.clone(),
                local: n.local,
            })
    }
}

/// Reads the functions at `symbols` (definitions without a record) of `file`: the module of
/// those whose depth the machine code gives, and the unrecorded rest.
pub(super) fn read(
    file: &object::File,
    origin: &Path,
    linked: bool,
    symbols: &[SymbolIndex],
) -> (Option<ModuleReport>, Vec<UnrecordedEntry>) {
    let unrecorded = |s: &object::Symbol, reason: Option<String>| UnrecordedEntry {
        name: s.name().unwrap_or_default().to_string(),
        size: s.size(),
        address: linked.then(|| s.address()),
        origin: origin.to_path_buf(),
        reason,
    };
    let symbol = |i: SymbolIndex| file.symbol_by_index(i).expect("an index from this file");
    let Some((arch, triple)) = arch(file) else {
        return (
            None,
            symbols
                .iter()
                .map(|&i| unrecorded(&symbol(i), None))
                .collect(),
        );
    };

    // The functions to read: the symbols without a record, grouped by address.
    let mut groups: BTreeMap<(usize, u64), Group> = BTreeMap::new();
    let mut no_section = Vec::new();
    for &i in symbols {
        let s = symbol(i);
        let Some(section) = s.section_index() else {
            no_section.push(unrecorded(&s, Some("not in a section".into())));
            continue;
        };
        let (linkage, local) = linkage(&s);
        let group = groups.entry((section.0, s.address())).or_insert(Group {
            section,
            address: s.address(),
            size: 0,
            names: Vec::new(),
        });
        group.size = group.size.max(s.size());
        group.names.push(Name {
            name: s.name().unwrap_or_default().to_string(),
            local,
            linkage,
        });
    }
    for g in groups.values_mut() {
        g.names.sort_by_key(rank);
        g.names.dedup_by(|a, b| a.name == b.name);
    }
    // Local names in a linked file come from many objects (and an object may repeat one in
    // two sections): one name, one function.
    {
        let mut count: HashMap<String, usize> = HashMap::new();
        for g in groups.values() {
            *count.entry(g.names[0].name.clone()).or_default() += 1;
        }
        for g in groups.values_mut() {
            let n = &mut g.names[0];
            if n.local && count[&n.name] > 1 {
                n.name = format!("{}@{:#x}", n.name, g.address);
            }
        }
    }

    // Every function entry a branch may reach: the records' names of these functions, and
    // the file's other (recorded) code symbols by their global names.
    let mut functions: HashMap<(Option<SectionIndex>, u64), Name> = HashMap::new();
    for s in file.symbols() {
        if s.kind() != SymbolKind::Text || !s.is_definition() || s.is_local() {
            continue;
        }
        let Some(section) = s.section_index() else {
            continue;
        };
        let (linkage, local) = linkage(&s);
        let name = Name {
            name: s.name().unwrap_or_default().to_string(),
            local,
            linkage,
        };
        let key = ((!linked).then_some(section), s.address());
        match functions.get(&key) {
            Some(known) if rank(known) <= rank(&name) => {}
            _ => {
                functions.insert(key, name);
            }
        }
    }
    for g in groups.values() {
        functions.insert(
            ((!linked).then_some(g.section), g.address),
            g.names[0].clone(),
        );
    }

    // Relocations by section (objects only).
    let mut relocations: HashMap<SectionIndex, BTreeMap<u64, object::Relocation>> = HashMap::new();
    if !linked {
        for section in file.sections() {
            let map: BTreeMap<u64, object::Relocation> = section.relocations().collect();
            if !map.is_empty() {
                relocations.insert(section.index(), map);
            }
        }
    }

    let mut used = HashSet::new();
    let mut results: Vec<(&Group, Result<machine::MachineFunction, String>)> = Vec::new();
    for g in groups.values() {
        let result = (|| {
            let section = file
                .section_by_index(g.section)
                .map_err(|e| e.to_string())?;
            let data = section.data().map_err(|e| e.to_string())?;
            let start = g.address.wrapping_sub(section.address()) as usize;
            // Only in an object: a linked file's sizeless symbols (glibc's `_init`, `_fini`,
            // split between crti.o and crtn.o) stay without a depth, as before.
            let size = match g.size {
                0 if !linked => extent_without_size(file, g.section, g.address, &section),
                size => size,
            };
            if size == 0 {
                return Err(match linked {
                    true => "no symbol size".to_string(),
                    false => "no bytes after its symbol".to_string(),
                });
            }
            let bytes = data
                .get(start..start.saturating_add(size as usize))
                .ok_or("its bytes are not in its section")?;
            let targets = FileTargets {
                file,
                arch,
                linked,
                section: g.section,
                start: g.address,
                relocations: relocations.get(&g.section),
                functions: &functions,
                used: Default::default(),
            };
            let f = machine::analyze(arch, bytes, g.address, &targets)?;
            used.extend(targets.used.into_inner());
            Ok(f)
        })();
        results.push((g, result));
    }

    // A local callee must be a function of this module that has a depth; else its name
    // would fall through to some other definition.
    let mut read_ok: HashSet<String> = results
        .iter()
        .filter(|(_, r)| r.is_ok())
        .map(|(g, _)| g.names[0].name.clone())
        .collect();
    loop {
        let mut changed = false;
        for (g, r) in &mut results {
            let Ok(f) = r else { continue };
            if let Some(c) = f
                .calls
                .iter()
                .find(|c| c.callee_local && !read_ok.contains(&c.callee))
            {
                *r = Err(format!(
                    "calls local {} (at +{:#x}), whose depth is unknown",
                    c.callee, c.offset
                ));
                read_ok.remove(&g.names[0].name);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }

    let mut out = no_section;
    let mut records = Vec::new();
    let mut aliases = Vec::new();
    for (g, result) in results {
        let f = match result {
            Ok(f) => f,
            Err(reason) => {
                for &i in symbols {
                    let s = symbol(i);
                    if s.section_index() == Some(g.section) && s.address() == g.address {
                        out.push(unrecorded(&s, Some(reason.clone())));
                    }
                }
                continue;
            }
        };
        let primary = &g.names[0];
        records.push(FunctionRecord {
            kind: None,
            schema: SCHEMA,
            name: primary.name.clone(),
            linkage: primary.linkage.to_string(),
            local: primary.local,
            triple: triple.to_string(),
            source: source_name(origin),
            own_depth: f.own_depth,
            dynamic: false,
            flags: vec![FLAG.to_string()],
            frame: None,
            // An object's every use of an address is a relocation, and the relocations of all
            // inputs are read (`taken` below, the records' `address_taken`); a linked file's
            // are gone, so there any function may be taken.
            address_taken: linked,
            signature: String::new(),
            type_ids: Vec::new(),
            calls: f
                .calls
                .iter()
                .enumerate()
                .map(|(i, c)| CallRecord {
                    kind: CallKind::Direct,
                    tail: c.tail,
                    callee: Some(c.callee.clone()),
                    callee_local: c.callee_local,
                    depth: c.depth,
                    depth_known: true,
                    type_ids: Vec::new(),
                    signatures: Vec::new(),
                    index: i as u64,
                    loc: None,
                })
                .collect(),
            interrupt: false,
            interrupt_frame: None,
        });
        // The other names at its address (`.weak memcpy; memcpy: __memcpy:`); local ones
        // of a linked file could be any object's, and nothing outside names them.
        for n in &g.names[1..] {
            if linked && n.local {
                continue;
            }
            aliases.push(AliasRecord {
                name: n.name.clone(),
                local: n.local,
                linkage: n.linkage.to_string(),
                aliasee: SymbolRef {
                    name: primary.name.clone(),
                    local: primary.local,
                },
            });
        }
    }
    if records.is_empty() {
        return (None, out);
    }
    let address_taken = taken(file, arch, &used, &functions);
    // A linked file's names are all resolved; an object's are what it pulls from libraries.
    let names = if linked {
        super::LinkNames::default()
    } else {
        super::link_names(file)
    };
    let source = source_name(origin);
    let module = ModuleReport {
        module: ModuleRecord {
            schema: SCHEMA,
            source: source.clone(),
            module_id: source,
            triple: triple.to_string(),
            llvm_version: String::new(),
            pass: FLAG.to_string(),
        },
        functions: records,
        symbols: SymbolsRecord {
            schema: SCHEMA,
            address_taken,
            aliases,
            ifuncs: Vec::new(),
            undefined: Some(names.undefined),
            weak_undefined: Some(names.weak_undefined),
            data: Some(names.data),
        },
        origin: origin.to_path_buf(),
    };
    (Some(module), out)
}

/// How far a function of an object whose symbol has no size may run (assembly without
/// `.size`, as musl's `memcpy.s`): up to the next symbol of its section, or the section's end. The walk only
/// decodes what control reaches from the entry, and running past this end refuses the function.
fn extent_without_size(
    file: &object::File,
    section: SectionIndex,
    address: u64,
    data: &object::Section,
) -> u64 {
    let end = data.address() + data.size();
    let next = file
        .symbols()
        .filter(|s| s.section_index() == Some(section) && s.is_definition())
        .map(|s| s.address())
        .filter(|&a| a > address && a < end)
        .min()
        .unwrap_or(end);
    next - address
}

/// The file or member name a module of machine code is known by.
fn source_name(origin: &Path) -> String {
    origin.display().to_string()
}

/// The code symbols an object refers to other than by a branch: relocations in its loaded
/// sections (not `.eh_frame`, whose references are unwinding tables, not pointers).
fn taken(
    file: &object::File,
    arch: Arch,
    used: &HashSet<(SectionIndex, u64)>,
    functions: &HashMap<(Option<SectionIndex>, u64), Name>,
) -> Vec<TakenRecord> {
    let mut out: BTreeMap<(String, bool), bool> = BTreeMap::new();
    for section in file.sections() {
        let loaded = !matches!(
            section.kind(),
            SectionKind::Metadata
                | SectionKind::Debug
                | SectionKind::Other
                | SectionKind::Note
                | SectionKind::Elf(_)
        );
        if !loaded || section.name().is_ok_and(|n| n == ".eh_frame") {
            continue;
        }
        for (offset, r) in section.relocations() {
            if used.contains(&(section.index(), offset)) && is_branch_relocation(arch, r.flags()) {
                continue;
            }
            let RelocationTarget::Symbol(index) = r.target() else {
                continue;
            };
            let Ok(symbol) = file.symbol_by_index(index) else {
                continue;
            };
            if symbol.kind() == SymbolKind::Section {
                let Some(s) = symbol.section_index() else {
                    continue;
                };
                // x86's PC-relative references count from the field's end.
                let delta = match (arch, r.flags()) {
                    (
                        Arch::X86_64,
                        RelocationFlags::Elf {
                            r_type:
                                elf::R_X86_64_PC32 | elf::R_X86_64_PLT32 | elf::R_X86_64_GOTPCREL,
                        },
                    ) => r.addend() + 4,
                    _ => r.addend(),
                };
                for d in [r.addend(), delta] {
                    if let Some(n) = functions.get(&(Some(s), d as u64)) {
                        out.insert((n.name.clone(), n.local), true);
                    }
                }
                continue;
            }
            let is_code = symbol.kind() == SymbolKind::Text;
            if !is_code {
                continue;
            }
            let Ok(name) = symbol.name() else { continue };
            out.insert(
                (name.to_string(), symbol.is_local()),
                symbol.is_definition(),
            );
        }
    }
    out.into_iter()
        .map(|((name, local), defined)| TakenRecord {
            name,
            local,
            defined,
            signature: String::new(),
            type_ids: Vec::new(),
        })
        .collect()
}
