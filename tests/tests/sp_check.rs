//! SP-depth cross-check from the disassembly, in the spirit of Hubris's stack checker.
//!
//! Independent of the pass: each module is compiled by the custom llc to an object and a report
//! in one run (the inputs of `census.rs`, tests/src/cases.rs), the object is disassembled with the
//! stock `llvm-objdump -dr --no-show-raw-insn`, and the SP arithmetic of every function is
//! interpreted from the text alone: a forward walk over the instructions (edges from fall-through
//! and from branch targets inside the function, the deepest state at joins) that tracks the SP
//! depth below `S0` (the caller's SP at the call; x86-64 starts at 8, the return address), the
//! registers that hold an SP-derived value (frame pointers, probe bounds), and SP's known
//! alignment (for realignment). The result per function is the deepest byte it touches (SP
//! itself and memory operands below SP, the red zone) and the SP depth at each call instruction.
//!
//! Against the report: `own_depth` must be >= the disassembly's deepest depth, and equal to it
//! when the record is not dynamic, has only informational flags and the function was not
//! skipped; every call instruction's depth must equal its record's `depth` (paired in order as the
//! census pairs them). A function whose SP arithmetic the walk cannot follow is skipped with a
//! reason, and the skips are counted in the summary.
//! One allowance, checked: on x86-64 an indexed operand (`-0x30(%rsp,%r8)`) or an address taken
//! below SP (`lea -0xe0(%rbp), %rcx`) reaches red-zone bytes the walk cannot bound; a `red-zone`
//! record may then be deeper than the walk, but no deeper than the deepest SP plus the 128 bytes
//! the ABI allows below it. Negative control: `STACKBOUND_SP_CHECK_TAMPER=1` lowers every recorded
//! depth by 8 in memory before the comparison, and the test must fail.
//!
//! Decoded SP writes, x86-64: `push`/`pop` (register, memory, immediate, `pushfq`/`popfq`),
//! `sub`/`add $imm, %rsp`, `lea disp(%rsp|%reg), %rsp`, `mov %reg, %rsp`, `leave`,
//! `and $-A, %rsp`; AArch64: `sub`/`add sp, sp|xN, #imm{, lsl #12}`, `mov sp, xN`,
//! `and sp, xN, #-A`, pre-indexed `[sp, #-N]!` and post-indexed `[sp], #N` accesses.
//!
//! Realignment (`and -A`): SP's address mod 16 is known at entry (S0 is 16-byte aligned; x86-64
//! SP is S0 - 8 there) and followed through every exact SP change. If SP's address is known
//! to be `-r` modulo `g = min(A, known alignment)`, the bytes `and` drops are `SP mod A`, which is
//! `q = (g - r mod g) mod g` modulo `g` and below `A`: at most `A - g + q`. That worst case is
//! charged (for `A <= g` it is exact: `q`), and SP is then known to be A-aligned.
//!
//! Stack-probe loops (`sub $4096, %rsp; mov/or $0, (%rsp); cmp %r11, %rsp; jne` and AArch64
//! `sub sp, sp, #1, lsl #12; cmp sp, x9; str xzr, [sp]; b.ne`): a backward conditional branch
//! right after SP was compared with a tracked register exits with SP equal to that register; the
//! loop's deepest access is in its last iteration. Checked: the register lies a positive whole
//! number of iterations below the loop's entry depth.
//!
//! Skipped (counted by reason): an SP write the walk cannot decode (`unknown sp write <insn>`:
//! VLAs, dynamic probes), SVE (`addvl`/`addpl` on SP, `mul vl` addressing), a call into the
//! function itself (retpoline thunks), a call to an outlined function that moves SP or leaves an
//! SP-derived register (the walk would need the caller's registers), SP moving in a loop, and a
//! backward branch after an SP compare that does not fit the probe pattern.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use stackbound_tests::cases::{build_case, corpus_cases, variant_cases, Case};
use stackbound_tests::objdump::{
    call_units, parse_disassembly, record_call_groups, Arch, DisFunction, Insn, Unit,
};
use stackbound_tests::*;

// ---------------------------------------------------------------------------------------------
// Abstract state
// ---------------------------------------------------------------------------------------------

/// An SP-derived value: its depth below S0 (worst case after realignment) and what is known of
/// its address modulo `align`: address = -resid (mod align).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Val {
    depth: i64,
    align: u64,
    resid: u64,
}

impl Val {
    /// The value `n` bytes deeper (n < 0: higher).
    fn deeper(self, n: i64) -> Val {
        Val {
            depth: self.depth + n,
            align: self.align,
            resid: (self.resid as i64 + n).rem_euclid(self.align as i64) as u64,
        }
    }
    /// `and -A`: the worst case (module docs).
    fn realign(self, a: u64) -> Val {
        let g = a.min(self.align);
        let q = (g - self.resid % g) % g;
        Val {
            depth: self.depth + (a - g + q) as i64,
            align: a,
            resid: 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct State {
    sp: Val,
    /// Registers holding an SP-derived value.
    regs: BTreeMap<String, Val>,
    /// The last flag-setting instruction compared SP with this value (a probe loop's bound).
    cmp_sp: Option<Val>,
}

impl State {
    fn entry(arch: Arch) -> State {
        let d = if arch == Arch::X86_64 { 8 } else { 0 };
        State {
            sp: Val {
                depth: d,
                align: 16,
                resid: d as u64 % 16,
            },
            regs: BTreeMap::new(),
            cmp_sp: None,
        }
    }
    /// The deepest state at a join: the deeper SP, registers both sides agree on.
    fn join(&self, o: &State) -> State {
        let mut sp = if o.sp.depth > self.sp.depth {
            o.sp
        } else {
            self.sp
        };
        let mut align = self.sp.align.min(o.sp.align);
        while align > 1 && self.sp.resid % align != o.sp.resid % align {
            align /= 2;
        }
        sp.align = align;
        sp.resid %= align;
        State {
            sp,
            regs: self
                .regs
                .iter()
                .filter(|(k, v)| o.regs.get(*k) == Some(v))
                .map(|(k, v)| (k.clone(), *v))
                .collect(),
            cmp_sp: if self.cmp_sp == o.cmp_sp {
                self.cmp_sp
            } else {
                None
            },
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Operands
// ---------------------------------------------------------------------------------------------

/// Splits operands at commas outside `()` / `[]` / `{}`.
fn split_ops(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    for ch in s.chars() {
        match ch {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(cur.trim().to_string());
                cur.clear();
                continue;
            }
            _ => {}
        }
        cur.push(ch);
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

fn parse_int(s: &str) -> Option<i64> {
    let s = s.trim().trim_start_matches(['$', '#']);
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let v = match s.strip_prefix("0x") {
        Some(h) => u64::from_str_radix(h, 16).ok()? as i64,
        None => s.parse::<i64>().ok()?,
    };
    Some(if neg { v.wrapping_neg() } else { v })
}

/// x86-64 register name -> its 64-bit register (`%ebp` -> `rbp`); None for a non-GPR.
fn x86_reg(op: &str) -> Option<String> {
    let r = op.strip_prefix('%')?;
    let legacy = [
        ("rax", ["eax", "ax", "al", "ah"]),
        ("rbx", ["ebx", "bx", "bl", "bh"]),
        ("rcx", ["ecx", "cx", "cl", "ch"]),
        ("rdx", ["edx", "dx", "dl", "dh"]),
        ("rsi", ["esi", "si", "sil", "sil"]),
        ("rdi", ["edi", "di", "dil", "dil"]),
        ("rbp", ["ebp", "bp", "bpl", "bpl"]),
        ("rsp", ["esp", "sp", "spl", "spl"]),
    ];
    for (full, subs) in legacy {
        if r == full || subs.contains(&r) {
            return Some(full.to_string());
        }
    }
    let n = r.strip_prefix('r')?;
    let digits: String = n.chars().take_while(char::is_ascii_digit).collect();
    let rest = &n[digits.len()..];
    (!digits.is_empty() && ["", "d", "w", "b"].contains(&rest)).then(|| format!("r{digits}"))
}

/// AArch64 register name -> `xN` / `sp`; None for a non-GPR.
fn a64_reg(op: &str) -> Option<String> {
    match op {
        "sp" | "wsp" => return Some("sp".into()),
        "fp" => return Some("x29".into()),
        "lr" => return Some("x30".into()),
        _ => {}
    }
    let n = op.strip_prefix('x').or_else(|| op.strip_prefix('w'))?;
    n.parse::<u8>()
        .ok()
        .filter(|&n| n <= 30)
        .map(|n| format!("x{n}"))
}

/// x86 `disp(%base)` or `disp(%base,%index,scale)`: (disp, base, indexed).
fn x86_mem(op: &str) -> Option<(i64, String, bool)> {
    let op = op.rsplit(':').next()?; // segment
    let (disp, rest) = op.split_once('(')?;
    let inner = rest.strip_suffix(')')?;
    let mut parts = inner.split(',');
    let base = x86_reg(parts.next()?)?;
    let indexed = parts.next().is_some();
    let disp = if disp.is_empty() { 0 } else { parse_int(disp)? };
    Some((disp, base, indexed))
}

/// AArch64 memory operand: (base, offset, writeback). `[sp, #-16]!` is pre-indexed (Pre),
/// `[sp], #16` post-indexed (Post, the offset in the next operand).
#[derive(Debug, PartialEq)]
enum Idx {
    Offset,
    Pre,
    Post(i64),
}

fn a64_mem(ops: &[String]) -> Option<(String, i64, Idx)> {
    let i = ops.iter().position(|o| o.starts_with('['))?;
    let m = &ops[i];
    let pre = m.ends_with('!');
    let inner = m
        .trim_end_matches('!')
        .strip_prefix('[')?
        .strip_suffix(']')?;
    let parts = split_ops(inner);
    let base = a64_reg(parts.first()?)?;
    let off = match parts.get(1) {
        None => 0,
        Some(p) if p.starts_with('#') && parts.len() == 2 => parse_int(p)?,
        Some(p) if p.contains("mul vl") => return None,
        // A register offset (`[sp, x8]`, `[x29, w9, sxtw #2]`): the index is taken as
        // non-negative, as for x86 indexed operands.
        Some(_) => 0,
    };
    let idx = if pre {
        Idx::Pre
    } else if let Some(p) = ops.get(i + 1).filter(|p| p.starts_with('#')) {
        Idx::Post(parse_int(p)?)
    } else {
        Idx::Offset
    };
    Some((base, off, idx))
}

/// `#imm` or `#imm, lsl #12` starting at `ops[i]`.
fn a64_imm(ops: &[String], i: usize) -> Option<i64> {
    let v = parse_int(ops.get(i)?.strip_prefix('#')?)?;
    match ops.get(i + 1).map(String::as_str) {
        None => Some(v),
        Some("lsl #12") => Some(v << 12),
        Some("lsl #0") => Some(v),
        Some(_) => None,
    }
}

// ---------------------------------------------------------------------------------------------
// One instruction
// ---------------------------------------------------------------------------------------------

/// How control leaves an instruction.
#[derive(Debug, PartialEq)]
enum Flow {
    Next,
    /// A branch inside the function; `cond`: the fall-through is taken too.
    Branch {
        target: u64,
        cond: bool,
    },
    /// Ends the path: return, trap, tail call.
    Stop,
    /// An indirect jump that is not known to be a tail call (a jump table).
    Indirect,
}

struct Step {
    out: State,
    flow: Flow,
    /// The deepest byte a memory operand touches (beyond SP itself).
    touch: Option<i64>,
    /// The SP depth at a call instruction.
    call: Option<i64>,
    /// x86: an indexed operand or an address taken (`lea`) below SP: red-zone bytes reached in a
    /// way the walk cannot bound.
    opaque_below_sp: bool,
}

/// Summary of an outlined function, for calls to it: the registers it writes. Only functions
/// that leave SP where they found it and no SP-derived register behind are summarized.
type Outlined = BTreeMap<String, Result<BTreeSet<String>, String>>;

const X86_CALLER_SAVED: &[&str] = &["rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11"];

fn skip(why: impl Into<String>) -> Result<Step, String> {
    Err(why.into())
}

fn in_function(f: &DisFunction, t: u64) -> bool {
    t >= f.start && t < f.end && f.insns.iter().any(|i| i.addr == t)
}

fn step_x86(
    f: &DisFunction,
    insn: &Insn,
    s: &State,
    written: &mut BTreeSet<String>,
) -> Result<Step, String> {
    let m = insn.mnemonic.as_str();
    let ops = split_ops(&insn.operands);
    let mut out = s.clone();
    out.cmp_sp = None;
    let mut touch = None;
    let mut flow = Flow::Next;
    let mut call = None;
    let mut opaque_below_sp = false;
    // Memory operands: their address is computed from the state before the instruction.
    if !m.starts_with("lea") && !m.starts_with("nop") && !m.starts_with("prefetch") {
        for op in &ops {
            // An indexed operand (`-0x30(%rsp,%r8)`) has no bound without the index's value:
            // it only marks red-zone addressing the walk cannot bound.
            if let Some((disp, base, indexed)) = x86_mem(op) {
                let b = if base == "rsp" {
                    Some(s.sp)
                } else {
                    s.regs.get(&base).copied()
                };
                if let Some(b) = b {
                    if !indexed {
                        touch = Some(touch.unwrap_or(i64::MIN).max(b.depth - disp));
                    } else if b.depth - disp > s.sp.depth {
                        opaque_below_sp = true;
                    }
                }
            }
        }
    }
    let dest = ops.last().and_then(|o| x86_reg(o));
    let src_val = |op: &str| -> Option<Val> {
        let r = x86_reg(op)?;
        if r == "rsp" {
            Some(s.sp)
        } else {
            s.regs.get(&r).copied()
        }
    };
    let mut wrote: Vec<String> = Vec::new();
    let size_of_push = |m: &str| if m.ends_with('w') { 2 } else { 8 };
    match m {
        _ if m.starts_with("push") => out.sp = s.sp.deeper(size_of_push(m)),
        _ if m.starts_with("pop") => {
            if dest.as_deref() == Some("rsp") {
                return skip(format!("unknown sp write {}", insn.text));
            }
            out.sp = s.sp.deeper(-size_of_push(m));
            wrote.extend(dest.clone());
        }
        "leave" | "leaveq" => {
            let Some(bp) = s.regs.get("rbp") else {
                return skip(format!(
                    "unknown sp write {} (rbp not SP-derived)",
                    insn.text
                ));
            };
            out.sp = bp.deeper(-8);
            wrote.push("rbp".into());
        }
        "call" | "callq" => {
            if let Some(t) = insn
                .target
                .filter(|&t| insn.relocs.is_empty() && t > f.start && t < f.end)
            {
                let _ = t;
                return skip("intra-function call");
            }
            call = Some(s.sp.depth);
            wrote.extend(X86_CALLER_SAVED.iter().map(|r| r.to_string()));
        }
        "ret" | "retq" | "ud2" | "int3" | "hlt" => flow = Flow::Stop,
        "enter" | "enterq" => return skip(format!("unknown sp write {}", insn.text)),
        _ if m.starts_with('j') => {
            let indirect = ops.first().is_some_and(|o| o.starts_with('*'));
            let cond = !(m == "jmp" || m == "jmpq");
            flow = match insn.target {
                _ if !insn.relocs.is_empty() => {
                    if cond {
                        Flow::Next // a conditional tail call
                    } else {
                        Flow::Stop
                    }
                }
                Some(t) if !indirect && in_function(f, t) => Flow::Branch { target: t, cond },
                _ if indirect => Flow::Indirect,
                _ => {
                    if cond {
                        Flow::Next
                    } else {
                        Flow::Stop
                    }
                }
            };
        }
        _ if m.starts_with("cmp") && ops.len() == 2 => {
            // `cmp %r11, %rsp`: a probe loop's exit test.
            let (a, b) = (x86_reg(&ops[0]), x86_reg(&ops[1]));
            if b.as_deref() == Some("rsp") {
                out.cmp_sp = a.and_then(|a| s.regs.get(&a).copied());
            } else if a.as_deref() == Some("rsp") {
                out.cmp_sp = b.and_then(|b| s.regs.get(&b).copied());
            }
        }
        _ if m.starts_with("test")
            || m.starts_with("cmp")
            || m == "bt"
            || m == "btq"
            || m == "btl" => {}
        _ if m.starts_with("xchg") || m.starts_with("xadd") => {
            if ops.iter().any(|o| x86_reg(o).as_deref() == Some("rsp")) {
                return skip(format!("unknown sp write {}", insn.text));
            }
            wrote.extend(ops.iter().filter_map(|o| x86_reg(o)));
        }
        _ if dest.as_deref() == Some("rsp") => {
            let imm = ops
                .first()
                .filter(|o| o.starts_with('$'))
                .and_then(|o| parse_int(o));
            out.sp = match (m, imm) {
                ("subq" | "sub", Some(n)) if ops.len() == 2 => s.sp.deeper(n),
                ("addq" | "add", Some(n)) if ops.len() == 2 => s.sp.deeper(-n),
                ("andq" | "and", Some(n))
                    if ops.len() == 2 && n < 0 && (n.wrapping_neg() as u64).is_power_of_two() =>
                {
                    s.sp.realign(n.wrapping_neg() as u64)
                }
                ("leaq" | "lea", _) => match x86_mem(&ops[0]) {
                    Some((disp, base, false)) => match if base == "rsp" {
                        Some(s.sp)
                    } else {
                        s.regs.get(&base).copied()
                    } {
                        Some(b) => b.deeper(-disp),
                        None => return skip(format!("unknown sp write {}", insn.text)),
                    },
                    _ => return skip(format!("unknown sp write {}", insn.text)),
                },
                ("movq" | "mov", _) => match src_val(&ops[0]) {
                    Some(v) => v,
                    None => return skip(format!("unknown sp write {}", insn.text)),
                },
                _ => return skip(format!("unknown sp write {}", insn.text)),
            };
            if let Some(v) = touch {
                // A memory source of an SP write (never seen): keep it as a touch.
                touch = Some(v);
            }
        }
        _ => {
            // Instructions that write registers implicitly.
            const IMPLICIT: &[&str] = &[
                "mul", "imul", "div", "idiv", "cqto", "cltd", "cltq", "cwtl", "cwtd", "cpuid",
                "rdtsc", "rdtscp", "rep", "repne", "movs", "stos", "lods", "scas", "cmps",
                "cmpxchg", "syscall", "xgetbv",
            ];
            if IMPLICIT.iter().any(|p| m.starts_with(p)) {
                wrote.extend(["rax", "rbx", "rcx", "rdx", "rsi", "rdi"].map(String::from));
            }
            if let Some(d) = dest.clone() {
                // Values derived from SP: `mov %rsp, %rbp`, `lea -N(%rbp), %r11`, `sub $N, %r11`.
                let imm = ops
                    .first()
                    .filter(|o| o.starts_with('$'))
                    .and_then(|o| parse_int(o));
                let cur = s.regs.get(&d).copied();
                let v = match (m, ops.len()) {
                    ("movq", 2) => src_val(&ops[0]),
                    ("leaq", 2) => {
                        // An address below SP taken into a register (a va_list's register save
                        // area, a red-zone buffer written through a pointer): accesses through
                        // it are not bounded by the walk.
                        let v = x86_mem(&ops[0]).and_then(|(disp, base, _)| {
                            let b = if base == "rsp" {
                                Some(s.sp)
                            } else {
                                s.regs.get(&base).copied()
                            };
                            b.map(|b| b.deeper(-disp))
                        });
                        if v.is_some_and(|v| v.depth > s.sp.depth) {
                            opaque_below_sp = true;
                        }
                        x86_mem(&ops[0]).filter(|m| !m.2).and(v)
                    }
                    ("subq", 2) => cur.zip(imm).map(|(c, n)| c.deeper(n)),
                    ("addq", 2) => cur.zip(imm).map(|(c, n)| c.deeper(-n)),
                    _ => None,
                };
                out.regs.remove(&d);
                written.insert(d.clone());
                if let Some(v) = v {
                    out.regs.insert(d, v);
                }
            }
        }
    }
    for r in wrote {
        out.regs.remove(&r);
        written.insert(r);
    }
    Ok(Step {
        out,
        flow,
        touch,
        call,
        opaque_below_sp,
    })
}

fn step_a64(
    f: &DisFunction,
    insn: &Insn,
    s: &State,
    outlined: &Outlined,
    written: &mut BTreeSet<String>,
) -> Result<Step, String> {
    let m = insn.mnemonic.as_str();
    let ops = split_ops(&insn.operands);
    let mut out = s.clone();
    out.cmp_sp = None;
    let mut touch = None;
    let mut flow = Flow::Next;
    let mut call = None;
    let val = |r: &str| {
        if r == "sp" {
            Some(s.sp)
        } else {
            s.regs.get(r).copied()
        }
    };
    if insn.operands.contains("mul vl") && insn.operands.contains("sp")
        || (m == "addvl" || m == "addpl") && insn.operands.contains("sp")
    {
        return skip("SVE (scalable SP arithmetic)");
    }
    let mut wrote: Vec<String> = Vec::new();
    let first = ops.first().and_then(|o| a64_reg(o));
    let is_store = m.starts_with("st") && !m.starts_with("stx") && !m.starts_with("stlx");
    let is_load_pair = ["ldp", "ldnp", "ldpsw", "ldxp", "ldaxp"].contains(&m);
    // Memory operands (loads, stores, their writeback).
    if m.starts_with("ld") || m.starts_with("st") || m.starts_with("prfm") {
        if let Some((base, off, idx)) = a64_mem(&ops) {
            if let Some(b) = val(&base) {
                let (addr_val, after) = match idx {
                    Idx::Offset => (b.deeper(-off), None),
                    Idx::Pre => (b.deeper(-off), Some(b.deeper(-off))),
                    Idx::Post(n) => (b, Some(b.deeper(-n))),
                };
                if !m.starts_with("prfm") {
                    touch = Some(addr_val.depth);
                }
                if let Some(a) = after {
                    if base == "sp" {
                        out.sp = a;
                    } else {
                        out.regs.insert(base.clone(), a);
                    }
                }
            } else if idx != Idx::Offset {
                wrote.push(base.clone());
            }
        }
        if !is_store {
            let n = if is_load_pair { 2 } else { 1 };
            let n = if m.starts_with("stx") || m.starts_with("stlx") {
                1
            } else {
                n
            };
            for o in ops.iter().take(n) {
                if let Some(r) = a64_reg(o) {
                    if r == "sp" {
                        return skip(format!("unknown sp write {}", insn.text));
                    }
                    wrote.push(r);
                }
            }
        }
    } else {
        match m {
            "bl" | "blr" | "blraa" | "blrab" | "blraaz" | "blrabz" => {
                if m == "bl"
                    && insn.relocs.is_empty()
                    && insn.target.is_some_and(|t| t > f.start && t < f.end)
                {
                    return skip("intra-function call");
                }
                call = Some(s.sp.depth);
                wrote.extend((0..=18).map(|n| format!("x{n}")));
                wrote.push("x30".into());
                let callee = insn
                    .callee_reloc()
                    .map(str::to_string)
                    .or(insn.label.clone());
                if let Some(c) = callee.filter(|c| c.starts_with("OUTLINED_FUNCTION_")) {
                    match outlined.get(&c) {
                        Some(Ok(w)) => wrote.extend(w.iter().cloned()),
                        Some(Err(why)) => return skip(format!("outlined call: {c}: {why}")),
                        None => return skip(format!("outlined call: {c} not in the object")),
                    }
                }
            }
            "ret" | "retaa" | "retab" | "brk" | "udf" | "hlt" => flow = Flow::Stop,
            "br" | "braa" | "brab" | "braaz" | "brabz" => flow = Flow::Indirect,
            "b" => {
                flow = match insn.target {
                    Some(t) if insn.relocs.is_empty() && in_function(f, t) => Flow::Branch {
                        target: t,
                        cond: false,
                    },
                    _ => Flow::Stop,
                }
            }
            _ if m.starts_with("b.") || ["cbz", "cbnz", "tbz", "tbnz"].contains(&m) => {
                if let Some(t) = insn
                    .target
                    .filter(|&t| insn.relocs.is_empty() && in_function(f, t))
                {
                    flow = Flow::Branch {
                        target: t,
                        cond: true,
                    };
                }
                out.cmp_sp = s.cmp_sp; // a branch reads the flags
            }
            "cmp" | "cmn" | "tst" | "ccmp" | "ccmn" | "fcmp" | "fcmpe" => {
                if m == "cmp" && ops.len() == 2 {
                    let (a, b) = (a64_reg(&ops[0]), a64_reg(&ops[1]));
                    if a.as_deref() == Some("sp") {
                        out.cmp_sp = b.and_then(|b| s.regs.get(&b).copied());
                    } else if b.as_deref() == Some("sp") {
                        out.cmp_sp = a.and_then(|a| s.regs.get(&a).copied());
                    }
                }
            }
            "nop" | "hint" | "bti" | "dmb" | "dsb" | "isb" | "msr" | "svc" | "paciasp"
            | "pacibsp" | "autiasp" | "autibsp" | "xpaclri" => {
                if m.starts_with("pac") || m.starts_with("aut") || m == "xpaclri" {
                    wrote.push("x30".into());
                }
            }
            _ => {
                let Some(d) = first.clone() else {
                    return Ok(Step {
                        out,
                        flow,
                        touch,
                        call,
                        opaque_below_sp: false,
                    });
                };
                // `mov xD, sp`, `add xD, sp|xS, #imm`, `sub xD, sp|xS, #imm`, `and sp, x9, #-A`.
                let src = ops.get(1).and_then(|o| a64_reg(o)).and_then(|r| val(&r));
                let v = match (m, src) {
                    ("mov", Some(v)) if ops.len() == 2 => Some(v),
                    ("add", Some(v)) => a64_imm(&ops, 2).map(|n| v.deeper(-n)),
                    ("sub", Some(v)) => a64_imm(&ops, 2).map(|n| v.deeper(n)),
                    ("and", Some(v)) if d == "sp" && ops.len() == 3 => parse_int(&ops[2])
                        .map(|n| n.wrapping_neg() as u64)
                        .filter(|a| a.is_power_of_two())
                        .map(|a| v.realign(a)),
                    _ => None,
                };
                if d == "sp" {
                    match v {
                        Some(v) => out.sp = v,
                        None => return skip(format!("unknown sp write {}", insn.text)),
                    }
                } else {
                    out.regs.remove(&d);
                    written.insert(d.clone());
                    if let Some(v) = v {
                        out.regs.insert(d, v);
                    }
                }
            }
        }
    }
    if m.starts_with("st") && (m.starts_with("stx") || m.starts_with("stlx")) {
        // The status register of a store-exclusive.
        wrote.extend(first.clone());
    }
    for r in wrote {
        out.regs.remove(&r);
        written.insert(r);
    }
    out.cmp_sp = out.cmp_sp.or_else(|| {
        // Stores between the compare and the branch of a probe loop keep the flags.
        if is_store {
            s.cmp_sp
        } else {
            None
        }
    });
    Ok(Step {
        out,
        flow,
        touch,
        call,
        opaque_below_sp: false,
    })
}

/// x86: the flags survive plain moves/stores between the compare and the branch.
fn keeps_flags_x86(m: &str) -> bool {
    m.starts_with("mov") || m.starts_with('j')
}

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Default)]
struct Walk {
    deepest: i64,
    /// The deepest SP alone.
    deepest_sp: i64,
    /// Some red-zone bytes are reached through an index or a pointer (see [`Step`]).
    opaque_below_sp: bool,
    /// The SP depth at each call instruction, in order (None: not reached).
    calls: Vec<(u64, Option<i64>)>,
    /// Registers the function writes, and the state at its returns (for outlined functions).
    written: BTreeSet<String>,
    returns: Vec<State>,
    unreached: usize,
}

fn walk(f: &DisFunction, outlined: &Outlined) -> Result<Walk, String> {
    let n = f.insns.len();
    let index: BTreeMap<u64, usize> = f
        .insns
        .iter()
        .enumerate()
        .map(|(i, x)| (x.addr, i))
        .collect();
    let mut state: Vec<Option<State>> = vec![None; n];
    let mut updates = vec![0usize; n];
    let mut written = BTreeSet::new();
    // Probe loops: (loop start index, branch index, SP at the bound).
    let mut probes: Vec<(usize, usize, Val)> = Vec::new();
    let mut indirect: Option<State> = None;
    if n == 0 {
        return Ok(Walk::default());
    }
    let mut work: Vec<usize> = vec![0];
    state[0] = Some(State::entry(f.arch));
    let step = |i: usize, s: &State, w: &mut BTreeSet<String>| -> Result<Step, String> {
        let insn = &f.insns[i];
        match f.arch {
            Arch::X86_64 => {
                let mut st = step_x86(f, insn, s, w)?;
                if st.out.cmp_sp.is_none() && keeps_flags_x86(&insn.mnemonic) {
                    st.out.cmp_sp = s.cmp_sp;
                }
                Ok(st)
            }
            Arch::AArch64 => step_a64(f, insn, s, outlined, w),
            Arch::Other => Err("unsupported target".into()),
        }
    };
    let mut seeded_unreached = false;
    loop {
        while let Some(i) = work.pop() {
            let s = state[i].clone().unwrap();
            let st = step(i, &s, &mut written)?;
            let mut succ: Vec<(usize, State)> = Vec::new();
            let next = |succ: &mut Vec<(usize, State)>, s: State| {
                if i + 1 < n {
                    succ.push((i + 1, s));
                }
            };
            match st.flow {
                Flow::Next => next(&mut succ, st.out.clone()),
                Flow::Stop => {}
                Flow::Indirect => {
                    indirect = Some(match &indirect {
                        Some(x) => x.join(&st.out),
                        None => st.out.clone(),
                    })
                }
                Flow::Branch { target, cond } => {
                    let t = index[&target];
                    if t <= i && cond && s.cmp_sp.is_some() {
                        // A probe loop: exits with SP at the compared bound.
                        let bound = s.cmp_sp.unwrap();
                        let entry = state[t].as_ref().unwrap().sp.depth;
                        let stride = st.out.sp.depth - entry;
                        if stride <= 0
                            || bound.depth < st.out.sp.depth
                            || (bound.depth - entry) % stride != 0
                        {
                            return Err(format!(
                                "probe loop: bound {} from entry {entry}, stride {stride} at {:#x}",
                                bound.depth, f.insns[i].addr
                            ));
                        }
                        probes.retain(|p| p.1 != i);
                        probes.push((t, i, bound));
                        let mut o = st.out.clone();
                        o.sp = bound;
                        o.cmp_sp = None;
                        next(&mut succ, o);
                    } else {
                        succ.push((t, st.out.clone()));
                        if cond {
                            next(&mut succ, st.out.clone());
                        }
                    }
                }
            }
            for (j, s) in succ {
                let new = match &state[j] {
                    Some(old) => old.join(&s),
                    None => s,
                };
                if state[j].as_ref() != Some(&new) {
                    updates[j] += 1;
                    if updates[j] > 64 {
                        return Err("sp moves in a loop".into());
                    }
                    state[j] = Some(new);
                    work.push(j);
                }
            }
        }
        // Jump-table targets: unreached code after a terminator, entered from an indirect jump.
        let Some(ind) = indirect.clone().filter(|_| !seeded_unreached) else {
            break;
        };
        seeded_unreached = true;
        for i in 1..n {
            if state[i].is_none() {
                state[i] = Some(ind.clone());
                work.push(i);
            }
        }
        if work.is_empty() {
            break;
        }
    }
    // The result, from the fixpoint.
    let mut w = Walk {
        deepest: 0,
        ..Walk::default()
    };
    for i in 0..n {
        let Some(s) = &state[i] else {
            w.unreached += 1;
            if f.insns[i].is_call() {
                w.calls.push((f.insns[i].addr, None));
            }
            continue;
        };
        let st = step(i, s, &mut BTreeSet::new())?;
        // In a probe loop the walk saw the first iteration; the deepest is the last one.
        let shift = probes
            .iter()
            .filter(|p| p.0 <= i && i <= p.1)
            .map(|p| p.2.depth - state[p.1].as_ref().unwrap().sp.depth)
            .max()
            .unwrap_or(0)
            .max(0);
        let d = s.sp.depth.max(st.out.sp.depth).max(st.touch.unwrap_or(0));
        w.deepest = w.deepest.max(d + shift);
        w.deepest_sp = w.deepest_sp.max(s.sp.depth.max(st.out.sp.depth) + shift);
        w.opaque_below_sp |= st.opaque_below_sp;
        if f.insns[i].is_call() {
            w.calls.push((f.insns[i].addr, st.call));
        }
        if st.flow == Flow::Stop
            && matches!(
                f.insns[i].mnemonic.as_str(),
                "ret" | "retq" | "retaa" | "retab"
            )
        {
            w.returns.push(st.out.clone());
        }
    }
    for (_, _, bound) in &probes {
        w.deepest = w.deepest.max(bound.depth);
        w.deepest_sp = w.deepest_sp.max(bound.depth);
    }
    w.written = written;
    Ok(w)
}

/// Summaries of the object's outlined functions (AArch64): usable when every return leaves SP
/// at its entry depth and no SP-derived register behind.
fn outlined_summaries(funcs: &[DisFunction]) -> Outlined {
    let mut out = Outlined::new();
    for f in funcs {
        let Some(name) = f.names.iter().find(|n| n.starts_with("OUTLINED_FUNCTION_")) else {
            continue;
        };
        let r = walk(f, &Outlined::new()).and_then(|w| {
            if w.returns.iter().any(|s| s.sp.depth != 0) {
                Err("moves SP for its caller".to_string())
            } else if w.returns.iter().any(|s| !s.regs.is_empty()) {
                Err("leaves an SP-derived register".to_string())
            } else {
                Ok(w.written)
            }
        });
        out.insert(name.clone(), r.map_err(|e| format!("({e})")));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Comparison with the report
// ---------------------------------------------------------------------------------------------

const INFORMATIONAL: &[&str] = &[
    "inline-asm",
    "realigned",
    "sp-net-change",
    "outlined-absorbed",
    "intra-function-call",
    "red-zone",
    "scalable-stack",
];

#[derive(Default, Debug)]
struct Tally {
    functions: usize,
    equal: usize,
    /// Checked with >= only (dynamic, or a flag that is not informational).
    bounded: usize,
    /// Equal not required: x86 red-zone bytes reached through an index or a pointer.
    red_zone_opaque: usize,
    calls: usize,
    skipped: BTreeMap<String, usize>,
}

fn skip_class(why: &str) -> String {
    let w = why.split(" (").next().unwrap_or(why);
    if w.starts_with("unknown sp write") {
        "unknown sp write".into()
    } else if w.starts_with("outlined call") {
        "outlined call".into()
    } else if w.starts_with("probe loop") {
        "probe loop".into()
    } else {
        w.to_string()
    }
}

/// Checks one object's functions against its report; returns every disagreement.
fn check_object(
    label: &str,
    obj: &str,
    funcs: &[DisFunction],
    report: &StackReport,
    tally: &mut Tally,
) -> Vec<String> {
    let outlined = outlined_summaries(funcs);
    let mut errors = Vec::new();
    for f in funcs {
        let Some(rec) = f.names.iter().find_map(|n| report.function(n)) else {
            continue;
        };
        let fname = f.names.join("/");
        tally.functions += 1;
        let w = match walk(f, &outlined) {
            Ok(w) => w,
            Err(why) => {
                *tally.skipped.entry(skip_class(&why)).or_default() += 1;
                if std::env::var_os("STACKBOUND_SP_CHECK_VERBOSE").is_some() {
                    eprintln!(
                        "sp_check: {label}: {fname}: skipped: {why} (record dynamic: {})",
                        rec["dynamic"]
                    );
                }
                continue;
            }
        };
        let own = rec["own_depth"].as_i64().unwrap_or(-1);
        let dynamic = rec["dynamic"].as_bool() != Some(false);
        let flags: Vec<&str> = rec["flags"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let exact = !dynamic && flags.iter().all(|f| INFORMATIONAL.contains(f));
        if own < w.deepest {
            errors.push(format!(
                "{label}: {fname} in {obj}: UNDERESTIMATE: own_depth {own} < {} from the disassembly (flags {flags:?})",
                w.deepest
            ));
        } else if exact
            && own > w.deepest
            && flags.contains(&"red-zone")
            && w.opaque_below_sp
            && own <= w.deepest_sp + 128
        {
            // The red zone reached through an index or a pointer: the record's frame objects
            // go deeper than any operand the walk can bound, but stay within the 128 bytes the
            // x86-64 ABI allows below SP.
            tally.red_zone_opaque += 1;
        } else if exact && own != w.deepest {
            errors.push(format!(
                "{label}: {fname} in {obj}: own_depth {own} != {} from the disassembly (flags {flags:?})",
                w.deepest
            ));
        } else if exact {
            tally.equal += 1;
        } else {
            tally.bounded += 1;
        }
        // Calls, paired as the census pairs them.
        let groups = record_call_groups(rec);
        let units = call_units(f, rec, funcs);
        if units.len() != groups.len() {
            errors.push(format!(
                "{label}: {fname} in {obj}: {} call units vs {} recorded call sites (see census)",
                units.len(),
                groups.len()
            ));
            continue;
        }
        let depth_at: BTreeMap<u64, Option<i64>> = w.calls.iter().copied().collect();
        for (u, g) in units.iter().zip(&groups) {
            let Unit::Call(c) = u else { continue };
            let Some(Some(d)) = depth_at.get(&c.addr) else {
                continue;
            };
            for r in g {
                if r["depth_known"].as_bool() != Some(true) {
                    continue;
                }
                tally.calls += 1;
                let rd = r["depth"].as_i64().unwrap_or(-1);
                if rd != *d {
                    errors.push(format!(
                        "{label}: {fname} in {obj}: call at {:#x} ({}): recorded depth {rd}, disassembly {d}",
                        c.addr, c.text
                    ));
                }
            }
        }
    }
    errors
}

fn run_case(case: &Case, dir: &std::path::Path, tamper: bool) -> Result<Tally, String> {
    let mut built = build_case(case, dir)?;
    if tamper {
        // Negative control (STACKBOUND_SP_CHECK_TAMPER=1): lower every own_depth by 8 and every
        // call depth by 8 in the in-memory record; the check must then fail everywhere.
        for f in &mut built.report.functions {
            if let Some(d) = f["own_depth"].as_i64() {
                f["own_depth"] = (d - 8).into();
            }
            for c in f["calls"].as_array_mut().into_iter().flatten() {
                if let Some(d) = c["depth"].as_i64() {
                    c["depth"] = (d - 8).into();
                }
            }
        }
    }
    let mut tally = Tally::default();
    let errors = check_object(
        &case.label,
        &built.obj.display().to_string(),
        &built.funcs,
        &built.report,
        &mut tally,
    );
    if errors.is_empty() {
        Ok(tally)
    } else {
        Err(errors.join("\n"))
    }
}

#[test]
fn sp_depths_match_the_disassembly() {
    let mut cases = corpus_cases();
    let corpus = cases.len();
    cases.extend(variant_cases());
    let tamper = std::env::var("STACKBOUND_SP_CHECK_TAMPER").is_ok_and(|v| v == "1");
    let scratch = Scratch::new("sp_check");
    let dir = scratch.path();
    let results = par_map(&cases, |c| run_case(c, dir, tamper));
    let mut total = Tally::default();
    let mut failures = Vec::new();
    for (r, case) in results.into_iter().zip(&cases) {
        match r {
            Ok(Ok(t)) => {
                total.functions += t.functions;
                total.equal += t.equal;
                total.bounded += t.bounded;
                total.red_zone_opaque += t.red_zone_opaque;
                total.calls += t.calls;
                for (k, v) in t.skipped {
                    *total.skipped.entry(k).or_default() += v;
                }
            }
            Ok(Err(e)) => failures.push(e),
            Err(p) => failures.push(format!("{}: panicked: {p}", case.label)),
        }
    }
    let skipped: usize = total.skipped.values().sum();
    eprintln!(
        "sp_check: {} cases ({corpus} corpus, {} variant builds): {} functions checked, {} equal, {} bounded (>=, \
         dynamic or incomplete), {} red zone beyond direct operands (>= and <= SP + 128), {} skipped {:?}; \
         {} call depths equal; {} cases failed",
        cases.len(),
        cases.len() - corpus,
        total.functions - skipped,
        total.equal,
        total.bounded,
        total.red_zone_opaque,
        skipped,
        total.skipped,
        total.calls,
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "sp_check: {} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
    // Not vacuous.
    assert!(
        total.equal > 1000,
        "sp_check: only {} functions compared equal",
        total.equal
    );
    assert!(
        total.calls > 1000,
        "sp_check: only {} call depths compared",
        total.calls
    );
}

// ---------------------------------------------------------------------------------------------
// The interpreter on fixed text
// ---------------------------------------------------------------------------------------------

fn walk_text(text: &str) -> Vec<(String, Result<Walk, String>)> {
    let funcs = parse_disassembly(text);
    let outlined = outlined_summaries(&funcs);
    funcs
        .iter()
        .map(|f| (f.names[0].clone(), walk(f, &outlined)))
        .collect()
}

fn lines(l: &[&str]) -> String {
    l.join("\n")
}

#[test]
fn interprets_x86_64() {
    let text = lines(&[
        "x.o:\tfile format elf64-x86-64",
        "Disassembly of section .text:",
        // Realignment: 8 + 8 (push) = 16, and -64: worst 48 more, sub 0x80: 192.
        "0000000000000000 <aligned>:",
        "       0:      \tpushq\t%rbp",
        "       1:      \tmovq\t%rsp, %rbp",
        "       4:      \tandq\t$-0x40, %rsp",
        "       8:      \tsubq\t$0x80, %rsp",
        "      40:      \tcallq\t0x45 <aligned+0x45>",
        "\t\t0000000000000041:  R_X86_64_PLT32\tsink-0x4",
        "      4a:      \tmovq\t%rbp, %rsp",
        "      4d:      \tpopq\t%rbp",
        "      4e:      \tretq",
        // The red zone: a leaf touching -0x68(%rsp) from depth 8: 112.
        "0000000000000050 <leaf>:",
        "      50:      \tmovl\t%edi, -0x68(%rsp)",
        "      54:      \tmovl\t-0x4(%rsp), %eax",
        "      58:      \tretq",
        // Pushed arguments, a join taking the deeper side, pushq imm, pushfq.
        "0000000000000060 <pushes>:",
        "      60:      \tpushq\t%rbx",
        "      61:      \ttestl\t%edi, %edi",
        "      63:      \tje\t0x70 <pushes+0x10>",
        "      65:      \tpushq\t$0x7",
        "      67:      \tpushfq",
        "      68:      \tcallq\t0x6d <pushes+0xd>",
        "\t\t0000000000000069:  R_X86_64_PLT32\tmany-0x4",
        "      6d:      \taddq\t$0x10, %rsp",
        "      70:      \tcallq\t0x75 <pushes+0x15>",
        "\t\t0000000000000071:  R_X86_64_PLT32\tother-0x4",
        "      75:      \tpopq\t%rbx",
        "      76:      \tjmp\t0x7b <pushes+0x1b>",
        "\t\t0000000000000077:  R_X86_64_PLT32\ttail-0x4",
        // A probe loop: 8 + 8 (push) = 16; r11 = 16 + 0x8000; loop to it; sub 0x10: 0x8020.
        "0000000000000080 <probed>:",
        "      80:      \tpushq\t%rbx",
        "      81:      \tmovq\t%rsp, %r11",
        "      84:      \tsubq\t$0x8000, %r11           # imm = 0x8000",
        "      8b:      \tsubq\t$0x1000, %rsp           # imm = 0x1000",
        "      92:      \tmovq\t$0x0, (%rsp)",
        "      9a:      \tcmpq\t%r11, %rsp",
        "      9d:      \tjne\t0x8b <probed+0xb>",
        "      9f:      \tsubq\t$0x10, %rsp",
        "      a3:      \tcallq\t0xa8 <probed+0x28>",
        "\t\t00000000000000a4:  R_X86_64_PLT32\tsink-0x4",
        "      a8:      \taddq\t$0x8010, %rsp           # imm = 0x8010",
        "      af:      \tpopq\t%rbx",
        "      b0:      \tretq",
        // -O0 style: frame pointer, locals below rbp, leave.
        "00000000000000c0 <fp>:",
        "      c0:      \tpushq\t%rbp",
        "      c1:      \tmovq\t%rsp, %rbp",
        "      c4:      \tsubq\t$0x10, %rsp",
        "      c8:      \tmovl\t%edi, -0x24(%rbp)",
        "      cc:      \tleave",
        "      cd:      \tretq",
        // An SP write the walk cannot decode.
        "00000000000000d0 <vla>:",
        "      d0:      \tsubq\t%rax, %rsp",
        "      d3:      \tretq",
        // `add $-0x80, %rsp` is a sub of 128.
        "00000000000000e0 <addneg>:",
        "      e0:      \taddq\t$-0x80, %rsp",
        "      e4:      \tsubq\t$-0x80, %rsp",
        "      e8:      \tretq",
    ]);
    let r = walk_text(&text);
    let get = |n: &str| r.iter().find(|x| x.0 == n).unwrap().1.as_ref();
    let a = get("aligned").unwrap();
    assert_eq!((a.deepest, a.calls.clone()), (192, vec![(0x40, Some(192))]));
    assert_eq!(get("leaf").unwrap().deepest, 112);
    let p = get("pushes").unwrap();
    assert_eq!(
        (p.deepest, p.calls.clone()),
        (32, vec![(0x68, Some(32)), (0x70, Some(16))])
    );
    let p = get("probed").unwrap();
    assert_eq!(
        (p.deepest, p.calls.clone()),
        (0x8020, vec![(0xa3, Some(0x8020))])
    );
    assert_eq!(get("fp").unwrap().deepest, 16 + 0x24);
    assert!(
        get("vla").unwrap_err().starts_with("unknown sp write subq"),
        "{:?}",
        get("vla")
    );
    assert_eq!(get("addneg").unwrap().deepest, 8 + 128);
}

#[test]
fn interprets_aarch64() {
    let text = lines(&[
        "x.o:\tfile format elf64-littleaarch64",
        "Disassembly of section .text:",
        // stp pre-index 16; x9 = 16 + 0x70 = 128; and -64 from a 16-aligned value: +48 = 176.
        "0000000000000000 <aligned>:",
        "       0:      \tstp\tx29, x30, [sp, #-0x10]!",
        "       4:      \tmov\tx29, sp",
        "       8:      \tsub\tx9, sp, #0x70",
        "       c:      \tand\tsp, x9, #0xffffffffffffffc0",
        "      24:      \tbl\t0x24 <aligned+0x24>",
        "\t\t0000000000000024:  R_AARCH64_CALL26\tsink",
        "      2c:      \tmov\tsp, x29",
        "      30:      \tldp\tx29, x30, [sp], #0x10",
        "      34:      \tret",
        // lsl #12 frames, a probe loop (x9 = 0x30 + 0x8000), a join over cbz.
        "0000000000000040 <huge>:",
        "      40:      \tstp\tx29, x30, [sp, #-0x30]!",
        "      44:      \tstr\tx28, [sp, #0x10]",
        "      48:      \tmov\tx29, sp",
        "      4c:      \tsub\tx9, sp, #0x8, lsl #12   // =0x8000",
        "      50:      \tsub\tsp, sp, #0x1, lsl #12   // =0x1000",
        "      54:      \tcmp\tsp, x9",
        "      58:      \tstr\txzr, [sp]",
        "      5c:      \tb.ne\t0x50 <huge+0x10>",
        "      60:      \tsub\tsp, sp, #0x10",
        "      64:      \tcbz\tw0, 0x70 <huge+0x30>",
        "      68:      \tbl\t0x68 <huge+0x28>",
        "\t\t0000000000000068:  R_AARCH64_CALL26\tsink",
        "      6c:      \tnop",
        "      70:      \tadd\tsp, sp, #0x8, lsl #12   // =0x8000",
        "      74:      \tadd\tsp, sp, #0x10",
        "      78:      \tldr\tx28, [sp, #0x10]",
        "      7c:      \tldp\tx29, x30, [sp], #0x30",
        "      80:      \tb\t0x80 <huge+0x40>",
        "\t\t0000000000000080:  R_AARCH64_JUMP26\ttail",
        // An outlined function that saves LR: balanced, so calls to it are plain calls.
        "0000000000000090 <OUTLINED_FUNCTION_0>:",
        "      90:      \tstr\tx30, [sp, #-0x10]!",
        "      94:      \tbl\t0x94 <OUTLINED_FUNCTION_0+0x4>",
        "\t\t0000000000000094:  R_AARCH64_CALL26\tsink",
        "      98:      \tldr\tx30, [sp], #0x10",
        "      9c:      \tret",
        // An outlined prologue tail that moves SP for its caller.
        "00000000000000a0 <OUTLINED_FUNCTION_1>:",
        "      a0:      \tsub\tsp, sp, #0x20",
        "      a4:      \tret",
        "00000000000000b0 <user>:",
        "      b0:      \tstp\tx29, x30, [sp, #-0x10]!",
        "      b4:      \tbl\t0xb4 <user+0x4>",
        "\t\t00000000000000b4:  R_AARCH64_CALL26\tOUTLINED_FUNCTION_0",
        "      b8:      \tldp\tx29, x30, [sp], #0x10",
        "      bc:      \tret",
        "00000000000000c0 <mover>:",
        "      c0:      \tbl\t0xc0 <mover>",
        "\t\t00000000000000c0:  R_AARCH64_CALL26\tOUTLINED_FUNCTION_1",
        "      c4:      \tret",
        "00000000000000d0 <sve>:",
        "      d0:      \taddvl\tsp, sp, #-2",
        "      d4:      \tret",
    ]);
    let r = walk_text(&text);
    let get = |n: &str| r.iter().find(|x| x.0 == n).unwrap().1.as_ref();
    let a = get("aligned").unwrap();
    assert_eq!((a.deepest, a.calls.clone()), (176, vec![(0x24, Some(176))]));
    let h = get("huge").unwrap();
    assert_eq!(
        (h.deepest, h.calls.clone()),
        (0x8040, vec![(0x68, Some(0x8040))])
    );
    let o = get("OUTLINED_FUNCTION_0").unwrap();
    assert_eq!((o.deepest, o.calls.clone()), (16, vec![(0x94, Some(16))]));
    let u = get("user").unwrap();
    assert_eq!((u.deepest, u.calls.clone()), (16, vec![(0xb4, Some(16))]));
    assert!(
        get("mover").unwrap_err().contains("moves SP"),
        "{:?}",
        get("mover")
    );
    assert!(get("sve").unwrap_err().starts_with("SVE"));
}

#[test]
fn realignment_worst_case() {
    let v = |depth: i64| Val {
        depth,
        align: 16,
        resid: depth as u64 % 16,
    };
    // 16-aligned SP, and -64: up to 48 bytes dropped; at 8 mod 16: up to 56.
    assert_eq!(v(16).realign(64).depth, 16 + 48);
    assert_eq!(v(40).realign(128).depth, 40 + 120);
    // and -8 of a value known mod 16: exact.
    assert_eq!(v(12).realign(8).depth, 12 + 4);
    assert_eq!(v(16).realign(16).depth, 16);
    // A second realignment after the first knows the new alignment.
    assert_eq!(v(16).realign(64).deeper(64).realign(32).depth, 16 + 48 + 64);
}
