//! Turning a [`Report`] into text, JSON, Graphviz or folded stacks.

mod dot;
mod folded;
mod summary;
mod text;
mod view;

use std::collections::HashMap;
use std::io::{self, Write};

use serde::{Deserialize, Serialize};

use crate::demangle::{display_name, without_generics};
use crate::report::Report;
use crate::Analysis;

pub use dot::dot;
pub use folded::folded;
pub use text::{explanation, marker, text, violations};
pub use view::{Only, SortKey, SummaryMode, View};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Text,
    Json,
    Dot,
    Folded,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "text" => Ok(Format::Text),
            "json" => Ok(Format::Json),
            "dot" => Ok(Format::Dot),
            "folded" => Ok(Format::Folded),
            other => Err(format!(
                "unknown format `{other}` (expected text, json, dot or folded)"
            )),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    pub demangle: bool,
    /// Keep the generic arguments of demangled names (`--full-names`).
    pub full_names: bool,
    /// The function whose worst path `dot` highlights (default: the deepest function).
    pub highlight: Option<usize>,
    /// Columns a text line may use; `None`: no limit.
    pub width: Option<usize>,
    /// ANSI colour in text output.
    pub color: bool,
    /// Which functions the text table shows, in what order, and whether a summary follows.
    pub view: View,
}

impl RenderOptions {
    /// How a symbol is shown: demangled when asked, without generic arguments unless
    /// `full_names`.
    pub fn name(&self, raw: &str) -> String {
        let name = display_name(raw, self.demangle);
        if self.demangle && !self.full_names && name != raw {
            without_generics(&name)
        } else {
            name
        }
    }
}

/// Writes the whole report in `format`; `report` is `analysis`' own.
pub fn render(
    analysis: &Analysis,
    report: &Report,
    format: Format,
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Text => text(report, options, out),
        Format::Json => json(report, out),
        Format::Dot => dot(analysis, report, options, out),
        Format::Folded => folded(analysis, report, options, out),
    }
}

pub fn json<T: Serialize>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    // Into memory first: serde writes many small pieces, and each through `dyn Write` would
    // cost a call and a buffer check (a fifth of a whole report's instructions).
    let mut text = serde_json::to_vec_pretty(value).map_err(io::Error::from)?;
    text.push(b'\n');
    out.write_all(&text)
}

/// The name each function is shown under: demangled if asked, and with its module appended
/// when two functions would otherwise look the same (an internal name clash).
pub struct Names {
    names: Vec<String>,
}

impl Names {
    pub fn new(report: &Report, options: &RenderOptions) -> Names {
        let mut names: Vec<String> = report
            .functions
            .iter()
            .map(|f| options.name(&f.name))
            .collect();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for name in &names {
            *seen.entry(name.as_str()).or_default() += 1;
        }
        let clashing: Vec<bool> = names.iter().map(|n| seen[n.as_str()] > 1).collect();
        for (f, name) in names.iter_mut().enumerate() {
            if clashing[f] {
                let module = &report.modules[report.functions[f].module].name;
                *name = format!("{name} [{module}]");
            }
        }
        Names { names }
    }

    pub fn get(&self, id: usize) -> &str {
        &self.names[id]
    }

    /// Function ids in the order they are shown.
    pub fn sorted(&self) -> Vec<usize> {
        let mut ids: Vec<usize> = (0..self.names.len()).collect();
        ids.sort_by(|&a, &b| self.names[a].cmp(&self.names[b]).then(a.cmp(&b)));
        ids
    }
}
