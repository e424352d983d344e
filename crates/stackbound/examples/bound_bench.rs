//! Times the analysis of a synthetic program from records on disk (release mode, please):
//! `cargo run --release -p stackbound --example bound_bench -- [FUNCTIONS] [EDGES]`.
//! Prints each step and its ratio to reading the file, the time per function, and the peak
//! memory; `cargo xtask bench` runs it at several sizes to show how it grows.

use std::io::Write as _;
use std::time::{Duration, Instant};

use stackbound::bound::{self, BoundOptions, Status};
use stackbound::records::{self, ModuleReport};
use stackbound::{Assumptions, CallGraph};

/// The records of `modules` as a `-stack-report` file would hold them.
fn write_records(modules: &[ModuleReport], path: &std::path::Path) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).expect("create"));
    for m in modules {
        let mut module = serde_json::to_value(&m.module).expect("module");
        module["kind"] = "module".into();
        writeln!(out, "{module}").unwrap();
        for f in &m.functions {
            let mut function = serde_json::to_value(f).expect("function");
            function["kind"] = "function".into();
            writeln!(out, "{function}").unwrap();
        }
        let mut symbols = serde_json::to_value(&m.symbols).expect("symbols");
        symbols["kind"] = "symbols".into();
        symbols["schema"] = records::SCHEMA.into();
        writeln!(out, "{symbols}").unwrap();
        writeln!(
            out,
            r#"{{"schema":{},"kind":"end","functions":{}}}"#,
            records::SCHEMA,
            m.functions.len()
        )
        .unwrap();
    }
}

/// Peak resident memory of this process (Linux), in MiB.
fn peak_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}

fn main() {
    let mut args = std::env::args()
        .skip(1)
        .map(|a| a.parse::<usize>().expect("a number"));
    let functions = args.next().unwrap_or(1_000_000);
    let edges = args.next().unwrap_or(5_000_000);

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("synth.jsonl");
    write_records(&stackbound_synth::generate(functions, edges, 1), &path);
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());

    let timed = |f: &mut dyn FnMut()| {
        let start = Instant::now();
        f();
        start.elapsed()
    };
    let mut bytes = Vec::new();
    let read = timed(&mut || bytes = std::fs::read(&path).expect("read"));
    let mut modules = Vec::new();
    let parsed = timed(&mut || modules = records::parse(&bytes, &path).expect("valid records"));
    drop(bytes);
    let mut graph = None;
    let built = timed(&mut || {
        graph = Some(
            CallGraph::build(std::mem::take(&mut modules), &Assumptions::default()).expect("valid"),
        )
    });
    let graph = graph.expect("built");
    let mut bounds = None;
    let bounded = timed(&mut || bounds = Some(bound::compute(&graph, &BoundOptions::default())));
    let bounds = bounds.expect("bounded");

    let total = parsed + built + bounded;
    let ratio = |d: Duration| d.as_secs_f64() / read.as_secs_f64().max(1e-9);
    println!(
        "{} functions, {} call sites, {:.0} MiB of records",
        graph.functions.len(),
        graph.calls.len(),
        size as f64 / (1 << 20) as f64
    );
    println!("read   {read:>10.2?}  (1.00x)");
    println!("parse  {parsed:>10.2?}  ({:.2}x read)", ratio(parsed));
    println!("link   {built:>10.2?}  ({:.2}x read)", ratio(built));
    println!("bound  {bounded:>10.2?}  ({:.2}x read)", ratio(bounded));
    println!(
        "parse + link + bound {total:.2?} = {:.2}x read; {:.0} ns per function; peak {} MiB",
        ratio(total),
        total.as_nanos() as f64 / functions.max(1) as f64,
        peak_mib().map_or("?".into(), |m| m.to_string())
    );
    let count = |s: Status| bounds.functions.iter().filter(|b| b.status == s).count();
    println!(
        "complete {}, lower bound {}, unbounded {}; {} cycles; deepest {} bytes",
        count(Status::Complete),
        count(Status::LowerBound),
        count(Status::Unbounded),
        bounds.sccs.cyclic.iter().filter(|&&c| c).count(),
        bounds.functions.iter().map(|b| b.total).max().unwrap_or(0)
    );
}
