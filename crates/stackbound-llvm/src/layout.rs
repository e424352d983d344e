//! Where llc management keeps its cache and its output: a work directory (downloads, trees,
//! build dirs) and an output directory (the llc, its stamp and manifest). The xtask puts both
//! under the cargo target directory, the `stackbound` CLI under the user's cache:
//!
//! ```text
//! <work>/downloads/<file>    verified source tarballs (`<file>.partial` while downloading)
//! <work>/apt/                private apt state for the debian route
//! <work>/src-<mode>/         unpacked, patched source tree (marker: .stackbound-tree)
//! <work>/build-<mode>/       overlay: build.ninja and objects; full: the cmake build dir
//! <out>/bin/llc              the result, whichever the mode
//! <out>/stamp                hash of everything the result depends on
//! <out>/manifest.json        what the result is (version, pass hash, host, mode)
//! <dist>/                    dist-llc's archives and their .sha256
//! ```
//!
//! | layout | `<work>` | `<out>` |
//! |---|---|---|
//! | [`Layout::workspace`] | `target/llvm` | `target/llc` |
//! | [`Layout::user_cache`] | `<cache>/stackbound/build` | `<cache>/stackbound/llc/<version>-<pass hash, 12 digits>` |

use std::{
    env,
    path::{Path, PathBuf},
};

use crate::{options::Mode, prebuilt::short};

#[derive(Debug, Clone)]
pub struct Layout {
    work: PathBuf,
    out: PathBuf,
    dist: PathBuf,
    /// The commands that fix a missing or stale llc, named in errors.
    pub fixes: Fixes,
}

/// The commands an error names as the fix: they differ between the xtask and the CLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fixes {
    /// Builds the llc from source.
    pub build: &'static str,
    /// Fetches the prebuilt llc.
    pub fetch: &'static str,
}

impl Fixes {
    pub const XTASK: Fixes = Fixes {
        build: "cargo xtask build-llc",
        fetch: "cargo xtask fetch-llc",
    };
    pub const CLI: Fixes = Fixes {
        build: "stackbound llc build",
        fetch: "stackbound llc install",
    };
}

impl Layout {
    /// The workspace at `root`: under its target directory. Honours `CARGO_TARGET_DIR` like
    /// cargo does, so a relocated target dir keeps llc with it.
    pub fn workspace(root: &Path) -> Layout {
        Layout::at(
            env::var_os("CARGO_TARGET_DIR")
                .map_or_else(|| root.join("target"), |dir| root.join(dir)),
        )
    }

    /// Under the target directory `target`, with the xtask's commands as fixes.
    pub fn at(target: PathBuf) -> Layout {
        Layout {
            work: target.join("llvm"),
            out: target.join("llc"),
            dist: target.join("dist"),
            fixes: Fixes::XTASK,
        }
    }

    /// Under the user's cache directory `cache` (`$XDG_CACHE_HOME`, ...): the llc for LLVM
    /// `version` and `pass_hash` in its own directory, the work directory shared.
    pub fn user_cache(cache: &Path, version: &str, pass_hash: &str) -> Layout {
        let base = cache.join("stackbound");
        Layout {
            work: base.join("build"),
            out: base
                .join("llc")
                .join(format!("{version}-{}", short(pass_hash))),
            dist: base.join("dist"),
            fixes: Fixes::CLI,
        }
    }

    /// The work directory: downloads, trees, build dirs.
    pub fn work(&self) -> &Path {
        &self.work
    }

    pub fn downloads(&self) -> PathBuf {
        self.work.join("downloads")
    }

    pub fn apt(&self) -> PathBuf {
        self.work.join("apt")
    }

    pub fn tree(&self, mode: Mode) -> PathBuf {
        self.work.join(format!("src-{}", mode_name(mode)))
    }

    pub fn build(&self, mode: Mode) -> PathBuf {
        self.work.join(format!("build-{}", mode_name(mode)))
    }

    /// The directory that holds `bin/llc`, `stamp` and `manifest.json`.
    pub fn out(&self) -> &Path {
        &self.out
    }

    pub fn llc(&self) -> PathBuf {
        self.out.join("bin/llc")
    }

    pub fn stamp(&self) -> PathBuf {
        self.out.join("stamp")
    }

    /// What the llc at [`Layout::llc`] is: written with its stamp by every build and install.
    pub fn manifest(&self) -> PathBuf {
        self.out.join("manifest.json")
    }

    /// Where dist-llc puts its archives.
    pub fn dist(&self) -> PathBuf {
        self.dist.clone()
    }
}

pub fn mode_name(mode: Mode) -> &'static str {
    mode.name()
}

/// The pass sources and where they go in an LLVM tree: the two public headers under
/// `include/llvm/CodeGen/` (new files, so no shared header changes), the target-independent walker
/// in `lib/CodeGen/StackReport/`, and each target's SP decoder beside the target. The overlay
/// build compiles the `.cpp` files from `pass/`, each decoder with its target's include dirs.
pub const PASS_FILES: &[(&str, &str)] = &[
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
    ("Section.h", "llvm/lib/CodeGen/StackReport/Section.h"),
    ("Section.cpp", "llvm/lib/CodeGen/StackReport/Section.cpp"),
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
pub fn target_of(tree_path: &Path) -> Option<String> {
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
