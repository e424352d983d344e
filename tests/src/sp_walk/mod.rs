//! SP depths of a disassembled function, interpreted from objdump's text alone (independent of
//! the pass; `tests/tests/sp_check.rs` compares the result with the report).
//!
//! A forward walk over the instructions (edges from fall-through and from branch targets inside
//! the function, the deepest state at joins, a fixpoint) tracks the SP depth below `S0` (the
//! caller's SP at the call), the registers that hold an SP-derived value (frame pointers, probe
//! bounds) and SP's known alignment. The result per function is the deepest byte it touches (SP
//! itself and memory operands below SP, the red zone) and the SP depth at each call instruction.
//! Each target's instructions are decoded by [`x86_64`] and [`aarch64`].
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
//! A function the walk cannot follow is an `Err` with the reason: an SP write it cannot decode
//! (`unknown sp write <insn>`: VLAs, dynamic probes), SVE (`addvl`/`addpl` on SP, `mul vl`
//! addressing), a call into the function itself (retpoline thunks), a call to an outlined
//! function that moves SP or leaves an SP-derived register (the walk would need the caller's
//! registers), SP moving in a loop, and a backward branch after an SP compare that does not fit
//! the probe pattern.

mod aarch64;
mod operands;
mod x86_64;

use std::collections::{BTreeMap, BTreeSet};

use crate::objdump::{Arch, DisFunction, Insn};

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
        // x86-64: the return address is below S0.
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
    /// The SP-derived value in `reg`; `sp` is the target's name for SP.
    fn value(&self, reg: &str, sp: &str) -> Option<Val> {
        if reg == sp {
            Some(self.sp)
        } else {
            self.regs.get(reg).copied()
        }
    }
    /// `cmp a, b` with SP (named `sp`) on one side: the other side's SP-derived value.
    fn sp_compared_with(&self, a: Option<&str>, b: Option<&str>, sp: &str) -> Option<Val> {
        let other = if a == Some(sp) {
            b
        } else if b == Some(sp) {
            a
        } else {
            None
        };
        self.regs.get(other?).copied()
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

/// One instruction's effect, from the state before it.
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

impl Step {
    /// The default effect: falls through, touches nothing, keeps the registers, clears the
    /// compare (most instructions set the flags or are not followed by the probe branch).
    fn fall_through(s: &State) -> Step {
        Step {
            out: State {
                cmp_sp: None,
                ..s.clone()
            },
            flow: Flow::Next,
            touch: None,
            call: None,
            opaque_below_sp: false,
        }
    }
    /// `reg` now holds `v` (None: nothing SP-derived); `written` collects the function's writes.
    fn write_reg(&mut self, written: &mut BTreeSet<String>, reg: String, v: Option<Val>) {
        self.out.regs.remove(&reg);
        written.insert(reg.clone());
        if let Some(v) = v {
            self.out.regs.insert(reg, v);
        }
    }
}

fn skip(why: impl Into<String>) -> Result<Step, String> {
    Err(why.into())
}

fn unknown_sp_write(insn: &Insn) -> Result<Step, String> {
    skip(format!("unknown sp write {}", insn.text))
}

/// `t` is the address of one of `f`'s instructions.
fn in_function(f: &DisFunction, t: u64) -> bool {
    t >= f.start && t < f.end && f.insns.iter().any(|i| i.addr == t)
}

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

/// Summary of an outlined function, for calls to it: the registers it writes. Only functions
/// that leave SP where they found it and no SP-derived register behind are summarized.
pub type Outlined = BTreeMap<String, Result<BTreeSet<String>, String>>;

/// What the walk found in one function.
#[derive(Debug, Default)]
pub struct Walk {
    pub deepest: i64,
    /// The deepest SP alone.
    pub deepest_sp: i64,
    /// Some red-zone bytes are reached through an index or a pointer (see [`Step`]).
    pub opaque_below_sp: bool,
    /// The SP depth at each call instruction, in order (None: not reached).
    pub calls: Vec<(u64, Option<i64>)>,
    /// Registers the function writes, and the state at its returns (for outlined functions).
    written: BTreeSet<String>,
    returns: Vec<State>,
    unreached: usize,
}

/// Walks `f` to its fixpoint; `Err` is the reason it cannot be followed (module docs).
pub fn walk(f: &DisFunction, outlined: &Outlined) -> Result<Walk, String> {
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
    let step = |i: usize, s: &State, w: &mut BTreeSet<String>| match f.arch {
        Arch::X86_64 => x86_64::step(f, &f.insns[i], s, w),
        Arch::AArch64 => aarch64::step(f, &f.insns[i], s, outlined, w),
        Arch::Arm | Arch::RiscV | Arch::Other => Err("unsupported target".into()),
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
                    if let Some(bound) = s.cmp_sp.filter(|_| t <= i && cond) {
                        // A probe loop: exits with SP at the compared bound.
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
        for (i, s) in state.iter_mut().enumerate().skip(1) {
            if s.is_none() {
                *s = Some(ind.clone());
                work.push(i);
            }
        }
        if work.is_empty() {
            break;
        }
    }
    // The result, from the fixpoint.
    let mut w = Walk::default();
    for i in 0..n {
        let Some(s) = &state[i] else {
            w.unreached += 1;
            if f.insns[i].is_call(f.arch) {
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
        if f.insns[i].is_call(f.arch) {
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
pub fn outlined_summaries(funcs: &[DisFunction]) -> Outlined {
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

/// Walks every function of a fixed disassembly, by first name (the targets' unit tests).
#[cfg(test)]
fn walk_text(lines: &[&str]) -> BTreeMap<String, Result<Walk, String>> {
    let funcs = crate::objdump::parse_disassembly(&lines.join("\n"));
    let outlined = outlined_summaries(&funcs);
    funcs
        .iter()
        .map(|f| (f.names[0].clone(), walk(f, &outlined)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
