//! The `-stack-report` JSON Lines records (docs/stack-report-format.md) and their reader.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The only record schema this reader understands.
pub const SCHEMA: u32 = 3;

/// One line of a report file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Record {
    Module(ModuleRecord),
    Function(FunctionRecord),
    Symbols(SymbolsRecord),
    End(EndRecord),
}

/// First line of a module's report.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ModuleRecord {
    pub schema: u32,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub module_id: String,
    #[serde(default)]
    pub triple: String,
    #[serde(default)]
    pub llvm_version: String,
    #[serde(default)]
    pub pass: String,
}

/// The `kind` of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LineKind {
    Module,
    Function,
    Symbols,
    End,
}

/// One machine function.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct FunctionRecord {
    /// The line's own `kind`, read so that a `function` line is parsed once (no first scan
    /// for its kind); `None` for a record built in memory. Never written: the writer adds it.
    #[serde(default, skip_serializing)]
    pub kind: Option<LineKind>,
    pub schema: u32,
    pub name: String,
    pub linkage: String,
    #[serde(default)]
    pub local: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub triple: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    pub own_depth: u64,
    /// Required, as are `flags` and `calls`: a missing one must not read as "static frame",
    /// "nothing flagged" or "calls nothing".
    pub dynamic: bool,
    pub flags: Vec<String>,
    /// Boxed: most consumers never read it, and it is the bulk of the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame: Option<Box<Frame>>,
    /// Required: a missing one must not read as "no pointer to it exists".
    pub address_taken: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signature: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub type_ids: Vec<u64>,
    pub calls: Vec<CallRecord>,
    /// Required: the hardware, not a call, enters the function (an interrupt or exception
    /// handler, as the IR says). A missing one must not read as "never entered that way".
    pub interrupt: bool,
    /// Bytes the hardware stacks beyond the return address when an exception enters the
    /// function (Cortex-M: the stacked frame and its alignment padding); absent where an
    /// exception stacks nothing on the stack the function runs on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interrupt_frame: Option<u64>,
}

/// The three classes of flags (docs/stack-report-format.md), the one list of each.
/// Dynamic: `dynamic` is true, the function is unbounded.
pub const DYNAMIC_FLAGS: &[&str] = &[
    "variable-sized-object",
    "opaque-sp-adjustment",
    "unknown-sp-update",
    "sp-divergent-loop",
    "unbalanced-sp-at-return",
    "split-stack",
];

/// Informational: the bound stays exact or conservative.
pub const INFORMATIONAL_FLAGS: &[&str] = &[
    "inline-asm",
    "realigned",
    "sp-net-change",
    "outlined-absorbed",
    "intra-function-call",
    "red-zone",
    "scalable-stack",
    "machine-code",
];

/// Flags with which the pass says `own_depth` is only a lower bound.
pub const PARTIAL_FLAGS: &[&str] = &[
    "inline-asm-stack",
    "naked",
    "unreached-block-estimated",
    "runtime-patched-call",
];

impl FunctionRecord {
    /// The frame is not of static size: `dynamic`, or a flag of the dynamic class (a record
    /// that says both "variable-sized-object" and `dynamic: false` reads the unsafe way never).
    pub fn is_dynamic(&self) -> bool {
        self.dynamic
            || self
                .flags
                .iter()
                .any(|f| DYNAMIC_FLAGS.contains(&f.as_str()))
    }

    /// True when the pass could not see all of this function's stack use: a flag of the
    /// partial class, or a flag this reader does not know (a newer pass may mean anything by
    /// it, so `own_depth` is read as a lower bound).
    pub fn is_partial(&self) -> bool {
        self.flags.iter().any(|f| {
            let f = f.as_str();
            PARTIAL_FLAGS.contains(&f)
                || !(DYNAMIC_FLAGS.contains(&f) || INFORMATIONAL_FLAGS.contains(&f))
        })
    }
}

/// Audit numbers behind `own_depth`; every field is optional so a pass may add or drop some.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Frame {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stack_size: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_align: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_call_frame_size: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reserved_call_frame: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_var_sized_objects: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_opaque_sp_adjustment: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adjusts_stack: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_calls: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_address: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object_depth: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sp_depth_max: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub realign_slack: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scalable_bytes: Option<u64>,
}

/// How a call site reaches its callee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CallKind {
    Direct,
    Libcall,
    Indirect,
}

/// One call-site machine instruction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallRecord {
    pub kind: CallKind,
    #[serde(default)]
    pub tail: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callee: Option<String>,
    #[serde(default)]
    pub callee_local: bool,
    pub depth: u64,
    /// Required: a missing one must not read as "SP known".
    pub depth_known: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub type_ids: Vec<u64>,
    /// For `indirect`: the IR function types the call may have (one in the common case; every
    /// indirect-call type of the function when the pass cannot tell which IR call this is).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signatures: Vec<String>,
    #[serde(default)]
    pub index: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loc: Option<String>,
}

/// A symbol as a module refers to it: a local name means the module's own definition.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SymbolRef {
    pub name: String,
    #[serde(default)]
    pub local: bool,
}

/// A code symbol whose address the module takes other than as a direct callee (stored in a
/// pointer, in a global initializer such as a vtable, passed as an argument).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TakenRecord {
    pub name: String,
    #[serde(default)]
    pub local: bool,
    /// False for a declaration: the code may be in another module, or in none analysed.
    #[serde(default)]
    pub defined: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signature: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub type_ids: Vec<u64>,
}

/// A `GlobalAlias` of a function: `name` means the code of `aliasee` in this module.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AliasRecord {
    pub name: String,
    #[serde(default)]
    pub local: bool,
    pub linkage: String,
    pub aliasee: SymbolRef,
}

/// A `GlobalIFunc`: a call to `name` goes to whichever of `targets` its resolver returned;
/// `None` when the resolver may return anything else.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct IfuncRecord {
    pub name: String,
    #[serde(default)]
    pub local: bool,
    pub linkage: String,
    #[serde(default)]
    pub address_taken: bool,
    pub targets: Option<Vec<SymbolRef>>,
}

/// The module-level facts that linking needs, written once per module before `end`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SymbolsRecord {
    pub schema: u32,
    /// Required, as are `aliases` and `ifuncs`: a missing list must not read as "nothing
    /// address-taken", which would drop candidates of indirect calls.
    pub address_taken: Vec<TakenRecord>,
    pub aliases: Vec<AliasRecord>,
    pub ifuncs: Vec<IfuncRecord>,
    /// What a static library's linker sees of the module beyond its calls: the global names it
    /// uses without defining them (data too), those it uses only weakly (they pull no archive
    /// member in), and the data it defines. Records from before these lists have none: a
    /// library cannot be linked against them ([`crate::library`] says so), never as "uses
    /// nothing".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undefined: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weak_undefined: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<String>>,
}

/// Last line: proof the writer finished.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EndRecord {
    pub schema: u32,
    pub functions: u64,
}

/// One module's complete report: its `module` line, its functions, and a matching `end`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ModuleReport {
    pub module: ModuleRecord,
    pub functions: Vec<FunctionRecord>,
    /// Address-taken symbols, aliases and ifuncs: required in a file, since without them a
    /// function pointer set in this module could reach code no bound counts.
    #[serde(default)]
    pub symbols: SymbolsRecord,
    /// Where the records came from (the report file, or the IR file llc compiled).
    #[serde(default)]
    pub origin: PathBuf,
}

/// Why a report file was rejected.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("cannot read stack report {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is empty: no stack-report records (the writer produced nothing)")]
    Empty { path: PathBuf },
    #[error("{path}:{line}: not a stack-report record: {message}")]
    Malformed {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error(
        "{path}:{line}: record schema {found} is not supported (this stackbound reads schema {SCHEMA}); \
         use a stackbound built for the same llc"
    )]
    Schema {
        path: PathBuf,
        line: usize,
        found: String,
    },
    #[error("{path}:{line}: {message}")]
    Structure {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// `line`: the `module` record of the module left open.
    #[error(
        "{path}:{line}: the module that starts here has no `end` record: the report is truncated \
         (llc crashed or was killed part-way)"
    )]
    Truncated { path: PathBuf, line: usize },
}

/// Reads a report file. A file may hold several modules back to back (concatenated reports).
pub fn read_file(path: &Path) -> Result<Vec<ModuleReport>, RecordError> {
    let bytes = std::fs::read(path).map_err(|source| RecordError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&bytes, path)
}

/// Parses report bytes; `path` is only used in messages and as each module's origin.
pub fn parse(bytes: &[u8], path: &Path) -> Result<Vec<ModuleReport>, RecordError> {
    let mut modules = Vec::new();
    let mut open: Option<ModuleReport> = None;
    let mut has_symbols = false;
    // The line of the open module's `module` record.
    let mut open_line = 0;
    let structure = |line: usize, message: String| RecordError::Structure {
        path: path.to_path_buf(),
        line,
        message,
    };
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line = i + 1;
        let text = raw.strip_suffix(b"\r").unwrap_or(raw);
        if text.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse_line(text, path, line)? {
            Record::Module(module) => {
                if open.is_some() {
                    return Err(structure(
                        line,
                        "a `module` record before the previous module's `end` record".into(),
                    ));
                }
                open = Some(ModuleReport {
                    module,
                    functions: Vec::new(),
                    symbols: SymbolsRecord::default(),
                    origin: path.to_path_buf(),
                });
                has_symbols = false;
                open_line = line;
            }
            Record::Function(function) => match open.as_mut() {
                Some(report) => report.functions.push(function),
                None => {
                    return Err(structure(
                        line,
                        "a `function` record outside a module (no `module` record before it)"
                            .into(),
                    ))
                }
            },
            Record::Symbols(symbols) => match open.as_mut() {
                Some(_) if has_symbols => {
                    return Err(structure(
                        line,
                        "a second `symbols` record in one module".into(),
                    ))
                }
                Some(report) => {
                    report.symbols = symbols;
                    has_symbols = true;
                }
                None => {
                    return Err(structure(
                        line,
                        "a `symbols` record outside a module (no `module` record before it)".into(),
                    ))
                }
            },
            Record::End(end) => {
                if open.is_some() && !has_symbols {
                    return Err(structure(
                        line,
                        "the module has no `symbols` record before its `end`: without it, \
                         addresses taken in this module are unknown (regenerate the report \
                         with this stackbound's llc)"
                            .into(),
                    ));
                }
                let Some(report) = open.take() else {
                    return Err(structure(
                        line,
                        "an `end` record without a `module` record".into(),
                    ));
                };
                if end.functions != report.functions.len() as u64 {
                    return Err(structure(
                        line,
                        format!(
                            "the `end` record counts {} functions but the module has {}",
                            end.functions,
                            report.functions.len()
                        ),
                    ));
                }
                modules.push(report);
            }
        }
    }
    if open.is_some() {
        return Err(RecordError::Truncated {
            path: path.to_path_buf(),
            line: open_line,
        });
    }
    if modules.is_empty() {
        return Err(RecordError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(modules)
}

/// One record from its JSON text (a line of a report file, or a payload of an object's
/// `.stackbound` entry); `path` and `line` are only used in messages.
pub fn parse_record(text: &[u8], path: &Path, line: usize) -> Result<Record, RecordError> {
    parse_line(text, path, line)
}

/// The record a line holds. A `function` line (nearly all of them) is read straight into its
/// struct once its top-level `kind` says so: serde's internally tagged enum would first buffer
/// the whole object to find `kind`. Reading only `kind` skips the rest without building it.
fn parse_line(text: &[u8], path: &Path, line: usize) -> Result<Record, RecordError> {
    // Nearly every line is a function: read it as one, and keep it only if its own top-level
    // `kind` says so (a nested `"kind":"function"` is some other field's). Anything else is
    // read as the tagged record it claims to be, which also gives the errors.
    if let Ok(record) = serde_json::from_slice::<FunctionRecord>(text) {
        if record.kind == Some(LineKind::Function) {
            return check_schema(Record::Function(record), path, line);
        }
    }
    match serde_json::from_slice::<Record>(text) {
        Ok(record) => check_schema(record, path, line),
        Err(err) => Err(explain_bad_line(text, path, line, err)),
    }
}

fn check_schema(record: Record, path: &Path, line: usize) -> Result<Record, RecordError> {
    let schema = match &record {
        Record::Module(m) => m.schema,
        Record::Function(f) => f.schema,
        Record::Symbols(s) => s.schema,
        Record::End(e) => e.schema,
    };
    if schema != SCHEMA {
        return Err(RecordError::Schema {
            path: path.to_path_buf(),
            line,
            found: schema.to_string(),
        });
    }
    Ok(record)
}

/// Prefer "unknown schema" over a field-level complaint when the schema is the real cause.
fn explain_bad_line(text: &[u8], path: &Path, line: usize, err: serde_json::Error) -> RecordError {
    let malformed = |message: String| RecordError::Malformed {
        path: path.to_path_buf(),
        line,
        message,
    };
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(text) else {
        if std::str::from_utf8(text).is_err() {
            return malformed("the line is binary data, not UTF-8 JSON".into());
        }
        return malformed(format!("invalid JSON ({err})"));
    };
    let Some(object) = value.as_object() else {
        return malformed("expected a JSON object".into());
    };
    match object.get("schema") {
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA)) => {}
        Some(other) => {
            return RecordError::Schema {
                path: path.to_path_buf(),
                line,
                found: other.to_string(),
            }
        }
        None => return malformed("no `schema` field".into()),
    }
    match object.get("kind").and_then(|k| k.as_str()) {
        Some("module" | "function" | "symbols" | "end") => malformed(err.to_string()),
        Some(kind) => malformed(format!("unknown record kind `{kind}`")),
        None => malformed("no `kind` field".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<Vec<ModuleReport>, RecordError> {
        parse(text.as_bytes(), Path::new("t.jsonl"))
    }

    const MODULE: &str = r#"{"schema":3,"kind":"module","source":"a.ll","module_id":"a.ll","triple":"x86_64-unknown-linux-gnu","llvm_version":"22.1.8","pass":"stack-report"}"#;
    const FUNCTION: &str = r#"{"schema":3,"kind":"function","interrupt":false,"name":"f","linkage":"external","local":false,"own_depth":24,"dynamic":false,"flags":[],"address_taken":false,"calls":[{"kind":"direct","tail":false,"callee":"g","callee_local":false,"depth":16,"depth_known":true,"index":3,"loc":"a.c:1:2"}]}"#;

    const SYMBOLS: &str = r#"{"schema":3,"kind":"symbols","address_taken":[{"name":"h","local":false,"defined":false,"signature":"void (ptr)"}],"aliases":[{"name":"a","local":false,"linkage":"external","aliasee":{"name":"f","local":false}}],"ifuncs":[]}"#;

    #[test]
    fn requires_the_symbols_record() {
        let text =
            format!("{MODULE}\n{FUNCTION}\n{{\"schema\":3,\"kind\":\"end\",\"functions\":1}}\n");
        let err = parse_str(&text).unwrap_err();
        assert!(err.to_string().contains("no `symbols` record"), "{err}");
        let twice = format!("{MODULE}\n{SYMBOLS}\n{SYMBOLS}\n");
        assert!(parse_str(&twice)
            .unwrap_err()
            .to_string()
            .contains("second `symbols`"));
    }

    #[test]
    fn missing_safety_fields_are_errors() {
        let end = r#"{"schema":3,"kind":"end","functions":1}"#;
        for (field, without) in [
            ("dynamic", FUNCTION.replace(r#""dynamic":false,"#, "")),
            ("flags", FUNCTION.replace(r#""flags":[],"#, "")),
            (
                "depth_known",
                FUNCTION.replace(r#""depth_known":true,"#, ""),
            ),
            (
                "address_taken",
                FUNCTION.replace(r#""address_taken":false,"#, ""),
            ),
            (
                "calls",
                FUNCTION.split(r#","calls""#).next().unwrap().to_string() + "}",
            ),
        ] {
            let text = format!("{MODULE}\n{without}\n{SYMBOLS}\n{end}\n");
            let err = parse_str(&text).unwrap_err();
            assert!(
                matches!(err, RecordError::Malformed { line: 2, .. })
                    && err.to_string().contains(field),
                "{field}: {err}"
            );
        }
        for list in ["address_taken", "aliases", "ifuncs"] {
            let symbols =
                r#"{"schema":3,"kind":"symbols","address_taken":[],"aliases":[],"ifuncs":[]}"#
                    .replace(&format!(r#","{list}":[]"#), "");
            let text = format!("{MODULE}\n{FUNCTION}\n{symbols}\n{end}\n");
            let err = parse_str(&text).unwrap_err();
            assert!(
                matches!(err, RecordError::Malformed { line: 3, .. })
                    && err.to_string().contains(list),
                "{list}: {err}"
            );
        }
    }

    /// A flag this reader does not know makes the own depth a lower bound, and a dynamic-class
    /// flag makes the frame dynamic whatever `dynamic` says: neither reads as "exact".
    #[test]
    fn unknown_and_contradicting_flags_read_conservatively() {
        let with_flags = |flags: &str| {
            let line = FUNCTION.replace(r#""flags":[]"#, &format!(r#""flags":[{flags}]"#));
            serde_json::from_str::<FunctionRecord>(&line).unwrap()
        };
        let plain = with_flags("");
        assert!(!plain.is_partial() && !plain.is_dynamic());
        let informational = with_flags(r#""inline-asm""#);
        assert!(!informational.is_dynamic() && !informational.is_partial());
        assert!(with_flags(r#""from-a-newer-pass""#).is_partial());
        assert!(with_flags(r#""variable-sized-object""#).is_dynamic());
        assert!(with_flags(r#""naked""#).is_partial());
    }

    /// The pass writes keys sorted (`address_taken` first): a function line is read in one
    /// pass whatever the key order, and a nested or non-top-level `kind` never counts.
    #[test]
    fn function_lines_in_any_key_order() {
        let sorted: serde_json::Value = serde_json::from_str(FUNCTION).unwrap();
        let sorted = serde_json::to_string(&sorted).unwrap(); // serde_json's map sorts keys
        assert!(
            sorted.starts_with(r#"{"address_taken":false,"calls":"#),
            "{sorted}"
        );
        let end = r#"{"schema":3,"kind":"end","functions":1}"#;
        let text = format!("{MODULE}\n{sorted}\n{SYMBOLS}\n{end}\n");
        let modules = parse_str(&text).unwrap();
        assert_eq!(modules[0].functions[0].name, "f");
        assert_eq!(modules[0].functions[0].kind, Some(LineKind::Function));
    }

    /// Found by the fuzzer: a nested `"kind":"function"` must not make another record a function.
    #[test]
    fn only_the_top_level_kind_counts() {
        let line = r#"{"schema":3,"kind":"symbols","address_taken":[],"aliases":[],"ifuncs":[],"name":"phantom","linkage":"external","own_depth":8,"dynamic":false,"flags":[],"calls":[],"note":{"kind":"function"}}"#;
        let text = format!("{MODULE}\n{line}\n{{\"schema\":3,\"kind\":\"end\",\"functions\":0}}\n");
        let modules = parse_str(&text).unwrap();
        assert!(modules[0].functions.is_empty());
    }

    #[test]
    fn reads_a_complete_module() {
        let text = format!(
            "{MODULE}\n{FUNCTION}\n{SYMBOLS}\n{{\"schema\":3,\"kind\":\"end\",\"functions\":1}}\n"
        );
        let modules = parse_str(&text).unwrap();
        assert_eq!(modules.len(), 1);
        let f = &modules[0].functions[0];
        assert_eq!((f.name.as_str(), f.own_depth), ("f", 24));
        assert_eq!(f.calls[0].callee.as_deref(), Some("g"));
        assert_eq!(f.calls[0].depth, 16);
        assert!(f.calls[0].depth_known);
        let symbols = &modules[0].symbols;
        assert_eq!(symbols.address_taken[0].name, "h");
        assert!(!symbols.address_taken[0].defined);
        assert_eq!(symbols.aliases[0].aliasee.name, "f");
    }

    #[test]
    fn rejects_missing_end() {
        let text = format!("{MODULE}\n{FUNCTION}\n");
        assert!(matches!(
            parse_str(&text),
            Err(RecordError::Truncated { .. })
        ));
    }

    #[test]
    fn rejects_empty_and_junk() {
        assert!(matches!(parse_str(""), Err(RecordError::Empty { .. })));
        assert!(matches!(parse_str("\n\n"), Err(RecordError::Empty { .. })));
        let junk = parse(&[0x7f, b'E', b'L', b'F', 0xff, 0x00], Path::new("j")).unwrap_err();
        assert!(
            matches!(junk, RecordError::Malformed { line: 1, .. }),
            "{junk}"
        );
        assert!(junk.to_string().contains("binary"), "{junk}");
    }

    #[test]
    fn rejects_unknown_schema_first() {
        let text = r#"{"schema":4,"kind":"module","something":"new"}"#;
        let err = parse_str(text).unwrap_err();
        assert!(
            matches!(err, RecordError::Schema { ref found, .. } if found == "4"),
            "{err}"
        );
        let text = r#"{"schema":3,"kind":"chunk"}"#;
        assert!(parse_str(text)
            .unwrap_err()
            .to_string()
            .contains("unknown record kind"));
    }

    #[test]
    fn rejects_wrong_end_count() {
        let text = format!(
            "{MODULE}\n{FUNCTION}\n{SYMBOLS}\n{{\"schema\":3,\"kind\":\"end\",\"functions\":2}}\n"
        );
        let err = parse_str(&text).unwrap_err();
        assert!(
            matches!(err, RecordError::Structure { line: 4, .. }),
            "{err}"
        );
    }

    #[test]
    fn reads_concatenated_modules() {
        let end = r#"{"schema":3,"kind":"end","functions":1}"#;
        let text = format!(
            "{MODULE}\n{FUNCTION}\n{SYMBOLS}\n{end}\n{MODULE}\n{FUNCTION}\n{SYMBOLS}\n{end}\n"
        );
        assert_eq!(parse_str(&text).unwrap().len(), 2);
    }
}

/// Writes `modules` as a report file: per module its `module` line, its `function` lines, its
/// `symbols` line and an `end` line counting the functions, as llc's `-stack-report` writes
/// them and [`parse`] reads them back. `origin` is not written (it is where a reader found the
/// records). The same modules give the same bytes.
pub fn write_jsonl(modules: &[ModuleReport], out: &mut impl std::io::Write) -> std::io::Result<()> {
    fn line(
        out: &mut impl std::io::Write,
        value: &impl Serialize,
        kind: &str,
    ) -> std::io::Result<()> {
        let mut value = serde_json::to_value(value).map_err(std::io::Error::other)?;
        let Some(object) = value.as_object_mut() else {
            return Err(std::io::Error::other(format!(
                "a `{kind}` record is not a JSON object"
            )));
        };
        object.insert("kind".into(), kind.into());
        serde_json::to_writer(&mut *out, &value).map_err(std::io::Error::other)?;
        out.write_all(b"\n")
    }
    for module in modules {
        line(out, &module.module, "module")?;
        for function in &module.functions {
            line(out, function, "function")?;
        }
        line(out, &module.symbols, "symbols")?;
        let end = EndRecord {
            schema: SCHEMA,
            functions: module.functions.len() as u64,
        };
        line(out, &end, "end")?;
    }
    Ok(())
}

#[cfg(test)]
mod write_tests {
    use super::*;

    /// Two modules written and read back are the modules (less `origin` and the lines' own
    /// `kind`, which the reader fills in), and writing them again gives the same bytes.
    #[test]
    fn write_jsonl_round_trips() {
        let module = |source: &str| ModuleRecord {
            schema: SCHEMA,
            source: source.into(),
            module_id: source.into(),
            triple: "x86_64-unknown-linux-musl".into(),
            llvm_version: "22.1.8".into(),
            pass: "stack-report".into(),
        };
        let call = CallRecord {
            kind: CallKind::Direct,
            tail: false,
            callee: Some("vfprintf".into()),
            callee_local: false,
            depth: 216,
            depth_known: true,
            type_ids: Vec::new(),
            signatures: Vec::new(),
            index: 7,
            loc: None,
        };
        let function = FunctionRecord {
            schema: SCHEMA,
            name: "printf".into(),
            linkage: "external".into(),
            source: "src/stdio/printf.c".into(),
            own_depth: 216,
            flags: vec!["red-zone".into()],
            frame: Some(Box::new(Frame {
                stack_size: Some(208),
                ..Frame::default()
            })),
            signature: "i32 (ptr, ...)".into(),
            calls: vec![call],
            ..FunctionRecord::default()
        };
        let symbols = SymbolsRecord {
            schema: SCHEMA,
            address_taken: vec![TakenRecord {
                name: "f".into(),
                local: true,
                defined: true,
                signature: "void ()".into(),
                type_ids: vec![1, 2],
            }],
            aliases: vec![AliasRecord {
                name: "a".into(),
                local: false,
                linkage: "weak".into(),
                aliasee: SymbolRef {
                    name: "printf".into(),
                    local: false,
                },
            }],
            ifuncs: Vec::new(),
            undefined: Some(vec!["puts".into(), "stdout".into()]),
            weak_undefined: Some(vec!["hook".into()]),
            data: Some(vec!["table".into()]),
        };
        let modules = vec![
            ModuleReport {
                module: module("printf.c"),
                functions: vec![
                    function.clone(),
                    FunctionRecord {
                        name: "g".into(),
                        ..function
                    },
                ],
                symbols: symbols.clone(),
                origin: "libc.a(printf.o)".into(),
            },
            ModuleReport {
                module: module("empty.c"),
                functions: Vec::new(),
                symbols,
                origin: PathBuf::new(),
            },
        ];
        let mut bytes = Vec::new();
        write_jsonl(&modules, &mut bytes).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        let kinds: Vec<String> = text
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["kind"].to_string())
            .collect();
        let want = [
            "module", "function", "function", "symbols", "end", "module", "symbols", "end",
        ];
        assert_eq!(kinds, want.map(|k| format!("\"{k}\"")), "{text}");

        let path = Path::new("round.jsonl");
        let back = parse(&bytes, path).unwrap();
        let mut want = modules.clone();
        for module in &mut want {
            module.origin = path.to_path_buf();
            for function in &mut module.functions {
                function.kind = Some(LineKind::Function);
            }
        }
        assert_eq!(back, want);

        let mut again = Vec::new();
        write_jsonl(&back, &mut again).unwrap();
        assert_eq!(again, bytes);
    }
}
