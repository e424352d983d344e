//! Rust (legacy and v0) and Itanium C++ demangling.

/// The demangled name, or `None` when `raw` is not a mangled Rust or C++ symbol.
pub fn demangle(raw: &str) -> Option<String> {
    if let Ok(rust) = rustc_demangle::try_demangle(raw) {
        // `{:#}` drops the legacy hash suffix, which only adds noise in a report.
        return Some(format!("{rust:#}"));
    }
    if raw.starts_with("_Z") {
        let symbol = cpp_demangle::Symbol::new(raw).ok()?;
        return symbol
            .demangle(&cpp_demangle::DemangleOptions::default())
            .ok();
    }
    None
}

/// The name to show: demangled when asked and possible, else the raw symbol.
pub fn display_name(raw: &str, demangle_names: bool) -> String {
    if demangle_names {
        if let Some(name) = demangle(raw) {
            return name;
        }
    }
    raw.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rust_and_cpp() {
        assert_eq!(
            demangle("_ZN4core3fmt5write17h0123456789abcdefE").as_deref(),
            Some("core::fmt::write")
        );
        assert_eq!(demangle("_ZN3foo3barEi").as_deref(), Some("foo::bar(int)"));
        assert_eq!(demangle("main"), None);
        assert_eq!(display_name("main", true), "main");
    }
}
