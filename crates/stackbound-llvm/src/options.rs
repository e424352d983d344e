//! What a build is asked for: the mode, the source route, a local source, a compiler launcher.

use std::{path::PathBuf, str::FromStr};

use crate::error::{bail, Error, Result};

/// How llc is built (`--mode`).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Overlay when the system LLVM has exactly the pinned version, else full.
    #[default]
    Auto,
    /// Compile only what the patches change and link against the system LLVM.
    Overlay,
    /// Configure and build LLVM's llc from the patched tree.
    Full,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Auto => "auto",
            Mode::Overlay => "overlay",
            Mode::Full => "full",
        }
    }
}

/// Where the LLVM source comes from (`--source`).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// Upstream when the pin has its sha256, else Debian.
    #[default]
    Auto,
    Upstream,
    Debian,
}

/// A compiler launcher (`--launcher`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Launcher {
    Ccache,
    Sccache,
}

impl Launcher {
    pub fn program(self) -> &'static str {
        match self {
            Launcher::Ccache => "ccache",
            Launcher::Sccache => "sccache",
        }
    }
}

/// Everything a build is asked for; [`crate::build::build`] does it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct BuildOptions {
    pub mode: Mode,
    pub source: Route,
    /// A local LLVM source tarball or unpacked tree instead of a download.
    pub src: Option<PathBuf>,
    /// The sha256 of the upstream tarball or of `src`, when the pin has none for it.
    pub sha256: Option<String>,
    pub launcher: Option<Launcher>,
    /// Parallel compile jobs; default one per core.
    pub jobs: Option<usize>,
}

/// One of `choices` by name, else an error naming them all.
pub fn choice<T: Copy>(what: &str, value: &str, choices: &[(&str, T)]) -> Result<T> {
    match choices.iter().find(|(name, _)| *name == value) {
        Some(&(_, choice)) => Ok(choice),
        None => {
            let names: Vec<_> = choices.iter().map(|(name, _)| *name).collect();
            bail!("{what} must be one of {}, not {value:?}", names.join(", "))
        }
    }
}

impl FromStr for Mode {
    type Err = Error;
    fn from_str(s: &str) -> Result<Mode> {
        choice(
            "--mode",
            s,
            &[
                ("auto", Mode::Auto),
                ("overlay", Mode::Overlay),
                ("full", Mode::Full),
            ],
        )
    }
}

impl FromStr for Route {
    type Err = Error;
    fn from_str(s: &str) -> Result<Route> {
        choice(
            "--source",
            s,
            &[
                ("auto", Route::Auto),
                ("upstream", Route::Upstream),
                ("debian", Route::Debian),
            ],
        )
    }
}

impl FromStr for Launcher {
    type Err = Error;
    fn from_str(s: &str) -> Result<Launcher> {
        choice(
            "--launcher",
            s,
            &[("ccache", Launcher::Ccache), ("sccache", Launcher::Sccache)],
        )
    }
}
