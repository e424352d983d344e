//! Applying `llvm-patches/*.patch`: the whole series is first tried with `--dry-run` on a scratch
//! copy of the files it touches, so a failure names the patch and hunk before the tree changes.

use std::{
    fs,
    path::{Path, PathBuf},
};

use crate::error::{bail, Context, Result};
use xshell::{cmd, Shell};

use crate::unpack::{sibling, RemoveOnDrop};

/// The numbered patches in `dir`, in order.
/// The same list the pass hash covers (`stackbound_pass_hash::patches`).
pub fn series(dir: &Path) -> Result<Vec<PathBuf>> {
    stackbound_pass_hash::patches(dir).with_context(|| format!("cannot read {}", dir.display()))
}

/// The tree paths a patch changes (`+++ b/<path>`, first component stripped as with `-p1`).
pub fn touched_files(patch: &str) -> Vec<PathBuf> {
    patch
        .lines()
        .filter_map(|line| line.strip_prefix("+++ "))
        .filter_map(|rest| {
            let path = rest.split('\t').next()?.trim();
            let stripped: PathBuf = Path::new(path).components().skip(1).collect();
            (path != "/dev/null" && !stripped.as_os_str().is_empty()).then_some(stripped)
        })
        .collect()
}

/// Applies every patch in order to `tree`, or fails naming the patch and hunk that does not apply.
pub fn apply_series(sh: &Shell, tree: &Path, patches: &[PathBuf]) -> Result<()> {
    let scratch = sibling(tree, "patch-check");
    let _ = fs::remove_dir_all(&scratch);
    let _cleanup = RemoveOnDrop(Some(scratch.clone()));
    for patch in patches {
        for file in touched_files(&fs::read_to_string(patch)?) {
            let (from, to) = (tree.join(&file), scratch.join(&file));
            if from.exists() && !to.exists() {
                fs::create_dir_all(to.parent().unwrap())?;
                fs::copy(&from, &to)?;
            }
        }
    }
    fs::create_dir_all(&scratch)?;

    // The dry run of each patch sees the earlier ones applied, as the real run will.
    for patch in patches {
        run_patch(sh, &scratch, patch, true)?;
        run_patch(sh, &scratch, patch, false)?;
    }
    for patch in patches {
        run_patch(sh, tree, patch, false)?;
    }
    Ok(())
}

fn run_patch(sh: &Shell, dir: &Path, patch: &Path, dry_run: bool) -> Result<()> {
    let _dir = sh.push_dir(dir);
    let dry = dry_run.then_some("--dry-run");
    // --fuzz=0: against a pinned tree, a hunk that needs fuzz is in the wrong place.
    let output = cmd!(
        sh,
        "patch -p1 --forward --batch --fuzz=0 --no-backup-if-mismatch {dry...} -i {patch}"
    )
    .quiet()
    .ignore_status()
    .output()?;
    if output.status.success() {
        return Ok(());
    }
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let name = patch.file_name().unwrap_or_default().to_string_lossy();
    bail!(
        "patch {name} does not apply: {}. Nothing was built, and the tree is not marked as patched, \
         so the next run starts from a fresh copy. Rebase the patch on the pinned LLVM (see \
         llvm-pin.toml) and run the command again. patch said:\n{}",
        failed_hunks(&said),
        said.lines().map(|line| format!("    {line}\n")).collect::<String>(),
    )
}

/// "hunk #2 of llvm/lib/X.cpp (at line 68)" for each failed hunk, from patch's output.
fn failed_hunks(output: &str) -> String {
    let mut file = "";
    let mut failed = Vec::new();
    for line in output.lines() {
        if let Some(name) = line
            .strip_prefix("checking file ")
            .or_else(|| line.strip_prefix("patching file "))
        {
            file = name.trim();
        } else if let Some(rest) = line.strip_prefix("Hunk #") {
            if let Some((number, at)) = rest.split_once(" FAILED at ") {
                failed.push(format!(
                    "hunk #{number} of {file} failed (at line {})",
                    at.trim_end_matches('.')
                ));
            }
        } else if line.contains("can't find file to patch") || line.starts_with("No file to patch")
        {
            failed.push("a file it patches is missing".to_owned());
        } else if line.contains("previously applied") {
            failed.push(format!("{file} already has it applied"));
        }
    }
    if failed.is_empty() {
        "patch failed".to_owned()
    } else {
        failed.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str =
        "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\ntwelve\n";
    const FIRST: &str = "--- a/src/x.txt\n+++ b/src/x.txt\n@@ -1,4 +1,5 @@\n one\n+one and a half\n two\n three\n four\n";
    const SECOND: &str = "--- a/src/x.txt\n+++ b/src/x.txt\n@@ -6,6 +7,7 @@\n six\n seven\n eight\n+eight and a half\n nine\n ten\n eleven\n";

    fn setup(x: &str) -> (tempfile::TempDir, PathBuf, Vec<PathBuf>) {
        let dir = tempfile::tempdir().unwrap();
        let tree = dir.path().join("tree");
        fs::create_dir_all(tree.join("src")).unwrap();
        fs::write(tree.join("src/x.txt"), x).unwrap();
        let patches = dir.path().join("patches");
        fs::create_dir_all(&patches).unwrap();
        fs::write(patches.join("0001-first.patch"), FIRST).unwrap();
        fs::write(patches.join("0002-second.patch"), SECOND).unwrap();
        let series = series(&patches).unwrap();
        (dir, tree, series)
    }

    #[test]
    fn a_series_applies_in_order() {
        let (_dir, tree, patches) = setup(ORIGINAL);
        apply_series(&Shell::new().unwrap(), &tree, &patches).unwrap();
        let patched = fs::read_to_string(tree.join("src/x.txt")).unwrap();
        assert!(patched.contains("one and a half") && patched.contains("eight and a half"));
        assert_eq!(touched_files(FIRST), vec![PathBuf::from("src/x.txt")]);
    }

    #[test]
    fn a_failing_hunk_is_named_and_nothing_changes() {
        let changed = ORIGINAL.replace("seven", "SEVEN");
        let (_dir, tree, patches) = setup(&changed);
        let err = apply_series(&Shell::new().unwrap(), &tree, &patches)
            .unwrap_err()
            .to_string();
        assert!(err.contains("0002-second.patch"), "{err}");
        assert!(err.contains("hunk #1 of src/x.txt failed"), "{err}");
        // The dry run failed, so the first patch was not applied to the tree either.
        assert_eq!(fs::read_to_string(tree.join("src/x.txt")).unwrap(), changed);
        assert!(!sibling(&tree, "patch-check").exists());
    }
}
