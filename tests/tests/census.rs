//! Call-site census: every call instruction in the object is a call site in the report.
//!
//! Independent of the pass's own idea of what a call is: each module is compiled by the custom
//! llc to an object and a report in one run, the object is disassembled with the stock
//! `llvm-objdump -dr --no-show-raw-insn`, and the call instructions of each function symbol
//! (x86-64 `call`/`callq`; AArch64 `bl`, `blr`, `blraa`, `blrab`, `blraaz`, `blrabz`) are counted
//! and named (from the call's relocation, or the `<symbol>` objdump prints for a call it resolved
//! itself). Each function's calls must be, one for one and in order, its recorded non-tail call
//! sites; a call the pass does not record (a pseudo that the AsmPrinter lowers to a call, as
//! `TLS_addr64` becomes `call __tls_get_addr`) is a silent underestimate and fails here with the
//! function, the object and both counts. Allowed differences, each checked:
//!
//! - tail calls are jumps (`jmp`, `b`, `br`): their records (`"tail":true`) are not counted;
//! - a call to a label inside the same function (retpoline thunks) pushes a return address but
//!   leaves nothing; the function must carry the `intra-function-call` flag;
//! - one call instruction may be several records with the same `index` (a retpoline/SLS thunk
//!   call is the thunk plus the indirect callee behind it);
//! - an outlined function whose SP effect depends on its caller is absorbed
//!   (`outlined-absorbed`): the `bl` to it is replaced by its own calls;
//! - a symbol the AsmPrinter emits without a machine function (HWASan check thunks) has no
//!   record and must contain no call.
//!
//! Inputs: every corpus file under the option sets of `identical.rs`, and a few C sources
//! compiled fresh by clang under codegen variants that add calls or sleds late: dynamic TLS
//! models, TLS descriptors, stack protectors, KCFI, CET, retpolines, XRay, patchable entries,
//! `-pg` / `-mfentry`, branch protection and HWASan.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use stackbound_tests::*;

// ---------------------------------------------------------------------------------------------
// Disassembly
// ---------------------------------------------------------------------------------------------

/// One call instruction from the disassembly.
#[derive(Debug, Clone)]
struct CallInsn {
    addr: u64,
    text: String,
    /// The callee's name where the disassembly names it.
    name: Option<String>,
    /// A call to an address inside its own function, without a relocation.
    intra: bool,
}

/// One function symbol (or several at the same address) and its call instructions.
#[derive(Debug, Clone)]
struct DisFunction {
    names: Vec<String>,
    section: String,
    calls: Vec<CallInsn>,
}

const X86_CALLS: &[&str] = &["call", "callq"];
const A64_CALLS: &[&str] = &["bl", "blr", "blraa", "blrab", "blraaz", "blrabz"];
/// Prefixes objdump prints before a mnemonic (the GD TLS sequence pads its call with
/// `data16 data16 rex64`; CET adds `notrack`, retpoline variants a `cs` prefix).
const PREFIXES: &[&str] = &["data16", "rex64", "rex", "notrack", "cs", "ds", "lock"];
/// Relocations whose symbol is the callee (direct, PLT, or through the GOT slot).
const CALLEE_RELOCS: &[&str] = &[
    "R_X86_64_PLT32",
    "R_X86_64_PC32",
    "R_X86_64_GOTPCREL",
    "R_X86_64_GOTPCRELX",
    "R_X86_64_REX_GOTPCRELX",
    "R_AARCH64_CALL26",
];

fn parse_hex(s: &str) -> Option<u64> {
    u64::from_str_radix(s.trim_start_matches("0x"), 16).ok()
}

/// `sym-0x4` / `sym+0x10` -> `sym`.
fn strip_addend(s: &str) -> &str {
    for sep in ["-0x", "+0x"] {
        if let Some(i) = s.rfind(sep) {
            if s[i + 3..].chars().all(|c| c.is_ascii_hexdigit()) && i > 0 {
                return &s[..i];
            }
        }
    }
    s
}

/// Parses `llvm-objdump -dr --no-show-raw-insn` output into functions and their calls.
fn parse_disassembly(text: &str) -> Vec<DisFunction> {
    struct Raw {
        f: DisFunction,
        start: u64,
        insns: usize,
        /// (address, target, target label, relocation type and symbol) per call.
        calls: Vec<(u64, String, Option<u64>, Option<String>, Option<(String, String)>)>,
    }
    let mut raws: Vec<Raw> = Vec::new();
    let mut section = String::new();
    // Whether the last instruction line was a call (its relocations follow it).
    let mut last_was_call = false;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("Disassembly of section ") {
            section = rest.trim_end_matches(':').to_string();
            last_was_call = false;
            continue;
        }
        // `0000000000000010 <name>:`
        if let Some((addr, rest)) = line.split_once(" <") {
            if let (Some(a), Some(name)) = (
                parse_hex(addr).filter(|_| !addr.starts_with(char::is_whitespace)),
                rest.strip_suffix(">:"),
            ) {
                last_was_call = false;
                match raws.last_mut() {
                    Some(r) if r.insns == 0 && r.start == a && r.f.section == section => {
                        r.f.names.push(name.to_string())
                    }
                    _ => raws.push(Raw {
                        f: DisFunction {
                            names: vec![name.to_string()],
                            section: section.clone(),
                            calls: Vec::new(),
                        },
                        start: a,
                        insns: 0,
                        calls: Vec::new(),
                    }),
                }
                continue;
            }
        }
        let trimmed = line.trim_start();
        if trimmed.len() == line.len() {
            continue;
        }
        let Some((addr, body)) = trimmed.split_once(':') else {
            continue;
        };
        let Some(addr) = parse_hex(addr) else {
            continue;
        };
        let body = body.trim();
        let Some(r) = raws.last_mut() else {
            continue;
        };
        if body.starts_with("R_") {
            // A relocation line: `R_X86_64_PLT32	use-0x4`.
            if last_was_call {
                let mut it = body.split_whitespace();
                let ty = it.next().unwrap_or("").to_string();
                let sym = it.collect::<Vec<_>>().join(" ");
                if let Some(c) = r.calls.last_mut() {
                    if c.4.is_none() {
                        c.4 = Some((ty, sym));
                    }
                }
            }
            continue;
        }
        r.insns += 1;
        let mut toks = body.split_whitespace().peekable();
        while toks.peek().is_some_and(|t| PREFIXES.contains(t)) {
            toks.next();
        }
        let Some(mnemonic) = toks.next() else {
            last_was_call = false;
            continue;
        };
        last_was_call = X86_CALLS.contains(&mnemonic) || A64_CALLS.contains(&mnemonic);
        if !last_was_call {
            continue;
        }
        let ops: Vec<&str> = toks.collect();
        let ops = ops.join(" ");
        // `0x48 <caller+0x28>` for a direct call objdump resolved (or a placeholder).
        let (target, label) = match ops.split_once(" <") {
            Some((t, l)) => (parse_hex(t), l.strip_suffix('>').map(str::to_string)),
            None => (None, None),
        };
        r.calls.push((addr, body.to_string(), target, label, None));
    }
    // A function ends where the next one in its section starts.
    let mut out = Vec::new();
    for i in 0..raws.len() {
        let end = raws
            .get(i + 1)
            .filter(|n| n.f.section == raws[i].f.section)
            .map_or(u64::MAX, |n| n.start);
        let start = raws[i].start;
        let mut f = raws[i].f.clone();
        for (addr, text, target, label, reloc) in &raws[i].calls {
            let (name, intra) = match reloc {
                Some((ty, sym)) => {
                    let sym = strip_addend(sym.trim());
                    // A section symbol (`.text.unlikely.`) names no function.
                    let named = CALLEE_RELOCS.contains(&ty.as_str()) && !sym.starts_with('.');
                    (named.then(|| sym.to_string()), false)
                }
                None => {
                    let intra = target.is_some_and(|t| t > start && t < end);
                    let name = label.as_ref().filter(|l| !l.contains("+0x")).cloned();
                    (if intra { None } else { name }, intra)
                }
            };
            f.calls.push(CallInsn {
                addr: *addr,
                text: text.clone(),
                name,
                intra,
            });
        }
        out.push(f);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------

/// The record's callee: the pass writes names as the object has them (without LLVM's `\1`
/// "no mangling" prefix), so the two must be equal as they are.
fn object_name(callee: &str) -> &str {
    callee
}

/// Whether a recorded callee is the symbol the disassembly names. The pass names the generic
/// sanitizer check (`__hwasan_check_memaccess`); the object calls a per-register thunk.
fn same_callee(recorded: &str, disassembled: &str) -> bool {
    let r = object_name(recorded);
    r == disassembled
        || (r == "__hwasan_check_memaccess" && disassembled.starts_with("__hwasan_check_"))
        || (r == "__asan_check_memaccess" && disassembled.starts_with("__asan_check_"))
}

fn describe_record(c: &Value) -> String {
    match c["callee"].as_str() {
        Some(callee) => format!("{} {}", c["kind"].as_str().unwrap_or("?"), object_name(callee)),
        None => c["kind"].as_str().unwrap_or("?").to_string(),
    }
}

#[derive(Default)]
struct Tally {
    functions: usize,
    calls: usize,
    named: BTreeSet<String>,
    intra: usize,
}

/// Checks one object against its report; returns every mismatch.
fn check_object(
    label: &str,
    obj: &Path,
    funcs: &[DisFunction],
    report: &StackReport,
    tally: &mut Tally,
) -> Vec<String> {
    let mut errors = Vec::new();
    let by_name = |n: &str| report.functions.iter().find(|f| f["name"].as_str().map(object_name) == Some(n));
    let dis_by_name = |n: &str| funcs.iter().find(|f| f.names.iter().any(|m| m == n));
    for f in funcs {
        let rec = f.names.iter().find_map(|n| by_name(n));
        let intra: Vec<&CallInsn> = f.calls.iter().filter(|c| c.intra).collect();
        let calls: Vec<&CallInsn> = f.calls.iter().filter(|c| !c.intra).collect();
        let fname = f.names.join("/");
        let Some(rec) = rec else {
            if !f.calls.is_empty() {
                errors.push(format!(
                    "{label}: {fname} ({} in {}): {} call instruction(s), no function record: {}",
                    f.section,
                    obj.display(),
                    f.calls.len(),
                    f.calls.iter().map(|c| format!("{:#x}: {}", c.addr, c.text)).collect::<Vec<_>>().join("; ")
                ));
            }
            continue;
        };
        tally.functions += 1;
        tally.calls += f.calls.len();
        tally.intra += intra.len();
        let flags: Vec<&str> = rec["flags"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if !intra.is_empty() && !flags.contains(&"intra-function-call") {
            errors.push(format!(
                "{label}: {fname} in {}: {} call(s) into the function itself ({}) but no intra-function-call flag",
                obj.display(),
                intra.len(),
                intra.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join("; ")
            ));
        }
        // Non-tail call records, grouped by the instruction they come from.
        let mut groups: Vec<Vec<&Value>> = Vec::new();
        for c in rec["calls"].as_array().into_iter().flatten() {
            if c["tail"].as_bool() == Some(true) {
                continue;
            }
            match groups.last_mut() {
                Some(g) if g[0]["index"] == c["index"] => g.push(c),
                _ => groups.push(vec![c]),
            }
        }
        // Calls to absorbed outlined functions stand for the outlined function's own calls.
        let recorded: BTreeSet<&str> = groups
            .iter()
            .flatten()
            .filter_map(|c| c["callee"].as_str())
            .collect();
        let absorbing = flags.contains(&"outlined-absorbed");
        enum Unit<'a> {
            Call(&'a CallInsn),
            Absorbed(&'a str, usize),
        }
        let mut units = Vec::new();
        for c in &calls {
            match c.name.as_deref() {
                Some(n) if absorbing && n.starts_with("OUTLINED_FUNCTION_") && !recorded.contains(n) => {
                    let k = dis_by_name(n).map_or(0, |o| o.calls.iter().filter(|c| !c.intra).count());
                    if k > 0 {
                        units.push(Unit::Absorbed(n, k));
                    }
                }
                _ => units.push(Unit::Call(c)),
            }
        }
        let mismatch = |why: String| {
            format!(
                "{label}: {fname} in {}: {why}\n    call instructions ({}): {}\n    recorded non-tail call sites ({}): {}",
                obj.display(),
                calls.len(),
                calls
                    .iter()
                    .map(|c| format!("{:#x}: {}{}", c.addr, c.text, c.name.as_ref().map(|n| format!(" [{n}]")).unwrap_or_default()))
                    .collect::<Vec<_>>()
                    .join("; "),
                groups.len(),
                groups
                    .iter()
                    .map(|g| g.iter().map(|c| describe_record(c)).collect::<Vec<_>>().join(" + "))
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        };
        if units.len() != groups.len() {
            let what = if units.len() > groups.len() {
                "MORE call instructions than recorded call sites (a silent underestimate)"
            } else {
                "fewer call instructions than recorded call sites"
            };
            errors.push(mismatch(format!("{what}: {} vs {}", units.len(), groups.len())));
            continue;
        }
        for (u, g) in units.iter().zip(&groups) {
            match u {
                Unit::Absorbed(n, k) => {
                    if g.len() != *k {
                        errors.push(mismatch(format!(
                            "absorbed {n} makes {k} call(s), the group recorded for it has {}",
                            g.len()
                        )));
                    }
                }
                Unit::Call(c) => {
                    let Some(name) = c.name.as_deref() else { continue };
                    tally.named.insert(name.to_string());
                    // Thunk calls and TLS descriptors are recorded as indirect.
                    if g.iter().any(|r| r["kind"] == "indirect") {
                        continue;
                    }
                    if !g.iter().any(|r| r["callee"].as_str().is_some_and(|rc| same_callee(rc, name))) {
                        errors.push(mismatch(format!(
                            "the call at {:#x} calls {name}, the record says {}",
                            c.addr,
                            g.iter().map(|r| describe_record(r)).collect::<Vec<_>>().join(" + ")
                        )));
                    }
                }
            }
        }
    }
    errors
}

// ---------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------

/// An IR module to compile: a corpus file, or a C source compiled fresh under a variant.
struct Case {
    label: String,
    triple: String,
    llc_args: Vec<String>,
    input: Input,
}

enum Input {
    Ir(PathBuf),
    C { src: PathBuf, cflags: Vec<&'static str> },
}

/// A codegen variant of the C sources: clang flags, and the llc flags they need (clang's
/// `-fPIC` only sets a module flag; llc's relocation model is its own option).
struct Variant {
    tag: &'static str,
    triple: &'static str,
    cflags: &'static [&'static str],
    llc: &'static [&'static str],
}

const PIC: &[&str] = &["-relocation-model=pic"];
const X86: &str = "x86_64-unknown-linux-gnu";
const A64: &str = "aarch64-unknown-linux-gnu";
const XRAY: &[&str] = &["-fxray-instrument", "-fxray-instruction-threshold=1"];

const VARIANTS: &[Variant] = &[
    Variant { tag: "tls-gd", triple: X86, cflags: &["-fPIC", "-ftls-model=global-dynamic"], llc: PIC },
    Variant { tag: "tls-ld", triple: X86, cflags: &["-fPIC", "-ftls-model=local-dynamic"], llc: PIC },
    Variant { tag: "tls-ie", triple: X86, cflags: &["-fPIC", "-ftls-model=initial-exec"], llc: PIC },
    Variant {
        tag: "tlsdesc",
        triple: X86,
        cflags: &["-fPIC", "-mtls-dialect=gnu2"],
        llc: &["-relocation-model=pic", "-enable-tlsdesc"],
    },
    Variant { tag: "ssp-all", triple: X86, cflags: &["-fstack-protector-all"], llc: &[] },
    Variant { tag: "kcfi", triple: X86, cflags: &["-fsanitize=kcfi"], llc: &[] },
    Variant { tag: "cf-protection", triple: X86, cflags: &["-fcf-protection"], llc: &[] },
    Variant { tag: "retpoline", triple: X86, cflags: &["-mretpoline"], llc: &[] },
    Variant { tag: "xray", triple: X86, cflags: XRAY, llc: &[] },
    Variant { tag: "pfe", triple: X86, cflags: &["-fpatchable-function-entry=5"], llc: &[] },
    Variant { tag: "pg", triple: X86, cflags: &["-pg"], llc: &[] },
    Variant { tag: "fentry", triple: X86, cflags: &["-pg", "-mfentry"], llc: &[] },
    Variant { tag: "bti-pac", triple: A64, cflags: &["-mbranch-protection=standard"], llc: &[] },
    Variant { tag: "hwasan", triple: A64, cflags: &["-fsanitize=hwaddress"], llc: &[] },
    Variant { tag: "tlsdesc", triple: A64, cflags: &["-fPIC"], llc: PIC },
    Variant { tag: "xray", triple: A64, cflags: XRAY, llc: &[] },
    Variant { tag: "pfe", triple: A64, cflags: &["-fpatchable-function-entry=5"], llc: &[] },
    Variant { tag: "pg", triple: A64, cflags: &["-pg"], llc: &[] },
];

/// C sources for the variants: the census's own (TLS, XRay events) and corpus programs with
/// indirect calls, libcalls and frames.
fn variant_sources(v: &Variant) -> Vec<PathBuf> {
    let root = workspace_root().join("tests");
    let mut out = vec![
        root.join("census/tls.c"),
        root.join("corpus/src/c/funcptr.c"),
        root.join("corpus/src/c/strings.c"),
        root.join("corpus/src/c/structs.c"),
    ];
    if v.tag == "xray" {
        out.push(root.join("census/xray_events.c"));
    }
    out
}

fn clang() -> PathBuf {
    let p = llvm_bin_dir().join("clang");
    if p.exists() {
        p
    } else {
        PathBuf::from(format!("clang-{}", pin().major))
    }
}

fn corpus_cases() -> Vec<Case> {
    let dir = workspace_root().join("tests/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ll"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let ir = std::fs::read_to_string(&file).unwrap();
        let triple = ir_target_triple(&ir).unwrap_or_else(|| panic!("{}: no triple", file.display()));
        // The option sets of identical.rs.
        let mut sets: Vec<Vec<&str>> = vec![vec!["-O2"], vec!["-O0"]];
        if triple.starts_with("aarch64") {
            sets.push(vec!["-O2", "-enable-machine-outliner"]);
        }
        if triple.starts_with("x86_64") {
            sets.push(vec!["-O2", "-relocation-model=pic"]);
        }
        for args in sets {
            out.push(Case {
                label: format!("{}[{}]", file.file_name().unwrap().to_string_lossy(), args.join(" ")),
                triple: triple.clone(),
                llc_args: args.iter().map(|s| s.to_string()).collect(),
                input: Input::Ir(file.clone()),
            });
        }
    }
    out
}

fn variant_cases() -> Vec<Case> {
    let mut out = Vec::new();
    for v in VARIANTS {
        for src in variant_sources(v) {
            let arch = v.triple.split('-').next().unwrap();
            out.push(Case {
                label: format!(
                    "{}[{arch} {}]",
                    src.file_name().unwrap().to_string_lossy(),
                    v.cflags.join(" ")
                ),
                triple: v.triple.to_string(),
                llc_args: std::iter::once("-O2").chain(v.llc.iter().copied()).map(str::to_string).collect(),
                input: Input::C {
                    src,
                    cflags: v.cflags.to_vec(),
                },
            });
        }
    }
    out
}

fn file_id(label: &str) -> String {
    label
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '_' })
        .collect()
}

/// Compiles one case, disassembles it and checks it; Ok(tally) or the mismatches.
fn run_case(case: &Case, dir: &Path) -> Result<Tally, String> {
    let id = file_id(&case.label);
    let ir = match &case.input {
        Input::Ir(p) => p.clone(),
        Input::C { src, cflags } => {
            let out = dir.join(format!("{id}.ll"));
            let mut cmd = Command::new(clang());
            cmd.arg(format!("--target={}", case.triple))
                .args(["-O2", "-S", "-emit-llvm", "-nostdlibinc", "-std=c11", "-w"])
                .arg("-I")
                .arg(workspace_root().join("tests/corpus/src/c"))
                .args(cflags)
                .arg(src)
                .arg("-o")
                .arg(&out);
            try_run(&mut cmd).map_err(|e| format!("{}: clang failed\n{e}", case.label))?;
            out
        }
    };
    let obj = dir.join(format!("{id}.o"));
    let rep = dir.join(format!("{id}.jsonl"));
    let mut cmd = Command::new(custom_llc());
    cmd.args(&case.llc_args)
        .arg(format!("-mtriple={}", case.triple))
        .arg("-filetype=obj")
        .arg(&ir)
        .arg("-o")
        .arg(&obj)
        .arg(format!("-stack-report={}", rep.display()));
    try_run(&mut cmd).map_err(|e| format!("{}: llc failed\n{e}", case.label))?;
    let text = std::fs::read_to_string(&rep).map_err(|e| format!("{}: {e}", case.label))?;
    let report = parse_report(&text).map_err(|e| format!("{}: bad report {}: {e}", case.label, rep.display()))?;
    let mut cmd = Command::new(llvm_tool("llvm-objdump"));
    cmd.args(["-dr", "--no-show-raw-insn"]).arg(&obj);
    let out = try_run(&mut cmd).map_err(|e| format!("{}: llvm-objdump failed\n{e}", case.label))?;
    let funcs = parse_disassembly(&String::from_utf8_lossy(&out.stdout));
    if funcs.is_empty() {
        return Err(format!("{}: no function symbols in the disassembly of {}", case.label, obj.display()));
    }
    let mut tally = Tally::default();
    let errors = check_object(&case.label, &obj, &funcs, &report, &mut tally);
    if errors.is_empty() {
        Ok(tally)
    } else {
        Err(errors.join("\n"))
    }
}

#[test]
fn every_call_instruction_is_a_recorded_call_site() {
    let mut cases = corpus_cases();
    let corpus = cases.len();
    cases.extend(variant_cases());
    let scratch = Scratch::new("census");
    let dir = scratch.path();
    let results = par_map(&cases, |c| run_case(c, dir));
    let mut total = Tally::default();
    let mut failures = Vec::new();
    for (r, case) in results.into_iter().zip(&cases) {
        match r {
            Ok(Ok(t)) => {
                total.functions += t.functions;
                total.calls += t.calls;
                total.intra += t.intra;
                total.named.extend(t.named);
            }
            Ok(Err(e)) => failures.push(e),
            Err(p) => failures.push(format!("{}: panicked: {p}", case.label)),
        }
    }
    eprintln!(
        "census: {} cases ({corpus} corpus, {} variant builds): {} functions, {} call instructions \
         ({} into their own function), {} distinct callees named; {} cases failed",
        cases.len(),
        cases.len() - corpus,
        total.functions,
        total.calls,
        total.intra,
        total.named.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "census: {} of {} cases failed:\n\n{}", failures.len(), cases.len(), failures.join("\n\n"));
    // Not vacuous: the calls that exist only after the AsmPrinter were seen and matched.
    for want in ["__tls_get_addr", "__fentry__", "__xray_CustomEvent", "__xray_TypedEvent", "__stack_chk_fail", "mcount", "_mcount"] {
        assert!(total.named.contains(want), "census: no call to {want} in any disassembly");
    }
    assert!(
        total.named.iter().any(|n| n.starts_with("__hwasan_check_")),
        "census: no HWASan check thunk call in any disassembly"
    );
    assert!(total.intra > 0, "census: no intra-function call (retpoline thunk) seen");
}

// ---------------------------------------------------------------------------------------------
// The parser on fixed text
// ---------------------------------------------------------------------------------------------

#[test]
fn parses_objdump_calls() {
    let text = [
        "x.o:\tfile format elf64-x86-64",
        "",
        "Disassembly of section .text:",
        "",
        "0000000000000000 <get_tv>:",
        "       0:      \tpushq\t%rax",
        "       1:      \tleaq\t(%rip), %rdi",
        "\t\t0000000000000004:  R_X86_64_TLSGD\ttv-0x4",
        "       8:      \tdata16 data16 rex64 callq\t0x11 <get_tv+0x11>",
        "\t\t000000000000000c:  R_X86_64_PLT32\t__tls_get_addr-0x4",
        "      11:      \tcallq\t*(%rax)",
        "\t\t0000000000000011:  R_X86_64_TLSDESC_CALL\ttv",
        "      13:      \tcallq\t0x20 <helper>",
        "      18:      \tcallq\t0x1d <get_tv+0x1d>",
        "      1d:      \tretq",
        "",
        "0000000000000020 <helper>:",
        "0000000000000020 <helper_alias>:",
        "      20:      \tretq",
        "",
        "Disassembly of section .text.thunk:",
        "",
        "0000000000000000 <__llvm_retpoline_r11>:",
        "       0:      \tcallq\t0x10 <__llvm_retpoline_r11+0x10>",
        "      10:      \tretq",
    ]
    .join("\n");
    let f = parse_disassembly(&text);
    assert_eq!(f.len(), 3);
    assert_eq!(f[0].names, ["get_tv"]);
    let names: Vec<_> = f[0].calls.iter().map(|c| (c.name.clone(), c.intra)).collect();
    assert_eq!(
        names,
        [
            (Some("__tls_get_addr".to_string()), false),
            (None, false),
            (Some("helper".to_string()), false),
            (None, true),
        ]
    );
    assert_eq!(f[1].names, ["helper", "helper_alias"]);
    assert!(f[1].calls.is_empty());
    assert_eq!(f[2].section, ".text.thunk");
    assert!(f[2].calls[0].intra, "the last function of a section still ends at its section's end");
    assert!(!same_callee("\u{1}_mcount", "_mcount"));
    assert!(same_callee("_mcount", "_mcount"));
    assert!(same_callee("__hwasan_check_memaccess", "__hwasan_check_x1_0_short_v2"));
    assert_eq!(strip_addend("use-0x4"), "use");
}
