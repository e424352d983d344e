//! Worst-case stack depth per function for LLVM modules, from the `-stack-report` records a
//! custom llc writes (docs/stack-report-format.md).
//!
//! [`analyze`] runs llc on `.ll`/`.bc` modules; [`analyze_records`] starts from records
//! already in memory; [`bound_records`] is the graph + bound core alone, for benchmarks.

pub mod annotate;
pub mod llc;
pub mod render;
pub mod rust_crate;

// The analysis itself, re-exported so that `stackbound::records` etc. keep working.
pub use stackbound_core::{
    assume, bound, budget, demangle, explain, graph, program, reasons, records, report, scc, synth,
};

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
    /// Bound indirect calls by their candidates (type ids, else IR signature) instead of
    /// excluding them; llc then runs with `-call-graph-section` so type ids are recorded.
    #[serde(default)]
    pub resolve_indirect: bool,
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
            resolve_indirect: false,
        }
    }
}

impl Options {
    pub fn bound_options(&self) -> BoundOptions {
        BoundOptions {
            strict: self.strict,
            max_reasons: self.max_reasons,
            resolve_indirect: self.resolve_indirect,
        }
    }

    /// The llc flags: the codegen ones, plus `-call-graph-section` when indirect calls are
    /// resolved (it records the `!callee_type` ids of call sites; the code is the same).
    pub fn llc_codegen(&self) -> Codegen {
        let mut codegen = self.codegen.clone();
        if self.resolve_indirect && !codegen.extra_args.iter().any(|a| a == CALL_GRAPH_SECTION) {
            codegen.extra_args.push(CALL_GRAPH_SECTION.into());
        }
        codegen
    }
}

/// The llc flag that keeps indirect call sites' type ids (docs/stack-report-format.md).
pub const CALL_GRAPH_SECTION: &str = "-call-graph-section";

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
    #[error(transparent)]
    Crate(#[from] rust_crate::CrateError),
    #[error(transparent)]
    Annotate(#[from] annotate::AnnotateError),
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
        llc::check_inputs(inputs)?;
        let llc = Llc::discover(options.llc.as_deref())?;
        let compiled = llc.compile_all(inputs, &options.llc_codegen(), options.jobs)?;
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

/// Builds the library of the Rust crate in `dir` to one IR module ([`rust_crate::build`]) and
/// analyses it with the module's triple, the release profile's `-O3` and rustc's relocation
/// model, unless `options` names others.
pub fn analyze_crate(
    dir: &std::path::Path,
    crate_options: &rust_crate::CrateOptions,
    options: &Options,
) -> Result<(rust_crate::CrateIr, Report), Error> {
    let built = rust_crate::build(dir, crate_options)?;
    let options = crate_codegen(&built, options);
    let report = analyze(std::slice::from_ref(&built.ir), &options)?;
    Ok((built, report))
}

/// `options` with the codegen flags that match how rustc compiled `built`, where unset.
pub fn crate_codegen(built: &rust_crate::CrateIr, options: &Options) -> Options {
    let mut options = options.clone();
    let c = &mut options.codegen;
    if c.triple.is_none() && !built.triple.is_empty() {
        c.triple = Some(built.triple.clone());
    }
    c.opt_level.get_or_insert_with(|| built.opt_level.clone());
    c.relocation_model
        .get_or_insert_with(|| built.relocation_model.clone());
    options
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
    let mut graph = CallGraph::build(modules, assumptions)?;
    if options.resolve_indirect {
        graph.resolve_indirect();
    }
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
            llvm_pin: llc::LLVM_PIN.into(),
            strict: options.strict,
            resolve_indirect: options.resolve_indirect,
            max_stack: options.max_stack,
            assumptions: Some(&options.assumptions),
            warnings,
        },
    ))
}
