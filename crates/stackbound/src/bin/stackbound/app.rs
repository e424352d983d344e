//! The command-line program, shared by `stackbound` and `cargo stackbound` (which differ only
//! in their arguments). Exit 0 ok, 1 over budget, 2 error.

// By path: this file is also the root of `cargo stackbound` (src/bin/cargo-stackbound).
#[path = "args.rs"]
mod args;

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use stackbound::render::{self, Format, RenderOptions};
use stackbound::Report;

/// Which command line the program reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flavor {
    Stackbound,
    /// `cargo stackbound`: cargo passes `stackbound` as the first argument.
    Cargo,
}

pub fn main() -> ExitCode {
    let flavor = match env!("CARGO_BIN_NAME") {
        "cargo-stackbound" => Flavor::Cargo,
        _ => Flavor::Stackbound,
    };
    // A panic is a bug, but it must still end in the documented error status.
    match std::panic::catch_unwind(|| run(flavor)) {
        Ok(Ok(code)) => ExitCode::from(code),
        Ok(Err(err)) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS; // `stackbound ... | head`
            }
            eprintln!("stackbound: error: {}", one_paragraph(&err));
            ExitCode::from(2)
        }
        Err(_) => {
            eprintln!("stackbound: internal error (a bug in stackbound; please report it)");
            ExitCode::from(2)
        }
    }
}

/// The error and its causes, each cause once: the library's errors already quote their sources.
fn one_paragraph(err: &anyhow::Error) -> String {
    let mut text = err.to_string();
    for cause in err.chain().skip(1) {
        let cause = cause.to_string();
        if !text.contains(&cause) {
            text.push_str(": ");
            text.push_str(&cause);
        }
    }
    text
}

/// `--help` and `--version` print as clap prints them; a usage error becomes the one-paragraph
/// error every other failure is.
fn usage_error(err: clap::Error) -> Result<u8> {
    use clap::error::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        err.print()?;
        return Ok(0);
    }
    // clap's text, without its usage block and help hint, as one paragraph.
    let text = err.to_string();
    let message: Vec<&str> = text
        .lines()
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let message = message.join(" ");
    let message = message.strip_prefix("error: ").unwrap_or(&message);
    bail!("{message} (see `stackbound --help`)")
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.downcast_ref::<io::Error>()
        .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

fn run(flavor: Flavor) -> Result<u8> {
    let argv = std::env::args_os().skip(1);
    let parsed = match flavor {
        Flavor::Stackbound => args::parse(argv),
        Flavor::Cargo => args::parse_cargo(argv),
    };
    let args = match parsed {
        Ok(args) => args,
        Err(err) => return usage_error(err),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.action {
        args::Action::Analyze => {}
        args::Action::Annotate => return annotate(&args),
        args::Action::Completions(shell) => {
            clap_complete::generate(shell, &mut args::command(), "stackbound", &mut out);
            out.flush()?;
            return Ok(0);
        }
        args::Action::Man => {
            clap_mangen::Man::new(args::command()).render(&mut out)?;
            out.flush()?;
            return Ok(0);
        }
        args::Action::Cc(lang, ref argv) => return Ok(stackbound::cc::main(lang, argv)),
        args::Action::LlcStatus(ref llc) => return llc_status(llc.as_deref(), &mut out),
        args::Action::LlcInstall(ref install) => {
            let llc = install.run()?;
            writeln!(out, "{}", llc.display())?;
            return Ok(0);
        }
        args::Action::LibcInstall(ref install) => {
            let dir = install.run(None)?;
            writeln!(out, "{}", dir.display())?;
            return Ok(0);
        }
        args::Action::LibcList => {
            for (root, bundles) in stackbound::libc::list() {
                writeln!(out, "{}:", root.display())?;
                if bundles.is_empty() {
                    writeln!(out, "  (none)")?;
                }
                for (dir, manifest) in bundles {
                    writeln!(
                        out,
                        "  {} {} {}  {}",
                        manifest.library,
                        manifest.version,
                        manifest.target,
                        dir.display()
                    )?;
                }
            }
            out.flush()?;
            return Ok(0);
        }
        args::Action::LlcBuild(ref options) => {
            let llc = stackbound::llc::manage::build(options)?;
            writeln!(out, "{}", llc.display())?;
            return Ok(0);
        }
    }
    let mut inputs = args.inputs.clone();
    let mut options = args.options.clone();
    if let Some(request) = &args.cargo {
        let built = stackbound::cargo::build(request)?;
        eprintln!(
            "stackbound: {} {}: analysing {} ({})",
            built.package,
            built.version,
            built.ir.display(),
            built.triple,
        );
        options = stackbound::crate_codegen(&built, &options);
        inputs.push(built.ir);
    }
    if let Some(dir) = &args.krate {
        let built = stackbound::rust_crate::build(
            dir,
            &stackbound::rust_crate::CrateOptions {
                lto: args.crate_lto,
                ..Default::default()
            },
        )?;
        eprintln!(
            "stackbound: {} {}: analysing {} ({}{})",
            built.package,
            built.version,
            built.ir.display(),
            built.triple,
            if args.crate_lto { ", fat LTO" } else { "" }
        );
        options = stackbound::crate_codegen(&built, &options);
        inputs.push(built.ir);
    }
    if inputs.is_empty() && args.records.is_empty() {
        bail!("no input: give .ll/.bc modules, objects or binaries built with stackbound-cc, --records FILE or --crate DIR (see `stackbound --help`)");
    }
    if args.explain.is_some() {
        // An explanation lists every reason, not only the first few.
        options.analysis.max_reasons = usize::MAX;
    }
    let analysis = stackbound::analyze_with_records(&inputs, &args.records, &options)?;
    let report = stackbound::report(&analysis);
    // Text reads like source by default when the program is Rust or C++.
    let demangle = args.demangle.unwrap_or_else(|| {
        args.krate.is_some()
            || args.cargo.is_some()
            || (args.format == Format::Text
                && report
                    .functions
                    .iter()
                    .any(|f| stackbound::demangle::is_mangled(&f.name)))
    });
    for warning in &report.warnings {
        eprintln!("stackbound: warning: {warning}");
    }
    let highlight = match &args.explain {
        Some(name) => Some(find(&report, name)?),
        None => None,
    };
    let options = RenderOptions {
        demangle,
        full_names: args.full_names,
        highlight,
        width: text_width(args.width),
        color: use_color(args.color),
        view: args.view.clone(),
    };
    match (highlight, args.format) {
        (Some(id), Format::Text) => {
            let explanation = analysis.explain(analysis.function_at(id));
            render::explanation(&report, &explanation, &options, &mut out)?
        }
        (Some(id), Format::Json) => {
            render::json(&analysis.explain(analysis.function_at(id)), &mut out)?
        }
        (_, format) => render::render(&analysis, &report, format, &options, &mut out)?,
    }
    out.flush()?;
    if report.violations.is_empty() {
        return Ok(0);
    }
    render::violations(&report, &options, &mut io::stderr().lock())?;
    Ok(1)
}

/// `--width`, else the terminal's when stdout is one, else 100; 0 means no limit.
fn text_width(flag: Option<usize>) -> Option<usize> {
    match flag {
        Some(0) => None,
        Some(n) => Some(n),
        None if io::stdout().is_terminal() => Some(
            terminal_size::terminal_size()
                .map_or(100, |(terminal_size::Width(w), _)| usize::from(w)),
        ),
        None => Some(100),
    }
}

/// `--color`: `auto` follows NO_COLOR, CLICOLOR(_FORCE) and whether stdout is a terminal.
fn use_color(when: args::ColorWhen) -> bool {
    match when {
        args::ColorWhen::Always => true,
        args::ColorWhen::Never => false,
        args::ColorWhen::Auto => {
            anstream::AutoStream::choice(&io::stdout()) != anstream::ColorChoice::Never
        }
    }
}

/// `stackbound annotate`: analyse the inputs as one program, then write each one again with
/// its functions' bounds appended as constants.
fn annotate(args: &args::Args) -> Result<u8> {
    if !args.records.is_empty() || args.krate.is_some() {
        bail!("annotate takes IR modules (.ll), not --records or --crate");
    }
    if args.inputs.is_empty() {
        bail!("annotate: no input module (see `stackbound --help`)");
    }
    let outputs: Vec<PathBuf> = match (&args.output, &args.out_dir, args.inputs.as_slice()) {
        (Some(out), None, [_]) => vec![out.clone()],
        (Some(_), None, _) => {
            bail!("annotate: -o names one output; use --out-dir DIR for several inputs")
        }
        (None, Some(dir), inputs) => {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
            inputs
                .iter()
                .map(|i| dir.join(i.file_name().unwrap_or_default()))
                .collect()
        }
        (None, None, _) => bail!("annotate: say where to write: -o OUT.ll or --out-dir DIR"),
        (Some(_), Some(_), _) => bail!("annotate: -o and --out-dir exclude each other"),
    };
    let mut texts = Vec::new();
    for (input, output) in args.inputs.iter().zip(&outputs) {
        let bytes =
            std::fs::read(input).with_context(|| format!("cannot read {}", input.display()))?;
        let origin = input.display().to_string();
        if stackbound::annotate::is_bitcode(&bytes) {
            return Err(stackbound::annotate::AnnotateError::Bitcode(origin).into());
        }
        if same_file(input, output) {
            bail!("annotate: {} would overwrite its input", output.display());
        }
        let text = String::from_utf8(bytes)
            .map_err(|_| anyhow::anyhow!("{origin} is not UTF-8 text: not textual IR"))?;
        texts.push(text);
    }
    let report = stackbound::report(&stackbound::analyze(&args.inputs, &args.options)?);
    for warning in &report.warnings {
        eprintln!("stackbound: warning: {warning}");
    }
    if report.modules.len() != args.inputs.len() {
        bail!(
            "annotate: llc reported {} modules for {} inputs",
            report.modules.len(),
            args.inputs.len()
        );
    }
    let mut codegen = args.options.llc.codegen.args().join(" ");
    let assumed: Vec<String> = args
        .options
        .analysis
        .assumptions
        .sizes
        .iter()
        .map(|(name, bytes)| format!("{name}={bytes}"))
        .collect();
    if !assumed.is_empty() {
        codegen.push_str(&format!(" (assumed sizes: {})", assumed.join(", ")));
    }
    for (m, ((input, output), text)) in args.inputs.iter().zip(&outputs).zip(&texts).enumerate() {
        let origin = input.display().to_string();
        let (annotated, constants) =
            stackbound::annotate::annotate(text, &origin, &report, m, &codegen)?;
        std::fs::write(output, annotated)
            .with_context(|| format!("cannot write {}", output.display()))?;
        let bounded = constants.iter().filter(|c| c.value >= 0).count();
        eprintln!(
            "stackbound: {}: {} functions, {bounded} with a bound, {} without (-1)",
            output.display(),
            constants.len(),
            constants.len() - bounded
        );
    }
    Ok(0)
}

fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The one function `name` means, or an error listing what it could mean.
fn find(report: &Report, name: &str) -> Result<usize> {
    let ids = report.find(name);
    match ids.as_slice() {
        [id] => Ok(*id),
        [] if !report.entries.is_empty() => {
            bail!("--explain {name}: no function of that name among those the --entry roots reach")
        }
        [] => bail!("--explain {name}: no function of that name in the program"),
        several => {
            let choices: Vec<String> = several
                .iter()
                .map(|&id| {
                    let f = &report.functions[id];
                    format!("{}:{}", report.modules[f.module].name, f.name)
                })
                .collect();
            bail!(
                "--explain {name}: {} functions have that name; name one as MODULE:NAME: {}",
                several.len(),
                choices.join(", ")
            )
        }
    }
}

/// `stackbound llc status`: which llc, found how, and whether it fits. Exit 0 when usable, 2
/// when not (the reason also on stderr, as an error).
fn llc_status(explicit: Option<&std::path::Path>, out: &mut impl Write) -> Result<u8> {
    use stackbound::llc::{self, Llc, LLVM_PIN, PASS_HASH};
    writeln!(
        out,
        "stackbound {}: LLVM pin {LLVM_PIN}, pass hash {PASS_HASH}",
        env!("CARGO_PKG_VERSION")
    )?;
    let (attempts, located) = llc::search(explicit);
    writeln!(out, "discovery, in order:")?;
    for a in &attempts {
        match &a.path {
            Some(path) => writeln!(out, "  {}: {}: {}", a.rule, path.display(), a.outcome)?,
            None => writeln!(out, "  {}: {}", a.rule, a.outcome)?,
        }
    }
    let (path, found) = match located {
        Ok(found) => found,
        Err(err) => {
            writeln!(out, "llc: none\nusable: no")?;
            out.flush()?;
            eprintln!("stackbound: error: {err}");
            return Ok(2);
        }
    };
    writeln!(out, "llc: {}", path.display())?;
    writeln!(out, "found by: {}", found.describe())?;
    match llc::probe(&path, found.clone()) {
        Ok(probed) => writeln!(
            out,
            "LLVM version: {} ({} the pin {LLVM_PIN}); writes stack reports",
            probed.version,
            if llc::matches_pin(&probed.version) {
                "matches"
            } else {
                "differs from"
            }
        )?,
        Err(err) => writeln!(out, "LLVM version: probe failed: {err}")?,
    }
    match llc::read_manifest(&path) {
        Ok(Some((at, m))) => {
            writeln!(out, "manifest: {}", at.display())?;
            writeln!(out, "  llvm_version: {}", m.llvm_version)?;
            writeln!(out, "  pass_hash: {}", m.pass_hash)?;
            writeln!(out, "  build_mode: {}", m.build_mode)?;
            writeln!(out, "  host: {}", m.host)?;
            writeln!(out, "  targets: {}", m.targets.join(", "))?;
            let version = if llc::matches_pin(&m.llvm_version) {
                "matches"
            } else {
                "differs from"
            };
            writeln!(out, "  version {version} the pin {LLVM_PIN}")?;
            if stackbound::llc::matches_pass(&m) {
                writeln!(out, "  pass hash matches this stackbound's")?;
            } else {
                writeln!(
                    out,
                    "  pass hash differs from this stackbound's {PASS_HASH}: stale"
                )?;
            }
        }
        Ok(None) => writeln!(out, "manifest: none (the probe alone decides)")?,
        Err(err) => writeln!(out, "manifest: {err}")?,
    }
    let verdict = Llc::check(&path, found);
    let code = match &verdict {
        Ok(llc) => {
            match &llc.warning {
                Some(w) => writeln!(out, "usable: yes, named explicitly, but: {w}")?,
                None => writeln!(out, "usable: yes")?,
            }
            0
        }
        Err(_) => {
            writeln!(out, "usable: no")?;
            2
        }
    };
    out.flush()?;
    if let Err(err) = verdict {
        eprintln!("stackbound: error: {err}");
    }
    Ok(code)
}
