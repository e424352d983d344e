//! AArch64 instructions for the SP walk. Entry depth 0.
//!
//! Decoded SP writes: `sub`/`add sp, sp|xN, #imm{, lsl #12}`, `mov sp, xN`, `and sp, xN, #-A`,
//! pre-indexed `[sp, #-N]!` and post-indexed `[sp], #N` accesses; `[sp, #N]` is above SP. A call
//! to an `OUTLINED_FUNCTION_*` is a plain call when its summary ([`super::Outlined`]) allows.

use std::collections::BTreeSet;

use super::operands::{parse_int, split_ops};
use super::{in_function, skip, unknown_sp_write, Flow, Outlined, State, Step};
use crate::objdump::{DisFunction, Insn};

const SP: &str = "sp";

/// Register name -> `xN` / `sp`; None for a non-GPR.
fn reg(op: &str) -> Option<String> {
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

/// How a memory operand writes its base back.
#[derive(Debug, PartialEq)]
enum Indexing {
    /// `[sp, #16]`: no writeback.
    Offset,
    /// `[sp, #-16]!`: the base moves to the address first.
    Pre,
    /// `[sp], #16`: the base moves by the next operand after the access.
    Post(i64),
}

/// The memory operand among `ops`: (base, offset, indexing).
fn mem(ops: &[String]) -> Option<(String, i64, Indexing)> {
    let i = ops.iter().position(|o| o.starts_with('['))?;
    let m = &ops[i];
    let pre = m.ends_with('!');
    let inner = m
        .trim_end_matches('!')
        .strip_prefix('[')?
        .strip_suffix(']')?;
    let parts = split_ops(inner);
    let base = reg(parts.first()?)?;
    let off = match parts.get(1) {
        None => 0,
        Some(p) if p.starts_with('#') && parts.len() == 2 => parse_int(p)?,
        Some(p) if p.contains("mul vl") => return None,
        // A register offset (`[sp, x8]`, `[x29, w9, sxtw #2]`): the index is taken as
        // non-negative, as for x86 indexed operands.
        Some(_) => 0,
    };
    let indexing = if pre {
        Indexing::Pre
    } else if let Some(p) = ops.get(i + 1).filter(|p| p.starts_with('#')) {
        Indexing::Post(parse_int(p)?)
    } else {
        Indexing::Offset
    };
    Some((base, off, indexing))
}

/// `#imm` or `#imm, lsl #12` starting at `ops[i]`.
fn imm(ops: &[String], i: usize) -> Option<i64> {
    let v = parse_int(ops.get(i)?.strip_prefix('#')?)?;
    match ops.get(i + 1).map(String::as_str) {
        None => Some(v),
        Some("lsl #12") => Some(v << 12),
        Some("lsl #0") => Some(v),
        Some(_) => None,
    }
}

/// One instruction's effect on `s`; `written` collects the registers it writes.
pub(super) fn step(
    f: &DisFunction,
    insn: &Insn,
    s: &State,
    outlined: &Outlined,
    written: &mut BTreeSet<String>,
) -> Result<Step, String> {
    let m = insn.mnemonic.as_str();
    let ops = split_ops(&insn.operands);
    let mut st = Step::fall_through(s);
    if insn.operands.contains("mul vl") && insn.operands.contains("sp")
        || (m == "addvl" || m == "addpl") && insn.operands.contains("sp")
    {
        return skip("SVE (scalable SP arithmetic)");
    }
    let mut wrote: Vec<String> = Vec::new();
    let first = ops.first().and_then(|o| reg(o));
    // A store-exclusive writes its status register (the first operand), like a load.
    let is_store = m.starts_with("st") && !m.starts_with("stx") && !m.starts_with("stlx");
    let is_load_pair = ["ldp", "ldnp", "ldpsw", "ldxp", "ldaxp"].contains(&m);
    // Memory operands (loads, stores, their writeback).
    if m.starts_with("ld") || m.starts_with("st") || m.starts_with("prfm") {
        if let Some((base, off, indexing)) = mem(&ops) {
            if let Some(b) = s.value(&base, SP) {
                let (addr_val, after) = match indexing {
                    Indexing::Offset => (b.deeper(-off), None),
                    Indexing::Pre => (b.deeper(-off), Some(b.deeper(-off))),
                    Indexing::Post(n) => (b, Some(b.deeper(-n))),
                };
                if !m.starts_with("prfm") {
                    st.touch = Some(addr_val.depth);
                }
                if let Some(a) = after {
                    if base == SP {
                        st.out.sp = a;
                    } else {
                        st.out.regs.insert(base.clone(), a);
                    }
                }
            } else if indexing != Indexing::Offset {
                wrote.push(base.clone());
            }
        }
        if !is_store {
            let n = if is_load_pair { 2 } else { 1 };
            for o in ops.iter().take(n) {
                if let Some(r) = reg(o) {
                    if r == SP {
                        return unknown_sp_write(insn);
                    }
                    wrote.push(r);
                }
            }
        }
    } else {
        match m {
            "bl" | "blr" | "blraa" | "blrab" | "blraaz" | "blrabz" => {
                if m == "bl" && f.calls_into_itself(insn) {
                    return skip("intra-function call");
                }
                st.call = Some(s.sp.depth);
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
            "ret" | "retaa" | "retab" | "brk" | "udf" | "hlt" => st.flow = Flow::Stop,
            "br" | "braa" | "brab" | "braaz" | "brabz" => st.flow = Flow::Indirect,
            "b" => {
                st.flow = match insn.target {
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
                    st.flow = Flow::Branch {
                        target: t,
                        cond: true,
                    };
                }
                st.out.cmp_sp = s.cmp_sp; // a branch reads the flags
            }
            "cmp" | "cmn" | "tst" | "ccmp" | "ccmn" | "fcmp" | "fcmpe" => {
                if m == "cmp" && ops.len() == 2 {
                    st.out.cmp_sp =
                        s.sp_compared_with(reg(&ops[0]).as_deref(), reg(&ops[1]).as_deref(), SP);
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
                    return Ok(st);
                };
                // `mov xD, sp`, `add xD, sp|xS, #imm`, `sub xD, sp|xS, #imm`, `and sp, x9, #-A`.
                let src = ops
                    .get(1)
                    .and_then(|o| reg(o))
                    .and_then(|r| s.value(&r, SP));
                let v = match (m, src) {
                    ("mov", Some(v)) if ops.len() == 2 => Some(v),
                    ("add", Some(v)) => imm(&ops, 2).map(|n| v.deeper(-n)),
                    ("sub", Some(v)) => imm(&ops, 2).map(|n| v.deeper(n)),
                    ("and", Some(v)) if d == SP && ops.len() == 3 => parse_int(&ops[2])
                        .map(|n| n.wrapping_neg() as u64)
                        .filter(|a| a.is_power_of_two())
                        .map(|a| v.realign(a)),
                    _ => None,
                };
                if d == SP {
                    match v {
                        Some(v) => st.out.sp = v,
                        None => return unknown_sp_write(insn),
                    }
                } else {
                    st.write_reg(written, d, v);
                }
            }
        }
    }
    for r in wrote {
        st.write_reg(written, r, None);
    }
    // Stores between the compare and the branch of a probe loop keep the flags.
    st.out.cmp_sp = st.out.cmp_sp.or(s.cmp_sp.filter(|_| is_store));
    Ok(st)
}

#[cfg(test)]
mod tests {
    use super::super::walk_text;

    #[test]
    fn interprets_aarch64() {
        let r = walk_text(&[
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
        let get = |n: &str| r[n].as_ref();
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
}
