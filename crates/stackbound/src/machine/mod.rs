//! Stack depth of hand-written assembly, read from its machine code: functions that no pass
//! record describes (`.s`/`.S` files such as a C library's `memcpy` or `setjmp`).
//!
//! The walk follows every path from the entry (fall-through and branch targets inside the
//! function), tracks the SP as a depth below `S0` (the caller's SP before the call), and gives
//! the depths in the pass's conventions (docs/stack-report-format.md): `own_depth` is the
//! deepest byte below `S0` the function touches (x86-64: the return address included, and
//! red-zone accesses below RSP), a call's `depth` is the SP depth at the call instruction, a
//! tail jump's the depth its callee sees as `S0`. Anything not understood exactly (an indirect
//! branch, an SP write it cannot decode, a return with SP away from its entry depth, bytes
//! that do not decode) is an error with a short reason, never a guess.

mod aarch64;
mod x86_64;

use std::collections::{BTreeMap, HashMap};

/// The instruction sets the walk reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arch {
    X86_64,
    Aarch64,
}

/// A function a branch reaches: its symbol name, and whether that name is local to the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Callee {
    pub name: String,
    pub local: bool,
}

/// How the walk names the targets of direct calls and jumps that leave the function.
pub trait Targets {
    /// The callee named by a relocation in the instruction at `offset` (bytes from the
    /// function's start), `len` bytes long: `Ok(None)` when no relocation applies there (the
    /// encoded target then counts), an error when one does but names no function entry.
    fn relocation(&self, offset: u64, len: u64) -> Result<Option<Callee>, String>;
    /// The function that starts at `address` (an address as encoded in the instruction,
    /// relative to the function's `address`).
    fn function_at(&self, address: u64) -> Option<Callee>;
}

/// What the walk found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MachineFunction {
    pub own_depth: u64,
    /// Every call and tail jump out of the function, by offset.
    pub calls: Vec<MachineCall>,
}

/// A direct call (or tail jump) out of the function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MachineCall {
    /// Bytes from the function's start to the instruction.
    pub offset: u64,
    /// The SP depth below `S0` at the call (before it pushes anything); for a tail jump, the
    /// depth the callee sees as its `S0`.
    pub depth: u64,
    pub tail: bool,
    pub callee: String,
    pub callee_local: bool,
}

/// The SP and what registers hold, before an instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct State {
    /// Bytes below `S0`.
    pub depth: i64,
    /// Registers known to hold `S0 - d` (by register number; x86-64 only).
    pub regs: [Option<i64>; 16],
}

/// Where control goes after an instruction. Addresses are as encoded (the function's own
/// address plus an offset).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flow {
    Next,
    /// An unconditional direct jump.
    Jump(u64),
    /// A conditional direct branch: the target, or the next instruction.
    Branch(u64),
    /// A direct call; control returns to the next instruction.
    Call(u64),
    Return,
    /// A trap: no successor (`ud2`, `int3`, `brk`, `udf`).
    Stop,
}

/// One decoded instruction's effect.
#[derive(Debug)]
pub(crate) struct Step {
    pub len: u64,
    pub flow: Flow,
    /// The deepest byte below `S0` the instruction touches (memory it accesses, and the new SP).
    pub touched: i64,
}

/// An instruction set: decodes one instruction at `offset` and applies its SP effect to `state`.
pub(crate) trait Isa {
    fn step(
        &mut self,
        bytes: &[u8],
        address: u64,
        offset: u64,
        state: &mut State,
    ) -> Result<Step, String>;
    /// Bytes the call pushed before the function's first instruction (the return address).
    fn entry_depth(&self) -> i64;
    /// Forgets what a callee may change (caller-saved registers).
    fn after_call(&self, state: &mut State);
}

/// Walking a function may visit an instruction again when a join makes its state deeper; past
/// this many times the SP is taken to move around a loop.
const DEEPER_VISITS: u32 = 8;
/// Instructions walked before giving up (a guard against pathological control flow).
const MAX_STEPS: usize = 1 << 20;

/// The stack depth of the function whose machine code is `bytes`, at `address`.
pub fn analyze(
    arch: Arch,
    bytes: &[u8],
    address: u64,
    targets: &dyn Targets,
) -> Result<MachineFunction, String> {
    match arch {
        Arch::X86_64 => walk(&mut x86_64::X86_64::new(), bytes, address, targets),
        Arch::Aarch64 => walk(&mut aarch64::Aarch64, bytes, address, targets),
    }
}

/// Where a branch goes.
enum Dest {
    Inside(u64),
    Outside(Callee),
}

fn walk(
    isa: &mut dyn Isa,
    bytes: &[u8],
    address: u64,
    targets: &dyn Targets,
) -> Result<MachineFunction, String> {
    if bytes.is_empty() {
        return Err("no machine code".into());
    }
    let size = bytes.len() as u64;
    let entry = isa.entry_depth();
    let dest = |offset: u64, len: u64, target: u64| -> Result<Dest, String> {
        if let Some(callee) = targets.relocation(offset, len)? {
            return Ok(Dest::Outside(callee));
        }
        let inside = target.wrapping_sub(address);
        if inside < size {
            return Ok(Dest::Inside(inside));
        }
        targets
            .function_at(target)
            .map(Dest::Outside)
            .ok_or_else(|| {
                format!("branch at +{offset:#x} to {target:#x}, where no function starts")
            })
    };
    // The state before each instruction reached, and how often a join made it deeper.
    let mut states: HashMap<u64, (State, u32)> = HashMap::new();
    let mut work = vec![0u64];
    states.insert(
        0,
        (
            State {
                depth: entry,
                regs: [None; 16],
            },
            0,
        ),
    );
    let mut deepest = entry;
    let mut calls: BTreeMap<u64, MachineCall> = BTreeMap::new();
    let mut steps = 0usize;
    // Merges `state` into the one before `offset`; true when that changed it.
    let merge = |states: &mut HashMap<u64, (State, u32)>, offset: u64, state: &State| match states
        .get_mut(&offset)
    {
        None => {
            states.insert(offset, (state.clone(), 0));
            Ok(true)
        }
        Some((known, bumps)) => {
            let mut changed = false;
            if state.depth > known.depth {
                *bumps += 1;
                if *bumps > DEEPER_VISITS {
                    return Err(format!("SP differs around a loop at +{offset:#x}"));
                }
                known.depth = state.depth;
                changed = true;
            }
            for (k, s) in known.regs.iter_mut().zip(&state.regs) {
                if k.is_some() && k != s {
                    *k = None;
                    changed = true;
                }
            }
            Ok(changed)
        }
    };
    let record = |calls: &mut BTreeMap<u64, MachineCall>,
                  offset: u64,
                  depth: i64,
                  tail: bool,
                  callee: Callee|
     -> Result<(), String> {
        let depth = u64::try_from(depth)
            .map_err(|_| format!("call at +{offset:#x} with SP above the entry SP"))?;
        let call = calls.entry(offset).or_insert(MachineCall {
            offset,
            depth,
            tail,
            callee: callee.name,
            callee_local: callee.local,
        });
        call.depth = call.depth.max(depth);
        Ok(())
    };
    while let Some(offset) = work.pop() {
        steps += 1;
        if steps > MAX_STEPS {
            return Err("too many paths through the function".into());
        }
        let mut state = states[&offset].0.clone();
        let before = state.depth;
        let step = isa.step(bytes, address, offset, &mut state)?;
        deepest = deepest.max(step.touched).max(state.depth);
        let next = offset + step.len;
        let mut successors = Vec::with_capacity(2);
        match step.flow {
            Flow::Next => successors.push(next),
            Flow::Stop => {}
            Flow::Return => {
                if before != entry {
                    return Err(format!(
                        "return at +{offset:#x} with SP {} bytes away from its entry depth",
                        before - entry
                    ));
                }
            }
            Flow::Jump(target) => match dest(offset, step.len, target)? {
                Dest::Inside(t) => successors.push(t),
                Dest::Outside(callee) => {
                    record(&mut calls, offset, before - entry, true, callee)?;
                }
            },
            Flow::Branch(target) => {
                match dest(offset, step.len, target)? {
                    Dest::Inside(t) => successors.push(t),
                    Dest::Outside(callee) => {
                        record(&mut calls, offset, before - entry, true, callee)?;
                    }
                }
                successors.push(next);
            }
            Flow::Call(target) => match dest(offset, step.len, target)? {
                Dest::Inside(t) => {
                    return Err(format!(
                        "call at +{offset:#x} to +{t:#x} inside the function"
                    ))
                }
                Dest::Outside(callee) => {
                    record(&mut calls, offset, before, false, callee)?;
                    isa.after_call(&mut state);
                    successors.push(next);
                }
            },
        }
        for s in successors {
            if s >= size {
                return Err(format!(
                    "control runs past the function's end from +{offset:#x}"
                ));
            }
            if merge(&mut states, s, &state)? {
                work.push(s);
            }
        }
    }
    Ok(MachineFunction {
        own_depth: deepest.max(0) as u64,
        calls: calls.into_values().collect(),
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Names nothing: every branch must stay inside the function.
    pub struct NoTargets;
    impl Targets for NoTargets {
        fn relocation(&self, _: u64, _: u64) -> Result<Option<Callee>, String> {
            Ok(None)
        }
        fn function_at(&self, _: u64) -> Option<Callee> {
            None
        }
    }

    /// Names the function at each given address.
    pub struct At(pub Vec<(u64, &'static str)>);
    impl Targets for At {
        fn relocation(&self, _: u64, _: u64) -> Result<Option<Callee>, String> {
            Ok(None)
        }
        fn function_at(&self, address: u64) -> Option<Callee> {
            self.0
                .iter()
                .find(|(a, _)| *a == address)
                .map(|(_, n)| Callee {
                    name: n.to_string(),
                    local: false,
                })
        }
    }
}
