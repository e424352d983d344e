//! The patched source tree of one mode: the part of LLVM that mode needs, the pass copied in, and
//! the patches applied. Only a tree with a current marker is used; any other is deleted and made
//! afresh, so a build never starts from a half-patched tree.

use std::{
    fs,
    path::{Path, PathBuf},
};

use crate::error::{Context, Result};
use xshell::Shell;

use crate::{
    layout::{Layout, PASS_FILES},
    options::Mode,
    overlay::copy_if_changed,
    patch,
    source::{Fetched, Source},
    stamp::Inputs,
    unpack::{self, sibling, RemoveOnDrop},
};

const MARKER: &str = ".stackbound-tree";

/// The paths of the LLVM tree a mode needs: everything under `include` but not under `exclude`.
pub struct Subset {
    include: Vec<PathBuf>,
    exclude: Vec<PathBuf>,
}

impl Subset {
    pub fn new(mode: Mode, targets: &[String], patched: &[PathBuf]) -> Subset {
        let (include, exclude): (Vec<String>, Vec<String>) = match mode {
            // What the patched TargetMachine.cpp files, their TableGen inputs and llc need.
            Mode::Overlay => {
                let mut include: Vec<String> = [
                    "llvm/include",
                    "llvm/tools/llc",
                    "llvm/lib/CodeGen/CMakeLists.txt",
                ]
                .map(String::from)
                .to_vec();
                include.extend(
                    targets
                        .iter()
                        .map(|target| format!("llvm/lib/Target/{target}")),
                );
                (include, Vec::new())
            }
            // What cmake and `ninja llc` need; third-party/siphash is used by lib/Support.
            Mode::Full | Mode::Auto => (
                ["llvm", "cmake", "third-party/siphash"]
                    .map(String::from)
                    .to_vec(),
                ["llvm/test", "llvm/unittests", "llvm/docs"]
                    .map(String::from)
                    .to_vec(),
            ),
        };
        let mut include: Vec<PathBuf> = include.into_iter().map(PathBuf::from).collect();
        include.extend(patched.iter().cloned());
        Subset {
            include,
            exclude: exclude.into_iter().map(PathBuf::from).collect(),
        }
    }

    pub fn wants(&self, path: &Path) -> bool {
        self.include.iter().any(|dir| path.starts_with(dir))
            && !self.exclude.iter().any(|dir| path.starts_with(dir))
    }

    fn describe(&self) -> String {
        let list = |paths: &[PathBuf]| {
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(",")
        };
        format!(
            "include={} exclude={}",
            list(&self.include),
            list(&self.exclude)
        )
    }
}

pub struct TreeSpec<'a> {
    pub mode: Mode,
    pub source: &'a Source,
    pub targets: &'a [String],
    pub patches: &'a [PathBuf],
    pub pass_dir: &'a Path,
}

/// Returns the tree of `spec.mode`, reusing it when its marker is current.
pub fn prepare(sh: &Shell, layout: &Layout, spec: &TreeSpec) -> Result<PathBuf> {
    let dir = layout.tree(spec.mode);
    let mut patched = Vec::new();
    let mut marker = Inputs::default();
    marker.add("source", spec.source.id());
    for patch in spec.patches {
        patched.extend(patch::touched_files(&fs::read_to_string(patch)?));
        marker.add_file(patch)?;
    }
    let subset = Subset::new(spec.mode, spec.targets, &patched);
    marker.add("subset", subset.describe());
    let marker = marker.stamp(dir.join(MARKER));

    if marker.is_current() {
        eprintln!("==> source tree {} is current", dir.display());
    } else {
        eprintln!("==> source: {}", spec.source.describe());
        // Fetch first: a failed download should not cost the tree we have.
        let fetched = spec.source.fetch(sh, layout)?;
        if dir.exists() {
            eprintln!("==> removing {} (unmarked or outdated)", dir.display());
            fs::remove_dir_all(&dir).with_context(|| format!("cannot remove {}", dir.display()))?;
        }
        let stats = match fetched {
            Fetched::Tarball(tarball) => {
                unpack::unpack(&tarball, &dir, &|path| subset.wants(path))?
            }
            Fetched::Dir(src) => copy_tree(&src, &dir, &subset)?,
        };
        eprintln!(
            "==> {} files ({} MiB) in {}",
            stats.files,
            stats.bytes >> 20,
            dir.display()
        );
    }
    // Pass sources are copied on every run: editing the pass needs no fresh tree.
    sync_pass(spec.pass_dir, &dir)?;
    if !marker.is_current() {
        eprintln!("==> applying {} patches", spec.patches.len());
        patch::apply_series(sh, &dir, spec.patches)?;
        marker.write()?;
    }
    Ok(dir)
}

fn sync_pass(pass_dir: &Path, tree: &Path) -> Result<()> {
    for (from, to) in PASS_FILES {
        let to = tree.join(to);
        fs::create_dir_all(to.parent().unwrap())?;
        copy_if_changed(&pass_dir.join(from), &to)?;
    }
    Ok(())
}

/// The `--src <dir>` counterpart of unpacking: copies the subset, all or nothing.
fn copy_tree(src: &Path, dest: &Path, subset: &Subset) -> Result<unpack::Stats> {
    let tmp = sibling(dest, "unpacking");
    let _ = fs::remove_dir_all(&tmp);
    let cleanup = RemoveOnDrop(Some(tmp.clone()));
    let mut stats = unpack::Stats::default();
    copy_dir(src, &tmp, Path::new(""), subset, &mut stats)
        .with_context(|| format!("cannot copy {}", src.display()))?;
    fs::rename(&tmp, dest)?;
    cleanup.disarm();
    Ok(stats)
}

fn copy_dir(
    src: &Path,
    dest: &Path,
    rel: &Path,
    subset: &Subset,
    stats: &mut unpack::Stats,
) -> Result<()> {
    for entry in fs::read_dir(src.join(rel))? {
        let entry = entry?;
        let rel = rel.join(entry.file_name());
        let kind = entry.file_type()?;
        if kind.is_dir() {
            if entry.file_name() != ".git" {
                copy_dir(src, dest, &rel, subset, stats)?;
            }
        } else if subset.wants(&rel) {
            let to = dest.join(&rel);
            fs::create_dir_all(to.parent().unwrap())?;
            if kind.is_symlink() {
                let target = fs::read_link(entry.path())?;
                unpack::check_symlink(&rel, &target)?;
                std::os::unix::fs::symlink(target, to)?;
            } else {
                stats.bytes += fs::copy(entry.path(), &to)?;
                stats.files += 1;
                // Keep mtimes, as unpacking does, so that ninja sees an unchanged file as unchanged.
                let modified = entry.metadata()?.modified()?;
                fs::File::options()
                    .write(true)
                    .open(&to)?
                    .set_modified(modified)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subset(mode: Mode) -> Subset {
        Subset::new(
            mode,
            &["X86".into(), "AArch64".into()],
            &[PathBuf::from("llvm/lib/CodeGen/CMakeLists.txt")],
        )
    }

    #[test]
    fn subsets() {
        let overlay = subset(Mode::Overlay);
        assert!(overlay.wants(Path::new("llvm/include/llvm/CodeGen/Passes.h")));
        assert!(overlay.wants(Path::new("llvm/lib/Target/X86/X86.td")));
        assert!(overlay.wants(Path::new("llvm/lib/CodeGen/CMakeLists.txt")));
        assert!(!overlay.wants(Path::new("llvm/lib/CodeGen/PEI.cpp")));
        assert!(!overlay.wants(Path::new("llvm/lib/Target/X86Extra/a")));
        let full = subset(Mode::Full);
        assert!(full.wants(Path::new("llvm/lib/CodeGen/PEI.cpp")));
        assert!(full.wants(Path::new("cmake/Modules/LLVMVersion.cmake")));
        assert!(!full.wants(Path::new("llvm/test/CodeGen/X86/a.ll")));
        assert!(!full.wants(Path::new("clang/lib/a.cpp")));
    }

    /// A fake LLVM tree whose one patch stops applying once `x86` is edited.
    fn fixture(x86: &str) -> (tempfile::TempDir, PathBuf, PathBuf, Vec<PathBuf>) {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("src");
        let target = src.join("llvm/lib/Target/X86");
        fs::create_dir_all(&target).unwrap();
        fs::write(src.join("llvm/CMakeLists.txt"), "project(LLVM)\n").unwrap();
        fs::write(target.join("X86TargetMachine.cpp"), x86).unwrap();
        let pass = dir.path().join("pass");
        fs::create_dir_all(&pass).unwrap();
        for (file, _) in PASS_FILES {
            fs::write(pass.join(file), format!("// {file}\n")).unwrap();
        }
        let patch = dir.path().join("0001-x86.patch");
        fs::write(
            &patch,
            "--- a/llvm/lib/Target/X86/X86TargetMachine.cpp\n+++ b/llvm/lib/Target/X86/X86TargetMachine.cpp\n\
             @@ -1,3 +1,4 @@\n alpha\n+#include \"llvm/CodeGen/StackReport.h\"\n beta\n gamma\n",
        )
        .unwrap();
        (dir, src, pass, vec![patch])
    }

    fn prepare_in(dir: &Path, src: &Path, pass: &Path, patches: &[PathBuf]) -> Result<PathBuf> {
        let layout = Layout::at(dir.join("target"));
        let source = Source::Dir {
            path: src.to_owned(),
        };
        let spec = TreeSpec {
            mode: Mode::Overlay,
            source: &source,
            targets: &["X86".into()],
            patches,
            pass_dir: pass,
        };
        prepare(&Shell::new().unwrap(), &layout, &spec)
    }

    #[test]
    fn a_patch_that_does_not_apply_leaves_no_marker() {
        let (dir, src, pass, patches) = fixture("alpha\nBETA\ngamma\n");
        let err = prepare_in(dir.path(), &src, &pass, &patches)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("0001-x86.patch") && err.contains("hunk #1"),
            "{err}"
        );
        let tree = Layout::at(dir.path().join("target")).tree(Mode::Overlay);
        assert!(!tree.join(MARKER).exists());
        assert_eq!(
            fs::read_to_string(tree.join("llvm/lib/Target/X86/X86TargetMachine.cpp")).unwrap(),
            "alpha\nBETA\ngamma\n"
        );
    }

    #[test]
    fn a_good_tree_is_patched_marked_and_reused() {
        let (dir, src, pass, patches) = fixture("alpha\nbeta\ngamma\n");
        let tree = prepare_in(dir.path(), &src, &pass, &patches).unwrap();
        assert!(tree.join(MARKER).exists());
        let x86 = tree.join("llvm/lib/Target/X86/X86TargetMachine.cpp");
        assert!(fs::read_to_string(&x86).unwrap().contains("StackReport.h"));
        for (file, to) in PASS_FILES {
            assert_eq!(
                fs::read_to_string(tree.join(to)).unwrap(),
                format!("// {file}\n")
            );
        }

        // Reused as is: a second patch run would fail (--forward), so success means no re-patching.
        let (file, to) = PASS_FILES[0];
        fs::write(pass.join(file), "// pass, edited\n").unwrap();
        prepare_in(dir.path(), &src, &pass, &patches).unwrap();
        assert_eq!(
            fs::read_to_string(tree.join(to)).unwrap(),
            "// pass, edited\n"
        );

        // An unmarked tree is never trusted: it is made afresh.
        fs::remove_file(tree.join(MARKER)).unwrap();
        fs::write(&x86, "half-patched\n").unwrap();
        prepare_in(dir.path(), &src, &pass, &patches).unwrap();
        assert!(fs::read_to_string(&x86)
            .unwrap()
            .starts_with("alpha\n#include"));
    }
}
