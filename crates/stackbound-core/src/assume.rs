//! User-supplied facts: stack sizes of functions without a record, and per-function budgets.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Sizes are a callee's whole depth below its own `S0` (return address included on x86-64),
/// exactly what a record's total would be.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assumptions {
    /// Callee name (raw or demangled) to its assumed total depth in bytes.
    #[serde(default)]
    pub sizes: BTreeMap<String, u64>,
    /// Function name (raw or demangled) to the most stack it may use.
    #[serde(default)]
    pub budgets: BTreeMap<String, u64>,
    /// Functions the hardware enters on an exception (raw or demangled name), besides those
    /// the IR marks: `true`, or the handler's priority (lower preempts higher, as on
    /// Cortex-M; handlers of one priority never nest).
    #[serde(default)]
    pub interrupts: BTreeMap<String, Interrupt>,
}

/// One `[interrupts]` entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Interrupt {
    /// A handler of unknown priority: it may nest with every other handler.
    Handler(bool),
    Priority(i64),
}

impl Interrupt {
    pub fn priority(self) -> Option<i64> {
        match self {
            Interrupt::Handler(_) => None,
            Interrupt::Priority(p) => Some(p),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AssumeError {
    #[error("cannot read assumptions file {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("assumptions file {path} is not valid {format}: {message}")]
    Syntax {
        path: PathBuf,
        format: &'static str,
        message: String,
    },
    #[error("`--assume {0}`: expected NAME=BYTES, e.g. `--assume println=72`")]
    Flag(String),
}

impl Assumptions {
    /// Loads a TOML file (`[sizes]`, `[budgets]` tables) or, for `.json`, the same as JSON.
    pub fn load(path: &Path) -> Result<Self, AssumeError> {
        let text = std::fs::read_to_string(path).map_err(|source| AssumeError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let is_json = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        let syntax = |format, message: String| AssumeError::Syntax {
            path: path.to_path_buf(),
            format,
            message: message.trim().to_string(),
        };
        if is_json {
            serde_json::from_str(&text).map_err(|e| syntax("JSON", e.to_string()))
        } else {
            toml::from_str(&text).map_err(|e| syntax("TOML", e.to_string()))
        }
    }

    /// Parses one `NAME=BYTES` flag value.
    pub fn parse_flag(flag: &str) -> Result<(String, u64), AssumeError> {
        let (name, bytes) = flag
            .rsplit_once('=')
            .ok_or_else(|| AssumeError::Flag(flag.to_string()))?;
        let name = name.trim();
        let bytes = bytes
            .trim()
            .parse::<u64>()
            .map_err(|_| AssumeError::Flag(flag.to_string()))?;
        if name.is_empty() {
            return Err(AssumeError::Flag(flag.to_string()));
        }
        Ok((name.to_string(), bytes))
    }

    /// Later entries win, so flags given after a file override it.
    pub fn merge(&mut self, other: Assumptions) {
        self.sizes.extend(other.sizes);
        self.budgets.extend(other.budgets);
        self.interrupts.extend(other.interrupts);
    }

    /// The assumed size of an unrecorded callee, by raw name, then demangled, then demangled
    /// without generic arguments (as the text report shows it).
    pub fn size_of(&self, raw: &str) -> Option<u64> {
        if self.sizes.is_empty() {
            return None;
        }
        lookup(&self.sizes, raw)
    }

    pub fn budget_of(&self, raw: &str) -> Option<u64> {
        if self.budgets.is_empty() {
            return None;
        }
        lookup(&self.budgets, raw)
    }

    /// The `[interrupts]` entry naming this function, if any (`false` names none).
    pub fn interrupt_of(&self, raw: &str) -> Option<Interrupt> {
        if self.interrupts.is_empty() {
            return None;
        }
        lookup(&self.interrupts, raw).filter(|i| *i != Interrupt::Handler(false))
    }
}

fn lookup<V: Copy>(map: &BTreeMap<String, V>, raw: &str) -> Option<V> {
    map.get(raw)
        .or_else(|| {
            let demangled = crate::demangle::demangle(raw)?;
            map.get(&demangled)
                .or_else(|| map.get(&crate::demangle::without_generics(&demangled)))
        })
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_and_files() {
        assert_eq!(
            Assumptions::parse_flag("println=72").unwrap(),
            ("println".to_string(), 72)
        );
        assert!(Assumptions::parse_flag("println").is_err());
        assert!(Assumptions::parse_flag("println=lots").is_err());
        assert!(Assumptions::parse_flag("=8").is_err());

        let dir = tempfile::tempdir().unwrap();
        let toml_path = dir.path().join("a.toml");
        std::fs::write(&toml_path, "[sizes]\nprintln = 72\n[budgets]\nmain = 64\n").unwrap();
        let a = Assumptions::load(&toml_path).unwrap();
        assert_eq!(a.size_of("println"), Some(72));
        assert_eq!(a.budget_of("main"), Some(64));

        let json_path = dir.path().join("a.json");
        std::fs::write(&json_path, r#"{"sizes":{"puts":40}}"#).unwrap();
        assert_eq!(
            Assumptions::load(&json_path).unwrap().size_of("puts"),
            Some(40)
        );

        std::fs::write(
            &toml_path,
            "[interrupts]\nSysTick_Handler = 1\nHardFault_Handler = true\nunused = false\n",
        )
        .unwrap();
        let a = Assumptions::load(&toml_path).unwrap();
        assert_eq!(
            a.interrupt_of("SysTick_Handler"),
            Some(Interrupt::Priority(1))
        );
        assert_eq!(
            a.interrupt_of("HardFault_Handler"),
            Some(Interrupt::Handler(true))
        );
        assert_eq!(a.interrupt_of("unused"), None);

        std::fs::write(&toml_path, "[size]\nprintln = 72\n").unwrap();
        assert!(matches!(
            Assumptions::load(&toml_path),
            Err(AssumeError::Syntax { .. })
        ));
    }

    #[test]
    fn demangled_names_match() {
        let mut a = Assumptions::default();
        a.sizes.insert("foo::bar".into(), 10);
        assert_eq!(a.size_of("_ZN3foo3bar17h0123456789abcdefE"), Some(10));
        a.sizes
            .insert("std::vector<..>::push_back(int const&)".into(), 24);
        assert_eq!(a.size_of("_ZNSt6vectorIiSaIiEE9push_backERKi"), Some(24));
    }
}
