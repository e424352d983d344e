//! Worst paths as folded stacks (`a;b;c bytes`), one tower per root, for flamegraph tools.

use std::io::{self, Write};

use super::{Names, RenderOptions};
use crate::report::{Report, Role, TargetEntry};
use crate::Analysis;

/// For each root (a function no counted call reaches), or only for `options.highlight` when
/// set, its worst path with each frame's own share as the weight, so a tower's height sums to
/// the root's total.
pub fn folded(
    analysis: &Analysis,
    report: &Report,
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let names = Names::new(report, options);
    let roots = match options.highlight {
        Some(only) => (0..report.functions.len()).map(|id| id == only).collect(),
        None => roots(report),
    };
    for id in names.sorted() {
        if !roots[id] {
            continue;
        }
        let explanation = analysis.explain_path(analysis.function_at(id));
        let mut stack = String::new();
        for (i, step) in explanation.iter().enumerate() {
            if i > 0 {
                stack.push(';');
            }
            let name = match step.function {
                Some(f) => names.get(f).to_string(),
                None => options.name(&step.name),
            };
            stack.push_str(&name.replace(';', ":"));
            // A frame's share: down to where the next frame starts, or its whole total.
            let share = match explanation.get(i + 1) {
                Some(next) => next.at - step.at,
                None => step.total,
            };
            if share > 0 {
                writeln!(out, "{stack} {share}")?;
            }
        }
    }
    Ok(())
}

/// `true` for functions that no counted call reaches.
pub(super) fn roots(report: &Report) -> Vec<bool> {
    let mut root = vec![true; report.functions.len()];
    for f in &report.functions {
        for c in &f.calls {
            match (&c.target, c.role) {
                (TargetEntry::Function { id }, Role::Counted) => root[*id] = false,
                (_, Role::Resolved) => {
                    for &t in c.candidates.iter().flatten() {
                        root[t] = false;
                    }
                }
                _ => {}
            }
        }
    }
    root
}
