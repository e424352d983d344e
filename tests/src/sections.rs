//! An object's code as the linker sees it, for comparing objects that may differ only in their
//! `.stackbound` sections: each section's bytes, and its relocations with the symbols they name
//! by name (added sections renumber the symbol table).

use std::collections::BTreeMap;
use std::path::Path;

use object::{Object, ObjectSection, ObjectSymbol};

/// Offset, relocation kind, addend, target.
pub type Relocation = (u64, String, i64, String);

/// Per section name: its bytes and its relocations.
pub type Contents = BTreeMap<String, (Vec<u8>, Vec<Relocation>)>;

/// Per section (symbol tables and relocation sections aside, relocations being read per
/// section): its bytes and its relocations.
pub fn section_contents(data: &[u8]) -> Result<Contents, String> {
    let file = object::File::parse(data).map_err(|e| e.to_string())?;
    let target_name = |target: object::RelocationTarget| match target {
        object::RelocationTarget::Symbol(i) => match file.symbol_by_index(i) {
            Ok(symbol) => match symbol.section_index() {
                Some(s) if symbol.name() == Ok("") => format!(
                    "section {}",
                    file.section_by_index(s)
                        .and_then(|s| s.name().map(str::to_string))
                        .unwrap_or_default()
                ),
                _ => symbol.name().unwrap_or_default().to_string(),
            },
            Err(e) => format!("bad symbol: {e}"),
        },
        other => format!("{other:?}"),
    };
    let mut out = BTreeMap::new();
    for s in file.sections() {
        if matches!(
            s.kind(),
            object::SectionKind::Metadata | object::SectionKind::Linker
        ) {
            continue;
        }
        let relocations = s
            .relocations()
            .map(|(offset, r)| {
                (
                    offset,
                    format!("{:?}", r.flags()),
                    r.addend(),
                    target_name(r.target()),
                )
            })
            .collect();
        let name = s.name().map_err(|e| e.to_string())?.to_string();
        let bytes = s.data().map_err(|e| e.to_string())?.to_vec();
        out.insert(name, (bytes, relocations));
    }
    Ok(out)
}

/// `None` when `with` is `stock` plus `.stackbound` sections; else the first section that
/// differs, or the section lists.
pub fn same_code_besides_records(stock: &[u8], with: &[u8]) -> Result<Option<String>, String> {
    let stock = section_contents(stock)?;
    let mut with = section_contents(with)?;
    with.retain(|name, _| !name.starts_with(".stackbound"));
    if stock.keys().ne(with.keys()) {
        return Ok(Some(format!(
            "sections {:?} vs {:?}",
            stock.keys().collect::<Vec<_>>(),
            with.keys().collect::<Vec<_>>()
        )));
    }
    Ok(stock
        .iter()
        .find(|(name, contents)| with[*name] != **contents)
        .map(|(name, _)| format!("section {name}")))
}

/// Reads `path` for [`section_contents`].
pub fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("reading {}: {e}", path.display()))
}
