//! The stackbound analysis, without processes or repository paths: `-stack-report` records
//! ([`records`]) are linked the way a linker links modules ([`link`], [`program`]) into a call
//! graph ([`graph`]); [`bound`] computes every function's worst case and is the only place that
//! decides which path is the worst and why a bound is incomplete; [`report`] is the versioned
//! result (docs/report-json.md), and [`explain`] presents one function's path from it.
//!
//! `stackbound` builds on it: it drives llc, builds Rust crates, renders and has the CLI.

pub mod assume;
pub mod bound;
pub mod budget;
pub mod demangle;
pub mod explain;
pub mod graph;
mod link;
pub mod program;
pub mod reasons;
pub mod records;
pub mod report;
pub mod scc;
pub mod synth;

pub use assume::Assumptions;
pub use bound::{Bound, BoundOptions, Bounds, Status};
pub use explain::Explanation;
pub use graph::CallGraph;
pub use records::ModuleReport;
pub use report::Report;
