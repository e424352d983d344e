//! Times the graph build and the bound on a synthetic program (release mode, please):
//! `cargo run --release -p stackbound --example bound_bench -- [FUNCTIONS] [EDGES]`.

use std::time::Instant;

use stackbound::{bound, Assumptions, BoundOptions, CallGraph, Status};

fn main() {
    let mut args = std::env::args()
        .skip(1)
        .map(|a| a.parse::<usize>().expect("a number"));
    let functions = args.next().unwrap_or(1_000_000);
    let edges = args.next().unwrap_or(5_000_000);

    let start = Instant::now();
    let modules = stackbound::synth::generate(functions, edges, 1);
    let generated = start.elapsed();

    // The same two steps as `stackbound::bound_records`, timed apart.
    let start = Instant::now();
    let graph = CallGraph::build(modules, &Assumptions::default()).expect("valid");
    let built = start.elapsed();
    let start = Instant::now();
    let bounds = bound::compute(&graph, &BoundOptions::default());
    let bounded = start.elapsed();

    let count = |s: Status| bounds.functions.iter().filter(|b| b.status == s).count();
    println!(
        "{} functions, {} call sites (generated in {generated:.2?})",
        graph.functions.len(),
        graph.calls.len()
    );
    println!(
        "graph {built:.2?} + bound {bounded:.2?} = {:.2?}",
        built + bounded
    );
    println!(
        "complete {}, lower bound {}, unbounded {}; {} cycles; {} distinct reason sets; deepest {} bytes",
        count(Status::Complete),
        count(Status::LowerBound),
        count(Status::Unbounded),
        bounds.sccs.cyclic.iter().filter(|&&c| c).count(),
        bounds.reason_sets.len(),
        bounds.functions.iter().map(|b| b.total).max().unwrap_or(0)
    );
}
