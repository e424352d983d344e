//! `stackbound`: the command-line face of the library. Exit 0 ok, 1 over budget, 2 error.

mod args;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use anyhow::{bail, Result};
use stackbound::render::{self, Format, RenderOptions};
use stackbound::Report;

fn main() -> ExitCode {
    // A panic is a bug, but it must still end in the documented error status.
    match std::panic::catch_unwind(run) {
        Ok(Ok(code)) => ExitCode::from(code),
        Ok(Err(err)) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS; // `stackbound ... | head`
            }
            eprintln!("stackbound: error: {err:#}");
            ExitCode::from(2)
        }
        Err(_) => {
            eprintln!("stackbound: internal error (a bug in stackbound; please report it)");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.downcast_ref::<io::Error>()
        .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

fn run() -> Result<u8> {
    let args = match args::parse(std::env::args_os().skip(1)) {
        Ok(args) => args,
        Err(err) => bail!("{err:#} (see `stackbound --help`)"),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.help {
        out.write_all(args::USAGE.as_bytes())?;
        out.flush()?;
        return Ok(0);
    }
    if args.version {
        writeln!(
            out,
            "stackbound {} (LLVM pin {})",
            env!("CARGO_PKG_VERSION"),
            stackbound::llc::LLVM_PIN
        )?;
        out.flush()?;
        return Ok(0);
    }
    if args.inputs.is_empty() && args.records.is_empty() {
        bail!("no input: give .ll/.bc modules, or --records FILE (see `stackbound --help`)");
    }
    let report = stackbound::analyze_with_records(&args.inputs, &args.records, &args.options)?;
    for warning in &report.warnings {
        eprintln!("stackbound: warning: {warning}");
    }
    let highlight = match &args.explain {
        Some(name) => Some(find(&report, name)?),
        None => None,
    };
    let options = RenderOptions {
        demangle: args.demangle,
        highlight,
    };
    match (highlight, args.format) {
        (Some(id), Format::Text) => {
            render::explanation(&report, &report.explain(id), &options, &mut out)?
        }
        (Some(id), Format::Json) => render::json(&report.explain(id), &mut out)?,
        (_, format) => render::render(&report, format, &options, &mut out)?,
    }
    out.flush()?;
    if report.violations.is_empty() {
        return Ok(0);
    }
    render::violations(&report, &options, &mut io::stderr().lock())?;
    Ok(1)
}

/// The one function `name` means, or an error listing what it could mean.
fn find(report: &Report, name: &str) -> Result<usize> {
    let ids = report.find(name);
    match ids.as_slice() {
        [id] => Ok(*id),
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
