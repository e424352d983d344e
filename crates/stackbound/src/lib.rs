//! Worst-case stack depth per function for LLVM modules, from the `-stack-report` records a
//! custom llc writes (docs/stack-report-format.md).
//!
//! [`analyze`] runs llc on `.ll`/`.bc` modules; [`analyze_records`] starts from records
//! already in memory. Both give the core's [`Analysis`]; [`report`] is its JSON form.

pub mod annotate;
pub mod cargo;
pub mod cc;
pub mod libc;
pub mod llc;
pub mod machine;
pub mod objects;
pub mod render;
pub mod rust_crate;
pub mod vectors;

// The analysis itself, re-exported so that `stackbound::records` etc. keep working.
pub use stackbound_core::{
    analysis, assume, bound, budget, demangle, graph, ids, program, reasons, records, report, scc,
    schema,
};

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub use analysis::{Analysis, AnalysisOptions};
pub use assume::Assumptions;
pub use graph::CallGraph;
pub use ids::{CallId, FnId};
pub use llc::{Codegen, Llc};
pub use records::ModuleReport;
pub use report::Report;
pub use schema::{Explanation, Status};

/// How the records are made: which llc, with which code generation flags.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LlcOptions {
    /// The llc to run; otherwise `$STACKBOUND_LLC`, then the workspace's `target/llc/bin/llc`.
    pub llc: Option<PathBuf>,
    pub codegen: Codegen,
    /// Most llc processes at once; default one per core.
    pub jobs: Option<usize>,
}

/// Everything [`analyze`] needs besides its inputs: how to make the records, and how to
/// analyse them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Options {
    pub llc: LlcOptions,
    pub analysis: AnalysisOptions,
    /// A C library to link in from its records (`--libc`, docs/libc.md).
    #[serde(default)]
    pub libc: Option<libc::LibcChoice>,
}

impl Options {
    /// The llc flags: the codegen ones, plus `-call-graph-section` when indirect calls are
    /// resolved (it records the `!callee_type` ids of call sites; the code is the same).
    pub fn llc_codegen(&self) -> Codegen {
        let mut codegen = self.llc.codegen.clone();
        if self.analysis.resolve_indirect
            && !codegen.extra_args.iter().any(|a| a == CALL_GRAPH_SECTION)
        {
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
    #[error(transparent)]
    Object(#[from] objects::ObjectError),
    #[error(transparent)]
    Vectors(#[from] vectors::VectorError),
    #[error(transparent)]
    Libc(#[from] libc::LibcError),
    #[error(transparent)]
    Library(#[from] stackbound_core::library::LibraryError),
    #[error(
        "no stackbound records in {}: build the objects with the compiler wrapper \
         (CC=stackbound-cc; docs/build-systems.md) or give the .ll/.bc modules",
        .0.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    )]
    NoRecordsInObjects(Vec<PathBuf>),
    #[error("no input modules")]
    NoInputs,
}

/// `command` as a shell would take it (quoted by `shell-words`), for messages that quote it.
pub fn command_line(command: &std::process::Command) -> String {
    let words = std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|w| w.to_string_lossy());
    shell_words::join(words)
}

/// The report of `analysis`, stamped with the LLVM version this stackbound is pinned to.
pub fn report(analysis: &Analysis) -> Report {
    analysis.report(llc::LLVM_PIN)
}

/// Compiles `inputs` (`.ll`/`.bc`) with the custom llc, in parallel, and analyses them as one
/// program.
pub fn analyze(inputs: &[PathBuf], options: &Options) -> Result<Analysis, Error> {
    analyze_with_records(inputs, &[], options)
}

/// [`analyze`] with recorded `-stack-report` files joined in as further modules. `inputs` may
/// also be ELF objects, archives and linked binaries, whose records are in their `.stackbound`
/// sections ([`objects`]). llc is only needed (and probed) for IR inputs.
pub fn analyze_with_records(
    inputs: &[PathBuf],
    record_files: &[PathBuf],
    options: &Options,
) -> Result<Analysis, Error> {
    if inputs.is_empty() && record_files.is_empty() {
        return Err(Error::NoInputs);
    }
    let mut modules = Vec::new();
    let mut warnings = Vec::new();
    let (objects, inputs): (Vec<PathBuf>, Vec<PathBuf>) =
        inputs.iter().cloned().partition(|p| objects::is_object(p));
    let mut unrecorded = Vec::new();
    let mut executables = Vec::new();
    if !objects.is_empty() {
        let found = objects::read_all(&objects)?;
        if found.modules.is_empty() {
            return Err(Error::NoRecordsInObjects(objects));
        }
        for path in &found.without_records {
            warnings.push(format!(
                "{} has no stackbound records (built without stackbound-cc, or assembly): \
                 its functions are unknown",
                path.display()
            ));
        }
        warnings.extend(found.notes);
        modules.extend(found.modules);
        unrecorded = found.unrecorded;
        executables = found.executables;
    }
    if !inputs.is_empty() {
        llc::check_inputs(&inputs)?;
        let llc = Llc::discover(options.llc.llc.as_deref())?;
        warnings.extend(llc.warning.clone());
        let compiled = llc.compile_all(&inputs, &options.llc_codegen(), options.llc.jobs)?;
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
    let mut libraries = Vec::new();
    if let Some(choice) = &options.libc {
        let library = libc::resolve(choice, &modules)?;
        let entry = schema::LibraryEntry {
            name: library.name.clone(),
            origin: library.origin.clone(),
            members: (library.start_files.len() + library.members.len()) as u64,
            pulled: 0,
        };
        let machine_code = unrecorded
            .iter()
            .map(|u: &schema::UnrecordedEntry| u.name.as_str());
        let pulled = stackbound_core::library::pull(&modules, machine_code, library)?;
        libraries.push(schema::LibraryEntry {
            pulled: pulled.members.len() as u64,
            ..entry
        });
        modules.extend(pulled.modules);
        unrecorded.extend(pulled.unrecorded);
    }
    let mut analysis_options = options.analysis.clone();
    vectors::apply(&mut analysis_options, &executables)?;
    let mut analysis = analyze_records(modules, &analysis_options)?;
    for w in warnings {
        analysis.warn(w);
    }
    analysis.note_unrecorded(unrecorded);
    for library in libraries {
        analysis.note_library(library);
    }
    Ok(analysis)
}

/// Builds the library of the Rust crate in `dir` to one IR module ([`rust_crate::build`]) and
/// analyses it with the module's triple, the release profile's `-O3` and rustc's relocation
/// model, unless `options` names others.
pub fn analyze_crate(
    dir: &std::path::Path,
    crate_options: &rust_crate::CrateOptions,
    options: &Options,
) -> Result<(rust_crate::CrateIr, Analysis), Error> {
    let built = rust_crate::build(dir, crate_options)?;
    let options = crate_codegen(&built, options);
    let analysis = analyze(std::slice::from_ref(&built.ir), &options)?;
    Ok((built, analysis))
}

/// `options` with the codegen flags that match how rustc compiled `built`, where unset.
pub fn crate_codegen(built: &rust_crate::CrateIr, options: &Options) -> Options {
    let mut options = options.clone();
    let c = &mut options.llc.codegen;
    if c.triple.is_none() && !built.triple.is_empty() {
        c.triple = Some(built.triple.clone());
    }
    c.opt_level.get_or_insert_with(|| built.opt_level.clone());
    c.relocation_model
        .get_or_insert_with(|| built.relocation_model.clone());
    options
}

/// Analyses records already parsed (from [`records::read_file`] or built in memory).
pub fn analyze_records(
    modules: Vec<ModuleReport>,
    options: &AnalysisOptions,
) -> Result<Analysis, Error> {
    if modules.is_empty() {
        return Err(Error::NoInputs);
    }
    Ok(Analysis::new(modules, options.clone())?)
}

/// Reads recorded `-stack-report` files and analyses them as one program.
pub fn analyze_record_files(
    paths: &[PathBuf],
    options: &AnalysisOptions,
) -> Result<Analysis, Error> {
    let mut modules = Vec::new();
    for path in paths {
        modules.extend(records::read_file(path)?);
    }
    analyze_records(modules, options)
}
