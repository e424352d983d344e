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

/// True when `raw` is a mangled Rust or C++ symbol.
pub fn is_mangled(raw: &str) -> bool {
    (raw.starts_with("_Z") || raw.starts_with("_R")) && demangle(raw).is_some()
}

/// A demangled name as it reads in source, without generic arguments:
/// `core::cell::OnceCell<core::result::Result<..>>::try_init` becomes
/// `core::cell::OnceCell<..>::try_init`. A qualified path `<T as Trait>::f` keeps its `T` and
/// `Trait` (their own arguments collapse), and C++ operator names stay whole.
pub fn without_generics(name: &str) -> String {
    #[derive(PartialEq)]
    enum Group {
        /// `<T as Trait>` at the start of a path: its contents are the path.
        Qualified,
        /// Generic arguments: dropped.
        Arguments,
    }
    let mut out = String::with_capacity(name.len());
    let mut groups: Vec<Group> = Vec::new();
    let mut chars = name.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let dropping = groups.contains(&Group::Arguments);
        if !dropping && out.ends_with("operator") && matches!(c, '<' | '>' | '-' | '=') {
            // `operator<`, `operator<<=`, `operator->`, `operator<=>`: up to the parameters.
            out.push(c);
            while let Some(&(_, next)) = chars.peek() {
                if !matches!(next, '<' | '>' | '=' | '-' | '*') {
                    break;
                }
                out.push(next);
                chars.next();
            }
            continue;
        }
        match c {
            '<' => {
                let at_path_start = i == 0
                    || name[..i].ends_with("::")
                    || name[..i].ends_with('<')
                    || name[..i].ends_with(' ')
                    || name[..i].ends_with('&')
                    || name[..i].ends_with('*')
                    || name[..i].ends_with('(');
                let group = if at_path_start && !dropping {
                    Group::Qualified
                } else {
                    Group::Arguments
                };
                if !dropping {
                    out.push_str(if group == Group::Arguments {
                        "<.."
                    } else {
                        "<"
                    });
                }
                groups.push(group);
            }
            '>' if !groups.is_empty() => {
                groups.pop();
                if !groups.contains(&Group::Arguments) {
                    out.push('>');
                }
            }
            _ if dropping => {}
            _ => out.push(c),
        }
    }
    out
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
        assert!(is_mangled("_ZN3foo3barEi") && !is_mangled("main"));
    }

    #[test]
    fn names_without_generic_arguments() {
        for (full, short) in [
            (
                "core::cell::once::OnceCell<core::result::Result<alloc::boxed::Box<u8>, ()>>::try_init",
                "core::cell::once::OnceCell<..>::try_init",
            ),
            (
                "<alloc::vec::Vec<T, A> as core::ops::drop::Drop>::drop",
                "<alloc::vec::Vec<..> as core::ops::drop::Drop>::drop",
            ),
            (
                "core::ptr::drop_in_place<std::io::Error>",
                "core::ptr::drop_in_place<..>",
            ),
            ("std::vector<int, std::allocator<int> >::push_back(int const&)", "std::vector<..>::push_back(int const&)"),
            ("operator<<(std::ostream&, Foo const&)", "operator<<(std::ostream&, Foo const&)"),
            ("Foo::operator<(Foo const&) const", "Foo::operator<(Foo const&) const"),
            ("Foo::operator->()", "Foo::operator->()"),
            ("launch_it(IShip&)", "launch_it(IShip&)"),
            ("plain_c_name", "plain_c_name"),
        ] {
            assert_eq!(without_generics(full), short, "{full}");
        }
    }
}
