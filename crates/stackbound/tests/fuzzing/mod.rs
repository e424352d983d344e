//! The fuzz harness for the record reader and the linker (docs/testing.md, "Fuzzing").
//!
//! Shared, as a source module, by `tests/fuzz.rs` (a short fixed-seed run inside `cargo test`)
//! and `examples/fuzz.rs` (the driver behind `cargo xtask fuzz`), so the library's API has no
//! fuzzing items and `arbitrary` stays a dev-dependency. It runs on the stable toolchain: no
//! libFuzzer, no coverage feedback; inputs come from
//! - a structure-aware generator ([`Program`], built with `arbitrary::Unstructured`): modules
//!   whose names collide across modules, every linkage, aliases (self-aliases, chains, missing
//!   aliasees), ifuncs (opaque, empty, naming ifuncs or missing code), calls to missing
//!   callees, huge depths;
//! - real records (`tests/data/*.jsonl`, and the llc output in `tests/data/fuzz-seeds/`),
//!   alone, concatenated (the same module twice: duplicate names) or joined with generated
//!   modules;
//! - raw random bytes;
//!
//! then a stack of mutations: JSON values (field deletion, type changes, huge and negative
//! numbers, other kinds and schemas), lines (duplication, removal, reordering, splicing,
//! truncation) and bytes (flips, insertions, deletions, truncation).
//!
//! Each input goes through [`check`]: `records::parse` must return `Ok` or a `RecordError` whose
//! text names the file and, where the input has lines, a line that exists; parsed modules go
//! through `analyze_records` with and without `resolve_indirect` (strictness, assumptions and
//! a budget chosen by the input's hash, so a replay repeats the same run), which must return
//! `Ok` or a typed error; every report must satisfy [`report_invariants`], survive a JSON round
//! trip and render as text, dot and folded stacks. Nothing may panic; the driver's watchdog
//! catches a hang.

#![allow(dead_code)]

use std::collections::{BTreeMap, HashSet};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use arbitrary::{Arbitrary, Unstructured};
use serde_json::{json, Value};
use stackbound::records::{self, ModuleReport, RecordError};
use stackbound::render::{self, RenderOptions};
use stackbound::report::{ReasonEntry, Role, TargetEntry};
use stackbound::{
    analyze_records, Analysis, AnalysisOptions as Options, Assumptions, Report, Status,
};

/// The name every input is parsed under; each error's text must contain it.
pub const INPUT_PATH: &str = "fuzz-input.jsonl";

// ---------------------------------------------------------------------------------------------
// Randomness

/// The fuzzer's randomness: the analysis's own splitmix64 (`stackbound_synth::SplitMix`), so
/// that a seed means the same inputs on every machine.
pub struct Rng(stackbound_synth::SplitMix);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(stackbound_synth::SplitMix(seed))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn chance(&mut self, numerator: u64, denominator: u64) -> bool {
        self.next_u64() % denominator < numerator
    }

    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(n + 8);
        while out.len() < n {
            out.extend_from_slice(&self.next_u64().to_le_bytes());
        }
        out.truncate(n);
        out
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// FNV-1a: names crash files and picks an input's analysis options.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

// ---------------------------------------------------------------------------------------------
// The structure-aware generator

const NAMES: &[&str] = &[
    "main",
    "f",
    "g",
    "h",
    "run",
    "deep",
    "memcpy",
    "use",
    "fast_copy",
    "copy_avx2",
    "weak_fn",
    "odr_fn",
    "impl_a",
    "_ZN3BigC1Ev",
    "_ZN3BigC2Ev",
    "_ZN4core3fmt5write17h0123456789abcdefE",
    "OUTLINED_FUNCTION_0",
    "\u{1}_mcount",
    "",
    "a\"b\\c\u{7f}\u{e9}",
];

const LINKAGES: &[&str] = &[
    "external",
    "internal",
    "private",
    "weak",
    "weak_odr",
    "linkonce",
    "linkonce_odr",
    "common",
    "extern_weak",
    "available_externally",
    "appending",
    "",
];

/// A flag the reader does not know, as a newer pass could write.
const FUTURE_FLAG: &str = "a-flag-from-the-future";
const SIGNATURES: &[&str] = &[
    "",
    "void ()",
    "void (ptr)",
    "i32 (i32)",
    "i64 (i64)",
    "tailcc i64 (i64)",
];

const TYPE_IDS: &[u64] = &[1, 2, 3, 7_837_928_347_377_490_023, u64::MAX];

const TRIPLES: &[&str] = &["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu", ""];

/// Sizes the assumptions may give unrecorded callees (by the input's hash).
const ASSUMED: &[(&str, u64)] = &[
    ("memcpy", 64),
    ("use", u64::MAX),
    ("missing_callee", 16),
    ("f", 8),
    ("has_avx2", 0),
    ("opaque_ifunc", 32),
    ("malloc", 1 << 40),
];

fn pick<'s, T>(u: &mut Unstructured, items: &'s [T]) -> &'s T {
    u.choose(items).unwrap_or(&items[0])
}

fn bit(u: &mut Unstructured, numerator: u8, denominator: u8) -> bool {
    u.ratio(numerator, denominator).unwrap_or(false)
}

fn count(u: &mut Unstructured, max: usize) -> usize {
    u.int_in_range(0..=max).unwrap_or(0)
}

/// A byte count: the usual sizes, and the ones that overflow sums.
fn depth(u: &mut Unstructured) -> u64 {
    match count(u, 9) {
        0 => 0,
        1 => 8,
        2 => 16,
        3 => 4096,
        4 => u64::MAX,
        5 => u64::MAX - 7,
        6 => 1 << 63,
        7 => u64::from(u.arbitrary::<u16>().unwrap_or(0)),
        8 => u.arbitrary::<u64>().unwrap_or(0),
        _ => 24,
    }
}

/// Draws names from a pool: the fixed [`NAMES`] plus the seeds' own function names, so
/// generated modules collide with real ones.
pub struct Names<'p>(pub &'p [String]);

impl Names<'_> {
    fn name(&self, u: &mut Unstructured) -> String {
        pick(u, self.0).clone()
    }

    fn symbol_ref(&self, u: &mut Unstructured) -> Value {
        json!({"name": self.name(u), "local": bit(u, 1, 3)})
    }
}

/// A generated program: modules as JSON records, one `Vec<Value>` of lines per module.
pub struct Program {
    pub modules: Vec<Vec<Value>>,
}

impl Program {
    pub fn generate(u: &mut Unstructured, names: &Names) -> Program {
        let modules = (0..=count(u, 3)).map(|m| module(u, names, m)).collect();
        Program { modules }
    }

    pub fn lines(&self) -> Vec<Value> {
        self.modules.iter().flatten().cloned().collect()
    }
}

/// [`Program`] as an `arbitrary` type, over the fixed name pool.
impl<'a> Arbitrary<'a> for Program {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        let pool: Vec<String> = NAMES.iter().map(|s| s.to_string()).collect();
        Ok(Program::generate(u, &Names(&pool)))
    }
}

fn module(u: &mut Unstructured, names: &Names, m: usize) -> Vec<Value> {
    let id = if bit(u, 1, 4) {
        "same.ll".to_string()
    } else {
        format!("m{m}.ll")
    };
    let triple = *pick(u, TRIPLES);
    let mut lines = vec![json!({
        "schema": 3, "kind": "module", "source": id, "module_id": id,
        "triple": triple, "llvm_version": "22.1.8", "pass": "stack-report",
    })];
    let functions = count(u, 6);
    for _ in 0..functions {
        lines.push(function(u, names, triple));
    }
    lines.push(symbols(u, names));
    let counted = if bit(u, 1, 16) {
        functions as u64 + 1
    } else {
        functions as u64
    };
    lines.push(json!({"schema": 3, "kind": "end", "functions": counted}));
    lines
}

fn function(u: &mut Unstructured, names: &Names, triple: &str) -> Value {
    let linkage = *pick(u, LINKAGES);
    let local = if bit(u, 1, 8) {
        bit(u, 1, 2) // sometimes disagreeing with the linkage
    } else {
        matches!(linkage, "internal" | "private")
    };
    let mut flags = Vec::new();
    for _ in 0..count(u, 2) {
        if bit(u, 1, 2) {
            let class = *pick(
                u,
                &[
                    records::DYNAMIC_FLAGS,
                    records::PARTIAL_FLAGS,
                    records::INFORMATIONAL_FLAGS,
                    &[FUTURE_FLAG],
                ],
            );
            flags.push(*pick(u, class));
        }
    }
    let dynamic = bit(u, 1, 10);
    let calls: Vec<Value> = (0..count(u, 5)).map(|i| call(u, names, i)).collect();
    let mut f = json!({
        "schema": 3, "kind": "function", "name": names.name(u), "linkage": linkage,
        "local": local, "triple": triple, "source": "gen.c",
        "own_depth": depth(u), "dynamic": dynamic, "flags": flags,
        "address_taken": bit(u, 1, 3), "signature": *pick(u, SIGNATURES),
        "type_ids": type_ids(u), "calls": calls, "interrupt": bit(u, 1, 16),
    });
    if bit(u, 1, 4) {
        f["interrupt_frame"] = json!(*pick(u, &[0u64, 36, 108]));
    }
    if bit(u, 1, 4) {
        f["frame"] = json!({"stack_size": depth(u), "return_address": 8, "has_calls": true});
    }
    f
}

fn type_ids(u: &mut Unstructured) -> Vec<u64> {
    (0..count(u, 2)).map(|_| *pick(u, TYPE_IDS)).collect()
}

fn call(u: &mut Unstructured, names: &Names, index: usize) -> Value {
    let kind = *pick(u, &["direct", "direct", "libcall", "indirect"]);
    let mut c = json!({
        "kind": kind, "tail": bit(u, 1, 4), "depth": depth(u),
        "depth_known": !bit(u, 1, 12), "index": index,
    });
    // An indirect call with a callee, or a direct one without (a typed error), now and then.
    let named = if kind == "indirect" {
        bit(u, 1, 10)
    } else {
        !bit(u, 1, 40)
    };
    if named {
        c["callee"] = json!(names.name(u));
        c["callee_local"] = json!(bit(u, 1, 4));
    }
    if kind == "indirect" {
        c["type_ids"] = json!(type_ids(u));
        let signatures: Vec<&str> = (0..count(u, 2)).map(|_| *pick(u, SIGNATURES)).collect();
        c["signatures"] = json!(signatures);
    }
    if bit(u, 1, 8) {
        c["loc"] = json!("gen.c:1:2");
    }
    c
}

fn symbols(u: &mut Unstructured, names: &Names) -> Value {
    let taken: Vec<Value> = (0..count(u, 3))
        .map(|_| {
            json!({"name": names.name(u), "local": bit(u, 1, 4), "defined": bit(u, 1, 2),
                   "signature": *pick(u, SIGNATURES), "type_ids": type_ids(u)})
        })
        .collect();
    let aliases: Vec<Value> = (0..count(u, 3))
        .map(|_| {
            let name = names.name(u);
            // Self-aliases, and chains through the pool's names.
            let aliasee = if bit(u, 1, 6) {
                json!({"name": name.clone(), "local": false})
            } else {
                names.symbol_ref(u)
            };
            json!({"name": name, "local": bit(u, 1, 5), "linkage": *pick(u, LINKAGES),
                   "aliasee": aliasee})
        })
        .collect();
    let ifuncs: Vec<Value> = (0..count(u, 2))
        .map(|_| {
            let name = names.name(u);
            let targets = if bit(u, 1, 4) {
                Value::Null
            } else {
                let mut targets: Vec<Value> =
                    (0..count(u, 3)).map(|_| names.symbol_ref(u)).collect();
                if bit(u, 1, 6) {
                    targets.push(json!({"name": name.clone(), "local": false}));
                }
                Value::Array(targets)
            };
            json!({"name": name, "local": bit(u, 1, 5), "linkage": *pick(u, LINKAGES),
                   "address_taken": bit(u, 1, 3), "targets": targets})
        })
        .collect();
    json!({"schema": 3, "kind": "symbols", "address_taken": taken, "aliases": aliases,
           "ifuncs": ifuncs})
}

// ---------------------------------------------------------------------------------------------
// Seeds

/// Real record files: `tests/data/*.jsonl` (good and bad fixtures) and `tests/data/fuzz-seeds/`
/// (output of the custom llc, docs/testing.md says how each was made).
pub struct Corpus {
    pub seeds: Vec<(String, Vec<u8>)>,
    /// The seeds' function names and the fixed pool: what generated modules are named from.
    pub names: Vec<String>,
}

impl Corpus {
    pub fn load() -> Corpus {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let mut seeds = Vec::new();
        for dir in [data.clone(), data.join("fuzz-seeds")] {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .map(|e| e.unwrap().path())
                .filter(|p| {
                    p.is_file()
                        && matches!(
                            p.extension().and_then(|e| e.to_str()),
                            Some("jsonl" | "bin")
                        )
                })
                .collect();
            entries.sort();
            for path in entries {
                let name = path.strip_prefix(&data).unwrap().display().to_string();
                seeds.push((name, std::fs::read(&path).unwrap()));
            }
        }
        assert!(
            seeds.iter().any(|(n, _)| n.starts_with("fuzz-seeds")),
            "no seeds in {}/fuzz-seeds",
            data.display()
        );
        let mut names: Vec<String> = NAMES.iter().map(|s| s.to_string()).collect();
        let mut seen: HashSet<String> = names.iter().cloned().collect();
        for (_, bytes) in &seeds {
            if let Ok(modules) = records::parse(bytes, Path::new("seed")) {
                for f in modules.iter().flat_map(|m| &m.functions) {
                    if names.len() < 96 && seen.insert(f.name.clone()) {
                        names.push(f.name.clone());
                    }
                }
            }
        }
        Corpus { seeds, names }
    }
}

// ---------------------------------------------------------------------------------------------
// Inputs and mutations

/// The input for iteration `iteration` of a run with `seed`: the same pair always gives the
/// same bytes.
pub fn input(corpus: &Corpus, seed: u64, iteration: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed ^ iteration.wrapping_mul(0xd134_2543_de82_ef95));
    rng.next_u64();
    let len = 64 + rng.below(2048);
    let entropy = rng.bytes(len);
    let mut u = Unstructured::new(&entropy);
    let names = Names(&corpus.names);
    let mut lines: Vec<Value>;
    let mut bytes: Vec<u8>;
    match rng.below(20) {
        // Raw bytes, sometimes made of JSON-ish tokens.
        0 => {
            let len = rng.below(256);
            return rng.bytes(len);
        }
        1 => return json_noise(&mut rng),
        // A long call chain ending in a cycle: sizes no test fixture has.
        2 if rng.chance(1, 10) => {
            lines = chain(&mut rng);
            bytes = Vec::new();
        }
        // Generated programs.
        2..=8 => {
            lines = Program::generate(&mut u, &names).lines();
            bytes = Vec::new();
        }
        // Real records, one to three files back to back.
        9..=16 => {
            lines = Vec::new();
            bytes = Vec::new();
            for _ in 0..1 + rng.below(2) {
                bytes.extend_from_slice(&rng.pick(&corpus.seeds).1);
                if !bytes.ends_with(b"\n") {
                    bytes.push(b'\n');
                }
            }
        }
        // Real records joined with generated modules.
        _ => {
            bytes = rng.pick(&corpus.seeds).1.clone();
            if !bytes.ends_with(b"\n") {
                bytes.push(b'\n');
            }
            lines = Program::generate(&mut u, &names).lines();
        }
    }
    // Structural mutations on generated lines before they become text.
    if !lines.is_empty() {
        let value_mutations = if rng.chance(1, 2) {
            0
        } else {
            1 + rng.below(2)
        };
        for _ in 0..value_mutations {
            let i = rng.below(lines.len());
            mutate_value(&mut lines[i], &mut rng, &corpus.names);
        }
        for line in &lines {
            bytes.extend_from_slice(serde_json::to_string(line).unwrap().as_bytes());
            bytes.push(b'\n');
        }
    }
    // Half the inputs reach the linker unmutated (or with value mutations only).
    let rounds = match rng.below(8) {
        0..=3 => 0,
        4..=6 => 1,
        _ => 1 + rng.below(4),
    };
    for _ in 0..rounds {
        match rng.below(10) {
            0..=4 => mutate_json_line(&mut bytes, &mut rng, &corpus.names),
            5..=7 => mutate_lines(&mut bytes, &mut rng, corpus),
            _ => mutate_bytes(&mut bytes, &mut rng),
        }
    }
    bytes
}

/// One module: `c0` calls `c1` ... calls `cN`, which calls back into the chain's middle.
fn chain(rng: &mut Rng) -> Vec<Value> {
    let n = 50 + rng.below(500);
    let depth = *rng.pick(&[16u64, 4096, u64::MAX / 4, u64::MAX]);
    let mut lines = vec![json!({"schema": 3, "kind": "module", "module_id": "chain.ll"})];
    for i in 0..n {
        let callee = if i + 1 < n {
            format!("c{}", i + 1)
        } else {
            format!("c{}", n / 2)
        };
        lines.push(json!({
            "schema": 3, "kind": "function", "name": format!("c{i}"), "linkage": "external",
            "own_depth": 8, "dynamic": false, "flags": [], "address_taken": i % 7 == 0,
            "signature": "void ()", "interrupt": false,
            "calls": [
                {"kind": "direct", "callee": callee, "tail": rng.chance(1, 2), "depth": depth,
                 "depth_known": true, "index": 0},
                {"kind": "indirect", "depth": 16, "depth_known": true, "index": 1,
                 "signatures": ["void ()"]},
            ],
        }));
    }
    lines.push(json!({"schema": 3, "kind": "symbols"}));
    lines.push(json!({"schema": 3, "kind": "end", "functions": n}));
    lines
}

fn json_noise(rng: &mut Rng) -> Vec<u8> {
    const TOKENS: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"schema\"",
        "2",
        "\"kind\"",
        "\"module\"",
        "\"function\"",
        "\"symbols\"",
        "\"end\"",
        "\"functions\"",
        "0",
        "-1",
        "18446744073709551616",
        "1e400",
        "null",
        "true",
        "\"\\u0000\"",
        "\n",
        "\r\n",
        " ",
    ];
    let mut out = Vec::new();
    for _ in 0..rng.below(64) {
        out.extend_from_slice(rng.pick(TOKENS).as_bytes());
    }
    out
}

/// Applies one mutation to a JSON value (somewhere inside it).
fn mutate_value(value: &mut Value, rng: &mut Rng, names: &[String]) {
    let target = random_node(value, rng);
    match rng.below(12) {
        0 | 1 => {
            // Delete a field.
            if let Value::Object(map) = target {
                if !map.is_empty() {
                    let key = map.keys().nth(rng.below(map.len())).unwrap().clone();
                    map.remove(&key);
                }
            }
        }
        2 | 3 => *target = other_type(target, rng),
        4 => *target = json!(*rng.pick(&[u64::MAX, u64::MAX - 7, 1 << 63, 0, 1, 4096])),
        5 => *target = json!(*rng.pick(&[-1i64, i64::MIN, -4096])),
        6 => *target = json!(rng.pick(names)),
        7 => {
            // Duplicate or drop an array element.
            if let Value::Array(items) = target {
                if !items.is_empty() {
                    let i = rng.below(items.len());
                    if rng.chance(1, 2) {
                        let copy = items[i].clone();
                        items.insert(i, copy);
                    } else {
                        items.remove(i);
                    }
                }
            }
        }
        8 => {
            if let Value::Object(map) = value {
                let kinds = ["module", "function", "symbols", "end", "chunk", ""];
                map.insert("kind".into(), json!(*rng.pick(&kinds)));
            }
        }
        9 => {
            if let Value::Object(map) = value {
                let schemas = [json!(1), json!(3), json!("2"), json!(2.0), json!(null)];
                map.insert("schema".into(), rng.pick(&schemas).clone());
            }
        }
        10 => {
            if let Value::Object(map) = target {
                let nested = if rng.chance(1, 2) {
                    json!({"x": [1, 2]})
                } else {
                    json!({"kind": "function", "schema": 3})
                };
                map.insert("from_the_future".into(), nested);
            }
        }
        _ => {
            if let Value::Object(map) = target {
                let linkage = *rng.pick(LINKAGES);
                let key = *rng.pick(&["linkage", "local", "defined", "tail", "depth_known"]);
                let v = if matches!(key, "linkage") {
                    json!(linkage)
                } else {
                    json!(rng.chance(1, 2))
                };
                map.insert(key.into(), v);
            }
        }
    }
}

/// A node of `value`, found by a random walk down from the root.
fn random_node<'v>(value: &'v mut Value, rng: &mut Rng) -> &'v mut Value {
    let stop = rng.chance(1, 3);
    let has_children = match &*value {
        Value::Object(map) => !map.is_empty(),
        Value::Array(items) => !items.is_empty(),
        _ => false,
    };
    if stop || !has_children {
        return value;
    }
    match value {
        Value::Object(map) => {
            let i = rng.below(map.len());
            let child = map.values_mut().nth(i).unwrap();
            random_node(child, rng)
        }
        Value::Array(items) => {
            let i = rng.below(items.len());
            random_node(&mut items[i], rng)
        }
        _ => unreachable!(),
    }
}

fn other_type(old: &Value, rng: &mut Rng) -> Value {
    let choices = [
        Value::Null,
        json!(true),
        json!("str"),
        json!(1.5),
        json!(-1),
        json!([]),
        json!({}),
        json!([old.clone()]),
        json!({"name": old.clone()}),
        json!(old.to_string()),
    ];
    rng.pick(&choices).clone()
}

/// Mutates one line of `bytes` as JSON when it is JSON, else as text (number tokens).
fn mutate_json_line(bytes: &mut Vec<u8>, rng: &mut Rng, names: &[String]) {
    let mut lines = split_lines(bytes);
    if lines.is_empty() {
        return;
    }
    let i = rng.below(lines.len());
    match serde_json::from_slice::<Value>(&lines[i]) {
        Ok(mut value) if rng.chance(3, 4) => {
            mutate_value(&mut value, rng, names);
            lines[i] = serde_json::to_vec(&value).unwrap();
        }
        Ok(Value::Object(map)) if !map.is_empty() && rng.chance(1, 3) => {
            // A key twice, with another value: a reader must not pick one silently.
            let key = map.keys().nth(rng.below(map.len())).unwrap();
            let other = other_type(&map[key], rng);
            let mut line = format!("{{{}:{},", json!(key), other).into_bytes();
            line.extend_from_slice(&lines[i][1..]);
            lines[i] = line;
        }
        _ if rng.chance(1, 16) => {
            // Nesting deeper than any reader should recurse.
            let deep = 1 + rng.below(20_000);
            let mut line =
                b"{\"schema\":3,\"kind\":\"function\",\"interrupt\":false,\"flags\":".to_vec();
            line.extend(std::iter::repeat_n(b'[', deep));
            line.extend(std::iter::repeat_n(b']', rng.below(deep + 1)));
            lines[i] = line;
        }
        _ => {
            // Replace a number token with one no u64 holds, or a negative, or a float.
            let line = &lines[i];
            let digits: Vec<usize> = (0..line.len())
                .filter(|&k| line[k].is_ascii_digit())
                .collect();
            if digits.is_empty() {
                return;
            }
            let start = {
                let mut s = *rng.pick(&digits);
                while s > 0 && line[s - 1].is_ascii_digit() {
                    s -= 1;
                }
                s
            };
            let mut end = start;
            while end < line.len() && line[end].is_ascii_digit() {
                end += 1;
            }
            let huge = [
                "18446744073709551616",
                "18446744073709551615",
                "99999999999999999999999999999999",
                "-1",
                "1e400",
                "1.0",
                "0x10",
                "00",
            ];
            let mut new = line[..start].to_vec();
            new.extend_from_slice(rng.pick(&huge).as_bytes());
            new.extend_from_slice(&line[end..]);
            lines[i] = new;
        }
    }
    *bytes = join_lines(&lines);
}

fn mutate_lines(bytes: &mut Vec<u8>, rng: &mut Rng, corpus: &Corpus) {
    let mut lines = split_lines(bytes);
    if lines.is_empty() {
        lines.push(Vec::new());
    }
    let n = lines.len();
    let (i, j) = (rng.below(n), rng.below(n));
    match rng.below(9) {
        0 => {
            let copy = lines[i].clone();
            lines.insert(j, copy);
        }
        1 => {
            lines.remove(i);
        }
        2 => lines.swap(i, j),
        3 => {
            let line = lines.remove(i);
            lines.insert(j.min(lines.len()), line);
        }
        4 => {
            // Splice in a line of another seed.
            let other = split_lines(&rng.pick(&corpus.seeds).1);
            if !other.is_empty() {
                let line = rng.pick(&other).clone();
                lines.insert(j, line);
            }
        }
        5 => {
            let keep = rng.below(lines[i].len() + 1);
            lines[i].truncate(keep);
        }
        6 => {
            // Cut the file after line i (llc killed part-way).
            lines.truncate(i + 1);
        }
        7 => lines.insert(j, rng.pick(&[&b""[..], b"   ", b"\r", b"\t"]).to_vec()),
        _ => {
            // Join two lines into one.
            if i + 1 < n {
                let next = lines.remove(i + 1);
                lines[i].extend_from_slice(&next);
            }
        }
    }
    *bytes = join_lines(&lines);
}

fn mutate_bytes(bytes: &mut Vec<u8>, rng: &mut Rng) {
    let n = bytes.len();
    match rng.below(6) {
        0 if n > 0 => {
            for _ in 0..1 + rng.below(4) {
                let i = rng.below(n);
                bytes[i] ^= 1 << rng.below(8);
            }
        }
        1 => {
            let i = rng.below(n + 1);
            let len = 1 + rng.below(8);
            let junk = rng.bytes(len);
            bytes.splice(i..i, junk);
        }
        2 if n > 0 => {
            let i = rng.below(n);
            let end = (i + 1 + rng.below(32)).min(n);
            bytes.drain(i..end);
        }
        3 => bytes.truncate(rng.below(n + 1)),
        4 if n > 0 => {
            let i = rng.below(n);
            bytes[i] = *rng.pick(&[0u8, 0xff, 0x80, b'"', b'\\', b'\n', b'{']);
        }
        _ => bytes.extend_from_slice(b"\r\n"),
    }
}

fn split_lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut lines: Vec<Vec<u8>> = bytes.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
    if lines.last().is_some_and(Vec::is_empty) {
        lines.pop();
    }
    lines
}

fn join_lines(lines: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    for line in lines {
        out.extend_from_slice(line);
        out.push(b'\n');
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The checks

/// What one input did, when it did nothing wrong.
#[derive(Debug)]
pub struct Outcome {
    /// The error kinds met: `records::Malformed: ...`, `graph: ...` (normalised messages).
    pub errors: Vec<String>,
    /// Reports built and checked.
    pub reports: usize,
    /// What the reports contained ([`features`]): a rough view of what the inputs reach.
    pub features: Vec<&'static str>,
}

/// What went wrong with one input.
#[derive(Debug)]
pub struct Failure {
    pub what: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.what)
    }
}

fn fail<T>(what: String) -> Result<T, Failure> {
    Err(Failure { what })
}

thread_local! {
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Panics are caught and reported as failures; this keeps their default printing away (the
/// driver says what happened and how to replay it), unless `STACKBOUND_FUZZ_LOUD` is set.
pub fn install_quiet_panic_hook() {
    if std::env::var_os("STACKBOUND_FUZZ_LOUD").is_some() {
        return;
    }
    let default = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        let message = info.to_string();
        let captured = LAST_PANIC.try_with(|p| *p.borrow_mut() = Some(message));
        if captured.is_err() {
            default(info);
        }
    }));
}

fn guarded<T>(stage: &str, f: impl FnOnce() -> T) -> Result<T, Failure> {
    match panic::catch_unwind(AssertUnwindSafe(f)) {
        Ok(v) => Ok(v),
        Err(payload) => {
            let hooked = LAST_PANIC.with(|p| p.borrow_mut().take());
            let message = hooked.unwrap_or_else(|| {
                payload
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "(no message)".into())
            });
            fail(format!("panic in {stage}: {message}"))
        }
    }
}

/// A message with its particulars (names, numbers, quoted text) blanked: the error's kind.
pub fn normalise(message: &str) -> String {
    let mut out = String::new();
    let mut quote: Option<char> = None;
    let mut last_digit = false;
    for c in message.chars() {
        if let Some(q) = quote {
            if c == q {
                quote = None;
                out.push(c);
            }
            continue;
        }
        match c {
            '`' | '"' => {
                quote = Some(c);
                out.push(c);
                out.push('_');
                last_digit = false;
            }
            d if d.is_ascii_digit() => {
                if !last_digit {
                    out.push('N');
                }
                last_digit = true;
            }
            _ => {
                out.push(c);
                last_digit = false;
            }
        }
    }
    out.replace(INPUT_PATH, "FILE")
}

/// Checks one input end to end (module docs).
#[allow(clippy::result_large_err)] // `stackbound::Error`, inside the closure's `Ok`
pub fn check(input: &[u8]) -> Result<Outcome, Failure> {
    let path = Path::new(INPUT_PATH);
    let mut outcome = Outcome {
        errors: Vec::new(),
        reports: 0,
        features: Vec::new(),
    };
    let parsed = guarded("records::parse", || records::parse(input, path))?;
    let modules = match parsed {
        Ok(modules) => modules,
        Err(err) => {
            check_record_error(&err, input)?;
            let text = err.to_string();
            let kind = format!("records::{}", variant(&err));
            outcome
                .errors
                .push(format!("{kind} | {}", normalise(&text)));
            return Ok(outcome);
        }
    };
    same_kinds(input, &modules)?;
    for resolve_indirect in [false, true] {
        let options = options_for(input, resolve_indirect);
        let result = guarded("analyze_records", || {
            analyze_records(modules.clone(), &options)
        })?;
        match result {
            Ok(analysis) => {
                let report = stackbound::report(&analysis);
                report_invariants(&report, &modules, &options)?;
                round_trip(&report)?;
                renders(&analysis, &report)?;
                outcome.reports += 1;
                features(&report, &mut outcome.features);
            }
            Err(err) => {
                let text = err.to_string();
                check_analysis_error(&text, &err, &modules)?;
                outcome.errors.push(format!(
                    "analysis::{} | {}",
                    analysis_variant(&err),
                    normalise(&text)
                ));
            }
        }
    }
    Ok(outcome)
}

fn variant(err: &RecordError) -> &'static str {
    match err {
        RecordError::Io { .. } => "Io",
        RecordError::Empty { .. } => "Empty",
        RecordError::Malformed { .. } => "Malformed",
        RecordError::Schema { .. } => "Schema",
        RecordError::Structure { .. } => "Structure",
        RecordError::Truncated { .. } => "Truncated",
    }
}

/// Differential check of an accepted input: as many `function` records as lines whose
/// top-level `kind` is `"function"` (read as a plain JSON value), and as many modules as
/// `module` lines.
fn same_kinds(input: &[u8], modules: &[ModuleReport]) -> Result<(), Failure> {
    let (mut functions, mut module_lines) = (0, 0);
    for line in input.split(|&b| b == b'\n') {
        let Ok(value) = serde_json::from_slice::<Value>(line) else {
            continue;
        };
        match value.get("kind").and_then(Value::as_str) {
            Some("function") => functions += 1,
            Some("module") => module_lines += 1,
            _ => {}
        }
    }
    let parsed: usize = modules.iter().map(|m| m.functions.len()).sum();
    if parsed != functions || modules.len() != module_lines {
        return fail(format!(
            "accepted as {} modules and {parsed} functions, but the lines say {module_lines} \
             `module` and {functions} `function` records",
            modules.len()
        ));
    }
    Ok(())
}

/// `Graph(DuplicateStrong)` from the error's `Debug` form: the variant names without fields.
fn analysis_variant(err: &stackbound::Error) -> String {
    let debug = format!("{err:?}");
    let mut out = String::new();
    let mut depth = 0;
    for c in debug.chars() {
        match c {
            '{' | ' ' if depth > 0 || c == '{' => break,
            '(' => {
                depth += 1;
                out.push(c);
            }
            ')' => {
                depth -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out.push_str(&")".repeat(depth));
    out
}

/// The error names the file, and a line of it whenever the input has lines.
fn check_record_error(err: &RecordError, input: &[u8]) -> Result<(), Failure> {
    let text = err.to_string();
    if !text.contains(INPUT_PATH) {
        return fail(format!("the error does not name the file: {text}"));
    }
    let has_records = input
        .split(|&b| b == b'\n')
        .any(|l| !l.iter().all(u8::is_ascii_whitespace));
    let lines = input.split(|&b| b == b'\n').count();
    let prefix = format!("{INPUT_PATH}:");
    match text.strip_prefix(&prefix) {
        Some(rest) => {
            let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
            match number.parse::<usize>() {
                Ok(line)
                    if (1..=lines).contains(&line) && rest[number.len()..].starts_with(':') =>
                {
                    Ok(())
                }
                _ => fail(format!(
                    "the error names no line of the {lines}-line input: {text}"
                )),
            }
        }
        None if !has_records && matches!(err, RecordError::Empty { .. }) => Ok(()),
        None => fail(format!(
            "the error names no line (`{INPUT_PATH}:LINE:`) although the input has lines: {text}"
        )),
    }
}

/// An analysis error names a module of the input (its id, source or file).
fn check_analysis_error(
    text: &str,
    err: &stackbound::Error,
    modules: &[ModuleReport],
) -> Result<(), Failure> {
    if matches!(err, stackbound::Error::NoInputs) {
        return fail(format!(
            "`no input modules` from {} parsed modules",
            modules.len()
        ));
    }
    let names_one = modules.iter().any(|m| {
        [&m.module.module_id, &m.module.source]
            .into_iter()
            .any(|s| !s.is_empty() && text.contains(s.as_str()))
            || text.contains(&m.origin.display().to_string())
    });
    if names_one {
        Ok(())
    } else {
        fail(format!(
            "the analysis error names no module of the input: {text}"
        ))
    }
}

/// Strictness, assumptions and a budget, from the input's hash: a replay repeats them.
pub fn options_for(input: &[u8], resolve_indirect: bool) -> Options {
    let h = fnv1a(input);
    let mut assumptions = Assumptions::default();
    if h & 1 == 1 {
        for (i, &(name, size)) in ASSUMED.iter().enumerate() {
            if h >> (8 + i) & 1 == 1 {
                assumptions.sizes.insert(name.to_string(), size);
            }
        }
    }
    if h >> 4 & 3 == 0 {
        assumptions.budgets.insert("main".into(), 64);
    }
    Options {
        strict: h >> 2 & 3 == 0,
        max_stack: (h >> 6 & 3 == 0).then_some(256),
        assumptions,
        resolve_indirect,
        ..Options::default()
    }
}

fn excludes(reason: &ReasonEntry) -> bool {
    !matches!(
        reason,
        ReasonEntry::ConstantStackCycle { .. } | ReasonEntry::IndirectResolved { .. }
    )
}

/// What must hold of every report, whatever the input.
pub fn report_invariants(
    report: &Report,
    modules: &[ModuleReport],
    options: &Options,
) -> Result<(), Failure> {
    // Names the calls may legitimately resolve to under another name.
    let alias_names: HashSet<&str> = modules
        .iter()
        .flat_map(|m| &m.symbols.aliases)
        .map(|a| a.name.as_str())
        .collect();
    let n = report.functions.len();
    for (id, f) in report.functions.iter().enumerate() {
        let here = || format!("function #{id} `{}`", f.name);
        if f.id != id {
            return fail(format!("{}: id {} at position {id}", here(), f.id));
        }
        if f.total < f.own_depth {
            return fail(format!(
                "{}: total {} < own_depth {}",
                here(),
                f.total,
                f.own_depth
            ));
        }
        if f.dynamic && f.status != Status::Unbounded {
            return fail(format!("{}: dynamic but {:?}", here(), f.status));
        }
        let excluding = f.reasons.iter().any(excludes);
        match f.status {
            Status::Complete if excluding => {
                return fail(format!(
                    "{}: Complete with an excluding reason {:?}",
                    here(),
                    f.reasons
                ))
            }
            Status::LowerBound | Status::Unbounded if !excluding => {
                return fail(format!(
                    "{}: {:?} with no excluding reason ({:?})",
                    here(),
                    f.status,
                    f.reasons
                ))
            }
            Status::LowerBound if options.strict => {
                return fail(format!("{}: LowerBound in strict mode", here()))
            }
            Status::Unbounded
                if !options.strict && !f.reasons.iter().any(ReasonEntry::makes_unbounded) =>
            {
                return fail(format!(
                    "{}: Unbounded with no reason that makes it so: {:?}",
                    here(),
                    f.reasons
                ))
            }
            _ => {}
        }
        if f.status == Status::Complete
            && f.flags
                .iter()
                .any(|x| records::PARTIAL_FLAGS.contains(&x.as_str()))
        {
            return fail(format!(
                "{}: Complete with partial flags {:?}",
                here(),
                f.flags
            ));
        }
        if f.worst_call.is_some_and(|c| c >= f.calls.len()) {
            return fail(format!("{}: worst_call out of range", here()));
        }
        for c in &f.calls {
            let call = || format!("{}, call #{} to {:?}", here(), c.index, c.callee);
            if c.contributes > f.total {
                return fail(format!(
                    "{}: contributes {} > total {}",
                    call(),
                    c.contributes,
                    f.total
                ));
            }
            if let TargetEntry::Function { id: t } = c.target {
                if t >= n {
                    return fail(format!("{}: target #{t} out of range", call()));
                }
                let callee = &report.functions[t];
                if let Some(name) = &c.callee {
                    if callee.name != *name && !alias_names.contains(name.as_str()) {
                        return fail(format!(
                            "{}: resolved to `{}`, which is not its name and no alias has it",
                            call(),
                            callee.name
                        ));
                    }
                }
                if c.role == Role::Counted && c.contributes != c.depth.saturating_add(callee.total)
                {
                    return fail(format!(
                        "{}: contributes {} != depth {} + callee total {}",
                        call(),
                        c.contributes,
                        c.depth,
                        callee.total
                    ));
                }
            }
            if f.status != Status::Complete {
                continue;
            }
            // A complete bound counts every call: a wrong-low bound shows here.
            if !c.depth_known {
                return fail(format!(
                    "{}: Complete, but the call's depth is unknown",
                    call()
                ));
            }
            match (c.role, &c.target) {
                (Role::Counted, TargetEntry::Function { id: t }) => {
                    if report.functions[*t].status != Status::Complete {
                        return fail(format!(
                            "{}: Complete, but counts a callee that is {:?}",
                            call(),
                            report.functions[*t].status
                        ));
                    }
                }
                (Role::Assumed, TargetEntry::External { name, assumed, .. }) => {
                    if assumed.is_none() || options.assumptions.size_of(name).is_none() {
                        return fail(format!("{}: Assumed without an assumption", call()));
                    }
                }
                (Role::Resolved, TargetEntry::Indirect { .. }) => {
                    for name in &c.unknown_candidates {
                        if options.assumptions.size_of(name).is_none() {
                            return fail(format!(
                                "{}: Complete, but candidate `{name}` has no record and no size",
                                call()
                            ));
                        }
                    }
                    for &t in c.candidates.iter().flatten() {
                        if t >= n {
                            return fail(format!("{}: candidate #{t} out of range", call()));
                        }
                    }
                    if let Some(w) = c.worst_candidate {
                        if w >= n || report.functions[w].status != Status::Complete {
                            return fail(format!(
                                "{}: Complete, but its worst candidate is not",
                                call()
                            ));
                        }
                    }
                }
                // A constant-stack cycle's internal calls count like any call.
                (role, target) => {
                    return fail(format!(
                        "{}: Complete, but the call is {role:?} to {target:?}",
                        call()
                    ))
                }
            }
        }
    }
    Ok(())
}

/// The parts of the linker and the bound a report shows were exercised.
fn features(report: &Report, out: &mut Vec<&'static str>) {
    let mut add = |f: &'static str| {
        if !out.contains(&f) {
            out.push(f)
        }
    };
    for f in &report.functions {
        match f.status {
            Status::Complete if !f.calls.is_empty() => add("complete function with calls"),
            Status::LowerBound => add("lower bound"),
            Status::Unbounded => add("unbounded"),
            _ => {}
        }
        if !f.merged_from.is_empty() {
            add("ODR copies merged");
        }
        for c in &f.calls {
            match (&c.target, c.resolved_by) {
                (TargetEntry::Function { id }, _)
                    if c.callee.as_deref() != Some(report.functions[*id].name.as_str()) =>
                {
                    add("call resolved through an alias")
                }
                (_, Some(stackbound::report::ResolvedBy::Ifunc)) => add("ifunc call resolved"),
                (_, Some(_)) => add("indirect call resolved"),
                (TargetEntry::External { .. }, _) if c.role == Role::Assumed => {
                    add("assumed callee")
                }
                (TargetEntry::External { .. }, _) => add("unknown callee"),
                _ => {}
            }
        }
    }
    if !report.discarded.is_empty() {
        add("definition discarded (weak/strong)");
    }
    if report.cycles.iter().any(|c| c.constant_stack) {
        add("constant-stack cycle");
    }
    if report.cycles.iter().any(|c| !c.constant_stack) {
        add("recursive cycle");
    }
    if !report.violations.is_empty() {
        add("budget violation");
    }
}

fn round_trip(report: &Report) -> Result<(), Failure> {
    let text = match serde_json::to_string(report) {
        Ok(text) => text,
        Err(e) => return fail(format!("the report does not serialise: {e}")),
    };
    let back: Report = match serde_json::from_str(&text) {
        Ok(back) => back,
        Err(e) => return fail(format!("the report's JSON does not read back: {e}")),
    };
    if back != *report {
        return fail("the report's JSON reads back as a different report".into());
    }
    Ok(())
}

fn renders(analysis: &Analysis, report: &Report) -> Result<(), Failure> {
    guarded("render", || {
        let options = RenderOptions {
            demangle: true,
            width: Some(80),
            ..RenderOptions::default()
        };
        let mut sink = std::io::sink();
        for format in [
            render::Format::Text,
            render::Format::Dot,
            render::Format::Folded,
        ] {
            render::render(analysis, report, format, &options, &mut sink)
                .expect("writes to a sink");
        }
    })
}

// ---------------------------------------------------------------------------------------------
// The loop

pub struct Config {
    pub iterations: u64,
    pub seed: u64,
    /// One input running longer than this is a hang.
    pub timeout: Duration,
    /// Where crash and hang inputs are written.
    pub out_dir: PathBuf,
    /// Progress lines on stderr.
    pub progress: bool,
}

impl Config {
    pub fn default_out_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/fuzz")
    }
}

pub struct Summary {
    pub executions: u64,
    pub elapsed: Duration,
    /// Normalised error message -> how many inputs met it.
    pub errors: BTreeMap<String, u64>,
    /// Inputs that parsed and gave at least one report.
    pub analysed: u64,
    pub reports: u64,
    /// Inputs whose reports showed each feature.
    pub features: BTreeMap<&'static str, u64>,
}

impl Summary {
    /// Distinct error kinds: the typed error's variant (`records::Malformed`,
    /// `analysis::Graph(DuplicateStrong)`), with how many inputs met each.
    pub fn variants(&self) -> BTreeMap<String, u64> {
        let mut out = BTreeMap::new();
        for (message, n) in &self.errors {
            let variant = message.split(" | ").next().unwrap_or("").to_string();
            *out.entry(variant).or_insert(0) += n;
        }
        out
    }

    pub fn print(&self) {
        let secs = self.elapsed.as_secs_f64();
        eprintln!(
            "fuzz: {} executions in {:.1} s ({:.0}/s); {} parsed and analysed ({} reports checked), \
             {} distinct error messages in {} kinds",
            self.executions,
            secs,
            self.executions as f64 / secs.max(1e-9),
            self.analysed,
            self.reports,
            self.errors.len(),
            self.variants().len(),
        );
        for (kind, n) in self.variants() {
            eprintln!("  {n:>9}  {kind}");
        }
        eprintln!("reports showing:");
        for (feature, n) in &self.features {
            eprintln!("  {n:>9}  {feature}");
        }
    }
}

/// Why a run stopped early.
pub struct Crash {
    pub iteration: u64,
    pub failure: Failure,
    pub saved: PathBuf,
}

impl std::fmt::Display for Crash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "fuzz: iteration {} failed: {}\n  input written to {}\n  replay: cargo xtask fuzz --replay {}",
            self.iteration,
            self.failure,
            self.saved.display(),
            self.saved.display(),
        )
    }
}

pub fn save(dir: &Path, prefix: &str, input: &[u8]) -> PathBuf {
    let path = dir.join(format!("{prefix}-{:016x}.jsonl", fnv1a(input)));
    if let Err(e) = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, input)) {
        eprintln!("fuzz: cannot write {}: {e}", path.display());
    }
    path
}

/// Runs `config.iterations` inputs; stops at the first failure. A watchdog thread ends the
/// process (exit status 3) when one input runs past `config.timeout`, after writing it.
pub fn run(config: &Config) -> Result<Summary, Crash> {
    install_quiet_panic_hook();
    let corpus = Corpus::load();
    let current: Arc<Mutex<Vec<u8>>> = Arc::new(Mutex::new(Vec::new()));
    let started = Arc::new(AtomicU64::new(u64::MAX));
    let clock = Instant::now();
    {
        let (current, started) = (current.clone(), started.clone());
        let (timeout, dir) = (config.timeout, config.out_dir.clone());
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_millis(200));
            let at = started.load(Ordering::Relaxed);
            if at == u64::MAX {
                continue;
            }
            let running = clock.elapsed().saturating_sub(Duration::from_millis(at));
            if running > timeout {
                let input = current.lock().map(|i| i.clone()).unwrap_or_default();
                let path = save(&dir, "hang", &input);
                eprintln!(
                    "fuzz: one input has run for {:.1} s (limit {:.0} s): a hang\n  input written to {}\n  replay: cargo xtask fuzz --replay {}",
                    running.as_secs_f64(),
                    timeout.as_secs_f64(),
                    path.display(),
                    path.display()
                );
                std::process::exit(3);
            }
        });
    }
    let mut summary = Summary {
        executions: 0,
        elapsed: Duration::ZERO,
        errors: BTreeMap::new(),
        analysed: 0,
        reports: 0,
        features: BTreeMap::new(),
    };
    let mut next_progress = Duration::from_secs(10);
    for iteration in 0..config.iterations {
        let bytes = input(&corpus, config.seed, iteration);
        current.lock().unwrap().clone_from(&bytes);
        started.store(clock.elapsed().as_millis() as u64, Ordering::Relaxed);
        let result = check(&bytes);
        started.store(u64::MAX, Ordering::Relaxed);
        summary.executions += 1;
        match result {
            Ok(outcome) => {
                if outcome.reports > 0 {
                    summary.analysed += 1;
                    summary.reports += outcome.reports as u64;
                }
                for e in outcome.errors {
                    *summary.errors.entry(e).or_insert(0) += 1;
                }
                for f in outcome.features {
                    *summary.features.entry(f).or_insert(0) += 1;
                }
            }
            Err(failure) => {
                let _ = panic::take_hook(); // the default hook again
                let saved = save(&config.out_dir, "crash", &bytes);
                return Err(Crash {
                    iteration,
                    failure,
                    saved,
                });
            }
        }
        if config.progress && clock.elapsed() > next_progress {
            next_progress += Duration::from_secs(10);
            eprintln!(
                "fuzz: {} / {} ({:.0}/s)",
                iteration + 1,
                config.iterations,
                (iteration + 1) as f64 / clock.elapsed().as_secs_f64()
            );
        }
    }
    summary.elapsed = clock.elapsed();
    let _ = panic::take_hook();
    Ok(summary)
}

/// Runs one saved input with the default panic hook (set `RUST_BACKTRACE=1` for a backtrace).
pub fn replay(path: &Path) -> Result<Outcome, Failure> {
    let input = std::fs::read(path).map_err(|e| Failure {
        what: format!("cannot read {}: {e}", path.display()),
    })?;
    check(&input)
}
