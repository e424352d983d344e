//! One program on one target: build, run, bound, verdict.

use std::path::Path;

use anyhow::{bail, Context, Result};
use stackbound::{report::ReasonEntry, Analysis, AnalysisOptions as Options, Report, Status};

use super::{
    build::{self, Support, Tools},
    corpus::{Flag, Program, Require},
    Arch,
};

/// One entry on one target: a line of the table.
#[derive(Debug, Clone)]
pub struct Row {
    pub program: String,
    /// The entry's position in its program, for a stable order.
    pub order: usize,
    pub function: String,
    pub arch: Arch,
    /// The bound stackbound reports (for a flagged result: what it knows, a lower bound).
    pub bound: Option<u64>,
    pub status: Option<Status>,
    /// The flags the result carries, and one line each saying why.
    pub flags: Vec<Flag>,
    pub reasons: Vec<String>,
    pub expected: Vec<Flag>,
    /// The bound is complete with indirect calls resolved (`--resolve-indirect`).
    pub assumed_indirect: bool,
    /// The entry's argument deliberately avoids the worst path (`not-worst`).
    pub not_worst: bool,
    /// The program's assumptions (`assume NAME=BYTES`) this complete result rests on.
    pub assumed: Vec<String>,
    /// The result without the program's assumptions (the row before the assumed one).
    pub without_assumptions: bool,
    pub measured: Option<u64>,
    pub verdict: Verdict,
    /// For a complete result with measured < bound: why, as far as the report can tell.
    pub gap: Option<(Gap, String)>,
}

/// Why a complete bound is above the measurement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gap {
    /// The bottom frame of the worst path is written only down to its deepest frame object;
    /// below it is alignment padding that SP covers but no instruction stores to.
    Padding,
    /// The last function of the worst path is never entered with this input.
    NotTaken,
    /// The entry is marked `not-worst`: its argument avoids the worst path on purpose.
    NotWorst,
    /// The worst path ends in a callee of assumed size, and the run used less than assumed.
    Assumed,
    /// None of the above: read the objects and explain it in docs/validation.md.
    Unclassified,
}

impl Gap {
    pub fn name(self) -> &'static str {
        match self {
            Gap::Padding => "padding",
            Gap::NotTaken => "not taken",
            Gap::NotWorst => "not the worst path",
            Gap::Assumed => "assumption",
            Gap::Unclassified => "unclassified",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Complete, and measured == bound.
    Exact,
    /// Complete, and measured < bound.
    Within,
    /// Not complete, with exactly the expected flags.
    Flagged,
    /// Complete, and measured > bound: a bug in the pass or the graph.
    Underestimate,
    /// The flags differ from the expected ones (a flag-only case that came out complete, or a
    /// complete case that reached something unexpected).
    WrongFlags,
    /// Flagged with other flags than expected, on a target whose flags are not strict
    /// (`Arch::strict_flags`: a decoder that refuses what it does not know yet makes functions
    /// `dynamic`, which is correct, only less useful). Reported, not a failure.
    UnexpectedFlags,
    /// The entry wrote above the caller's SP.
    WroteAbove(u64),
    Error(String),
}

impl Verdict {
    pub fn is_failure(&self) -> bool {
        !matches!(
            self,
            Verdict::Exact | Verdict::Within | Verdict::Flagged | Verdict::UnexpectedFlags
        )
    }
}

pub fn validate_program(
    tools: &Tools,
    support: &Support,
    out: &Path,
    program: &Program,
    arch: Arch,
) -> Vec<Row> {
    let dir = out.join(arch.name()).join(&program.name);
    // An entry listed more than once (one function at several arguments) is shown with its argument.
    let shown = |order: usize, symbol: &str| {
        let entries = &program.entries;
        if entries.iter().filter(|e| e.symbol == symbol).count() > 1 {
            format!("{symbol}({})", entries[order].arg)
        } else {
            symbol.to_string()
        }
    };
    let blank = |order: usize, symbol: &str| Row {
        program: program.name.clone(),
        order,
        function: shown(order, symbol),
        arch,
        bound: None,
        status: None,
        flags: Vec::new(),
        reasons: Vec::new(),
        expected: program.entries[order].expected(arch),
        assumed_indirect: false,
        not_worst: program.entries[order].not_worst,
        assumed: Vec::new(),
        without_assumptions: false,
        measured: None,
        verdict: Verdict::Error(String::new()),
        gap: None,
    };
    let fail_all = |err: anyhow::Error| -> Vec<Row> {
        let message = format!("{err:#}");
        program
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| Row {
                verdict: Verdict::Error(message.clone()),
                ..blank(i, &e.symbol)
            })
            .collect()
    };
    let built = match build::program(tools, support, &dir, program, arch) {
        Ok(built) => built,
        Err(err) => return fail_all(err),
    };
    if let Err(err) = check_requirements(tools, &built, program, arch) {
        return fail_all(err);
    }
    let bounds = match Bounds::compute(tools, support, &built.reports, program) {
        Ok(b) => b,
        Err(err) => return fail_all(err),
    };
    if let Some(why) = &built.why_extract {
        let missed = program
            .libc
            .context("a static link without a libc")
            .and_then(|libc| tools.libc(arch, libc))
            .and_then(|libc| unpulled_members(why, &libc.lib("libc.a"), &bounds.raw.report));
        // A member the link took and --libc did not is code the bounds may miss (a candidate
        // of an indirect call): a failure, not a note.
        match missed {
            Ok(missed) if !missed.is_empty() => {
                return fail_all(anyhow::anyhow!(
                    "the link took {} member(s) of libc.a that --libc did not pull in: {}",
                    missed.len(),
                    missed.join(", ")
                ))
            }
            Ok(_) => {}
            Err(err) => return fail_all(err),
        }
    }
    let measured = match build::execute(tools, arch, &built, program).and_then(|s| parse_output(&s))
    {
        Ok(m) => m,
        Err(err) => return fail_all(err),
    };

    let mut rows = Vec::new();
    for (order, entry) in program.entries.iter().enumerate() {
        let mut row = blank(order, &entry.symbol);
        let result = (|| -> Result<()> {
            // The harness prints one line per entry, in table order; an entry listed more than
            // once (several arguments) is matched by its position.
            let (depth, above) = measured
                .get(order)
                .filter(|m| m.0 == entry.symbol)
                .or_else(|| measured.iter().find(|m| m.0 == entry.symbol))
                .map(|m| (m.1, m.2))
                .with_context(|| format!("the harness printed no line for {}", entry.symbol))?;
            row.measured = Some(depth);
            let raw = bounds.raw.entry(&entry.symbol)?;
            let mut used = &bounds.raw;
            let (flags, reasons) = flags_of(&raw.reasons);
            row.flags = flags;
            row.reasons = reasons;
            row.bound = Some(raw.total);
            row.status = Some(raw.status);
            // An entry expected to be flagged `indirect` is checked without the assumption.
            let assume = !row.expected.contains(&Flag::Indirect);
            if let (Some(assumed), true) = (&bounds.assumed, assume) {
                // The raw result must flag the indirect calls the assumption then resolves.
                let resolved = assumed.entry(&entry.symbol)?;
                if row.flags.contains(&Flag::Indirect) {
                    row.assumed_indirect = true;
                    let (flags, reasons) = flags_of(&resolved.reasons);
                    row.flags = flags;
                    row.reasons = reasons;
                    row.bound = Some(resolved.total);
                    row.status = Some(resolved.status);
                    used = assumed;
                }
            }
            // With the program's assumptions (`assume`): an entry expected to be flagged
            // `unknown` is checked without them; any other whose result is `unknown` for an
            // assumed callee gets two rows, the result without the assumptions (which must carry
            // exactly the expected flags and `unknown`) and the result with them.
            if let (Some(with), false) = (
                &bounds.with_assumptions,
                row.expected.contains(&Flag::Unknown),
            ) {
                let names: Vec<String> = bounds
                    .raw
                    .entry(&entry.symbol)?
                    .reasons
                    .iter()
                    .filter_map(|r| match r {
                        ReasonEntry::Unknown { callee, .. } => program
                            .assume
                            .iter()
                            .find(|(n, _)| n == callee)
                            .map(|(n, b)| format!("{n}={b}")),
                        _ => None,
                    })
                    .collect();
                if !names.is_empty() {
                    let mut plain = row.clone();
                    plain.without_assumptions = true;
                    plain.expected.push(Flag::Unknown);
                    plain.expected.sort();
                    plain.expected.dedup();
                    judge(&mut plain, depth, above);
                    rows.push(plain);
                    let assumed = with.entry(&entry.symbol)?;
                    let (flags, reasons) = flags_of(&assumed.reasons);
                    row.flags = flags;
                    row.reasons = reasons;
                    row.bound = Some(assumed.total);
                    row.status = Some(assumed.status);
                    row.assumed = names;
                    used = with;
                }
            }
            judge(&mut row, depth, above);
            if row.verdict == Verdict::Within {
                row.gap = Some(explain_gap(
                    used,
                    &entry.symbol,
                    depth,
                    row.not_worst,
                    arch,
                )?);
            }
            Ok(())
        })();
        if let Err(err) = result {
            row.verdict = Verdict::Error(format!("{err:#}"));
        }
        rows.push(row);
    }
    rows
}

/// The verdict of a row whose bound, flags and expected flags are filled in.
fn judge(row: &mut Row, depth: u64, above: u64) {
    row.verdict = if above > 0 {
        Verdict::WroteAbove(above)
    } else if row.flags != row.expected {
        // A result that is flagged is never a number below the truth; one that is complete where
        // a flag was expected could be, so it fails on every target.
        if !row.arch.strict_flags() && row.status != Some(Status::Complete) {
            Verdict::UnexpectedFlags
        } else {
            Verdict::WrongFlags
        }
    } else if row.status == Some(Status::Complete) {
        match depth.cmp(&row.bound.unwrap_or(0)) {
            std::cmp::Ordering::Greater => Verdict::Underestimate,
            std::cmp::Ordering::Equal => Verdict::Exact,
            std::cmp::Ordering::Less => Verdict::Within,
        }
    } else if row.flags.is_empty() {
        Verdict::Error(format!("status {:?} without a reason", row.status))
    } else {
        Verdict::Flagged
    };
}

/// Classifies a gap from the worst path in the report: where its last frame starts (`start`),
/// how deep SP goes in it (`bound`) and where its deepest frame object is.
fn explain_gap(
    analyzed: &Analyzed,
    entry: &str,
    measured: u64,
    not_worst: bool,
    arch: Arch,
) -> Result<(Gap, String)> {
    let align = arch.stack_align();
    let (analysis, report) = (&analyzed.analysis, &analyzed.report);
    let entry = report.entry(entry)?;
    // The bound's own worst path (resolved indirect calls included), frame by frame: the one
    // `--explain` shows.
    let steps = analysis.explain_path(analysis.function_at(entry.id));
    let path: Vec<String> = steps.iter().map(|s| s.name.clone()).collect();
    let assumed = steps
        .last()
        .filter(|s| s.function.is_none())
        .map(|s| (s.name.clone(), s.at, s.own_depth));
    let last = steps
        .iter()
        .rev()
        .find(|s| s.function.is_some())
        .expect("a worst path starts at its function");
    let f = &report.functions[last.function.expect("a function step")];
    let start = last.at;
    let bound = start + f.own_depth;
    let object = f.frame.as_ref().and_then(|fr| fr.object_depth).unwrap_or(0);
    let gap = bound.saturating_sub(measured);
    let shown = path.join(" → ");
    Ok(
        if let (Some((name, at, size)), false) = (&assumed, not_worst) {
            (
                Gap::Assumed,
                format!(
                    "the worst path {shown} ends in `{name}` at depth {at}, assumed {size} bytes; \
                 this run used {} of them",
                    measured.saturating_sub(*at)
                ),
            )
        } else if not_worst {
            (
                Gap::NotWorst,
                format!("the argument avoids the worst path {shown} on purpose"),
            )
        } else if measured <= start {
            (
            Gap::NotTaken,
            format!("the worst path {shown} ends in `{}` at depth {start}, which this input never enters", f.name),
        )
        } else if measured == start + object && gap < align {
            (
            Gap::Padding,
            format!(
                "`{}` (depth {start}..{bound}) writes down to its deepest frame object at {measured}; \
                 the last {gap} bytes are padding to the {align}-byte SP alignment, which nothing stores to",
                f.name
            ),
        )
        } else {
            (
                Gap::Unclassified,
                format!(
                    "worst path {shown}: last frame {start}..{bound}, deepest object at {}",
                    start + object
                ),
            )
        },
    )
}

/// A targeted case must still contain the code it is about.
fn check_requirements(
    tools: &Tools,
    built: &build::Built,
    program: &Program,
    arch: Arch,
) -> Result<()> {
    let wanted: Vec<&Require> = program.requirements(arch).collect();
    if wanted.is_empty() {
        return Ok(());
    }
    let mut modules = Vec::new();
    for report in &built.reports {
        modules.extend(stackbound::records::read_file(report)?);
    }
    let functions = || modules.iter().flat_map(|m| &m.functions);
    let calls = || functions().flat_map(|f| &f.calls);
    let mut disassembly = None;
    let mut missing = Vec::new();
    for require in wanted {
        let found = match require {
            // `call A|B`: a call to any of them (ARM EABI names its memcpy `__aeabi_memcpy4`, ...).
            Require::Call(names) => calls().any(|c| {
                c.callee
                    .as_deref()
                    .is_some_and(|callee| names.split('|').any(|n| n == callee))
            }),
            Require::TailCall => calls().any(|c| c.tail),
            Require::Flag(flag) => functions().any(|f| f.flags.iter().any(|g| g == flag)),
            Require::Function(prefix) => functions().any(|f| f.name.starts_with(prefix.as_str())),
            Require::Asm(text) => {
                if disassembly.is_none() {
                    let mut text = String::new();
                    // The objects, and the linked shared libraries (a relaxed or a PLT call
                    // shows only there).
                    for object in built
                        .objects
                        .iter()
                        .chain(&built.libraries)
                        .chain(&built.dlopen)
                    {
                        text.push_str(&build::disassemble(tools, object)?);
                        text.push('\n');
                    }
                    disassembly = Some(text);
                }
                disassembly
                    .as_deref()
                    .is_some_and(|d| d.contains(text.as_str()))
            }
        };
        if !found {
            missing.push(require.to_string());
        }
    }
    if !missing.is_empty() {
        bail!(
            "the code no longer contains what this case is about; missing: {} (see `// validate: requires` in {})",
            missing.join("; "),
            program.path.display()
        );
    }
    Ok(())
}

/// The archive members the linker extracted (`ld.lld --why-extract`) that the analysis did not
/// pull in, for names that are not unrecorded functions (those the report names as unknown
/// anyway), each as `member (symbol, from referrer)`: only the first of each chain, the ones
/// whose referrer is in the analysis (an object of the program or harness, or a pulled member).
/// --libc pulls as the linker does, data uses included: anything left is a difference.
fn unpulled_members(why_extract: &Path, archive: &Path, report: &Report) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(why_extract)
        .with_context(|| format!("reading {}", why_extract.display()))?;
    // A module is known by its source's stem (musl's `src/stdio/printf.c` is `printf.lo`).
    let analysed: std::collections::BTreeSet<String> = report
        .modules
        .iter()
        .map(|m| stem(&m.source).to_string())
        .collect();
    let unrecorded: std::collections::BTreeSet<&str> =
        report.unrecorded.iter().map(|u| u.name.as_str()).collect();
    Ok(unpulled(&text, archive, &analysed, &unrecorded))
}

/// `.../libc.a(printf.lo)` -> `printf.lo`; `.../harness.o` -> `harness.o`.
fn file_name(path: &str) -> &str {
    match path.rsplit_once('(') {
        Some((_, member)) => member.trim_end_matches(')'),
        None => path.rsplit('/').next().unwrap_or(path),
    }
}

fn stem(path: &str) -> &str {
    let name = file_name(path);
    name.rsplit_once('.').map_or(name, |(s, _)| s)
}

fn unpulled(
    why_extract: &str,
    archive: &Path,
    analysed: &std::collections::BTreeSet<String>,
    unrecorded: &std::collections::BTreeSet<&str>,
) -> Vec<String> {
    let archive = format!("{}(", archive.display());
    let mut missed = Vec::new();
    // `reference<TAB>extracted<TAB>symbol`, after a header line.
    for line in why_extract.lines().skip(1) {
        let [referrer, extracted, symbol] = line.split('\t').collect::<Vec<_>>()[..] else {
            continue;
        };
        if extracted.starts_with(&archive)
            && !unrecorded.contains(symbol)
            && !analysed.contains(stem(extracted))
            && analysed.contains(stem(referrer))
        {
            missed.push(format!(
                "{} ({symbol}, from {})",
                file_name(extracted),
                stem(referrer)
            ));
        }
    }
    missed.sort();
    missed.dedup();
    missed
}

/// The measurements the harness printed: (entry, depth, bytes written above S0).
fn parse_output(stdout: &str) -> Result<Vec<(String, u64, u64)>> {
    let mut out = Vec::new();
    for line in stdout.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.first() != Some(&"SB") {
            continue;
        }
        let [_, name, depth, _result, above] = fields[..] else {
            bail!("malformed harness line {line:?}");
        };
        out.push((name.to_string(), depth.parse()?, above.parse()?));
    }
    Ok(out)
}

/// The product's answer for a program: the `stackbound` library on the records of all the
/// program's modules joined with the runtime library's, exactly as a user would run it on the
/// same modules (`stackbound a.ll b.ll ...`).
struct Bounds {
    raw: Analyzed,
    /// With indirect calls resolved to their candidates (`--resolve-indirect`).
    assumed: Option<Analyzed>,
    /// With the program's assumptions (`assume`, as `--assume`), and indirect calls resolved
    /// when the program resolves them.
    with_assumptions: Option<Analyzed>,
}

/// An analysis and its report.
struct Analyzed {
    analysis: Analysis,
    report: Report,
}

impl Analyzed {
    fn new(modules: Vec<stackbound::ModuleReport>, options: &Options) -> Result<Analyzed> {
        let analysis = stackbound::analyze_records(modules, options)?;
        let report = stackbound::report(&analysis);
        Ok(Analyzed { analysis, report })
    }

    /// The records in `files` with a C library linked in from its bundle, as `stackbound
    /// --records ... --libc <bundle>` runs: the library's members that the program pulls in
    /// (the linker's rule) join the analysis.
    fn with_libc(
        files: &[std::path::PathBuf],
        bundle: &Path,
        options: &Options,
    ) -> Result<Analyzed> {
        let options = stackbound::Options {
            analysis: options.clone(),
            libc: Some(stackbound::libc::LibcChoice::Bundle(bundle.to_path_buf())),
            ..stackbound::Options::default()
        };
        let analysis = stackbound::analyze_with_records(&[], files, &options)
            .with_context(|| format!("analysing with --libc {}", bundle.display()))?;
        let report = stackbound::report(&analysis);
        Ok(Analyzed { analysis, report })
    }
}

/// What a program's analyses start from: its modules' records (with the runtime library's), or
/// with a C library, the record files and the bundle.
enum Inputs<'a> {
    Modules(Vec<stackbound::ModuleReport>),
    Libc {
        files: Vec<std::path::PathBuf>,
        bundle: &'a Path,
    },
}

impl Inputs<'_> {
    fn analyze(&self, options: &Options) -> Result<Analyzed> {
        match self {
            Inputs::Modules(modules) => Analyzed::new(modules.clone(), options),
            Inputs::Libc { files, bundle } => Analyzed::with_libc(files, bundle, options),
        }
    }
}

impl Bounds {
    fn compute(
        tools: &Tools,
        support: &Support,
        reports: &[std::path::PathBuf],
        program: &Program,
    ) -> Result<Bounds> {
        let inputs = match program.libc {
            // The program, the entry table and the harness: everything in the link that
            // references libc.a, so that the same members are pulled.
            Some(libc) => Inputs::Libc {
                files: reports
                    .iter()
                    .chain(&support.harness_reports)
                    .cloned()
                    .collect(),
                bundle: &tools.libc(support.arch, libc)?.bundle,
            },
            None => {
                let mut modules = Vec::new();
                for report in reports {
                    modules.extend(stackbound::records::read_file(report)?);
                }
                modules.extend(support.rt_modules.iter().cloned());
                Inputs::Modules(modules)
            }
        };
        let options = Options {
            max_reasons: 64,
            ..Options::default()
        };
        // The product's own resolution, as `--resolve-indirect` gives a user.
        let assumed = if program.resolve_indirect {
            let resolving = Options {
                resolve_indirect: true,
                ..options.clone()
            };
            Some(inputs.analyze(&resolving)?)
        } else {
            None
        };
        let with_assumptions = if program.assume.is_empty() {
            None
        } else {
            let assuming = Options {
                assumptions: program.assumptions(),
                resolve_indirect: program.resolve_indirect,
                ..options.clone()
            };
            Some(inputs.analyze(&assuming)?)
        };
        let raw = inputs.analyze(&options)?;
        Ok(Bounds {
            raw,
            assumed,
            with_assumptions,
        })
    }
}

trait EntryLookup {
    fn entry(&self, symbol: &str) -> Result<&stackbound::report::FunctionEntry>;
}

impl EntryLookup for Analyzed {
    fn entry(&self, symbol: &str) -> Result<&stackbound::report::FunctionEntry> {
        self.report.entry(symbol)
    }
}

impl EntryLookup for Report {
    fn entry(&self, symbol: &str) -> Result<&stackbound::report::FunctionEntry> {
        self.functions
            .iter()
            .find(|f| f.name == symbol && !f.local)
            .with_context(|| format!("no function record for entry {symbol}"))
    }
}

/// The flags a result carries, and a short line per reason.
fn flags_of(reasons: &[ReasonEntry]) -> (Vec<Flag>, Vec<String>) {
    let mut flags = Vec::new();
    let mut lines = Vec::new();
    for reason in reasons {
        let (flag, line) = match reason {
            ReasonEntry::Dynamic { name, flags, .. } => (
                Flag::Dynamic,
                format!("dynamic {name} [{}]", flags.join(",")),
            ),
            ReasonEntry::Partial { name, flags, .. } => (
                Flag::Partial,
                format!("partial {name} [{}]", flags.join(",")),
            ),
            ReasonEntry::UnknownDepth { name, index, .. } => {
                (Flag::Dynamic, format!("unknown SP in {name} at #{index}"))
            }
            ReasonEntry::Recursive { label, .. } => (Flag::Recursive, format!("recursive {label}")),
            ReasonEntry::Unknown { callee, .. } => (Flag::Unknown, format!("unknown {callee}")),
            ReasonEntry::Indirect { name, index, .. } => {
                (Flag::Indirect, format!("indirect in {name} #{index}"))
            }
            // A cycle of stack-neutral tail calls is bounded: a note, not a flag.
            ReasonEntry::ConstantStackCycle { label, .. } => {
                lines.push(format!("constant-stack cycle {label}"));
                continue;
            }
            // Resolved calls are bounded: a note, not a flag.
            ReasonEntry::IndirectResolved {
                name,
                index,
                candidates,
                ..
            } => {
                lines.push(format!(
                    "indirect in {name} #{index} resolved to {candidates} candidates"
                ));
                continue;
            }
        };
        flags.push(flag);
        lines.push(line);
    }
    flags.sort();
    flags.dedup();
    (flags, lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(arch: Arch, status: Status, bound: u64, flags: &[Flag], expected: &[Flag]) -> Row {
        Row {
            program: "p".into(),
            order: 0,
            function: "f".into(),
            arch,
            bound: Some(bound),
            status: Some(status),
            flags: flags.to_vec(),
            reasons: Vec::new(),
            expected: expected.to_vec(),
            assumed_indirect: false,
            not_worst: false,
            assumed: Vec::new(),
            without_assumptions: false,
            measured: None,
            verdict: Verdict::Error(String::new()),
            gap: None,
        }
    }

    #[test]
    fn unexpected_flags_fail_only_where_flags_are_strict() {
        let judged = |mut r: Row, depth: u64| {
            judge(&mut r, depth, 0);
            r.verdict
        };
        let dynamic = [Flag::Dynamic];
        // A refused function on a new target: reported, not failed.
        let v = judged(row(Arch::Riscv64, Status::Unbounded, 16, &dynamic, &[]), 64);
        assert_eq!(v, Verdict::UnexpectedFlags);
        assert!(!v.is_failure());
        // The same on x86-64 and AArch64 is a regression.
        for arch in [Arch::X86_64, Arch::Aarch64] {
            let v = judged(row(arch, Status::Unbounded, 16, &dynamic, &[]), 64);
            assert_eq!(v, Verdict::WrongFlags);
            assert!(v.is_failure());
        }
        // Complete where a flag was expected fails everywhere: it could be a number too low.
        let v = judged(row(Arch::CortexM, Status::Complete, 64, &[], &dynamic), 32);
        assert_eq!(v, Verdict::WrongFlags);
        // An underestimate fails on every target.
        for arch in Arch::ALL {
            let v = judged(row(arch, Status::Complete, 64, &[], &[]), 72);
            assert_eq!(v, Verdict::Underestimate, "{arch}");
        }
        let v = judged(row(Arch::Riscv32, Status::Complete, 64, &[], &[]), 64);
        assert_eq!(v, Verdict::Exact);
    }

    /// The link's table against the analysed modules: a member taken for a data symbol from an
    /// analysed module is reported; one taken for an unrecorded function, one reached only
    /// through another unanalysed member, one of another archive and one analysed are not.
    #[test]
    fn finds_members_the_analysis_did_not_pull() {
        let table = "reference\textracted\tsymbol\n\
            /b/harness.o\t/s/lib/libc.a(printf.lo)\tprintf\n\
            /s/lib/libc.a(printf.lo)\t/s/lib/libc.a(stdout.lo)\t__stdout_FILE\n\
            /s/lib/libc.a(stdout.lo)\t/s/lib/libc.a(__stdout_write.lo)\t__stdout_write\n\
            /s/lib/libc.a(vfprintf.lo)\t/s/lib/libc.a(memcpy.lo)\tmemcpy\n\
            /s/lib/libc.a(vfprintf.lo)\t/g/libgcc.a(addtf3.o)\t__addtf3\n";
        let analysed = ["harness", "printf", "vfprintf"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let unrecorded = ["memcpy"].into_iter().collect();
        assert_eq!(
            unpulled(table, Path::new("/s/lib/libc.a"), &analysed, &unrecorded),
            vec!["stdout.lo (__stdout_FILE, from printf)".to_string()]
        );
    }

    #[test]
    fn parses_harness_lines() {
        // A program's own output (a libc program's printf) is skipped: only `SB\t` lines count.
        let out = "12345 stack 4115.000000\nSB\tf\t128\t8\t0\nSB\tg\t64\t-1\t3\n";
        let m = parse_output(out).unwrap();
        assert_eq!(m, vec![("f".to_string(), 128, 0), ("g".to_string(), 64, 3)]);
        assert!(parse_output("SB\tf\t1\n").is_err());
    }
}
