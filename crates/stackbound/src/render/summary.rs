//! What follows the table in text output: the cycles that lines name by id, and, for big
//! programs, a summary (how many results are complete, the deepest bounds, and what holds the
//! others back, with the `--assume` line that would close each unknown).

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::text::{cycle_by_id, cycle_label, fit};
use super::{Names, RenderOptions};
use crate::report::{ReasonEntry, Report, Status};

/// Deepest bounds listed in the summary.
const DEEPEST: usize = 10;
/// Unknowns and cycles listed in the summary.
const HOLDERS: usize = 10;

/// `text` in the colour of `status`, when colour is on.
pub(super) fn paint(options: &RenderOptions, status: Status, text: &str) -> String {
    if !options.color {
        return text.to_string();
    }
    let color = match status {
        Status::Complete => anstyle::AnsiColor::Green,
        Status::LowerBound => anstyle::AnsiColor::Yellow,
        Status::Unbounded => anstyle::AnsiColor::Red,
    };
    let style = anstyle::Style::new().fg_color(Some(color.into())).bold();
    format!("{style}{text}{style:#}")
}

fn heading(options: &RenderOptions, text: &str) -> String {
    if !options.color {
        return text.to_string();
    }
    let style = anstyle::Style::new().bold();
    format!("{style}{text}{style:#}")
}

/// How many functions each cycle and each unknown callee keeps from a complete bound (from the
/// kept reasons of every `≥` result).
fn holders(report: &Report) -> (BTreeMap<usize, usize>, BTreeMap<&str, usize>) {
    let mut cycles: BTreeMap<usize, usize> = BTreeMap::new();
    let mut unknowns: BTreeMap<&str, usize> = BTreeMap::new();
    for f in report
        .functions
        .iter()
        .filter(|f| f.status != Status::Complete)
    {
        for reason in &f.reasons {
            match reason {
                ReasonEntry::Recursive { cycle, .. } => *cycles.entry(*cycle).or_default() += 1,
                ReasonEntry::Unknown { callee, .. } => {
                    *unknowns.entry(callee.as_str()).or_default() += 1
                }
                _ => {}
            }
        }
    }
    (cycles, unknowns)
}

/// The cycles that the shown lines refer to by id, each named once: size and an example.
pub(super) fn cycles(
    report: &Report,
    rows: &[usize],
    names: &Names,
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut cited: Vec<usize> = rows
        .iter()
        .flat_map(|&id| &report.functions[id].reasons)
        .filter_map(|r| match r {
            ReasonEntry::Recursive { cycle, .. } if cycle_by_id(report, *cycle, names) => {
                Some(*cycle)
            }
            _ => None,
        })
        .collect();
    cited.sort_unstable();
    cited.dedup();
    if cited.is_empty() {
        return Ok(());
    }
    let (held, _) = holders(report);
    writeln!(
        out,
        "{}",
        heading(options, "cycles (calls into them are not counted):")
    )?;
    for cycle in cited {
        writeln!(
            out,
            "  {}",
            cycle_line(report, cycle, names, options, held.get(&cycle))
        )?;
    }
    Ok(())
}

/// `C9  13 functions, e.g. dbMallocRawFinish: holds back 854 bounds`, or for a cycle that lines
/// name by its members, `sqlite3BitvecSet (1 function): holds back 158 bounds`.
fn cycle_line(
    report: &Report,
    cycle: usize,
    names: &Names,
    options: &RenderOptions,
    held: Option<&usize>,
) -> String {
    let members = &report.cycles[cycle].members;
    let held = match held {
        Some(n) => format!(": holds back {}", plural(*n, "bound")),
        None => String::new(),
    };
    let room = |used: usize| {
        options
            .width
            .map_or(usize::MAX, |w| w.saturating_sub(used + 6))
            .max(24)
    };
    let size = plural(members.len(), "function");
    if members.len() == 1 && cycle_by_id(report, cycle, names) {
        let head = format!("C{cycle}  ");
        let tail = format!(" (calls itself){held}");
        let name = fit(names.get(members[0]), room(head.len() + tail.len()));
        return format!("{head}{name}{tail}");
    }
    if cycle_by_id(report, cycle, names) {
        let head = format!("C{cycle}  {size}, e.g. ");
        let example = fit(names.get(members[0]), room(head.len() + held.len()));
        format!("{head}{example}{held}")
    } else {
        let tail = format!(" ({size}){held}");
        let label = fit(&cycle_label(report, cycle, names), room(tail.len()));
        format!("{label}{tail}")
    }
}

/// `s` as one shell word: quoted when it holds anything but a plain name.
fn shell_word(s: &str) -> String {
    let plain = s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "_=:.-/+".contains(c));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// Counts by status, the deepest bounds, and what holds the rest back.
pub(super) fn summary(
    report: &Report,
    names: &Names,
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let count = |status: Status| {
        report
            .functions
            .iter()
            .filter(|f| f.status == status)
            .count()
    };
    writeln!(
        out,
        "{} {}: {} complete, {} ≥, {} unbounded",
        heading(options, "summary:"),
        plural(report.functions.len(), "function"),
        count(Status::Complete),
        count(Status::LowerBound),
        count(Status::Unbounded),
    )?;
    let width = options.width.unwrap_or(usize::MAX);
    let mut deepest: Vec<usize> = (0..report.functions.len())
        .filter(|&id| report.functions[id].status != Status::Unbounded)
        .collect();
    deepest.sort_by_key(|&id| (std::cmp::Reverse(report.functions[id].total), names.get(id)));
    deepest.truncate(DEEPEST);
    if !deepest.is_empty() {
        writeln!(out, "  deepest bounds:")?;
        for id in deepest {
            let f = &report.functions[id];
            let number = match f.status {
                Status::LowerBound => format!("≥{}", f.total),
                _ => f.total.to_string(),
            };
            writeln!(
                out,
                "    {:>9}  {}",
                paint(options, f.status, &number),
                fit(names.get(id), width.saturating_sub(15).max(24))
            )?;
        }
    }
    let (cycles, unknowns) = holders(report);
    let mut unknowns: Vec<(&str, usize)> = unknowns.into_iter().collect();
    unknowns.sort_by_key(|&(name, n)| (std::cmp::Reverse(n), name));
    if !unknowns.is_empty() {
        writeln!(out, "  unknown callees, by the bounds they hold back:")?;
        for &(name, n) in unknowns.iter().take(HOLDERS) {
            // The name as shown: --assume matches demangled names too (assume.rs). Never cut,
            // so that the line can be pasted.
            let assume = shell_word(&format!("{}=BYTES", options.name(name)));
            let count = plural(n, "function");
            writeln!(out, "    {count:>13}  --assume {assume}")?;
        }
        if unknowns.len() > HOLDERS {
            writeln!(out, "    +{} more", unknowns.len() - HOLDERS)?;
        }
    }
    let mut cycles: Vec<(usize, usize)> = cycles.into_iter().collect();
    cycles.sort_by_key(|&(cycle, n)| (std::cmp::Reverse(n), cycle));
    if !cycles.is_empty() {
        writeln!(out, "  cycles, by the bounds they hold back:")?;
        for &(cycle, n) in cycles.iter().take(HOLDERS) {
            writeln!(
                out,
                "    {}",
                cycle_line(report, cycle, names, options, Some(&n))
            )?;
        }
        if cycles.len() > HOLDERS {
            writeln!(out, "    +{} more", cycles.len() - HOLDERS)?;
        }
    }
    Ok(())
}
