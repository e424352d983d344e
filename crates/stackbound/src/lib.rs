//! Worst-case stack depth per function for LLVM modules, from the `-stack-report` records a
//! custom llc writes (docs/stack-report-format.md).
//!
//! [`analyze`] runs llc on `.ll`/`.bc` modules; [`analyze_records`] starts from records
//! already in memory; [`bound_records`] is the graph + bound core alone, for benchmarks.

pub mod assume;
pub mod bound;
pub mod budget;
pub mod demangle;
pub mod explain;
pub mod graph;
mod link;
pub mod llc;
pub mod reasons;
pub mod records;
pub mod render;
pub mod report;
pub mod scc;
pub mod synth;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub use assume::Assumptions;
pub use bound::{Bound, BoundOptions, Bounds, Status};
pub use explain::Explanation;
pub use graph::CallGraph;
pub use llc::{Codegen, Llc};
pub use records::ModuleReport;
pub use report::Report;

/// Everything [`analyze`] needs besides its inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Options {
    /// The llc to run; otherwise `$STACKBOUND_LLC`, then the workspace's `target/llc/bin/llc`.
    pub llc: Option<PathBuf>,
    pub codegen: Codegen,
    /// Most llc processes at once; default one per core.
    pub jobs: Option<usize>,
    pub assumptions: Assumptions,
    /// Anything excluded makes a result unbounded instead of a lower bound.
    pub strict: bool,
    /// Budget for every function without its own budget in the assumptions.
    pub max_stack: Option<u64>,
    /// Most reasons kept per function in the report (the status is exact regardless).
    pub max_reasons: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            llc: None,
            codegen: Codegen::default(),
            jobs: None,
            assumptions: Assumptions::default(),
            strict: false,
            max_stack: None,
            max_reasons: BoundOptions::default().max_reasons,
        }
    }
}

impl Options {
    pub fn bound_options(&self) -> BoundOptions {
        BoundOptions {
            strict: self.strict,
            max_reasons: self.max_reasons,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Records(#[from] records::RecordError),
    #[error(transparent)]
    Llc(#[from] llc::LlcError),
    #[error(transparent)]
    Graph(#[from] graph::GraphError),
    #[error(transparent)]
    Assume(#[from] assume::AssumeError),
    #[error("no input modules")]
    NoInputs,
}

/// Compiles `inputs` (`.ll`/`.bc`) with the custom llc, in parallel, and analyses them as one
/// program.
pub fn analyze(inputs: &[PathBuf], options: &Options) -> Result<Report, Error> {
    analyze_with_records(inputs, &[], options)
}

/// [`analyze`] with recorded `-stack-report` files joined in as further modules. llc is only
/// needed (and probed) when `inputs` is not empty.
pub fn analyze_with_records(
    inputs: &[PathBuf],
    record_files: &[PathBuf],
    options: &Options,
) -> Result<Report, Error> {
    if inputs.is_empty() && record_files.is_empty() {
        return Err(Error::NoInputs);
    }
    let mut modules = Vec::new();
    let mut warnings = Vec::new();
    if !inputs.is_empty() {
        let llc = Llc::discover(options.llc.as_deref())?;
        let compiled = llc.compile_all(inputs, &options.codegen, options.jobs)?;
        for (input, c) in inputs.iter().zip(compiled) {
            modules.extend(c.modules);
            if let Some(w) = c.warnings {
                warnings.push(format!("llc on {}: {w}", input.display()));
            }
        }
    }
    for path in record_files {
        modules.extend(records::read_file(path)?);
    }
    analyze_modules(modules, options, warnings)
}

/// Analyses records already parsed (from [`records::read_file`] or built in memory).
pub fn analyze_records(modules: Vec<ModuleReport>, options: &Options) -> Result<Report, Error> {
    analyze_modules(modules, options, Vec::new())
}

/// Reads recorded `-stack-report` files and analyses them as one program.
pub fn analyze_record_files(paths: &[PathBuf], options: &Options) -> Result<Report, Error> {
    analyze_with_records(&[], paths, options)
}

/// The graph and bound alone, without building a [`Report`]: what a benchmark times.
pub fn bound_records(
    modules: Vec<ModuleReport>,
    assumptions: &Assumptions,
    options: &BoundOptions,
) -> Result<(CallGraph, Bounds), Error> {
    let graph = CallGraph::build(modules, assumptions)?;
    let bounds = bound::compute(&graph, options);
    Ok((graph, bounds))
}

fn analyze_modules(
    modules: Vec<ModuleReport>,
    options: &Options,
    warnings: Vec<String>,
) -> Result<Report, Error> {
    if modules.is_empty() {
        return Err(Error::NoInputs);
    }
    let (graph, bounds) = bound_records(modules, &options.assumptions, &options.bound_options())?;
    Ok(Report::new(
        &graph,
        &bounds,
        report::ReportSettings {
            strict: options.strict,
            max_stack: options.max_stack,
            assumptions: Some(&options.assumptions),
            warnings,
        },
    ))
}
