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

/// The pass sources and where they go in an LLVM tree: the two public headers under
/// `include/llvm/CodeGen/` (new files, so no shared header changes), the target-independent walker
/// in `lib/CodeGen/StackReport/`, and each target's SP decoder beside the target. The overlay
/// build compiles the `.cpp` files from `pass/`, each decoder with its target's include dirs.
pub(crate) const PASS_FILES: &[(&str, &str)] = &[
    ("StackReport.h", "llvm/include/llvm/CodeGen/StackReport.h"),
    (
        "StackReportDecoder.h",
        "llvm/include/llvm/CodeGen/StackReportDecoder.h",
    ),
    ("SPWalk.h", "llvm/lib/CodeGen/StackReport/SPWalk.h"),
    ("Emit.h", "llvm/lib/CodeGen/StackReport/Emit.h"),
    (
        "StackReport.cpp",
        "llvm/lib/CodeGen/StackReport/StackReport.cpp",
    ),
    (
        "CallFrames.cpp",
        "llvm/lib/CodeGen/StackReport/CallFrames.cpp",
    ),
    (
        "CallSites.cpp",
        "llvm/lib/CodeGen/StackReport/CallSites.cpp",
    ),
    ("Decoders.cpp", "llvm/lib/CodeGen/StackReport/Decoders.cpp"),
    ("Emit.cpp", "llvm/lib/CodeGen/StackReport/Emit.cpp"),
    (
        "FunctionWalk.cpp",
        "llvm/lib/CodeGen/StackReport/FunctionWalk.cpp",
    ),
    ("Outlined.cpp", "llvm/lib/CodeGen/StackReport/Outlined.cpp"),
    ("SPWalk.cpp", "llvm/lib/CodeGen/StackReport/SPWalk.cpp"),
    ("X86.cpp", "llvm/lib/Target/X86/X86StackReport.cpp"),
    (
        "AArch64.cpp",
        "llvm/lib/Target/AArch64/AArch64StackReport.cpp",
    ),
    ("ARM.cpp", "llvm/lib/Target/ARM/ARMStackReport.cpp"),
    ("RISCV.cpp", "llvm/lib/Target/RISCV/RISCVStackReport.cpp"),
];

/// The pass sources `PASS_FILES` places must be exactly the ones the pass hash covers.
#[cfg(test)]
#[test]
fn pass_files_are_the_hashed_sources() {
    let hashed: Vec<String> =
        stackbound_pass_hash::pass_sources(&crate::project_root().join("pass"))
            .unwrap()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
    let mut placed: Vec<String> = PASS_FILES.iter().map(|(f, _)| f.to_string()).collect();
    placed.sort();
    assert_eq!(
        placed, hashed,
        "every *.h and *.cpp in pass/ is hashed (stackbound-pass-hash) and must be placed by PASS_FILES"
    );
}

/// The backend a tree path belongs to (`llvm/lib/Target/<T>/...`), if any.
pub(crate) fn target_of(tree_path: &Path) -> Option<String> {
    let rest = tree_path.strip_prefix("llvm/lib/Target").ok()?;
    let mut parts = rest.components();
    let target = parts.next()?.as_os_str().to_str()?.to_owned();
    // A file directly in lib/Target (TargetMachineC.cpp) belongs to no backend.
    parts.next().map(|_| target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_belong_to_their_backend() {
        let target = |path: &str| target_of(Path::new(path));
        assert_eq!(
            target("llvm/lib/Target/X86/X86StackReport.cpp").as_deref(),
            Some("X86")
        );
        assert_eq!(
            target("llvm/lib/Target/AArch64/MCTargetDesc/A.cpp").as_deref(),
            Some("AArch64")
        );
        assert_eq!(target("llvm/lib/Target/TargetMachineC.cpp"), None);
        assert_eq!(target("llvm/lib/CodeGen/TargetPassConfig.cpp"), None);
        // Every pass source is copied into the CodeGen library or beside a backend.
        for (_, to) in PASS_FILES {
            let to = Path::new(to);
            assert!(
                to.starts_with("llvm/include/llvm/CodeGen")
                    || to.starts_with("llvm/lib/CodeGen/StackReport")
                    || target_of(to).is_some(),
                "{}",
                to.display()
            );
        }
    }
}
