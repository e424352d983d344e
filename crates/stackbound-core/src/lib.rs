//! The stackbound analysis, without processes or repository paths: `-stack-report` records
//! ([`records`]) are linked the way a linker links modules ([`link`], [`program`]) into a call
//! graph ([`graph`]); [`bound`] computes every function's worst case and is the only place that
//! decides which path is the worst and why a bound is incomplete. [`Analysis`] is the one entry
//! point: every output asks it for bounds, worst paths, reasons, candidates and budget
//! violations. [`report`] turns it into the versioned JSON form of [`schema`]
//! (docs/report-json.md).
//!
//! `stackbound` builds on it: it drives llc, builds Rust crates, renders and has the CLI.

pub mod analysis;
pub mod assume;
pub mod bound;
pub mod budget;
pub mod demangle;
pub mod graph;
pub mod ids;
pub mod interrupts;
pub mod library;
mod link;
pub mod program;
pub mod reasons;
pub mod records;
pub mod report;
pub mod scc;
pub mod schema;
pub mod scope;

pub use analysis::{Analysis, AnalysisOptions, PathStep, WorstPath};
pub use assume::Assumptions;
pub use bound::{Bound, BoundOptions, Bounds};
pub use graph::CallGraph;
pub use ids::{CallId, ComponentId, ExtId, FnId};
pub use records::ModuleReport;
pub use report::Report;
pub use schema::{Explanation, Status};
