//! A lit-like runner for the golden stack-report tests in `tests/golden/**/*.ll`.
//!
//! Each file carries its own commands in `; RUN: <cmd>` lines (a line ending in `\` continues on the
//! next `; RUN:` line). Substitutions:
//!
//! | token        | becomes                                                         |
//! |--------------|-----------------------------------------------------------------|
//! | `%llc`       | the custom llc (`STACKBOUND_LLC`, else `target/llc/bin/llc`)    |
//! | `%stock_llc` | the stock llc of the pinned LLVM version                        |
//! | `%filecheck` | FileCheck of the pinned LLVM version                            |
//! | `%s`         | the test file                                                   |
//! | `%S`         | the directory of the test file                                  |
//! | `%t`         | a per-test temp path prefix (`%t.json`, `%t.o`, `mkdir %t` ...) |
//! | `%T`         | the per-test temp directory                                     |
//! | `%%`         | a literal `%`                                                   |
//!
//! Every RUN line runs as `bash -o pipefail -c '<line>'` in the per-test temp directory, with the
//! stock LLVM bin directory first on PATH (so `not`, `count`, `llvm-objdump` work as in lit). A test
//! passes when all its RUN lines exit 0; the first failing line fails the file. Files under a
//! directory named `Inputs` are not tests (as in lit). A file without RUN lines fails, and so does
//! an empty test directory: the runner never passes vacuously.
//!
//! `STACKBOUND_GOLDEN_DIR` runs another directory instead of `tests/golden`;
//! `STACKBOUND_GOLDEN_FILTER` runs only the files whose relative path contains that string.

use std::path::{Path, PathBuf};
use std::process::Command;

use stackbound_tests::*;

fn golden_dir() -> PathBuf {
    match std::env::var_os("STACKBOUND_GOLDEN_DIR") {
        Some(d) => PathBuf::from(d),
        None => workspace_root().join("tests/golden"),
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "Inputs") {
                collect(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "ll" || e == "mir") {
            out.push(p);
        }
    }
}

/// The RUN lines of a test file, continuation lines joined.
fn run_lines(text: &str) -> Result<Vec<String>, String> {
    let mut lines = Vec::new();
    let mut pending: Option<String> = None;
    for (n, line) in text.lines().enumerate() {
        let Some(pos) = line.find("RUN:") else {
            if pending.is_some() {
                return Err(format!(
                    "line {}: a RUN line ends in `\\` but the next line is not a RUN line",
                    n + 1
                ));
            }
            continue;
        };
        // Only RUN lines inside comments count: `; RUN:` in .ll files, `# RUN:` in .mir ones.
        let lead = line[..pos].trim_start();
        if !lead.starts_with(';') && !lead.starts_with('#') {
            continue;
        }
        let cmd = line[pos + 4..].trim();
        let (cmd, continues) = match cmd.strip_suffix('\\') {
            Some(c) => (c.trim_end(), true),
            None => (cmd, false),
        };
        let joined = match pending.take() {
            Some(mut p) => {
                p.push(' ');
                p.push_str(cmd);
                p
            }
            None => cmd.to_string(),
        };
        if continues {
            pending = Some(joined);
        } else if !joined.is_empty() {
            lines.push(joined);
        }
    }
    if pending.is_some() {
        return Err("the last RUN line ends in `\\`".into());
    }
    Ok(lines)
}

struct Subst {
    llc: String,
    stock_llc: String,
    filecheck: String,
}

/// Replaces the `%` tokens, longest name first, in one left-to-right pass (so `%stock_llc` is not
/// read as `%s` followed by `tock_llc`, and a substituted path is never substituted again).
fn substitute(cmd: &str, s: &Subst, file: &Path, tmp_prefix: &Path) -> String {
    let file_s = shell_quote(&file.to_string_lossy());
    let dir_s = shell_quote(&file.parent().unwrap().to_string_lossy());
    let t = shell_quote(&tmp_prefix.to_string_lossy());
    let tdir = shell_quote(&tmp_prefix.parent().unwrap().to_string_lossy());
    let table: [(&str, &str); 8] = [
        ("%stock_llc", &s.stock_llc),
        ("%filecheck", &s.filecheck),
        ("%llc", &s.llc),
        ("%%", "%"),
        ("%s", &file_s),
        ("%S", &dir_s),
        ("%t", &t),
        ("%T", &tdir),
    ];
    let mut out = String::with_capacity(cmd.len() * 2);
    let mut rest = cmd;
    'outer: while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        for (tok, val) in table {
            if rest.starts_with(tok) {
                out.push_str(val);
                rest = &rest[tok.len()..];
                continue 'outer;
            }
        }
        out.push('%');
        rest = &rest[1..];
    }
    out.push_str(rest);
    out
}

struct Test {
    file: PathBuf,
    rel: String,
}

fn run_test(t: &Test, subst: &Subst, scratch: &Path) -> Result<usize, String> {
    let text = std::fs::read_to_string(&t.file).map_err(|e| format!("reading: {e}"))?;
    let lines = run_lines(&text)?;
    if lines.is_empty() {
        return Err("no `; RUN:` lines: a golden test must run something".into());
    }
    let dir = scratch.join(t.rel.replace('/', "__"));
    std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let stem = t.file.file_name().unwrap().to_string_lossy().into_owned();
    let prefix = dir.join(format!("{stem}.tmp"));
    let path = match std::env::var_os("PATH") {
        Some(p) => {
            let mut v = vec![llvm_bin_dir()];
            v.extend(std::env::split_paths(&p));
            std::env::join_paths(v).unwrap()
        }
        None => llvm_bin_dir().into_os_string(),
    };
    for (i, line) in lines.iter().enumerate() {
        let cmd = substitute(line, subst, &t.file, &prefix);
        let mut c = Command::new("bash");
        c.arg("-o")
            .arg("pipefail")
            .arg("-c")
            .arg(&cmd)
            .current_dir(&dir)
            .env("PATH", &path)
            .env("LC_ALL", "C");
        if let Err(e) = try_run(&mut c) {
            return Err(format!(
                "RUN line {} of {}: {line}\nexpanded: {cmd}\n{}",
                i + 1,
                lines.len(),
                indent(&e.to_string())
            ));
        }
    }
    Ok(lines.len())
}

fn indent(s: &str) -> String {
    s.lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn golden() {
    let dir = golden_dir();
    assert!(
        dir.is_dir(),
        "golden test directory {} does not exist",
        dir.display()
    );
    let mut files = Vec::new();
    collect(&dir, &mut files);
    let filter = std::env::var("STACKBOUND_GOLDEN_FILTER").ok();
    let tests: Vec<Test> = files
        .into_iter()
        .map(|file| {
            let rel = file
                .strip_prefix(&dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            Test { file, rel }
        })
        .filter(|t| filter.as_deref().is_none_or(|f| t.rel.contains(f)))
        .collect();
    assert!(
        !tests.is_empty(),
        "no golden tests (*.ll) in {}{}: the runner refuses to pass with nothing to run",
        dir.display(),
        filter
            .map(|f| format!(" matching STACKBOUND_GOLDEN_FILTER={f:?}"))
            .unwrap_or_default()
    );

    let subst = Subst {
        llc: shell_quote(&custom_llc().to_string_lossy()),
        stock_llc: shell_quote(&stock_llc().to_string_lossy()),
        filecheck: shell_quote(&filecheck().to_string_lossy()),
    };
    let scratch = Scratch::new("golden");
    let results = par_map(&tests, |t| run_test(t, &subst, scratch.path()));

    let mut failures = Vec::new();
    let mut run_count = 0;
    for (t, r) in tests.iter().zip(results) {
        match r {
            Ok(Ok(n)) => {
                run_count += n;
                eprintln!("PASS: {} ({n} RUN lines)", t.rel);
            }
            Ok(Err(e)) | Err(e) => {
                eprintln!("FAIL: {}", t.rel);
                failures.push(format!("FAIL: {}\n{}", t.file.display(), indent(&e)));
            }
        }
    }
    eprintln!(
        "golden: {} files, {} RUN lines passed; {} passed, {} failed",
        tests.len(),
        run_count,
        tests.len() - failures.len(),
        failures.len()
    );
    if !failures.is_empty() {
        panic!(
            "{} of {} golden tests failed:\n\n{}",
            failures.len(),
            tests.len(),
            failures.join("\n\n")
        );
    }
}

#[cfg(test)]
mod runner {
    use super::*;

    #[test]
    fn continuation_and_comment_rules() {
        let text = "; RUN: a \\\n; RUN:   b | c\n; RUN: d\ndefine void @f() { ; RUN: not a comment start\n  ret void\n}\n";
        let lines = run_lines(text).unwrap();
        assert_eq!(lines, vec!["a b | c", "d"]);
        assert!(run_lines("; RUN: a \\\n").is_err());
        assert!(run_lines("; nothing here\n").unwrap().is_empty());
    }

    #[test]
    fn substitution_is_single_pass_and_longest_first() {
        let s = Subst {
            llc: "/L/llc".into(),
            stock_llc: "/S/llc".into(),
            filecheck: "/F/FileCheck".into(),
        };
        let got = substitute(
            "%stock_llc %s -o %t.o && %llc %s | %filecheck %s --check-prefix=X 100%% %S %T %q",
            &s,
            Path::new("/g/a%s.ll"),
            Path::new("/tmp/x/a.ll.tmp"),
        );
        assert_eq!(
            got,
            // The file's own `%s` is quoted (shell-words quotes `%`) and never substituted again.
            "/S/llc '/g/a%s.ll' -o /tmp/x/a.ll.tmp.o && /L/llc '/g/a%s.ll' | /F/FileCheck '/g/a%s.ll' --check-prefix=X 100% /g /tmp/x %q"
        );
    }
}
