//! The user's use case end to end (examples/green-threads/): tasks compiled to IR by clang-22,
//! annotated by stackbound, compiled by the custom llc from the annotated module, linked with a
//! small green-thread runtime that gives each task a stack of exactly its annotated size with a
//! PROT_NONE guard directly below. On x86-64 natively and on AArch64 under qemu-aarch64:
//!
//! - all tasks run interleaved (they yield) and finish; the deepest byte each writes is its
//!   bound (the tasks are built so that the worst path runs and writes its lowest bytes);
//! - each task alone on a stack 64 bytes smaller dies of SIGSEGV in the guard (a child process).
//!
//! The indirect call of `dispatch` is bounded with `--resolve-indirect`: this is also the runtime
//! check of a resolved indirect call.

use std::collections::BTreeMap;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use stackbound::annotate::annotate;
use stackbound::{analyze, Options, Status};
use stackbound_tests::{
    custom_llc, llvm_bin_dir, pin, run, run_with_timeout, workspace_root, Scratch,
};

const TASKS: &[&str] = &[
    "deep_chain",
    "big_locals",
    "struct_copy",
    "dispatch",
    "yielder",
];
const AARCH64_SYSROOT: &str = "/usr/aarch64-linux-gnu";

struct Arch {
    name: &'static str,
    triple: &'static str,
    link_target: &'static str,
    /// Bytes `gt_yield` uses below its caller's SP, read off switch_<arch>.S:
    /// x86-64: the call's return address (8) and six pushes (48) = 56;
    /// AArch64: `sub sp, sp, #160` for x19-x30 and d8-d15 (bl pushes nothing) = 160.
    yield_bytes: u64,
}

const X86_64: Arch = Arch {
    name: "x86_64",
    triple: "x86_64-unknown-linux-gnu",
    link_target: "x86_64-linux-gnu",
    yield_bytes: 56,
};
const AARCH64: Arch = Arch {
    name: "aarch64",
    triple: "aarch64-unknown-linux-gnu",
    link_target: "aarch64-linux-gnu",
    yield_bytes: 160,
};

fn clang() -> PathBuf {
    let p = llvm_bin_dir().join("clang");
    if p.exists() {
        p
    } else {
        PathBuf::from(format!("clang-{}", pin().major))
    }
}

fn example() -> PathBuf {
    workspace_root().join("examples/green-threads")
}

/// Builds `gt` for `arch` in `dir`; returns it and the annotated bounds of the tasks.
fn build(arch: &Arch, dir: &Path) -> (PathBuf, BTreeMap<String, i64>) {
    let ir = dir.join("tasks.ll");
    run(Command::new(clang())
        .arg(format!("--target={}", arch.triple))
        .args(["-O2", "-S", "-emit-llvm"])
        .arg(example().join("tasks.c"))
        .arg("-o")
        .arg(&ir));

    // stackbound annotate tasks.ll -o tasks.sb.ll -mtriple=T -O2 -relocation-model=pic
    //   --resolve-indirect --assume gt_yield=N
    let mut options = Options::default();
    options.llc.llc = Some(custom_llc().to_path_buf());
    options.analysis.resolve_indirect = true;
    options.llc.codegen.triple = Some(arch.triple.into());
    options.llc.codegen.opt_level = Some("2".into());
    options.llc.codegen.relocation_model = Some("pic".into());
    options
        .analysis
        .assumptions
        .sizes
        .insert("gt_yield".into(), arch.yield_bytes);
    let analysis = analyze(std::slice::from_ref(&ir), &options).unwrap_or_else(|e| panic!("{e}"));
    let report = stackbound::report(&analysis);
    let text = std::fs::read_to_string(&ir).unwrap();
    let (annotated, constants) = annotate(&text, "tasks.ll", &report, 0, "").unwrap();
    let annotated_ir = dir.join("tasks.sb.ll");
    std::fs::write(&annotated_ir, annotated).unwrap();
    let mut bounds = BTreeMap::new();
    for c in constants {
        if TASKS.contains(&c.function.as_str()) {
            assert_eq!(c.status, Status::Complete, "{}: {c:?}", arch.name);
            bounds.insert(c.function.clone(), c.value);
        }
    }
    assert_eq!(bounds.len(), TASKS.len(), "{}: {bounds:?}", arch.name);
    // dispatch's one indirect call was resolved (op_small, op_big) and charges op_big.
    let dispatch = &report.functions[report.find("dispatch")[0]];
    let call = dispatch
        .calls
        .iter()
        .find(|c| c.candidates.is_some())
        .expect("dispatch has a resolved indirect call");
    assert_eq!(call.candidates.as_ref().unwrap().len(), 2);
    assert_eq!(
        report.functions[call.worst_candidate.unwrap()].name,
        "op_big",
        "{}",
        arch.name
    );

    // The custom llc compiles the annotated module, with the flags the analysis used.
    let object = dir.join("tasks.o");
    run(Command::new(custom_llc())
        .arg(&annotated_ir)
        .arg(format!("-mtriple={}", arch.triple))
        .args(["-O2", "-relocation-model=pic", "-filetype=obj", "-o"])
        .arg(&object));
    let gt = dir.join("gt");
    run(Command::new(clang())
        .arg(format!("--target={}", arch.link_target))
        .args(["-O2", "-fuse-ld=lld", "-Wl,-z,now"])
        .arg(example().join("runtime.c"))
        .arg(example().join(format!("switch_{}.S", arch.name)))
        .arg(&object)
        .arg("-o")
        .arg(&gt));
    (gt, bounds)
}

fn command(arch: &Arch, gt: &Path, dir: &Path) -> Command {
    let mut cmd = if arch.name == "aarch64" {
        let mut cmd = Command::new("qemu-aarch64");
        cmd.args(["-L", AARCH64_SYSROOT]).arg(gt);
        cmd
    } else {
        Command::new(gt)
    };
    cmd.current_dir(dir);
    cmd
}

/// `TASK name bound=.. stack=.. measured=.. result=..` lines.
fn parse(stdout: &[u8]) -> BTreeMap<String, BTreeMap<String, i64>> {
    String::from_utf8_lossy(stdout)
        .lines()
        .filter_map(|l| l.strip_prefix("TASK "))
        .map(|l| {
            let mut words = l.split_whitespace();
            let name = words.next().unwrap().to_string();
            let fields = words
                .map(|w| {
                    let (k, v) = w.split_once('=').unwrap();
                    (k.to_string(), v.parse().unwrap())
                })
                .collect();
            (name, fields)
        })
        .collect()
}

fn check(arch: &Arch) {
    let scratch = Scratch::new(&format!("green-threads-{}", arch.name));
    let dir = scratch.path();
    let (gt, bounds) = build(arch, dir);

    // Every task on its exact stack, interleaved: all finish, and each writes down to its bound.
    let out = run(command(arch, &gt, dir).arg("all"));
    let results = parse(&out.stdout);
    assert_eq!(
        results.len(),
        TASKS.len(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    for (task, bound) in &bounds {
        let r = &results[task];
        assert_eq!(r["bound"], *bound, "{}: {task}", arch.name);
        // The stack is the bound, rounded up to the 16 bytes S0 must be aligned to.
        assert_eq!(r["stack"], (bound + 15) & !15, "{}: {task}", arch.name);
        assert_eq!(
            r["measured"], *bound,
            "{}: {task} writes down to exactly its bound",
            arch.name
        );
    }

    // Each task alone, 64 bytes short: the child dies of SIGSEGV in the guard page.
    for task in TASKS {
        let result = run_with_timeout(
            command(arch, &gt, dir).args(["one", task, "-64"]),
            std::time::Duration::from_secs(60),
        );
        let failure = match result {
            Ok(out) => panic!(
                "{}: {task} ran on 64 bytes less than its bound without a fault:\n{}",
                arch.name,
                String::from_utf8_lossy(&out.stdout)
            ),
            Err(failure) => failure,
        };
        let status = failure.status.unwrap_or_else(|| panic!("{failure}"));
        assert_eq!(
            status.signal(),
            Some(libc::SIGSEGV),
            "{}: {task} must die of SIGSEGV:\n{failure}",
            arch.name
        );
        // It got as far as starting on the short stack.
        let stdout = String::from_utf8_lossy(&failure.stdout);
        assert!(stdout.contains(&format!("START {task} stack=")), "{stdout}");
    }
}

#[test]
fn green_threads_x86_64() {
    check(&X86_64);
}

#[test]
fn green_threads_aarch64_under_qemu() {
    assert!(
        Path::new(AARCH64_SYSROOT).join("lib").is_dir(),
        "{AARCH64_SYSROOT}/lib is missing: install libc6-dev-arm64-cross (.ci/install-deps)"
    );
    check(&AARCH64);
}
