//! Which functions the text table shows and in what order (`--top`, `--sort`, `--only`,
//! `--function`), and when the summary follows it.

use super::Names;
use crate::report::{Report, Status};

#[derive(Debug, Clone, Default)]
pub struct View {
    /// At most this many rows, after sorting and filtering.
    pub top: Option<usize>,
    pub sort: SortKey,
    pub only: Option<Only>,
    /// Functions whose shown or raw name matches this glob.
    pub function: Option<glob::Pattern>,
    pub summary: SummaryMode,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// By shown name (the default, and the seed's order).
    #[default]
    Name,
    /// Deepest bound first; unbounded before any number.
    Bound,
    /// Deepest own frame first.
    Own,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Only {
    Complete,
    /// `≥` or unbounded.
    Incomplete,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SummaryMode {
    /// After the table of a program with more than [`SUMMARY_FROM`] functions.
    #[default]
    Auto,
    Always,
    Never,
}

/// Programs with more functions than this get a summary by default.
pub const SUMMARY_FROM: usize = 20;

impl std::str::FromStr for SortKey {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "name" => Ok(SortKey::Name),
            "bound" => Ok(SortKey::Bound),
            "own" => Ok(SortKey::Own),
            other => Err(format!(
                "unknown sort key `{other}` (expected bound, name or own)"
            )),
        }
    }
}

impl std::str::FromStr for Only {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "complete" => Ok(Only::Complete),
            "incomplete" => Ok(Only::Incomplete),
            other => Err(format!(
                "unknown `--only {other}` (expected complete or incomplete)"
            )),
        }
    }
}

impl std::str::FromStr for SummaryMode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "auto" => Ok(SummaryMode::Auto),
            "always" => Ok(SummaryMode::Always),
            "never" => Ok(SummaryMode::Never),
            other => Err(format!(
                "unknown `--summary {other}` (expected auto, always or never)"
            )),
        }
    }
}

impl View {
    /// The function ids of the table's rows.
    pub fn rows(&self, report: &Report, names: &Names) -> Vec<usize> {
        let mut ids: Vec<usize> = names
            .sorted()
            .into_iter()
            .filter(|&id| {
                let f = &report.functions[id];
                let status_ok = match self.only {
                    None => true,
                    Some(Only::Complete) => f.status == Status::Complete,
                    Some(Only::Incomplete) => f.status != Status::Complete,
                };
                let name_ok = self
                    .function
                    .as_ref()
                    .is_none_or(|p| p.matches(names.get(id)) || p.matches(&f.name));
                status_ok && name_ok
            })
            .collect();
        // Stable sorts keep name order among equals.
        match self.sort {
            SortKey::Name => {}
            SortKey::Bound => ids.sort_by_key(|&id| {
                let f = &report.functions[id];
                (
                    std::cmp::Reverse(f.status == Status::Unbounded),
                    std::cmp::Reverse(f.total),
                )
            }),
            SortKey::Own => {
                ids.sort_by_key(|&id| std::cmp::Reverse(report.functions[id].own_depth))
            }
        }
        if let Some(top) = self.top {
            ids.truncate(top);
        }
        ids
    }

    pub fn wants_summary(&self, report: &Report) -> bool {
        match self.summary {
            SummaryMode::Always => true,
            SummaryMode::Never => false,
            SummaryMode::Auto => report.functions.len() > SUMMARY_FROM,
        }
    }
}
