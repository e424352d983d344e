//! `stackbound-cc` / `stackbound-cxx` (and `stackbound cc` / `stackbound c++`): clang as build
//! systems call it, with the custom llc doing the code generation, so that every object carries
//! its stack records (`.stackbound` sections; docs/build-systems.md).
//!
//! A compile (`-c`, `-S` of C or C++) is redone as clang's driver would run it: the driver is
//! asked for its jobs once (`-###`); each cc1 job runs with `-emit-llvm-bc` instead of
//! `-emit-obj`/`-S`, writing bitcode to a pipe (dependency files as the job says), and llc turns
//! the bitcode, read under the source's name, into the job's output with the job's backend
//! options (`flags`). Everything else goes to clang untouched (`classify` decides, `driver`
//! runs).

mod classify;
mod driver;
mod flags;
mod jobs;
mod tools;

use std::ffi::OsString;

use crate::llc::LlcError;

pub use driver::{run, version_line};
pub use flags::llc_option_names;
pub use tools::{CLANGXX_ENV, CLANG_ENV};

/// Set for the processes the wrapper starts: a clang that is the wrapper again is refused.
pub const ACTIVE_ENV: &str = "STACKBOUND_CC_ACTIVE";
/// `1`: a compile that would lose its records is an error instead of a warning.
pub const STRICT_ENV: &str = "STACKBOUND_CC_STRICT";
/// `1`: each command the wrapper runs is printed on stderr first.
pub const VERBOSE_ENV: &str = "STACKBOUND_CC_VERBOSE";
/// The llc option that writes the records into the object.
pub const SECTION_FLAG: &str = "-stack-report-section";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    C,
    Cxx,
}

impl Lang {
    /// The name the wrapper's messages start with.
    pub fn program(self) -> &'static str {
        match self {
            Lang::C => "stackbound-cc",
            Lang::Cxx => "stackbound-cxx",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CcError {
    #[error(
        "no clang found (looked for {tried}); install clang-{major} (Debian/Ubuntu: apt install \
         clang-{major}) or name one with ${CLANG_ENV} / ${CLANGXX_ENV}",
        major = crate::llc::LLVM_PIN.split('.').next().unwrap_or("")
    )]
    NoClang { tried: String },
    #[error("cannot run `{command}`: {source}")]
    Spawn {
        command: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot read what `{command}` printed: {problem}")]
    Jobs { command: String, problem: String },
    #[error(transparent)]
    Llc(#[from] LlcError),
    #[error(
        "{clang} runs stackbound's compiler wrapper again (${ACTIVE_ENV} is set): point \
         ${CLANG_ENV} / ${CLANGXX_ENV} at clang itself, not at stackbound-cc"
    )]
    Recursion { clang: String },
    #[error(
        "unable to open output file '{path}': its directory does not exist; create it first \
         (as with clang, the wrapper writes only the file itself)"
    )]
    NoOutputDir { path: String },
    #[error("cannot prepare llc's input in a temporary directory: {0}")]
    Temp(#[source] std::io::Error),
    #[error(
        "{warning} (${STRICT_ENV} is set, so this is an error; unset it to let clang compile)"
    )]
    Strict { warning: String },
}

/// Runs the wrapper; the exit status is the child's, or 1 for the wrapper's own errors.
pub fn main(lang: Lang, args: &[OsString]) -> u8 {
    match run(lang, args) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("{}: error: {}", lang.program(), one_paragraph(&err));
            1
        }
    }
}

pub(crate) fn one_paragraph(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text.replace('\n', " ")
}
