//! `stackbound annotate`: the bounds written back into the analysed module as constants a
//! runtime can read (docs/annotate.md).
//!
//! For every function the module defines, one line is appended to the textual IR:
//!
//! ```llvm
//! @__stackbound.deep_chain = constant i64 432          ; complete
//! @__stackbound.main = constant i64 -1                  ; lower bound 420 (not a bound)
//! @"__stackbound.<name with other characters>" = ...  ; quoted as LLVM requires
//! ```
//!
//! Nothing else in the module changes, so the code llc generates for it is the code that was
//! analysed (the tests check every frame and call depth).

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::report::{FunctionEntry, Report, Status};

/// Every constant's name is this prefix followed by the function's IR name.
pub const PREFIX: &str = "__stackbound.";
/// The value of a function without a bound (a lower bound or unbounded): all bits set, so an
/// unsigned reader sees `UINT64_MAX` and can never mistake it for a size.
pub const NO_BOUND: i64 = -1;

#[derive(Debug, thiserror::Error)]
pub enum AnnotateError {
    #[error(
        "{0} is bitcode: annotate writes textual IR; turn it into text first \
         (`llvm-dis-22 {0}`)"
    )]
    Bitcode(String),
    #[error(
        "{0} already holds stackbound annotations (`@{PREFIX}...`); annotate the original module"
    )]
    AlreadyAnnotated(String),
    #[error("module {0} is not in the report")]
    NoModule(usize),
}

/// One constant to append.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Constant {
    /// The function's IR name (without the prefix).
    pub function: String,
    /// `external` (written as nothing), `weak` or `internal`.
    pub linkage: &'static str,
    /// The COMDAT of the function, which the constant joins so that a linker keeps the
    /// constant of the copy whose code it keeps.
    pub comdat: Option<String>,
    /// The bound in bytes, or [`NO_BOUND`].
    pub value: i64,
    pub status: Status,
    /// The report's total (for an incomplete result, what is known).
    pub total: u64,
}

impl Constant {
    /// The line of IR defining it.
    pub fn to_ir(&self) -> String {
        let mut line = format!("{} = ", global(&format!("{PREFIX}{}", self.function)));
        if self.linkage != "external" {
            line.push_str(self.linkage);
            line.push(' ');
        }
        let _ = write!(line, "constant i64 {}", self.value);
        if let Some(comdat) = &self.comdat {
            let _ = write!(line, ", comdat({})", comdat_ref(comdat));
        }
        let _ = match self.status {
            Status::Complete => write!(line, " ; {} bytes", self.total),
            Status::LowerBound => write!(line, " ; no bound: at least {} bytes", self.total),
            Status::Unbounded => write!(line, " ; no bound: unbounded"),
        };
        line
    }
}

/// The constants for the functions module `module` of `report` defines, in report order.
/// `ir` is that module's text: only functions it defines get one (machine-outlined functions
/// have no IR), and each joins its function's COMDAT.
pub fn constants(report: &Report, module: usize, ir: &str) -> Result<Vec<Constant>, AnnotateError> {
    if module >= report.modules.len() {
        return Err(AnnotateError::NoModule(module));
    }
    let defines = defined_functions(ir);
    let mut out = Vec::new();
    let mut push = |name: &str, linkage: &str, f: &FunctionEntry| {
        let Some(define) = defines.get(name) else {
            return;
        };
        let value = match f.status {
            Status::Complete => i64::try_from(f.total).unwrap_or(NO_BOUND),
            _ => NO_BOUND,
        };
        out.push(Constant {
            function: name.to_string(),
            linkage: constant_linkage(linkage),
            comdat: define.comdat.clone(),
            value,
            status: f.status,
            total: f.total,
        });
    };
    for f in &report.functions {
        if f.module == module || f.merged_from.contains(&module) {
            push(&f.name, &f.linkage, f);
        }
    }
    // A weak definition the program does not use still gets the bound of the one it uses, so
    // the constant that survives linking describes the code that survives.
    // A name that an alias or ifunc won has no function entry of its own: no constant, so a
    // runtime that looks it up fails to link rather than read a wrong number.
    for d in &report.discarded {
        if let (true, Some(kept)) = (d.module == module, d.kept) {
            push(&d.name, &d.linkage, &report.functions[kept]);
        }
    }
    Ok(out)
}

/// True for LLVM bitcode (raw, or in the wrapper header).
pub fn is_bitcode(bytes: &[u8]) -> bool {
    bytes.starts_with(b"BC\xc0\xde") || bytes.starts_with(&[0xde, 0xc0, 0x17, 0x0b])
}

/// `ir` with the constants of `module` appended after a comment naming what they hold.
/// `origin` names the input in errors; `codegen` (the llc flags) goes into the comment.
pub fn annotate(
    ir: &str,
    origin: &str,
    report: &Report,
    module: usize,
    codegen: &str,
) -> Result<(String, Vec<Constant>), AnnotateError> {
    if ir.lines().any(|l| {
        let l = l.trim_start();
        l.starts_with(&format!("@{PREFIX}")) || l.starts_with(&format!("@\"{PREFIX}"))
    }) {
        return Err(AnnotateError::AlreadyAnnotated(origin.to_string()));
    }
    let constants = constants(report, module, ir)?;
    let mut out = String::with_capacity(ir.len() + 64 * (constants.len() + 4));
    out.push_str(ir);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(
        "\n; stackbound annotate (docs/annotate.md): for each function F, @__stackbound.F\n",
    );
    out.push_str(
        "; is the most bytes of stack F may use below its caller's SP at the call (return\n",
    );
    out.push_str(
        "; address included on x86-64), or -1 when no bound is known. Valid for code that\n",
    );
    let _ = writeln!(
        out,
        "; llc generates from this module with: {}",
        if codegen.is_empty() {
            "(default flags)"
        } else {
            codegen
        }
    );
    for c in &constants {
        out.push_str(&c.to_ir());
        out.push('\n');
    }
    Ok((out, constants))
}

fn constant_linkage(function_linkage: &str) -> &'static str {
    match function_linkage {
        "internal" | "private" => "internal",
        "external" | "" => "external",
        // weak, weak_odr, linkonce, linkonce_odr, ...: copies may exist in several modules.
        _ => "weak",
    }
}

/// A function defined in the text, and its COMDAT if it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Define {
    comdat: Option<String>,
}

/// Every `define` line's function name (unescaped) and COMDAT.
fn defined_functions(ir: &str) -> HashMap<String, Define> {
    let mut out = HashMap::new();
    for line in ir.lines() {
        let Some(rest) = line.strip_prefix("define ") else {
            continue;
        };
        let Some(at) = first_unquoted(rest, '@') else {
            continue;
        };
        let Some((name, after)) = parse_name(&rest[at + 1..]) else {
            continue;
        };
        let comdat = comdat_of(after).map(|c| c.unwrap_or_else(|| name.clone()));
        out.insert(name, Define { comdat });
    }
    out
}

/// Position of the first `c` outside a `"..."` string.
fn first_unquoted(s: &str, c: char) -> Option<usize> {
    let mut quoted = false;
    for (i, ch) in s.char_indices() {
        match ch {
            '"' => quoted = !quoted,
            _ if ch == c && !quoted => return Some(i),
            _ => {}
        }
    }
    None
}

/// A name after `@` or `$`: `foo.bar`, `"any \22text\22"` or `42`. Returns it unescaped, and the
/// rest of the text.
fn parse_name(s: &str) -> Option<(String, &str)> {
    if let Some(quoted) = s.strip_prefix('"') {
        let end = quoted.find('"')?;
        return Some((unescape(&quoted[..end]), &quoted[end + 1..]));
    }
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || "-$._".contains(c)))
        .unwrap_or(s.len());
    (end > 0).then(|| (s[..end].to_string(), &s[end..]))
}

/// `Some(None)` for a bare `comdat` (named after the function), `Some(Some(name))` for
/// `comdat($name)`, `None` without one.
fn comdat_of(after_name: &str) -> Option<Option<String>> {
    // Only the part before the body and outside strings (a section name may say anything).
    let mut rest = after_name;
    loop {
        let i = first_unquoted(rest, 'c')?;
        let tail = &rest[i..];
        let boundary = rest[..i]
            .chars()
            .last()
            .is_none_or(|p| p == ' ' || p == ')');
        if boundary && tail.starts_with("comdat") {
            let after = &tail["comdat".len()..];
            if let Some(inner) = after.strip_prefix("($") {
                return parse_name(inner).map(|(name, _)| Some(name));
            }
            if after.is_empty() || after.starts_with([' ', '{']) {
                return Some(None);
            }
        }
        rest = &tail[1..];
    }
}

fn unescape(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' {
            if let Some(b) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(b);
                i += 3;
                continue;
            }
            if s.get(i + 1..i + 2) == Some("\\") {
                out.push(b'\\');
                i += 2;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `@name`, quoted and escaped when the name needs it.
pub fn global(name: &str) -> String {
    format!("@{}", ir_name(name))
}

fn comdat_ref(name: &str) -> String {
    format!("${}", ir_name(name))
}

/// A name as LLVM's text form writes it: bare when it is `[-a-zA-Z$._][-a-zA-Z$._0-9]*`,
/// else in quotes with `"`, `\` and unprintable bytes as `\XX`.
pub fn ir_name(name: &str) -> String {
    let plain = |c: u8| c.is_ascii_alphanumeric() || b"-$._".contains(&c);
    let bytes = name.as_bytes();
    if !bytes.is_empty() && !bytes[0].is_ascii_digit() && bytes.iter().all(|&c| plain(c)) {
        return name.to_string();
    }
    let mut out = String::from("\"");
    for &b in bytes {
        if b == b'"' || b == b'\\' || !(0x20..0x7f).contains(&b) {
            let _ = write!(out, "\\{b:02X}");
        } else {
            out.push(b as char);
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_quoted_as_llvm_writes_them() {
        assert_eq!(global("__stackbound.main"), "@__stackbound.main");
        assert_eq!(
            global("__stackbound._ZN4core3fmt5write17h0123E"),
            "@__stackbound._ZN4core3fmt5write17h0123E"
        );
        assert_eq!(
            global("__stackbound._ZN3foo$LT$u8$GT$3bar17hE"),
            "@__stackbound._ZN3foo$LT$u8$GT$3bar17hE"
        );
        assert_eq!(global("__stackbound.a b"), "@\"__stackbound.a b\"");
        assert_eq!(
            global("__stackbound.x\"y\\z"),
            "@\"__stackbound.x\\22y\\5Cz\""
        );
        assert_eq!(global("é"), "@\"\\C3\\A9\"");
        assert_eq!(global("1x"), "@\"1x\"");
    }

    #[test]
    fn define_lines() {
        let ir = r#"
define dso_local i64 @plain(i64 %x) #0 {
define linkonce_odr hidden void @_ZN1S1fEv(ptr %this) comdat align 2 {
define weak void @"odd name\22"() comdat($grp) section "comdat" {
define internal %"class.std::string" @"quoted.ret"() section "x comdat y" {
declare void @ext()
define void @"\5Cslash"() {
"#;
        let d = defined_functions(ir);
        assert_eq!(d["plain"].comdat, None);
        assert_eq!(d["_ZN1S1fEv"].comdat.as_deref(), Some("_ZN1S1fEv"));
        assert_eq!(d["odd name\""].comdat.as_deref(), Some("grp"));
        assert_eq!(d["quoted.ret"].comdat, None);
        assert_eq!(d["\\slash"].comdat, None);
        assert!(!d.contains_key("ext"));
        assert_eq!(d.len(), 5);
    }

    #[test]
    fn constant_lines() {
        let c = Constant {
            function: "f".into(),
            linkage: "weak",
            comdat: Some("f".into()),
            value: 48,
            status: Status::Complete,
            total: 48,
        };
        assert_eq!(
            c.to_ir(),
            "@__stackbound.f = weak constant i64 48, comdat($f) ; 48 bytes"
        );
        let c = Constant {
            function: "g h".into(),
            linkage: "external",
            comdat: None,
            value: NO_BOUND,
            status: Status::LowerBound,
            total: 64,
        };
        assert_eq!(
            c.to_ir(),
            "@\"__stackbound.g h\" = constant i64 -1 ; no bound: at least 64 bytes"
        );
    }
}
