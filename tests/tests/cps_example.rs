//! examples/cps/: the seed's explicitly managed stack frames. Every call of the
//! continuation-passing program is a guaranteed tail call, so stackbound must give it a
//! complete, constant bound, and a painted stack must show the same depth at logical recursion
//! depths 1, 1,000 and 100,000, never above the bound; the direct-style version of the same
//! computation must grow with the depth (so the measurement can see growth at all).

use std::collections::BTreeMap;
use std::process::Command;

use stackbound_tests::{custom_llc, run, workspace_root};

/// (bound lines by entry, measured depths by entry in run order).
fn run_example(arch: &str) -> (BTreeMap<String, String>, BTreeMap<String, Vec<u64>>) {
    let script = workspace_root().join("examples/cps/run.sh");
    let out = run(Command::new("bash")
        .arg(&script)
        .arg(arch)
        .env("STACKBOUND_LLC", custom_llc()));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut bounds = BTreeMap::new();
    let mut measured: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    for line in text.lines().map(str::trim) {
        if let Some((name, rest)) = line.split_once(": ") {
            if ["cps_run", "ir_run", "direct_run"].contains(&name) {
                bounds.insert(name.to_string(), rest.to_string());
                continue;
            }
        }
        // `cps_run    depth   1000:       72 bytes  (result ...)`
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.len() >= 5 && words[1] == "depth" && words[4] == "bytes" {
            let bytes: u64 = words[3].parse().unwrap();
            measured
                .entry(words[0].to_string())
                .or_default()
                .push(bytes);
        }
    }
    assert_eq!(bounds.len(), 3, "{text}");
    (bounds, measured)
}

fn bound_of(line: &str) -> u64 {
    assert!(
        !line.contains('≥') && !line.contains("unbounded"),
        "not complete: {line}"
    );
    assert!(line.contains("tail-call cycle"), "no cycle note: {line}");
    line.split_whitespace().next().unwrap().parse().unwrap()
}

fn check(arch: &str) {
    let (bounds, measured) = run_example(arch);
    for entry in ["cps_run", "ir_run"] {
        let bound = bound_of(&bounds[entry]);
        let depths = &measured[entry];
        assert_eq!(depths.len(), 3, "{entry}: {depths:?}");
        assert!(
            depths.iter().all(|&d| d == depths[0]),
            "{arch} {entry}: the stack grows with the depth: {depths:?}"
        );
        assert!(
            depths[0] <= bound,
            "{arch} {entry}: measured {} > bound {bound}",
            depths[0]
        );
    }
    let direct = &measured["direct_run"];
    assert!(
        direct[2] > 100 * direct[0],
        "{arch}: direct style must grow: {direct:?}"
    );
    assert!(bounds["direct_run"].contains("recursive"));
}

#[test]
fn continuation_passing_runs_in_a_constant_stack() {
    check("x86_64");
    if which("qemu-aarch64") {
        check("aarch64");
    }
}

fn which(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|d| d.join(tool).is_file()))
}
