//! The default `name: bytes` lines, `--explain`, and the budget list.

use std::io::{self, Write};

use super::{summary, Names, RenderOptions};
use crate::report::{
    BudgetSource, CallEntry, Explanation, ExternalKind, Interrupts, ReasonEntry, Report,
    ResolvedBy, Role, Status, TargetEntry,
};

/// One line per function, `name: bytes`, with a marker only when the result is not complete;
/// then the cycles named by id, the summary (for big programs) and the closed-world note.
pub fn text(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let names = Names::new(report, options);
    let rows = options.view.rows(report, &names);
    for &id in &rows {
        writeln!(out, "{}", line(report, id, &names, options))?;
    }
    summary::cycles(report, &rows, &names, options, out)?;
    if options.view.wants_summary(report) {
        summary::summary(report, &names, options, out)?;
    }
    if let Some(world) = &report.indirect_world {
        let note = format!("note: {}", world.statement);
        for line in wrap(&note, options.width.unwrap_or(usize::MAX), "      ") {
            writeln!(out, "{line}")?;
        }
    }
    if let Some(interrupts) = &report.interrupts {
        let note = interrupts_note(report, interrupts, &names);
        for line in wrap(&note, options.width.unwrap_or(usize::MAX), "      ") {
            writeln!(out, "{line}")?;
        }
    }
    if let Some(note) = unrecorded_note(report) {
        for line in wrap(&note, options.width.unwrap_or(usize::MAX), "      ") {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// The code in the inputs that has no record: those the report's functions call by name, then
/// how many others.
fn unrecorded_note(report: &Report) -> Option<String> {
    if report.unrecorded.is_empty() {
        return None;
    }
    let called: Vec<String> = report
        .externals
        .iter()
        .filter_map(|e| {
            let size = e.machine_code?;
            // Why stackbound could not read its depth from the machine code, where it tried.
            let reason = report
                .unrecorded
                .iter()
                .find(|u| u.name == e.name)
                .and_then(|u| u.reason.as_deref())
                .map(|r| format!(": {r}"))
                .unwrap_or_default();
            Some(format!("{} ({size} bytes{reason})", e.name))
        })
        .collect();
    let others = report.unrecorded.len().saturating_sub(called.len());
    let mut note =
        format!(
        "unrecorded: {} in the inputs {} machine code but no record (assembly, libc, code built \
         without stackbound-cc) and {} unknown",
        plural(report.unrecorded.len(), "function"),
        if report.unrecorded.len() == 1 { "has" } else { "have" },
        if report.unrecorded.len() == 1 { "is" } else { "are" },
    );
    if !called.is_empty() {
        note.push_str(&format!("; called: {}", called.join(", ")));
    }
    if others > 0 && !called.is_empty() {
        note.push_str(&format!(
            "; {others} more not called (--format json lists them)"
        ));
    }
    Some(note)
}

/// What the handlers' numbers include, and what they add nested.
fn interrupts_note(report: &Report, interrupts: &Interrupts, names: &Names) -> String {
    let n = interrupts.handlers.len();
    let nesting = match interrupts.nesting_status {
        Status::Complete => interrupts.nesting.to_string(),
        _ => format!("≥{}", interrupts.nesting),
    };
    let levels: Vec<String> = interrupts
        .levels
        .iter()
        .map(|l| {
            let name = names.get(l.handler);
            let total = report.functions[l.handler].total;
            match l.priority {
                Some(p) => format!("priority {p}: {name} {total}"),
                None => format!("{name} {total}"),
            }
        })
        .collect();
    format!(
        "interrupts: {} include the {}-byte frame the hardware stacks on entry; nested, they \
         add at most {nesting} bytes to the stack they interrupt ({})",
        plural(n, "handler"),
        interrupts.frame,
        levels.join(" + ")
    )
}

/// `text` broken at spaces into lines of at most `width` characters, later lines indented.
fn wrap(text: &str, width: usize, indent: &str) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let line = lines.last_mut().expect("never empty");
        let fits = line.chars().count() + 1 + word.chars().count() <= width;
        if line.trim().is_empty() || fits {
            if !line.trim().is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        } else {
            lines.push(format!("{indent}{word}"));
        }
    }
    lines
}

/// `name: bytes  (marker)`, cut to the width: reasons first (`+N more`), then the name.
fn line(report: &Report, id: usize, names: &Names, options: &RenderOptions) -> String {
    let f = &report.functions[id];
    let number = match f.status {
        Status::Unbounded => "unbounded".to_string(),
        _ => f.total.to_string(),
    };
    let width = options.width.unwrap_or(usize::MAX);
    // The name and the number come first; with a marker, the name leaves it a third.
    let name_room = if f.reasons.is_empty() && f.status == Status::Complete {
        width.saturating_sub(number.len() + 2)
    } else {
        width / 3 * 2
    };
    let name = fit(names.get(id), name_room.max(24));
    let head = format!("{name}: {number}");
    let room = width.saturating_sub(head.chars().count());
    let marker = marker_within(report, id, names, options, room);
    let number = super::summary::paint(options, f.status, &number);
    format!("{name}: {number}{marker}")
}

/// `s` in at most `width` characters, the middle replaced by `…`.
pub(super) fn fit(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n <= width || width < 8 {
        return s.to_string();
    }
    let keep = width - 1;
    let head: String = s.chars().take(keep / 2).collect();
    let tail: String = s.chars().skip(n - (keep - keep / 2)).collect();
    format!("{head}…{tail}")
}

/// `""` for a complete result without resolved indirect calls, else e.g.
/// `  (≥: excludes recursive factorial, indirect call)` or
/// `  (indirect call resolved by signature: 3 candidates)`.
pub fn marker(report: &Report, id: usize, names: &Names, options: &RenderOptions) -> String {
    marker_within(report, id, names, options, usize::MAX)
}

/// [`marker`] in at most `room` characters: the excluded reasons past what fits become
/// `+N more`.
fn marker_within(
    report: &Report,
    id: usize,
    names: &Names,
    options: &RenderOptions,
    room: usize,
) -> String {
    let f = &report.functions[id];
    if f.reasons.is_empty() && f.status == Status::Complete {
        return String::new();
    }
    let Described {
        causes,
        excludes,
        resolved,
    } = describe(report, id, &f.reasons, names, options);
    let compose = |kept: usize| {
        let mut shown: Vec<String> = excludes[..kept].to_vec();
        let hidden = excludes.len() - kept;
        if f.reasons_truncated || hidden > 0 {
            shown.push(match hidden {
                0 => "more".to_string(),
                n => format!("+{n} more"),
            });
        }
        let excludes = shown.join(", ");
        let mut parts = Vec::new();
        match f.status {
            Status::Complete => {}
            Status::LowerBound => parts.push(format!("≥: excludes {excludes}")),
            Status::Unbounded => {
                parts = causes.clone();
                if !excludes.is_empty() {
                    let strict = if parts.is_empty() && report.strict {
                        "strict: "
                    } else {
                        ""
                    };
                    parts.push(format!("{strict}excludes {excludes}"));
                }
            }
        }
        parts.extend(resolved.iter().cloned());
        if parts.is_empty() {
            return String::new();
        }
        format!("  ({})", parts.join("; "))
    };
    let mut kept = excludes.len();
    let mut text = compose(kept);
    while text.chars().count() > room && kept > 1 {
        kept -= 1;
        text = compose(kept);
    }
    if text.chars().count() > room && room > 8 {
        // Still too long (one very long reason): cut it, keeping the closing parenthesis.
        let cut: String = text.chars().take(room - 2).collect();
        text = format!("{cut}…)");
    }
    text
}

/// Short phrases for the reasons.
struct Described {
    /// What makes the result unbounded.
    causes: Vec<String>,
    /// What it excludes.
    excludes: Vec<String>,
    /// Indirect calls bounded by their candidates (informational).
    resolved: Vec<String>,
}

fn by_phrase(by: ResolvedBy) -> &'static str {
    match by {
        ResolvedBy::TypeIds => "type ids",
        ResolvedBy::Signature => "signature",
        ResolvedBy::Ifunc => "ifunc resolver",
    }
}

fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

fn describe(
    report: &Report,
    id: usize,
    reasons: &[ReasonEntry],
    names: &Names,
    options: &RenderOptions,
) -> Described {
    let mut causes = Vec::new();
    let mut excludes = Vec::new();
    // (calls, candidates) per way of resolving.
    let mut resolved_by: Vec<(ResolvedBy, usize, usize)> = Vec::new();
    let indirect = reasons
        .iter()
        .filter(|r| matches!(r, ReasonEntry::Indirect { .. }))
        .count();
    let place = |function: usize| {
        if function == id {
            String::new()
        } else {
            format!(" in {}", names.get(function))
        }
    };
    let mut constant = Vec::new();
    for reason in reasons {
        match reason {
            ReasonEntry::ConstantStackCycle { cycle, .. } => constant.push(format!(
                "tail-call cycle {}: constant stack",
                fit(&cycle_label(report, *cycle, names), INLINE_CYCLE_LABEL)
            )),
            ReasonEntry::Dynamic {
                function, flags, ..
            } => causes.push(format!("{}{}", dynamic_phrase(flags), place(*function))),
            ReasonEntry::Partial {
                function, flags, ..
            } => excludes.push(format!("{}{}", partial_phrase(flags), place(*function))),
            ReasonEntry::UnknownDepth {
                function, index, ..
            } => causes.push(format!("unknown SP at call #{index}{}", place(*function))),
            ReasonEntry::Recursive { cycle, .. } => {
                excludes.push(format!("recursive {}", cycle_ref(report, *cycle, names)))
            }
            ReasonEntry::Unknown {
                callee,
                callee_kind: kind,
            } => excludes.push(format!(
                "unknown {}{}",
                options.name(callee),
                match kind {
                    ExternalKind::Ifunc => " (ifunc)",
                    ExternalKind::Undefined => "",
                }
            )),
            ReasonEntry::Indirect { no_candidates, .. } => {
                if !excludes.iter().any(|e| e.contains("indirect call")) {
                    excludes.push(match indirect {
                        1 => "indirect call".to_string(),
                        n => format!("{n} indirect calls"),
                    });
                }
                if *no_candidates && !excludes.iter().any(|e| e.contains("no candidate")) {
                    excludes.push("no candidate in the analysed program".into());
                }
            }
            ReasonEntry::IndirectResolved { by, candidates, .. } => {
                match resolved_by.iter_mut().find(|(b, ..)| b == by) {
                    Some(entry) => {
                        entry.1 += 1;
                        entry.2 += candidates;
                    }
                    None => resolved_by.push((*by, 1, *candidates)),
                }
            }
        }
    }
    let resolved = constant
        .into_iter()
        .chain(
            resolved_by
                .into_iter()
                .map(|(by, calls, candidates)| match calls {
                    1 => format!(
                        "indirect call resolved by {}: {}",
                        by_phrase(by),
                        plural(candidates, "candidate")
                    ),
                    n => format!(
                        "{n} indirect calls resolved by {}: {} in all",
                        by_phrase(by),
                        plural(candidates, "candidate")
                    ),
                }),
        )
        .collect();
    Described {
        causes,
        excludes,
        resolved,
    }
}

fn partial_phrase(flags: &[String]) -> String {
    if flags.iter().any(|f| f == "inline-asm-stack") {
        "stack use of inline asm".into()
    } else if flags.iter().any(|f| f == "naked") {
        "naked function body".into()
    } else if flags
        .iter()
        .any(|f| f == stackbound_core::interrupts::FRAME_UNKNOWN_FLAG)
    {
        "the frame an exception stacks on entry: unknown for this target".into()
    } else {
        "unreachable blocks".into()
    }
}

fn dynamic_phrase(flags: &[String]) -> String {
    if flags.iter().any(|f| f == "variable-sized-object") {
        "dynamic alloca".into()
    } else if flags.is_empty() {
        "dynamic frame".into()
    } else {
        format!("dynamic frame ({})", flags.join(", "))
    }
}

/// A cycle's members, `a/b/c/+4`.
pub(super) fn cycle_label(report: &Report, cycle: usize, names: &Names) -> String {
    let members = &report.cycles[cycle].members;
    let mut label: Vec<&str> = members.iter().take(3).map(|&m| names.get(m)).collect();
    let more = members.len().saturating_sub(3);
    let more = format!("+{more}");
    if members.len() > 3 {
        label.push(&more);
    }
    label.join("/")
}

/// Longest cycle label shown in a function's line; longer ones are named once, by id.
const INLINE_CYCLE_LABEL: usize = 40;

/// True when a cycle is shown by its id (`C3`) and listed once in the cycles section.
pub(super) fn cycle_by_id(report: &Report, cycle: usize, names: &Names) -> bool {
    report.cycles[cycle].members.len() > 3
        || cycle_label(report, cycle, names).chars().count() > INLINE_CYCLE_LABEL
}

/// How a function's line refers to a cycle: its members when short, else its id.
fn cycle_ref(report: &Report, cycle: usize, names: &Names) -> String {
    if cycle_by_id(report, cycle, names) {
        format!("C{cycle}")
    } else {
        cycle_label(report, cycle, names)
    }
}

/// `--explain`: the worst path frame by frame, then everything not counted.
pub fn explanation(
    report: &Report,
    e: &Explanation,
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let names = Names::new(report, options);
    let id = e.function;
    writeln!(out, "{}", line(report, id, &names, options))?;
    writeln!(
        out,
        "worst path, in bytes below {}'s entry SP:",
        names.get(id)
    )?;
    for step in &e.steps {
        let frame = match step.function {
            Some(f) => format!(
                "{}  own {}{}, total {}",
                names.get(f),
                step.own_depth,
                if report.functions[f]
                    .flags
                    .iter()
                    .any(|g| g == "machine-code")
                {
                    " (from its machine code)"
                } else {
                    ""
                },
                step.total
            ),
            None => format!("{}  (assumed {})", options.name(&step.name), step.total),
        };
        writeln!(out, "  at {:>6}  {frame}", step.at)?;
        let (Some(call), Some(f)) = (&step.call, step.function) else {
            continue;
        };
        let c = &report.functions[f].calls[call.position];
        let callee = match &c.target {
            TargetEntry::Function { id } => names.get(*id).to_string(),
            TargetEntry::External { name, .. } => options.name(name),
            TargetEntry::Indirect { .. } => match c.worst_candidate {
                Some(w) if call.role == Role::Resolved => format!(
                    "(indirect) {} [deepest of {}]",
                    names.get(w),
                    plural(c.candidates.as_ref().map_or(0, Vec::len), "candidate")
                ),
                _ => "(indirect)".into(),
            },
        };
        let role = match call.role {
            Role::Counted | Role::Assumed | Role::Resolved => "",
            Role::Recursive => ", not counted: recursive",
            Role::Indirect => ", not counted: indirect",
            Role::Unknown => ", not counted: unknown",
        };
        let tail = if call.tail { "tail " } else { "" };
        let loc = call
            .loc
            .as_deref()
            .map(|l| format!(" ({l})"))
            .unwrap_or_default();
        writeln!(
            out,
            "  {:>9}  {tail}call #{} at depth {} -> {callee}{role}{loc}",
            "", call.index, call.depth
        )?;
    }
    writeln!(out, "  deepest {}", e.total)?;
    let (constant, reasons): (Vec<&ReasonEntry>, Vec<&ReasonEntry>) = e
        .reasons
        .iter()
        .partition(|r| matches!(r, ReasonEntry::ConstantStackCycle { .. }));
    let (resolved, excluded): (Vec<&ReasonEntry>, Vec<&ReasonEntry>) = reasons
        .into_iter()
        .partition(|r| matches!(r, ReasonEntry::IndirectResolved { .. }));
    if !constant.is_empty() {
        writeln!(out, "counted with a constant stack:")?;
        for reason in constant {
            writeln!(out, "  {}", reason_line(report, reason, &names, options))?;
        }
    }
    if !excluded.is_empty() {
        writeln!(out, "not counted:")?;
        for reason in excluded {
            writeln!(out, "  {}", reason_line(report, reason, &names, options))?;
        }
    }
    if e.reasons_truncated {
        writeln!(out, "  ... and more (raise --max-reasons to see them)")?;
    }
    if !resolved.is_empty() {
        writeln!(out, "indirect calls bounded by their candidates:")?;
        for reason in resolved {
            writeln!(out, "  {}", reason_line(report, reason, &names, options))?;
            let ReasonEntry::IndirectResolved {
                function, index, ..
            } = reason
            else {
                continue;
            };
            let Some(call) = report.functions[*function]
                .calls
                .iter()
                .find(|c| c.index == *index && c.role == Role::Resolved)
            else {
                continue;
            };
            for line in candidate_lines(report, call, &names) {
                writeln!(out, "    {line}")?;
            }
        }
    }
    Ok(())
}

/// One line per candidate of a resolved call: its total, and which one the bound charges.
fn candidate_lines(report: &Report, call: &CallEntry, names: &Names) -> Vec<String> {
    let cycles: Vec<usize> = report
        .cycles
        .iter()
        .flat_map(|c| c.members.iter().copied())
        .collect();
    call.candidates
        .iter()
        .flatten()
        .map(|&t| {
            let f = &report.functions[t];
            let total = match f.status {
                Status::Complete => f.total.to_string(),
                Status::LowerBound => format!("≥{}", f.total),
                Status::Unbounded => "unbounded".into(),
            };
            let note = if call.worst_candidate == Some(t) {
                "  <- deepest, charged"
            } else if cycles.contains(&t) {
                "  (recursive: not counted)"
            } else {
                ""
            };
            format!("{}: {total}{note}", names.get(t))
        })
        .chain(call.unknown_candidates.iter().map(|name| {
            let assumed = report
                .externals
                .iter()
                .find(|e| &e.name == name)
                .and_then(|e| e.assumed);
            match assumed {
                Some(size) => format!("{name}: assumed {size} (no record)"),
                None => format!("{name}: unknown (no record; not counted)"),
            }
        }))
        .collect()
}

fn reason_line(
    report: &Report,
    reason: &ReasonEntry,
    names: &Names,
    options: &RenderOptions,
) -> String {
    let loc = |loc: &Option<String>| {
        loc.as_deref()
            .map(|l| format!(" ({l})"))
            .unwrap_or_default()
    };
    match reason {
        ReasonEntry::ConstantStackCycle { cycle, .. } => format!(
            "tail-call cycle {}: its members call each other only by tail calls that keep the \
             stack where it was; counted like any function",
            cycle_label(report, *cycle, names)
        ),
        ReasonEntry::Dynamic {
            function, flags, ..
        } => {
            format!(
                "{} in {} (unbounded)",
                dynamic_phrase(flags),
                names.get(*function)
            )
        }
        ReasonEntry::Partial {
            function, flags, ..
        } => format!(
            "{} in {} (own depth is a lower bound)",
            partial_phrase(flags),
            names.get(*function)
        ),
        ReasonEntry::UnknownDepth {
            function, index, ..
        } => {
            format!(
                "unknown SP at call #{index} in {} (unbounded)",
                names.get(*function)
            )
        }
        ReasonEntry::Recursive { cycle, .. } => {
            format!(
                "recursive {} (calls into the cycle count 0)",
                cycle_label(report, *cycle, names)
            )
        }
        ReasonEntry::Unknown { callee, .. } => {
            let code = report
                .externals
                .iter()
                .find(|e| &e.name == callee)
                .and_then(|e| e.machine_code);
            match code {
                Some(size) => format!(
                    "unknown {} ({size} bytes of machine code without a record; try --assume \
                     {callee}=BYTES)",
                    options.name(callee)
                ),
                None => format!(
                    "unknown {} (no record, no assumed size; try --assume {callee}=BYTES)",
                    options.name(callee)
                ),
            }
        }
        ReasonEntry::Indirect {
            function,
            index,
            loc: l,
            ..
        } => {
            format!(
                "indirect call #{index} in {}{}",
                names.get(*function),
                loc(l)
            )
        }
        ReasonEntry::IndirectResolved {
            function,
            index,
            loc: l,
            by,
            candidates,
            ..
        } => format!(
            "indirect call #{index} in {}{}: resolved by {}, {}",
            names.get(*function),
            loc(l),
            by_phrase(*by),
            plural(*candidates, "candidate")
        ),
    }
}

/// The list printed (to stderr) when anything exceeds its budget.
pub fn violations(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    if report.violations.is_empty() {
        return Ok(());
    }
    let names = Names::new(report, options);
    let n = report.violations.len();
    let s = if n == 1 { "" } else { "s" };
    writeln!(out, "stack budget exceeded by {n} function{s}:")?;
    for v in &report.violations {
        let source = match v.budget.source {
            BudgetSource::MaxStack => "--max-stack",
            BudgetSource::Assumptions => "budget",
        };
        let used = match v.status {
            Status::Unbounded => "unbounded".to_string(),
            _ => v.total.to_string(),
        };
        writeln!(
            out,
            "  {}: {used} > {} ({source}){}",
            names.get(v.function),
            v.budget.bytes,
            marker(report, v.function, &names, options)
        )?;
    }
    Ok(())
}
