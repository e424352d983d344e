//! `--entry vectors`: the roots of a Cortex-M program, read from the vector table of its linked
//! ELF. Word 0 is the initial stack pointer, word 1 the reset handler (thread mode's root);
//! every other non-zero word is an exception or interrupt handler, which the hardware enters
//! with a stacked frame. The handlers are charged that frame as any `[interrupts]` entry is;
//! a table that names no priorities makes every handler a level of its own (they may all nest).

use std::path::{Path, PathBuf};

use object::{Object, ObjectSection, ObjectSymbol, SymbolKind};

/// The name `--entry` takes for the vector table.
pub const VECTORS: &str = "vectors";

/// Where toolchains put the table: sections by their linker scripts' names, then symbols.
const SECTIONS: &[&str] = &[".isr_vector", ".vector_table", ".vectors", ".isr_vectors"];
const SYMBOLS: &[&str] = &[
    "__isr_vector",
    "g_pfnVectors",
    "__Vectors",
    "__vector_table",
    "__interrupt_vector",
    "_vectors",
    "vector_table",
];
/// 16 system exceptions and at most 496 interrupts (ARMv7-M, ARMv8-M).
const MAX_VECTORS: usize = 512;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VectorTable {
    /// The reset handler: the root of thread mode.
    pub reset: Option<String>,
    /// The other handlers, each once, in table order.
    pub handlers: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum VectorError {
    #[error("cannot read {path}: {message}")]
    Read { path: PathBuf, message: String },
    #[error(
        "--entry vectors needs a linked ARM Cortex-M ELF among the inputs; {0} is not one. Name \
         the roots instead (--entry main --entry '*_Handler')"
    )]
    NotArm(PathBuf),
    #[error(
        "--entry vectors: no vector table in {0}: looked for the sections {sections} and the \
         symbols {symbols}. Name the roots instead (--entry Reset_Handler --entry '*_Handler')",
        sections = SECTIONS.join(", "),
        symbols = SYMBOLS.join(", ")
    )]
    NoTable(PathBuf),
    #[error(
        "--entry vectors: entry {index} of the vector table in {path} is {address:#x}, which is \
         not the address of any function symbol; its handler cannot be bounded. Name the roots \
         instead, or give the handler a symbol"
    )]
    NotAFunction {
        path: PathBuf,
        index: usize,
        address: u64,
    },
    #[error("--entry vectors needs exactly one linked binary among the inputs, not {0}")]
    Binaries(usize),
}

/// The vector table of the linked ARM ELF at `path`.
pub fn read(path: &Path) -> Result<VectorTable, VectorError> {
    let read_error = |message: String| VectorError::Read {
        path: path.to_path_buf(),
        message,
    };
    let data = std::fs::read(path).map_err(|e| read_error(e.to_string()))?;
    let file = object::File::parse(&*data).map_err(|e| read_error(e.to_string()))?;
    if file.architecture() != object::Architecture::Arm
        || file.kind() == object::ObjectKind::Relocatable
    {
        return Err(VectorError::NotArm(path.to_path_buf()));
    }
    let words = table_bytes(&file).ok_or_else(|| VectorError::NoTable(path.to_path_buf()))?;
    let functions: Vec<(u64, String)> = file
        .symbols()
        .filter(|s| s.kind() == SymbolKind::Text && s.is_definition())
        .filter_map(|s| Some((s.address(), s.name().ok()?.to_string())))
        .collect();
    // A Thumb function's symbol and its vector both have bit 0 set; compare without it.
    let function_at = |address: u64| {
        functions
            .iter()
            .find(|(a, _)| a & !1 == address & !1)
            .map(|(_, name)| name.clone())
    };
    let mut table = VectorTable {
        reset: None,
        handlers: Vec::new(),
    };
    for (index, word) in words.chunks_exact(4).take(MAX_VECTORS).enumerate().skip(1) {
        let address = u32::from_le_bytes(word.try_into().expect("4 bytes")) as u64;
        if address == 0 {
            continue; // reserved, or an interrupt the program does not use
        }
        let name = function_at(address).ok_or(VectorError::NotAFunction {
            path: path.to_path_buf(),
            index,
            address,
        })?;
        if index == 1 {
            table.reset = Some(name);
        } else if !table.handlers.contains(&name) && table.reset.as_ref() != Some(&name) {
            table.handlers.push(name);
        }
    }
    Ok(table)
}

fn table_bytes<'a>(file: &object::File<'a>) -> Option<Vec<u8>> {
    for name in SECTIONS {
        if let Some(section) = file.section_by_name(name) {
            if let Ok(data) = section.data() {
                if data.len() >= 8 {
                    return Some(data.to_vec());
                }
            }
        }
    }
    for name in SYMBOLS {
        let Some(symbol) = file.symbols().find(|s| s.name() == Ok(name)) else {
            continue;
        };
        let section = file.section_by_index(symbol.section_index()?).ok()?;
        let data = section.data().ok()?;
        let start = (symbol.address() - section.address()) as usize;
        let size = match symbol.size() {
            0 => data.len() - start,
            n => n as usize,
        };
        return data.get(start..start + size).map(|d| d.to_vec());
    }
    None
}

/// `options` with `--entry vectors` replaced by the table's reset handler and handlers, each
/// handler an `[interrupts]` entry (of unknown priority, unless the assumptions give one).
/// `executables`: the linked inputs ([`crate::objects::ObjectRecords::executables`]).
pub fn apply(
    options: &mut stackbound_core::AnalysisOptions,
    executables: &[PathBuf],
) -> Result<(), VectorError> {
    if !options.entries.iter().any(|e| e == VECTORS) {
        return Ok(());
    }
    let [binary] = executables else {
        return Err(VectorError::Binaries(executables.len()));
    };
    let table = read(binary)?;
    options.entries.retain(|e| e != VECTORS);
    options.entries.extend(table.reset.iter().cloned());
    for handler in table.handlers {
        options
            .assumptions
            .interrupts
            .entry(handler.clone())
            .or_insert(stackbound_core::assume::Interrupt::Handler(true));
        options.entries.push(handler);
    }
    Ok(())
}
