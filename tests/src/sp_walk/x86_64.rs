//! x86-64 instructions for the SP walk. Entry depth 8 (the return address).
//!
//! Decoded SP writes: `push`/`pop` (register, memory, immediate, `pushfq`/`popfq`),
//! `sub`/`add $imm, %rsp` (`add $-0x80` is a sub), `lea disp(%rsp|%reg), %rsp`, `mov %reg, %rsp`,
//! `leave`, `and $-A, %rsp`. Memory operands `disp(%rsp)` / `disp(%reg)` below SP are touched
//! bytes (the red zone).

use std::collections::BTreeSet;

use super::operands::{parse_int, split_ops};
use super::{in_function, skip, unknown_sp_write, Flow, State, Step, Val};
use crate::objdump::{DisFunction, Insn};

const SP: &str = "rsp";

const CALLER_SAVED: &[&str] = &["rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11"];

/// Register name -> its 64-bit register (`%ebp` -> `rbp`); None for a non-GPR.
fn reg(op: &str) -> Option<String> {
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

/// `disp(%base)` or `disp(%base,%index,scale)`: (disp, base, indexed).
fn mem(op: &str) -> Option<(i64, String, bool)> {
    let op = op.rsplit(':').next()?; // segment
    let (disp, rest) = op.split_once('(')?;
    let inner = rest.strip_suffix(')')?;
    let mut parts = inner.split(',');
    let base = reg(parts.next()?)?;
    let indexed = parts.next().is_some();
    let disp = if disp.is_empty() { 0 } else { parse_int(disp)? };
    Some((disp, base, indexed))
}

/// The flags survive plain moves between the compare and the branch.
fn keeps_flags(m: &str) -> bool {
    m.starts_with("mov") || m.starts_with('j')
}

/// One instruction's effect on `s`; `written` collects the registers it writes.
pub(super) fn step(
    f: &DisFunction,
    insn: &Insn,
    s: &State,
    written: &mut BTreeSet<String>,
) -> Result<Step, String> {
    let m = insn.mnemonic.as_str();
    let ops = split_ops(&insn.operands);
    let mut st = Step::fall_through(s);
    // Memory operands: their address is computed from the state before the instruction.
    if !m.starts_with("lea") && !m.starts_with("nop") && !m.starts_with("prefetch") {
        for op in &ops {
            // An indexed operand (`-0x30(%rsp,%r8)`) has no bound without the index's value:
            // it only marks red-zone addressing the walk cannot bound.
            if let Some((disp, base, indexed)) = mem(op) {
                if let Some(b) = s.value(&base, SP) {
                    if !indexed {
                        st.touch = Some(st.touch.unwrap_or(i64::MIN).max(b.depth - disp));
                    } else if b.depth - disp > s.sp.depth {
                        st.opaque_below_sp = true;
                    }
                }
            }
        }
    }
    let dest = ops.last().and_then(|o| reg(o));
    let imm = ops
        .first()
        .filter(|o| o.starts_with('$'))
        .and_then(|o| parse_int(o));
    let src_val = |op: &str| -> Option<Val> { s.value(&reg(op)?, SP) };
    let mut wrote: Vec<String> = Vec::new();
    let size_of_push = |m: &str| if m.ends_with('w') { 2 } else { 8 };
    match m {
        _ if m.starts_with("push") => st.out.sp = s.sp.deeper(size_of_push(m)),
        _ if m.starts_with("pop") => {
            if dest.as_deref() == Some(SP) {
                return unknown_sp_write(insn);
            }
            st.out.sp = s.sp.deeper(-size_of_push(m));
            wrote.extend(dest.clone());
        }
        "leave" | "leaveq" => {
            let Some(bp) = s.regs.get("rbp") else {
                return skip(format!(
                    "unknown sp write {} (rbp not SP-derived)",
                    insn.text
                ));
            };
            st.out.sp = bp.deeper(-8);
            wrote.push("rbp".into());
        }
        "call" | "callq" => {
            if f.calls_into_itself(insn) {
                return skip("intra-function call");
            }
            st.call = Some(s.sp.depth);
            wrote.extend(CALLER_SAVED.iter().map(|r| r.to_string()));
        }
        "ret" | "retq" | "ud2" | "int3" | "hlt" => st.flow = Flow::Stop,
        "enter" | "enterq" => return unknown_sp_write(insn),
        _ if m.starts_with('j') => {
            let indirect = ops.first().is_some_and(|o| o.starts_with('*'));
            let cond = !(m == "jmp" || m == "jmpq");
            // Out of the function (a tail call): the path goes on only past a conditional jump.
            let leaves = if cond { Flow::Next } else { Flow::Stop };
            st.flow = match insn.target {
                _ if !insn.relocs.is_empty() => leaves,
                Some(t) if !indirect && in_function(f, t) => Flow::Branch { target: t, cond },
                _ if indirect => Flow::Indirect,
                _ => leaves,
            };
        }
        _ if m.starts_with("cmp") && ops.len() == 2 => {
            // `cmp %r11, %rsp`: a probe loop's exit test.
            st.out.cmp_sp =
                s.sp_compared_with(reg(&ops[0]).as_deref(), reg(&ops[1]).as_deref(), SP);
        }
        _ if m.starts_with("test")
            || m.starts_with("cmp")
            || m == "bt"
            || m == "btq"
            || m == "btl" => {}
        _ if m.starts_with("xchg") || m.starts_with("xadd") => {
            if ops.iter().any(|o| reg(o).as_deref() == Some(SP)) {
                return unknown_sp_write(insn);
            }
            wrote.extend(ops.iter().filter_map(|o| reg(o)));
        }
        _ if dest.as_deref() == Some(SP) => {
            let v = match (m, imm) {
                ("subq" | "sub", Some(n)) if ops.len() == 2 => Some(s.sp.deeper(n)),
                ("addq" | "add", Some(n)) if ops.len() == 2 => Some(s.sp.deeper(-n)),
                ("andq" | "and", Some(n))
                    if ops.len() == 2 && n < 0 && (n.wrapping_neg() as u64).is_power_of_two() =>
                {
                    Some(s.sp.realign(n.wrapping_neg() as u64))
                }
                ("leaq" | "lea", _) => match mem(&ops[0]) {
                    Some((disp, base, false)) => s.value(&base, SP).map(|b| b.deeper(-disp)),
                    _ => None,
                },
                ("movq" | "mov", _) => src_val(&ops[0]),
                _ => None,
            };
            match v {
                Some(v) => st.out.sp = v,
                None => return unknown_sp_write(insn),
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
                let cur = s.regs.get(&d).copied();
                let v = match (m, ops.len()) {
                    ("movq", 2) => src_val(&ops[0]),
                    ("leaq", 2) => {
                        // An address below SP taken into a register (a va_list's register save
                        // area, a red-zone buffer written through a pointer): accesses through
                        // it are not bounded by the walk.
                        let v = mem(&ops[0]).and_then(|(disp, base, _)| {
                            s.value(&base, SP).map(|b| b.deeper(-disp))
                        });
                        if v.is_some_and(|v| v.depth > s.sp.depth) {
                            st.opaque_below_sp = true;
                        }
                        mem(&ops[0]).filter(|m| !m.2).and(v)
                    }
                    ("subq", 2) => cur.zip(imm).map(|(c, n)| c.deeper(n)),
                    ("addq", 2) => cur.zip(imm).map(|(c, n)| c.deeper(-n)),
                    _ => None,
                };
                st.write_reg(written, d, v);
            }
        }
    }
    for r in wrote {
        st.write_reg(written, r, None);
    }
    if st.out.cmp_sp.is_none() && keeps_flags(m) {
        st.out.cmp_sp = s.cmp_sp;
    }
    Ok(st)
}

#[cfg(test)]
mod tests {
    use super::super::walk_text;

    #[test]
    fn interprets_x86_64() {
        let r = walk_text(&[
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
        let get = |n: &str| r[n].as_ref();
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
}
