//! The real `stackbound` binary: recorded input, every output format, budgets, bad input and
//! every way of not having the right llc. A fake llc (a shell script) stands in for the custom
//! one so the llc plumbing is tested without it.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_stackbound");
const STOCK_LLC: &str = "/usr/lib/llvm-22/bin/llc";

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

fn stackbound(args: &[&str]) -> Output {
    stackbound_in(&data_dir(), args, &[])
}

fn stackbound_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .current_dir(dir)
        .env_remove("STACKBOUND_LLC")
        // No user-cache llc of the machine's user takes part.
        .env("XDG_CACHE_HOME", "/nonexistent/stackbound-test-cache");
    for (k, v) in env {
        command.env(k, v);
    }
    output(&mut command)
}

/// Runs a command to completion, forking under [`FORK_LOCK`]: spawn returns once the child has
/// exec'd, so no child of ours still holds an executable that another thread is writing (that
/// would make its exec fail with "Text file busy").
fn output(command: &mut Command) -> Output {
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    let child = {
        let _guard = FORK_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        command.spawn().expect("the binary runs")
    };
    child.wait_with_output().expect("the binary runs")
}

/// Held while writing an executable script and while forking a child.
static FORK_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[track_caller]
fn expect_code(out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "\n--- stdout:\n{}\n--- stderr:\n{}",
        stdout(out),
        stderr(out)
    );
}

/// Exit 2 with one `stackbound: error:` paragraph mentioning every needle, and no panic.
#[track_caller]
fn expect_error(out: &Output, needles: &[&str]) {
    expect_code(out, 2);
    let err = stderr(out);
    assert!(err.starts_with("stackbound: error: "), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    for needle in needles {
        assert!(err.contains(needle), "missing {needle:?} in:\n{err}");
    }
}

#[test]
fn seed_text_output() {
    let out = stackbound(&["--records", "seed.jsonl", "--assume", "println=72"]);
    expect_code(&out, 0);
    // Totals derived in tests/fixtures.rs: launch 8 + 72, main 40 + 16, factorial 16.
    assert_eq!(
        stdout(&out),
        "Spaceship_launch: 80\n\
         factorial: 16  (≥: excludes recursive factorial)\n\
         main: 56  (≥: excludes recursive factorial, indirect call)\n\
         triple: 16\n"
    );
}

#[test]
fn unbounded_and_unknown_markers() {
    let out = stackbound(&["--records", "cases.jsonl"]);
    expect_code(&out, 0);
    let text = stdout(&out);
    assert!(
        text.contains("uses_alloca: unbounded  (dynamic alloca; unknown SP at call #12)\n"),
        "{text}"
    );
    assert!(
        text.contains("calls_unknown: 16  (≥: excludes unknown memcpy, unknown mystery)\n"),
        "{text}"
    );
    assert!(text.contains("tail_with_args: 64\n"), "{text}");

    let out = stackbound(&["--records", "cases.jsonl", "--strict"]);
    expect_code(&out, 0);
    assert!(
        stdout(&out).contains("parity: unbounded  (strict: excludes recursive even/odd)\n"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn clash_is_disambiguated() {
    let out = stackbound(&["--records", "clash_a.jsonl", "--records=clash_b.jsonl"]);
    expect_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "entry_a: 116\nentry_b: 140\nhelper [a.ll]: 100\nhelper [b.ll]: 24\n"
    );
    let out = stackbound(&[
        "--records",
        "clash_a.jsonl",
        "--records",
        "clash_b.jsonl",
        "--explain",
        "helper",
    ]);
    expect_error(&out, &["a.ll:helper", "b.ll:helper"]);
    let out = stackbound(&[
        "--records",
        "clash_a.jsonl",
        "--records",
        "clash_b.jsonl",
        "--explain",
        "b.ll:helper",
    ]);
    expect_code(&out, 0);
}

#[test]
fn demangled_names() {
    let out = stackbound(&[
        "--records",
        "odr_a.jsonl",
        "--records",
        "odr_b.jsonl",
        "--demangle",
    ]);
    expect_code(&out, 0);
    assert_eq!(stdout(&out), "hook: 64\ninline(int): 120\nuser_a: 136\n");
}

#[test]
fn json_output() {
    let out = stackbound(&[
        "--records",
        "seed.jsonl",
        "--assume",
        "println=72",
        "--format",
        "json",
    ]);
    expect_code(&out, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["format"], "stackbound-report");
    assert_eq!(v["version"], 2);
    let main = v["functions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "main")
        .unwrap();
    assert_eq!(main["total"], 56);
    assert_eq!(main["own_depth"], 40);
    assert_eq!(main["status"], "lower_bound");
    assert_eq!(main["calls"][0]["role"], "counted");
    assert_eq!(main["calls"][0]["contributes"], 56);
    assert_eq!(main["calls"][2]["role"], "indirect");
}

#[test]
fn explain_output() {
    let out = stackbound(&[
        "--records",
        "seed.jsonl",
        "--assume",
        "println=72",
        "--explain",
        "main",
    ]);
    expect_code(&out, 0);
    let text = stdout(&out);
    assert!(
        text.starts_with("main: 56  (≥: excludes recursive factorial, indirect call)\n"),
        "{text}"
    );
    assert!(
        text.contains("at      0  main  own 40, total 56\n"),
        "{text}"
    );
    assert!(
        text.contains("call #4 at depth 40 -> triple (seed.vale:23:7)\n"),
        "{text}"
    );
    assert!(
        text.contains("at     40  triple  own 16, total 16\n"),
        "{text}"
    );
    assert!(
        text.contains("indirect call #15 in main (seed.vale:27:5)"),
        "{text}"
    );

    let out = stackbound(&[
        "--records",
        "seed.jsonl",
        "--explain",
        "main",
        "--format",
        "json",
    ]);
    expect_code(&out, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["steps"][1]["at"], 40);

    let out = stackbound(&["--records", "seed.jsonl", "--explain", "nope"]);
    expect_error(&out, &["--explain nope", "no function"]);
}

#[test]
fn dot_output() {
    let out = stackbound(&[
        "--records",
        "seed.jsonl",
        "--assume",
        "println=72",
        "--format",
        "dot",
        "--explain",
        "main",
    ]);
    expect_code(&out, 0);
    let text = stdout(&out);
    assert!(text.starts_with("digraph stack {"), "{text}");
    // main (f2) -> triple (f3) is the highlighted worst path; the recursive call is dashed.
    assert!(
        text.contains("f2 -> f3 [label=\"@40\", color=red, penwidth=2];"),
        "{text}"
    );
    assert!(
        text.contains("f2 -> f1 [label=\"@40\", style=dashed];"),
        "{text}"
    );
    assert!(
        text.contains("f2 -> indirect [label=\"@40\", style=dashed];"),
        "{text}"
    );
}

#[test]
fn folded_output() {
    let out = stackbound(&[
        "--records",
        "seed.jsonl",
        "--assume",
        "println=72",
        "--format",
        "folded",
    ]);
    expect_code(&out, 0);
    // Each line is a frame's own share; a root's lines sum to its total (main: 40 + 16).
    assert_eq!(
        stdout(&out),
        "Spaceship_launch 8\nSpaceship_launch;println 72\nfactorial 16\nmain 40\nmain;triple 16\n"
    );
}

#[test]
fn budgets_exit_one() {
    let out = stackbound(&["--records", "seed.jsonl", "--assumptions", "budgets.toml"]);
    expect_code(&out, 1);
    // main 56 > 48; triple 16 is within 16.
    let err = stderr(&out);
    assert!(
        err.contains("stack budget exceeded by 1 function:\n  main: 56 > 48 (budget)"),
        "{err}"
    );
    assert!(
        stdout(&out).contains("main: 56"),
        "the report is still printed"
    );

    let out = stackbound(&[
        "--records",
        "seed.jsonl",
        "--assume",
        "println=72",
        "--max-stack",
        "56",
    ]);
    expect_code(&out, 1);
    let err = stderr(&out);
    assert!(
        err.contains("Spaceship_launch: 80 > 56 (--max-stack)"),
        "{err}"
    );
    assert!(!err.contains("main:"), "{err}");

    let out = stackbound(&["--records", "cases.jsonl", "--max-stack", "1000"]);
    expect_code(&out, 1);
    assert!(
        stderr(&out).contains("uses_alloca: unbounded > 1000"),
        "{}",
        stderr(&out)
    );

    let out = stackbound(&["--records", "seed.jsonl", "--max-stack", "1000"]);
    expect_code(&out, 0);
}

/// `--entry`: the report, its budgets and `--explain` cover what the roots reach. In seed.jsonl
/// `main` calls `triple` and `factorial` directly and `Spaceship_launch` only through its
/// indirect call, which only `--resolve-indirect` follows.
#[test]
fn entry_roots() {
    let base = ["--records", "seed.jsonl", "--assume", "println=72"];
    let out = stackbound(&[&base[..], &["--entry", "main", "--max-stack", "56"]].concat());
    expect_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "factorial: 16  (≥: excludes recursive factorial)\n\
         main: 56  (≥: excludes recursive factorial, indirect call)\n\
         triple: 16\n"
    );
    // Spaceship_launch (80 > 56) is outside: no budget failure; through the resolved call it
    // is inside, and main's 40 + 8 + 72 = 120 fails too.
    let out = stackbound(
        &[
            &base[..],
            &["--entry", "main", "--resolve-indirect", "--max-stack", "56"],
        ]
        .concat(),
    );
    expect_code(&out, 1);
    assert!(
        stderr(&out).contains("Spaceship_launch: 80 > 56"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("main: 120 > 56"), "{}", stderr(&out));
    // Globs, and the JSON names the roots.
    let out = stackbound(&[&base[..], &["--entry", "t*", "--format", "json"]].concat());
    expect_code(&out, 0);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let names: Vec<&str> = json["functions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["triple"]);
    assert_eq!(json["entries"], serde_json::json!(["t*"]));
    expect_error(
        &stackbound(&[&base[..], &["--entry", "t*", "--explain", "main"]].concat()),
        &["--explain main", "--entry roots reach"],
    );
    expect_error(
        &stackbound(&[&base[..], &["--entry", "mian"]].concat()),
        &["--entry mian", "no function"],
    );
}

#[test]
fn bad_records() {
    expect_error(
        &stackbound(&["--records", "empty.jsonl"]),
        &["empty.jsonl", "empty"],
    );
    expect_error(
        &stackbound(&["--records", "junk.bin"]),
        &["junk.bin:1", "binary"],
    );
    expect_error(
        &stackbound(&["--records", "truncated.jsonl"]),
        &["truncated.jsonl", "no `end` record"],
    );
    expect_error(&stackbound(&["--records", "future.jsonl"]), &["schema 4"]);
    expect_error(
        &stackbound(&["--records", "missing.jsonl"]),
        &["missing.jsonl"],
    );
    expect_error(
        &stackbound(&[
            "--records",
            "odr_a.jsonl",
            "--records",
            "strong_twice.jsonl",
        ]),
        &["user_a", "duplicate symbol"],
    );
}

#[test]
fn usage_errors() {
    expect_error(&stackbound(&[]), &["no input"]);
    expect_error(
        &stackbound(&["--records", "seed.jsonl", "--format", "xml"]),
        &["xml"],
    );
    expect_error(&stackbound(&["--wat"]), &["--wat", "--help"]);
    expect_error(
        &stackbound(&["--records", "seed.jsonl", "--assume", "println"]),
        &["NAME=BYTES"],
    );
    // A record file where IR is expected: named as such, before any llc is looked for.
    expect_error(
        &stackbound(&["seed.jsonl"]),
        &[
            "seed.jsonl is a stack-report record file",
            "--records seed.jsonl",
        ],
    );
    let out = stackbound(&["--help"]);
    expect_code(&out, 0);
    assert!(stdout(&out).contains("--records"));
    expect_error(&stackbound(&["-O7"]), &["--opt-level", "7", "0, 1, 2, 3"]);
    expect_error(&stackbound(&["annotate"]), &["IN.ll"]);
}

/// Completions and the man page come from the same definition as `--help`: every option
/// `--help` lists is in both.
#[test]
fn completions_and_man_page() {
    let help = stdout(&stackbound(&["--help"]));
    let bash = stackbound(&["completions", "bash"]);
    expect_code(&bash, 0);
    let man = stackbound(&["man"]);
    expect_code(&man, 0);
    let (bash, man) = (stdout(&bash), stdout(&man));
    assert!(
        man.starts_with(".ie") && man.contains(".TH stackbound 1"),
        "{man}"
    );
    let longs: Vec<&str> = help
        .split_whitespace()
        .filter_map(|w| w.strip_prefix("--"))
        .map(|w| w.trim_end_matches([',', '.', ')']))
        .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .collect();
    assert!(longs.len() > 20, "{longs:?}");
    for long in longs {
        assert!(
            bash.contains(&format!("--{long}")),
            "--{long} not in the bash completions"
        );
        assert!(
            man.contains(&format!("\\-\\-{}", long.replace('-', "\\-"))),
            "--{long} not in the man page"
        );
    }
    expect_error(&stackbound(&["completions", "tcsh"]), &["tcsh"]);
}

// ---- llc discovery and probing ----

#[test]
fn missing_llc() {
    let dir = tempfile::tempdir().unwrap();
    // Inputs are checked before llc is looked for: this one is plausible IR.
    std::fs::write(
        dir.path().join("a.ll"),
        "define void @f() {\n  ret void\n}\n",
    )
    .unwrap();
    let out = stackbound_in(dir.path(), &["--llc", "/nonexistent/llc", "a.ll"], &[]);
    expect_error(&out, &["/nonexistent/llc", "cargo xtask build-llc"]);

    let out = stackbound_in(
        dir.path(),
        &["a.ll"],
        &[("STACKBOUND_LLC", "/nonexistent/env-llc")],
    );
    expect_error(
        &out,
        &[
            "/nonexistent/env-llc",
            "STACKBOUND_LLC",
            "cargo xtask build-llc",
        ],
    );

    // A copy of the binary outside any workspace, run outside any workspace: nothing to find.
    let bin = dir.path().join("stackbound");
    {
        let _guard = FORK_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        std::fs::copy(BIN, &bin).unwrap();
    }
    let out = output(
        Command::new(&bin)
            .arg("a.ll")
            .current_dir(dir.path())
            .env_remove("STACKBOUND_LLC")
            .env("XDG_CACHE_HOME", dir.path().join("cache")),
    );
    expect_error(&out, &["no custom llc found", "cargo xtask build-llc"]);
}

#[test]
fn stock_llc_is_diagnosed() {
    if !Path::new(STOCK_LLC).exists() {
        eprintln!("skipped: no stock llc at {STOCK_LLC}");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.ll"),
        "define void @f() {\n  ret void\n}\n",
    )
    .unwrap();
    let out = stackbound_in(dir.path(), &["--llc", STOCK_LLC, "a.ll"], &[]);
    expect_error(
        &out,
        &["stock llc", "-stack-report", "cargo xtask build-llc"],
    );
    assert_eq!(
        stderr(&out).trim_end().lines().count(),
        1,
        "one paragraph: {}",
        stderr(&out)
    );
}

/// A stand-in for the custom llc: reports the pin, copies `<input>.jsonl` as the report, fails
/// like llc on inputs containing `syntax error`, and logs its arguments.
const FAKE_LLC: &str = r#"#!/bin/sh
for a in "$@"; do
  if [ "$a" = "--version" ]; then
    echo "LLVM (http://llvm.org/):"
    echo "  LLVM version ${FAKE_VERSION:-22.1.8}"
    exit 0
  fi
done
input=""; out=""; report=""; prev=""
for a in "$@"; do
  case "$a" in
    -stack-report=*) report="${a#-stack-report=}" ;;
    -*) ;;
    *) if [ "$prev" = "-o" ]; then out="$a"; else input="$a"; fi ;;
  esac
  prev="$a"
done
[ -n "$FAKE_LOG" ] && echo "$*" >> "$FAKE_LOG"
if grep -q "syntax error" "$input"; then
  echo "llc: $input:3:5: error: expected instruction opcode" >&2
  echo "  syntax error here" >&2
  exit 1
fi
if [ -f "$input.jsonl" ]; then
  cp "$input.jsonl" "$report"
elif grep -q stackbound_probe "$input"; then
  printf '%s\n' '{"schema":3,"kind":"module","source":"p","module_id":"p","triple":"x","llvm_version":"22.1.8","pass":"stack-report"}' \
    '{"schema":3,"kind":"function","interrupt":false,"name":"stackbound_probe","linkage":"external","own_depth":8,"dynamic":false,"flags":[],"address_taken":false,"calls":[]}' \
    '{"schema":3,"kind":"symbols","address_taken":[],"aliases":[],"ifuncs":[]}' \
    '{"schema":3,"kind":"end","functions":1}' > "$report"
else
  echo "no sidecar for $input" >&2
  exit 3
fi
: > "$out"
"#;

fn fake_llc(dir: &Path) -> PathBuf {
    let path = dir.join("llc");
    let _guard = FORK_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    std::fs::write(&path, FAKE_LLC).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

/// Sets up the seed and clash fixtures as "IR" files with their reports as sidecars.
fn fake_inputs(dir: &Path) {
    for (ll, jsonl) in [
        ("seed.ll", "seed.jsonl"),
        ("a.ll", "clash_a.jsonl"),
        ("b.ll", "clash_b.jsonl"),
        ("cut.ll", "truncated.jsonl"),
    ] {
        std::fs::write(dir.join(ll), "; stand-in IR\n").unwrap();
        std::fs::copy(data_dir().join(jsonl), dir.join(format!("{ll}.jsonl"))).unwrap();
    }
    std::fs::write(
        dir.join("bad.ll"),
        "define void @f() {\n\n  syntax error\n}\n",
    )
    .unwrap();
}

#[test]
fn fake_llc_end_to_end() {
    let dir = tempfile::tempdir().unwrap();
    let llc = fake_llc(dir.path());
    fake_inputs(dir.path());
    let log = dir.path().join("log");
    let llc = llc.to_str().unwrap();
    let out = stackbound_in(
        dir.path(),
        &[
            "--llc",
            llc,
            "seed.ll",
            "a.ll",
            "b.ll",
            "-mtriple=x86_64-unknown-linux-gnu",
            "-O2",
            "-mcpu=znver4",
            "-mattr=+avx2",
            "-relocation-model=pic",
            "--assume",
            "println=72",
            "-j",
            "3",
        ],
        &[("FAKE_LOG", log.to_str().unwrap())],
    );
    expect_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "Spaceship_launch: 80\n\
         entry_a: 116\n\
         entry_b: 140\n\
         factorial: 16  (≥: excludes recursive factorial)\n\
         helper [a.ll]: 100\n\
         helper [b.ll]: 24\n\
         main: 56  (≥: excludes recursive factorial, indirect call)\n\
         triple: 16\n"
    );
    let log = std::fs::read_to_string(&log).unwrap();
    let runs: Vec<&str> = log.lines().filter(|l| !l.contains("probe.ll")).collect();
    assert_eq!(runs.len(), 3, "{log}");
    for run in runs {
        for flag in [
            "-filetype=null",
            "-stack-report=",
            "-mtriple=x86_64-unknown-linux-gnu",
            "-O2",
            "-mcpu=znver4",
            "-mattr=+avx2",
            "-relocation-model=pic",
        ] {
            assert!(run.contains(flag), "{flag} missing from: {run}");
        }
    }

    // Also found through the environment variable.
    let out = stackbound_in(dir.path(), &["seed.ll"], &[("STACKBOUND_LLC", llc)]);
    expect_code(&out, 0);
}

#[test]
fn fake_llc_failures() {
    let dir = tempfile::tempdir().unwrap();
    let llc = fake_llc(dir.path());
    fake_inputs(dir.path());
    let llc = llc.to_str().unwrap();

    // llc's own diagnostic keeps file and line; the command and exit status are shown.
    let out = stackbound_in(dir.path(), &["--llc", llc, "seed.ll", "bad.ll"], &[]);
    expect_error(
        &out,
        &[
            "llc failed on bad.ll",
            "llc: bad.ll:3:5: error: expected instruction opcode",
            "exit status: 1",
            "command: ",
        ],
    );

    // A report without its `end` record (llc killed part-way).
    let out = stackbound_in(dir.path(), &["--llc", llc, "cut.ll"], &[]);
    expect_error(&out, &["cut.ll", "no `end` record"]);

    let out = stackbound_in(dir.path(), &["--llc", llc, "nothere.ll"], &[]);
    expect_error(&out, &["nothere.ll does not exist"]);

    let out = stackbound_in(
        dir.path(),
        &["--llc", llc, "seed.ll"],
        &[("FAKE_VERSION", "21.1.0")],
    );
    expect_error(
        &out,
        &[
            "LLVM 21.1.0",
            "pinned to LLVM 22.1.8",
            "cargo xtask build-llc",
        ],
    );

    // Something that is not llc at all.
    let out = stackbound_in(dir.path(), &["--llc", "/bin/true", "seed.ll"], &[]);
    expect_error(&out, &["does not look like llc"]);
}

/// `stackbound annotate` with the fake llc: the constants follow the recorded report, the input
/// is kept verbatim, and the bad cases are refused with exit status 2.
#[test]
fn annotate_with_fake_llc() {
    let dir = tempfile::tempdir().unwrap();
    let llc = fake_llc(dir.path());
    let llc = llc.to_str().unwrap();
    let ir = "define i64 @triple(i64 %x) {\n  ret i64 %x\n}\n\
              define i64 @factorial(i64 %z) {\n  ret i64 %z\n}\n\
              define void @Spaceship_launch(ptr %s) {\n  ret void\n}\n\
              define void @main() {\n  ret void\n}\n";
    std::fs::write(dir.path().join("seed.ll"), ir).unwrap();
    std::fs::copy(
        data_dir().join("seed.jsonl"),
        dir.path().join("seed.ll.jsonl"),
    )
    .unwrap();
    let log = dir.path().join("log");
    let env = [("FAKE_LOG", log.to_str().unwrap())];
    let args = [
        "annotate",
        "--llc",
        llc,
        "seed.ll",
        "-o",
        "out.ll",
        "--assume",
        "println=72",
        "--resolve-indirect",
        "-O2",
    ];
    let out = stackbound_in(dir.path(), &args, &env);
    expect_code(&out, 0);
    assert!(
        stderr(&out).contains("out.ll: 4 functions, 2 with a bound, 2 without (-1)"),
        "{}",
        stderr(&out)
    );
    let text = std::fs::read_to_string(dir.path().join("out.ll")).unwrap();
    assert!(text.starts_with(ir));
    let constants: Vec<&str> = text.lines().filter(|l| l.starts_with('@')).collect();
    // The recorded seed report (tests/data/seed.jsonl): triple 16, Spaceship_launch (internal)
    // 8 + 72; factorial and main are lower bounds (recursive factorial), main's indirect call
    // (type id 11, which Spaceship_launch has) now counted: 40 + 80 = 120.
    assert_eq!(
        constants,
        [
            "@__stackbound.Spaceship_launch = internal constant i64 80 ; 80 bytes",
            "@__stackbound.factorial = constant i64 -1 ; no bound: at least 16 bytes",
            "@__stackbound.main = constant i64 -1 ; no bound: at least 120 bytes",
            "@__stackbound.triple = constant i64 16 ; 16 bytes",
        ]
    );
    assert!(text.contains("-O2 (assumed sizes: println=72)"), "{text}");
    // --resolve-indirect makes llc record type ids.
    let log = std::fs::read_to_string(&log).unwrap();
    assert!(
        log.lines()
            .any(|l| l.contains("seed.ll") && l.contains("-call-graph-section")),
        "{log}"
    );

    // Already annotated, no output named, bitcode, overwriting the input: refused.
    std::fs::copy(
        data_dir().join("seed.jsonl"),
        dir.path().join("out.ll.jsonl"),
    )
    .unwrap();
    let again = stackbound_in(
        dir.path(),
        &["annotate", "--llc", llc, "out.ll", "-o", "x.ll"],
        &[],
    );
    expect_error(&again, &["already holds stackbound annotations"]);
    let no_out = stackbound_in(dir.path(), &["annotate", "--llc", llc, "seed.ll"], &[]);
    expect_error(&no_out, &["-o OUT.ll or --out-dir DIR"]);
    std::fs::write(dir.path().join("m.bc"), b"BC\xc0\xde\x35\x14").unwrap();
    let bc = stackbound_in(
        dir.path(),
        &["annotate", "--llc", llc, "m.bc", "-o", "m.ll"],
        &[],
    );
    expect_error(&bc, &["bitcode", "llvm-dis"]);
    let same = stackbound_in(
        dir.path(),
        &["annotate", "--llc", llc, "seed.ll", "-o", "seed.ll"],
        &[],
    );
    expect_error(&same, &["overwrite its input"]);
}

/// `cargo stackbound` reads cargo's flags, as cargo passes them (`cargo-stackbound
/// stackbound ...`), and says what it cannot analyse before building anything.
#[test]
fn cargo_subcommand() {
    let cargo_stackbound = env!("CARGO_BIN_EXE_cargo-stackbound");
    let run = |dir: &Path, args: &[&str]| {
        output(
            Command::new(cargo_stackbound)
                .arg("stackbound")
                .args(args)
                .current_dir(dir),
        )
    };
    let here = data_dir();
    let help = run(&here, &["--help"]);
    expect_code(&help, 0);
    for flag in [
        "--package",
        "--bin",
        "--example",
        "--lib",
        "--release",
        "--features",
        "--target",
        "--manifest-path",
        "--max-stack",
    ] {
        assert!(
            stdout(&help).contains(flag),
            "{flag} not in cargo stackbound --help"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("src")).unwrap();
    std::fs::write(
        dir.path().join("Cargo.toml"),
        "[package]\nname = \"onlylib\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("src/lib.rs"), "").unwrap();
    expect_error(&run(dir.path(), &[]), &["onlylib has no binary", "--lib"]);
    expect_error(
        &run(dir.path(), &["--bin", "x"]),
        &["no binary `x`", "none"],
    );
    expect_error(
        &run(dir.path(), &["-p", "other"]),
        &["no package `other`", "onlylib"],
    );
    expect_error(&run(dir.path(), &["--bin", "x", "--lib"]), &["--lib"]);
}

/// The pass hash this stackbound was built with (`stackbound llc status` prints it first).
fn pass_hash() -> String {
    let out = stackbound_in(&data_dir(), &["llc", "status"], &[]);
    let first = stdout(&out);
    let first = first.lines().next().unwrap_or_default();
    first.rsplit(' ').next().unwrap().to_string()
}

/// Writes the fake llc at `<dir>/bin/llc` with a manifest beside `bin/` carrying `pass_hash`.
fn fake_installed_llc(dir: &Path, pass_hash: Option<&str>) -> PathBuf {
    std::fs::create_dir_all(dir.join("bin")).unwrap();
    let llc = fake_llc(&dir.join("bin"));
    if let Some(hash) = pass_hash {
        let manifest = format!(
            "{{\n  \"manifest_version\": 1,\n  \"llvm_version\": \"22.1.8\",\n  \
             \"pass_schema_version\": 2,\n  \"pass_hash\": \"{hash}\",\n  \
             \"targets\": [\"X86\", \"AArch64\"],\n  \"host\": \"x86_64-unknown-linux-gnu\",\n  \
             \"build_mode\": \"overlay\"\n}}\n"
        );
        std::fs::write(dir.join("manifest.json"), manifest).unwrap();
    }
    llc
}

/// A binary outside every workspace, so only --llc, $STACKBOUND_LLC and the user cache count.
fn lone_binary(dir: &Path) -> PathBuf {
    let bin = dir.join("stackbound");
    let _guard = FORK_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    std::fs::copy(BIN, &bin).unwrap();
    bin
}

fn run_lone(bin: &Path, dir: &Path, args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut command = Command::new(bin);
    command
        .args(args)
        .current_dir(dir)
        .env_remove("STACKBOUND_LLC")
        .env_remove("XDG_CACHE_HOME")
        .env("HOME", dir.join("home"));
    for (k, v) in env {
        command.env(k, v);
    }
    output(&mut command)
}

#[test]
fn llc_status_finds_the_user_cache() {
    let dir = tempfile::tempdir().unwrap();
    let hash = pass_hash();
    assert_eq!(hash.len(), 64, "{hash}");
    let bin = lone_binary(dir.path());
    let cache = dir.path().join("xdg");
    let entry = cache.join(format!("stackbound/llc/22.1.8-{}", &hash[..12]));
    let llc = fake_installed_llc(&entry, Some(&hash));

    let out = run_lone(
        &bin,
        dir.path(),
        &["llc", "status"],
        &[("XDG_CACHE_HOME", &cache)],
    );
    expect_code(&out, 0);
    let text = stdout(&out);
    for needle in [
        "--llc: not given",
        "$STACKBOUND_LLC: unset",
        &format!("user cache: {}: found", llc.display()),
        "found by: the user cache",
        "LLVM version: 22.1.8 (matches the pin",
        "pass hash matches this stackbound's",
        "build_mode: overlay",
        "usable: yes",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }

    // Without XDG_CACHE_HOME: $HOME/.cache; the report uses that llc too.
    let home_entry = dir
        .path()
        .join(format!("home/.cache/stackbound/llc/22.1.8-{}", &hash[..12]));
    fake_installed_llc(&home_entry, Some(&hash));
    let out = run_lone(&bin, dir.path(), &["llc", "status"], &[]);
    expect_code(&out, 0);
    assert!(stdout(&out).contains(&format!("llc: {}/bin/llc", home_entry.display())));
    fake_inputs(dir.path());
    let out = run_lone(
        &bin,
        dir.path(),
        &["seed.ll", "--assume", "println=72"],
        &[],
    );
    expect_code(&out, 0);
    assert!(
        stdout(&out).contains("Spaceship_launch: 80"),
        "{}",
        stdout(&out)
    );

    // Nothing anywhere: every rule is listed, and the status is 2.
    let out = run_lone(
        &bin,
        dir.path(),
        &["llc", "status"],
        &[("HOME", &dir.path().join("nobody"))],
    );
    expect_code(&out, 2);
    assert!(stdout(&out).contains("user cache: "), "{}", stdout(&out));
    assert!(stdout(&out).contains("usable: no"), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("no custom llc found"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_stale_llc_is_refused_with_the_fix_named() {
    let dir = tempfile::tempdir().unwrap();
    let hash = pass_hash();
    let stale = "0".repeat(64);
    let bin = lone_binary(dir.path());
    let cache = dir.path().join("xdg");
    let entry = cache.join(format!("stackbound/llc/22.1.8-{}", &hash[..12]));
    fake_installed_llc(&entry, Some(&stale));
    fake_inputs(dir.path());

    let out = run_lone(
        &bin,
        dir.path(),
        &["llc", "status"],
        &[("XDG_CACHE_HOME", &cache)],
    );
    expect_code(&out, 2);
    assert!(stdout(&out).contains("stale"), "{}", stdout(&out));
    assert!(stdout(&out).contains("usable: no"), "{}", stdout(&out));
    let out = run_lone(
        &bin,
        dir.path(),
        &["seed.ll"],
        &[("XDG_CACHE_HOME", &cache)],
    );
    expect_error(
        &out,
        &[
            "built from other pass sources",
            &stale,
            &hash,
            "cargo xtask build-llc",
        ],
    );

    // The same llc named with --llc or $STACKBOUND_LLC is used, with a warning.
    let llc = entry.join("bin/llc");
    let out = run_lone(
        &bin,
        dir.path(),
        &[
            "--llc",
            llc.to_str().unwrap(),
            "seed.ll",
            "--assume",
            "println=72",
        ],
        &[],
    );
    expect_code(&out, 0);
    assert!(
        stdout(&out).contains("Spaceship_launch: 80"),
        "{}",
        stdout(&out)
    );
    assert!(
        stderr(&out).contains("built from other pass sources"),
        "{}",
        stderr(&out)
    );
    let out = run_lone(
        &bin,
        dir.path(),
        &["llc", "status"],
        &[("STACKBOUND_LLC", &llc)],
    );
    expect_code(&out, 0);
    assert!(
        stdout(&out).contains("usable: yes, named explicitly, but:"),
        "{}",
        stdout(&out)
    );

    // An llc without a manifest is probed as before.
    let plain = dir.path().join("plain");
    fake_installed_llc(&plain, None);
    let out = run_lone(
        &bin,
        dir.path(),
        &[
            "llc",
            "status",
            "--llc",
            plain.join("bin/llc").to_str().unwrap(),
        ],
        &[],
    );
    expect_code(&out, 0);
    assert!(stdout(&out).contains("manifest: none"), "{}", stdout(&out));
}

#[test]
fn llc_status_precedence() {
    let dir = tempfile::tempdir().unwrap();
    let hash = pass_hash();
    let bin = lone_binary(dir.path());
    let cache = dir.path().join("xdg");
    let cached = fake_installed_llc(
        &cache.join(format!("stackbound/llc/22.1.8-{}", &hash[..12])),
        Some(&hash),
    );
    let from_env = fake_installed_llc(&dir.path().join("env"), Some(&hash));
    let from_flag = fake_installed_llc(&dir.path().join("flag"), None);

    // $STACKBOUND_LLC beats the user cache, and the rules after it are not tried.
    let out = run_lone(
        &bin,
        dir.path(),
        &["llc", "status"],
        &[("XDG_CACHE_HOME", &cache), ("STACKBOUND_LLC", &from_env)],
    );
    expect_code(&out, 0);
    let text = stdout(&out);
    assert!(
        text.contains(&format!("llc: {}", from_env.display())),
        "{text}"
    );
    assert!(text.contains("found by: $STACKBOUND_LLC"), "{text}");
    assert!(!text.contains("user cache"), "{text}");

    // --llc beats both.
    let out = run_lone(
        &bin,
        dir.path(),
        &["llc", "status", "--llc", from_flag.to_str().unwrap()],
        &[("XDG_CACHE_HOME", &cache), ("STACKBOUND_LLC", &from_env)],
    );
    expect_code(&out, 0);
    let text = stdout(&out);
    assert!(
        text.contains(&format!("llc: {}", from_flag.display())),
        "{text}"
    );
    assert!(text.contains("found by: --llc"), "{text}");

    // A missing $STACKBOUND_LLC is an error, not a fall-through to the cache.
    let gone = dir.path().join("gone/llc");
    let out = run_lone(
        &bin,
        dir.path(),
        &["llc", "status"],
        &[("XDG_CACHE_HOME", &cache), ("STACKBOUND_LLC", &gone)],
    );
    expect_code(&out, 2);
    assert!(stdout(&out).contains("does not exist"), "{}", stdout(&out));
    assert!(!stdout(&out).contains(&cached.display().to_string()));
}
