//! Where build-llc keeps its cache and its output, all under the cargo target directory.
//!
//! ```text
//! target/llvm/downloads/<file>    verified source tarballs (`<file>.partial` while downloading)
//! target/llvm/apt/                private apt state for the debian route
//! target/llvm/src-<mode>/         unpacked, patched source tree (marker: .stackbound-tree)
//! target/llvm/build-<mode>/       overlay: build.ninja and objects; full: the cmake build dir
//! target/llc/bin/llc              the result, whichever the mode
//! target/llc/stamp                hash of everything the result depends on
//! target/llc/manifest.json        what the result is (version, pass hash, host, mode)
//! target/dist/                    dist-llc's archives and their .sha256
//! ```

use std::{
    env,
    path::{Path, PathBuf},
};

use crate::flags::Mode;

pub(crate) struct Layout {
    target: PathBuf,
}

impl Layout {
    /// Honours `CARGO_TARGET_DIR` like cargo does, so a relocated target dir keeps llc with it.
    pub(crate) fn new(root: &Path) -> Layout {
        Layout::at(
            env::var_os("CARGO_TARGET_DIR")
                .map_or_else(|| root.join("target"), |dir| root.join(dir)),
        )
    }

    pub(crate) fn at(target: PathBuf) -> Layout {
        Layout { target }
    }

    fn llvm(&self) -> PathBuf {
        self.target.join("llvm")
    }

    pub(crate) fn downloads(&self) -> PathBuf {
        self.llvm().join("downloads")
    }

    pub(crate) fn apt(&self) -> PathBuf {
        self.llvm().join("apt")
    }

    pub(crate) fn tree(&self, mode: Mode) -> PathBuf {
        self.llvm().join(format!("src-{}", mode_name(mode)))
    }

    pub(crate) fn build(&self, mode: Mode) -> PathBuf {
        self.llvm().join(format!("build-{}", mode_name(mode)))
    }

    pub(crate) fn llc(&self) -> PathBuf {
        self.target.join("llc/bin/llc")
    }

    pub(crate) fn stamp(&self) -> PathBuf {
        self.target.join("llc/stamp")
    }

    /// What the llc at [`Layout::llc`] is: written with its stamp by build-llc and fetch-llc.
    pub(crate) fn manifest(&self) -> PathBuf {
        self.target.join("llc/manifest.json")
    }

    /// Where dist-llc puts its archives.
    pub(crate) fn dist(&self) -> PathBuf {
        self.target.join("dist")
    }
}

pub(crate) fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Auto => "auto",
        Mode::Overlay => "overlay",
        Mode::Full => "full",
    }
}

/// The pass sources and where they go in an LLVM tree.
pub(crate) const PASS_FILES: &[(&str, &str)] = &[
    ("StackReport.cpp", "llvm/lib/CodeGen/StackReport.cpp"),
    ("StackReport.h", "llvm/include/llvm/CodeGen/StackReport.h"),
];
