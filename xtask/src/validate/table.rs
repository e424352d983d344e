//! The table and its summary, as text for the terminal and as Markdown for the docs.

use std::fmt::Write;

use anyhow::{bail, Result};
use stackbound::Status;

use super::{
    corpus::Flag,
    measure::{Gap, Row, Verdict},
    Arch,
};

pub struct Summary {
    pub results: usize,
    pub complete: usize,
    pub exact: usize,
    pub flagged: usize,
    pub underestimates: Vec<String>,
    pub failures: Vec<String>,
    /// Flagged otherwise than expected on a target whose flags are not strict: reported only.
    pub unexpected: Vec<String>,
    /// Per target and overall (`None`): (median, minimum, where the minimum is), over the complete
    /// results whose argument drives the worst path.
    pub tightness: Vec<(Option<Arch>, f64, f64, String)>,
    /// Complete results marked `not-worst`: how many, and their lowest tightness.
    pub not_worst: (usize, f64),
    /// Complete results that rest on assumed sizes (`assume`): how many, and which.
    pub assumed: (usize, Vec<String>),
    /// Gaps (measured < bound) by kind.
    pub gaps: Vec<(Gap, usize)>,
}

impl Summary {
    pub fn of(rows: &[Row]) -> Summary {
        let complete: Vec<&Row> = rows
            .iter()
            .filter(|r| {
                matches!(
                    r.verdict,
                    Verdict::Exact | Verdict::Within | Verdict::Underestimate
                )
            })
            .collect();
        let mut tightness = Vec::new();
        for arch in std::iter::once(None).chain(Arch::ALL.map(Some)) {
            let mut ts: Vec<(f64, String)> = complete
                .iter()
                .filter(|r| {
                    arch.is_none_or(|a| a == r.arch) && !r.not_worst && r.assumed.is_empty()
                })
                .filter_map(|r| {
                    Some((
                        ratio(r)?,
                        format!("{} {} {}", r.program, r.function, r.arch),
                    ))
                })
                .collect();
            if ts.is_empty() {
                continue;
            }
            ts.sort_by(|a, b| a.0.total_cmp(&b.0));
            let n = ts.len();
            let median = if n % 2 == 1 {
                ts[n / 2].0
            } else {
                (ts[n / 2 - 1].0 + ts[n / 2].0) / 2.0
            };
            tightness.push((arch, median, ts[0].0, ts[0].1.clone()));
        }
        let not_worst: Vec<f64> = complete
            .iter()
            .filter(|r| r.not_worst)
            .filter_map(|r| ratio(r))
            .collect();
        let mut gaps: Vec<(Gap, usize)> = Vec::new();
        for (kind, _) in rows.iter().filter_map(|r| r.gap.as_ref()) {
            match gaps.iter_mut().find(|(k, _)| k == kind) {
                Some((_, n)) => *n += 1,
                None => gaps.push((*kind, 1)),
            }
        }
        gaps.sort();
        let mut assumptions: Vec<String> = complete
            .iter()
            .flat_map(|r| r.assumed.iter().cloned())
            .collect();
        assumptions.sort();
        assumptions.dedup();
        Summary {
            assumed: (
                complete.iter().filter(|r| !r.assumed.is_empty()).count(),
                assumptions,
            ),
            gaps,
            not_worst: (
                not_worst.len(),
                not_worst.iter().copied().fold(1.0, f64::min),
            ),
            results: rows.len(),
            complete: complete.len(),
            exact: rows.iter().filter(|r| r.verdict == Verdict::Exact).count(),
            flagged: rows
                .iter()
                .filter(|r| r.verdict == Verdict::Flagged)
                .count(),
            underestimates: rows
                .iter()
                .filter(|r| r.verdict == Verdict::Underestimate)
                .map(|r| {
                    format!(
                        "{} {} {}: measured {} > bound {}",
                        r.program,
                        r.function,
                        r.arch,
                        r.measured.unwrap_or(0),
                        r.bound.unwrap_or(0)
                    )
                })
                .collect(),
            failures: rows
                .iter()
                .filter(|r| r.verdict.is_failure() && r.verdict != Verdict::Underestimate)
                .map(|r| {
                    format!(
                        "{} {} {}: {}",
                        r.program,
                        r.function,
                        r.arch,
                        verdict_long(r)
                    )
                })
                .collect(),
            unexpected: rows
                .iter()
                .filter(|r| r.verdict == Verdict::UnexpectedFlags)
                .map(|r| {
                    format!(
                        "{} {} {}: expected [{}], got [{}]{}",
                        r.program,
                        r.function,
                        r.arch,
                        flag_names(&r.expected),
                        flag_names(&r.flags),
                        match r.reasons.len() {
                            0 => String::new(),
                            1..=3 => format!(": {}", r.reasons.join("; ")),
                            n => format!(": {}; ... ({} more)", r.reasons[..3].join("; "), n - 3),
                        }
                    )
                })
                .collect(),
            tightness,
        }
    }

    /// Fails on any underestimate or other failure.
    pub fn verdict(&self) -> Result<()> {
        if !self.underestimates.is_empty() {
            bail!(
                "{} UNDERESTIMATE(S): a complete bound below the measured depth is a bug in the pass or the graph:\n  {}",
                self.underestimates.len(),
                self.underestimates.join("\n  ")
            );
        }
        if !self.failures.is_empty() {
            bail!(
                "{} validation failure(s):\n  {}",
                self.failures.len(),
                self.failures.join("\n  ")
            );
        }
        Ok(())
    }

    fn lines(&self) -> Vec<String> {
        let mut out = vec![
            format!(
                "{} results: {} complete ({} exact, measured == bound), {} flagged as expected",
                self.results, self.complete, self.exact, self.flagged
            ),
            format!("underestimates: {}", self.underestimates.len()),
        ];
        for (arch, median, min, at) in &self.tightness {
            let scope = arch.map_or("all targets".to_string(), |a| a.to_string());
            out.push(format!(
                "tightness ({scope}): median {median:.3}, min {min:.3} ({at})"
            ));
        }
        if self.not_worst.0 > 0 {
            out.push(format!(
                "left out of the tightness: {} complete results whose argument avoids the worst path on purpose (min {:.3})",
                self.not_worst.0, self.not_worst.1
            ));
        }
        if self.assumed.0 > 0 {
            out.push(format!(
                "resting on assumptions: {} complete results ({}), left out of the tightness",
                self.assumed.0,
                self.assumed.1.join(", ")
            ));
        }
        if !self.gaps.is_empty() {
            let kinds: Vec<String> = self
                .gaps
                .iter()
                .map(|(k, n)| format!("{n} {}", k.name()))
                .collect();
            out.push(format!("gaps (measured < bound): {}", kinds.join(", ")));
        }
        if !self.unexpected.is_empty() {
            out.push(format!(
                "unexpected flags (reported, not failures: a refusing decoder makes functions dynamic): {}",
                self.unexpected.len()
            ));
        }
        if !self.failures.is_empty() {
            out.push(format!("other failures: {}", self.failures.len()));
        }
        out
    }
}

fn ratio(row: &Row) -> Option<f64> {
    let bound = row.bound?;
    let measured = row.measured?;
    (bound > 0).then(|| measured as f64 / bound as f64)
}

fn flag_names(flags: &[Flag]) -> String {
    flags.iter().map(|f| f.name()).collect::<Vec<_>>().join(",")
}

fn bound_cell(row: &Row) -> String {
    match (row.status, row.bound) {
        (Some(Status::Complete), Some(b)) => b.to_string(),
        (Some(Status::LowerBound), Some(b)) => format!("≥{b}"),
        (Some(Status::Unbounded), Some(b)) => format!("unbounded (≥{b})"),
        _ => "-".into(),
    }
}

fn status_cell(row: &Row) -> String {
    let plain = status_plain(row);
    if !row.assumed.is_empty() {
        format!("{plain} (assumes {})", row.assumed.join(", "))
    } else if row.without_assumptions {
        format!("{plain} (without assumptions)")
    } else {
        plain
    }
}

fn status_plain(row: &Row) -> String {
    match row.status {
        Some(Status::Complete) if row.assumed_indirect => {
            "complete (indirect calls resolved)".into()
        }
        Some(Status::Complete) => "complete".into(),
        Some(Status::LowerBound) => format!("≥ {}", flag_names(&row.flags)),
        Some(Status::Unbounded) => format!("unbounded {}", flag_names(&row.flags)),
        None => "-".into(),
    }
}

fn tight_cell(row: &Row) -> String {
    match row.status {
        Some(Status::Complete) => ratio(row).map_or("-".into(), |t| format!("{t:.3}")),
        _ => "-".into(),
    }
}

fn verdict_short(row: &Row) -> String {
    match &row.verdict {
        Verdict::Exact => "exact".into(),
        Verdict::Within => format!(
            "ok (gap {}: {})",
            row.bound
                .unwrap_or(0)
                .saturating_sub(row.measured.unwrap_or(0)),
            row.gap.as_ref().map_or("?", |(kind, _)| kind.name())
        ),
        Verdict::Flagged => "flag ok".into(),
        Verdict::Underestimate => "UNDERESTIMATE".into(),
        Verdict::WrongFlags => "WRONG FLAGS".into(),
        Verdict::UnexpectedFlags => "unexpected flags".into(),
        Verdict::WroteAbove(_) => "WROTE ABOVE S0".into(),
        Verdict::Error(_) => "ERROR".into(),
    }
}

fn verdict_long(row: &Row) -> String {
    match &row.verdict {
        Verdict::WrongFlags | Verdict::UnexpectedFlags => format!(
            "expected flags [{}], got [{}]{}",
            flag_names(&row.expected),
            flag_names(&row.flags),
            if row.reasons.is_empty() {
                String::new()
            } else {
                format!(": {}", row.reasons.join("; "))
            }
        ),
        Verdict::WroteAbove(n) => format!("{n} bytes written above the caller's SP"),
        Verdict::Error(e) => e.clone(),
        _ => verdict_short(row),
    }
}

fn measured_cell(row: &Row) -> String {
    row.measured.map_or("-".into(), |m| m.to_string())
}

pub fn text(rows: &[Row], summary: &Summary) -> String {
    let header = [
        "program",
        "function",
        "target",
        "bound",
        "measured",
        "tightness",
        "status",
        "check",
    ];
    let cells: Vec<[String; 8]> = rows
        .iter()
        .map(|r| {
            [
                r.program.clone(),
                r.function.clone(),
                r.arch.to_string(),
                bound_cell(r),
                measured_cell(r),
                tight_cell(r),
                status_cell(r),
                verdict_short(r),
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut out = String::new();
    let line = |out: &mut String, row: &[String]| {
        let mut s = String::new();
        for (i, (c, w)) in row.iter().zip(widths).enumerate() {
            let pad = w - c.chars().count();
            // Numbers right-aligned, words left-aligned.
            if (3..=5).contains(&i) {
                let _ = write!(s, "{}{}  ", " ".repeat(pad), c);
            } else {
                let _ = write!(s, "{}{}  ", c, " ".repeat(pad));
            }
        }
        out.push_str(s.trim_end());
        out.push('\n');
    };
    line(&mut out, &header.map(String::from));
    for row in &cells {
        line(&mut out, row);
    }
    out.push('\n');
    for r in rows.iter().filter(|r| r.verdict.is_failure()) {
        let _ = writeln!(
            out,
            "FAILED {} {} {}: {}",
            r.program,
            r.function,
            r.arch,
            verdict_long(r)
        );
    }
    for line in &summary.unexpected {
        let _ = writeln!(out, "UNEXPECTED FLAGS (not a failure) {line}");
    }
    for l in summary.lines() {
        let _ = writeln!(out, "{l}");
    }
    out
}

pub fn markdown(rows: &[Row], summary: &Summary, skipped: &[String]) -> String {
    let mut out = String::new();
    out.push_str("| | results | complete | measured == bound | underestimates | flagged as expected | unexpected flags | tightness median | tightness min |\n");
    out.push_str("|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    let labels = [
        (Some(Arch::X86_64), "x86-64"),
        (Some(Arch::Aarch64), "AArch64"),
        (Some(Arch::Armv7), "ARMv7 Thumb-2 Linux"),
        (Some(Arch::CortexM), "Cortex-M4F"),
        (Some(Arch::Riscv64), "RV64 Linux"),
        (Some(Arch::Riscv32), "RV32 bare metal"),
        (None, "all"),
    ];
    for (arch, label) in labels {
        let of: Vec<&Row> = rows
            .iter()
            .filter(|r| arch.is_none_or(|a| a == r.arch))
            .collect();
        if of.is_empty() {
            continue;
        }
        let count = |f: &dyn Fn(&Row) -> bool| of.iter().filter(|r| f(r)).count();
        let complete = count(&|r| {
            matches!(
                r.verdict,
                Verdict::Exact | Verdict::Within | Verdict::Underestimate
            )
        });
        let (median, min) = summary
            .tightness
            .iter()
            .find(|t| t.0 == arch)
            .map_or(("-".to_string(), "-".to_string()), |t| {
                (format!("{:.3}", t.1), format!("{:.3}", t.2))
            });
        let _ = writeln!(
            out,
            "| {label} | {} | {complete} | {} | {} | {} | {} | {median} | {min} |",
            of.len(),
            count(&|r| r.verdict == Verdict::Exact),
            count(&|r| r.verdict == Verdict::Underestimate),
            count(&|r| r.verdict == Verdict::Flagged),
            count(&|r| r.verdict == Verdict::UnexpectedFlags),
        );
    }
    out.push('\n');
    out.push_str(
        "| program | function | target | bound | measured | tightness | status | check |\n",
    );
    out.push_str("|---|---|---|--:|--:|--:|---|---|\n");
    for r in rows {
        let status = if r.flags.is_empty() || r.status == Some(Status::Complete) {
            status_cell(r)
        } else {
            format!("{} ({})", status_cell(r), r.reasons.join("; "))
        };
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} | {} | {} | {} | {} |",
            r.program,
            r.function,
            r.arch,
            bound_cell(r),
            measured_cell(r),
            tight_cell(r),
            status.replace('|', "\\|"),
            verdict_short(r)
        );
    }
    out.push('\n');
    for l in summary.lines() {
        let _ = writeln!(out, "- {l}");
    }
    let gaps: Vec<&Row> = rows.iter().filter(|r| r.gap.is_some()).collect();
    if !gaps.is_empty() {
        out.push_str("\nEvery gap, as the report's worst path explains it:\n\n");
        for r in gaps {
            let (kind, note) = r.gap.as_ref().expect("filtered");
            let gap = r.bound.unwrap_or(0).saturating_sub(r.measured.unwrap_or(0));
            let _ = writeln!(
                out,
                "- {} `{}` {} ({gap} bytes, {}): {note}",
                r.program,
                r.function,
                r.arch,
                kind.name()
            );
        }
    }
    if !summary.unexpected.is_empty() {
        out.push_str("\nUnexpected flags (reported, not failures):\n\n");
        for line in &summary.unexpected {
            let _ = writeln!(out, "- {}", line.replace('|', "\\|"));
        }
    }
    for s in skipped {
        let _ = writeln!(out, "- skipped: {s}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(function: &str, bound: u64, measured: u64, verdict: Verdict) -> Row {
        Row {
            program: "p".into(),
            order: 0,
            function: function.into(),
            arch: Arch::X86_64,
            bound: Some(bound),
            status: Some(Status::Complete),
            flags: Vec::new(),
            reasons: Vec::new(),
            expected: Vec::new(),
            assumed_indirect: false,
            not_worst: false,
            assumed: Vec::new(),
            without_assumptions: false,
            measured: Some(measured),
            verdict,
            gap: None,
        }
    }

    #[test]
    fn an_underestimate_fails_the_run() {
        let rows = vec![
            row("exact", 64, 64, Verdict::Exact),
            row("under", 64, 72, Verdict::Underestimate),
        ];
        let summary = Summary::of(&rows);
        let err = summary.verdict().unwrap_err().to_string();
        assert!(
            err.contains("UNDERESTIMATE") && err.contains("measured 72 > bound 64"),
            "{err}"
        );
        assert!(text(&rows, &summary).contains("UNDERESTIMATE"));
    }

    #[test]
    fn tightness_median_and_minimum() {
        let rows = vec![
            row("a", 100, 100, Verdict::Exact),
            row("b", 100, 50, Verdict::Within),
            row("c", 100, 90, Verdict::Within),
        ];
        let summary = Summary::of(&rows);
        assert!(summary.verdict().is_ok());
        let (arch, median, min, at) = &summary.tightness[0];
        assert_eq!(*arch, None);
        assert!(
            (median - 0.9).abs() < 1e-9 && (min - 0.5).abs() < 1e-9,
            "{median} {min}"
        );
        assert!(at.contains(" b "), "{at}");
        assert_eq!(summary.exact, 1);
    }
}
