//! AArch64: the fixed 32-bit encodings. yaxpeax-arm says whether a word is a defined
//! instruction (bytes that are not code must not be read as a guess); the SP effects and the
//! control flow are decoded here from the encoding classes that can write SP or branch, and an
//! instruction outside them that still names SP as a destination or a writeback base (by
//! yaxpeax-arm's operands) is an error.

use yaxpeax_arch::{Decoder, U8Reader};
use yaxpeax_arm::armv8::a64::{InstDecoder, Instruction, Operand};

use super::{Flow, Isa, State, Step};

pub(crate) struct Aarch64;

fn sext(value: u32, bits: u32) -> i64 {
    let shift = 64 - bits;
    ((value as i64) << shift) >> shift
}

/// What an instruction does to SP, when it is in an encoding class that may involve it.
enum Sp {
    /// Not an SP class (the operand check still applies).
    Other,
    /// An SP class: the new depth, and the deepest byte accessed.
    Effect { depth: i64, touched: i64 },
}

impl Isa for Aarch64 {
    fn entry_depth(&self) -> i64 {
        0
    }

    // Without register tracking there is nothing to forget.
    fn after_call(&self, _state: &mut State) {}

    fn step(
        &mut self,
        bytes: &[u8],
        address: u64,
        offset: u64,
        state: &mut State,
    ) -> Result<Step, String> {
        let o = offset as usize;
        if o % 4 != 0 {
            return Err(format!("branch to +{offset:#x}, not a multiple of 4"));
        }
        let Some(word) = bytes.get(o..o + 4) else {
            return Err(format!("an instruction cut short at +{offset:#x}"));
        };
        let w = u32::from_le_bytes(word.try_into().expect("4 bytes"));
        let pc = address.wrapping_add(offset);
        let depth = state.depth;
        // udf: permanently undefined, a trap.
        if w >> 16 == 0 {
            return Ok(Step {
                len: 4,
                flow: Flow::Stop,
                touched: depth,
            });
        }
        let insn = InstDecoder::default()
            .decode(&mut U8Reader::new(word))
            .map_err(|_| format!("{w:#010x} at +{offset:#x} does not decode as an instruction"))?;
        let at = |what: &str| format!("{what}: {insn} at +{offset:#x}");
        let target = |imm: i64| pc.wrapping_add(imm as u64);

        // Branches, exceptions, system.
        let flow = if w & 0x7c00_0000 == 0x1400_0000 {
            let t = target(sext(w & 0x03ff_ffff, 26) * 4);
            if w >> 31 == 1 {
                Flow::Call(t)
            } else {
                Flow::Jump(t)
            }
        } else if w & 0xff00_0000 == 0x5400_0000 || w & 0x7e00_0000 == 0x3400_0000 {
            // b.cond, bc.cond; cbz, cbnz: a 19-bit offset.
            Flow::Branch(target(sext((w >> 5) & 0x7ffff, 19) * 4))
        } else if w & 0x7e00_0000 == 0x3600_0000 {
            Flow::Branch(target(sext((w >> 5) & 0x3fff, 14) * 4))
        } else if w & 0xfe00_0000 == 0xd600_0000 {
            // ret (x30), retaa, retab; everything else branches through a register.
            if w == 0xd65f_03c0 || w == 0xd65f_0bff || w == 0xd65f_0fff {
                Flow::Return
            } else if (w >> 21) & 0xf == 1 || (w >> 21) & 0xf == 9 {
                return Err(at("indirect call"));
            } else {
                return Err(at("indirect jump"));
            }
        } else if w & 0xff00_0000 == 0xd400_0000 {
            match (w >> 21) & 7 {
                0 => Flow::Next,     // svc, hvc, smc: the handler has its own stack
                1 | 2 => Flow::Stop, // brk, hlt
                _ => return Err(at("exception not decoded")),
            }
        } else {
            Flow::Next
        };
        if flow != Flow::Next {
            return Ok(Step {
                len: 4,
                flow,
                touched: depth,
            });
        }

        match sp_effect(w, depth).map_err(at)? {
            Sp::Effect {
                depth: new,
                touched,
            } => {
                state.depth = new;
                Ok(Step {
                    len: 4,
                    flow,
                    touched: touched.max(new),
                })
            }
            Sp::Other => {
                check_operands(&insn).map_err(at)?;
                Ok(Step {
                    len: 4,
                    flow,
                    touched: depth,
                })
            }
        }
    }
}

/// The encoding classes in which SP (register 31) is written or is a memory base.
fn sp_effect(w: u32, depth: i64) -> Result<Sp, &'static str> {
    let rd = w & 31;
    let rn = (w >> 5) & 31;
    let same = Ok(Sp::Effect {
        depth,
        touched: depth,
    });
    let access = |touched: i64| Ok(Sp::Effect { depth, touched });
    // add/sub (immediate): Rd = 31 is SP unless the flags are set.
    if w & 0x1f80_0000 == 0x1100_0000 {
        let (sf, sub, s) = (w >> 31, (w >> 30) & 1, (w >> 29) & 1);
        if s == 1 || rd != 31 {
            return same;
        }
        if sf == 0 || rn != 31 {
            return Err("SP write not decoded");
        }
        let imm = (((w >> 10) & 0xfff) << (12 * ((w >> 22) & 1))) as i64;
        let new = if sub == 1 { depth + imm } else { depth - imm };
        return Ok(Sp::Effect {
            depth: new,
            touched: new,
        });
    }
    // add/sub with tags (addg, subg) and min/max immediate: Rd = 31 may be SP.
    if w & 0x1f80_0000 == 0x1180_0000 {
        return if rd == 31 {
            Err("SP write not decoded")
        } else {
            same
        };
    }
    // add/sub (extended register): Rd = 31 is SP unless the flags are set.
    if w & 0x1f20_0000 == 0x0b20_0000 {
        return if rd == 31 && (w >> 29) & 1 == 0 {
            Err("SP write not decoded")
        } else {
            same
        };
    }
    // logical (immediate): and/orr/eor with Rd = 31 write SP (realignment).
    if w & 0x1f80_0000 == 0x1200_0000 {
        return if rd == 31 && (w >> 29) & 3 != 3 {
            Err("SP write not decoded")
        } else {
            same
        };
    }
    // SVE addvl/addpl to SP: a scalable frame.
    if w & 0xffa0_f800 == 0x0420_5000 {
        return if rd == 31 {
            Err("SP write not decoded")
        } else {
            same
        };
    }
    // msr spsel / msr sp_elN: another stack.
    if w & 0xffff_f0ff == 0xd500_40bf
        || (w & 0xfff0_0000 == 0xd510_0000 && (w >> 12) & 0xf == 4 && (w >> 8) & 0xf == 1)
    {
        return Err("SP write not decoded");
    }
    // Loads and stores: op0 = x1x0.
    if w & 0x0a00_0000 != 0x0800_0000 {
        return Ok(Sp::Other);
    }
    // Literal loads have no base register.
    if w & 0x3b00_0000 == 0x1800_0000 {
        return same;
    }
    if rn != 31 {
        return Ok(Sp::Other);
    }
    let imm9 = sext((w >> 12) & 0x1ff, 9);
    // Register with a 9-bit immediate: unscaled, post-index, unprivileged, pre-index.
    if w & 0x3b20_0000 == 0x3800_0000 {
        return match (w >> 10) & 3 {
            0 | 2 => access(depth - imm9),
            1 => Ok(Sp::Effect {
                depth: depth - imm9,
                touched: depth,
            }),
            _ => Ok(Sp::Effect {
                depth: depth - imm9,
                touched: depth - imm9,
            }),
        };
    }
    // Register offset, atomics, ldraa/ldrab.
    if w & 0x3b20_0000 == 0x3820_0000 {
        return match (w >> 10) & 3 {
            0 => same,
            2 => Err("SP-relative access with a register offset"),
            _ => {
                if w >> 30 != 3 || (w >> 26) & 1 != 0 {
                    return Err("SP-relative access not decoded");
                }
                let imm = sext((((w >> 22) & 1) << 9) | ((w >> 12) & 0x1ff), 10) * 8;
                let new = if (w >> 11) & 1 == 1 {
                    depth - imm
                } else {
                    depth
                };
                Ok(Sp::Effect {
                    depth: new,
                    touched: depth - imm,
                })
            }
        };
    }
    // Register, unsigned offset: at or above SP.
    if w & 0x3b00_0000 == 0x3900_0000 {
        return same;
    }
    // Pairs: no-allocate, post-index, offset, pre-index.
    if w & 0x3a00_0000 == 0x2800_0000 {
        let (opc, v, l) = (w >> 30, (w >> 26) & 1, (w >> 22) & 1);
        let scale = match (v, opc) {
            (0, 0) => 4,
            (0, 1) if l == 0 => 16, // stgp
            (0, 1) => 4,            // ldpsw
            (0, 2) => 8,
            (1, 0) => 4,
            (1, 1) => 8,
            (1, 2) => 16,
            _ => return Err("SP-relative access not decoded"),
        };
        let imm = sext((w >> 15) & 0x7f, 7) * scale;
        return match (w >> 23) & 3 {
            0 | 2 => access(depth - imm),
            1 => Ok(Sp::Effect {
                depth: depth - imm,
                touched: depth,
            }),
            _ => Ok(Sp::Effect {
                depth: depth - imm,
                touched: depth - imm,
            }),
        };
    }
    // Vector structures (ld1..ld4, st1..st4): the post-index forms write their base back.
    if w & 0xbe00_0000 == 0x0c00_0000 {
        return if (w >> 23) & 1 == 1 {
            Err("SP writeback not decoded")
        } else {
            same
        };
    }
    // Exclusives, acquire/release: the base itself.
    if w & 0x3f00_0000 == 0x0800_0000 {
        return same;
    }
    // RCpc unscaled (ldapur, stlur); the rest of this space (memory tags, RCpc writeback
    // forms) is not decoded.
    if w & 0x3f20_0c00 == 0x1900_0000 {
        return access(depth - imm9);
    }
    Err("SP-relative access not decoded")
}

/// An instruction outside the SP classes must not name SP as a destination or a writeback
/// base, nor access below it.
fn check_operands(insn: &Instruction) -> Result<(), &'static str> {
    if let Operand::RegisterOrSP(_, 31) = insn.operands[0] {
        return Err("SP write not decoded");
    }
    for op in &insn.operands {
        match *op {
            Operand::RegPreIndex(31, _, true)
            | Operand::RegPostIndex(31, _)
            | Operand::RegPostIndexReg(31, _) => return Err("SP writeback not decoded"),
            Operand::RegPreIndex(31, off, _) if off < 0 => {
                return Err("SP-relative access not decoded")
            }
            Operand::RegRegOffset(31, ..) => {
                return Err("SP-relative access with a register offset")
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{At, NoTargets};
    use super::super::{analyze, Arch, MachineCall};

    fn code(words: &[u32]) -> Vec<u8> {
        words.iter().flat_map(|w| w.to_le_bytes()).collect()
    }

    fn depth(words: &[u32]) -> Result<u64, String> {
        analyze(Arch::Aarch64, &code(words), 0x1000, &NoTargets).map(|f| f.own_depth)
    }

    const RET: u32 = 0xd65f_03c0;

    #[test]
    fn a_leaf_uses_nothing() {
        // add w0, w0, #1; ret
        assert_eq!(depth(&[0x1100_0400, RET]), Ok(0));
    }

    #[test]
    fn frame_and_calls() {
        // stp x29, x30, [sp, #-32]!; mov x29, sp; sub sp, sp, #16; bl 0x2000;
        // add sp, sp, #16; ldp x29, x30, [sp], #32; b 0x3000
        // 32 + 16 = 48; the call at 48, the tail jump at 0.
        let bl = 0x9400_0000 | ((0x2000 - 0x100c) / 4);
        let b = 0x1400_0000 | ((0x3000 - 0x1018) / 4);
        let words = [
            0xa9be_7bfd,
            0x9100_03fd,
            0xd100_43ff,
            bl,
            0x9100_43ff,
            0xa8c2_7bfd,
            b,
        ];
        let f = analyze(
            Arch::Aarch64,
            &code(&words),
            0x1000,
            &At(vec![(0x2000, "callee"), (0x3000, "next")]),
        )
        .unwrap();
        assert_eq!(f.own_depth, 48);
        let call = |offset, depth, tail, name: &str| MachineCall {
            offset,
            depth,
            tail,
            callee: name.into(),
            callee_local: false,
        };
        assert_eq!(
            f.calls,
            vec![call(12, 48, false, "callee"), call(24, 0, true, "next")]
        );
    }

    #[test]
    fn below_sp_counts() {
        // stur x0, [sp, #-8]; ret: 8
        assert_eq!(depth(&[0xf81f_83e0, RET]), Ok(8));
    }

    #[test]
    fn what_is_not_understood_is_an_error() {
        // mov sp, x0; ret
        assert!(depth(&[0x9100_001f, RET]).unwrap_err().contains("SP write"));
        // and sp, x0, #-16
        assert!(depth(&[0x927c_ec1f, RET]).unwrap_err().contains("SP write"));
        // br x16
        assert!(depth(&[0xd61f_0200]).unwrap_err().contains("indirect jump"));
        // blr x16
        assert!(depth(&[0xd63f_0200]).unwrap_err().contains("indirect call"));
        // sub sp, sp, #16; ret
        assert!(depth(&[0xd100_43ff, RET]).unwrap_err().contains("return"));
        // 1: sub sp, sp, #16; b 1b
        assert!(depth(&[0xd100_43ff, 0x17ff_ffff])
            .unwrap_err()
            .contains("loop"));
        // ldr x0, [sp, x1]
        assert!(depth(&[0xf861_6be0, RET])
            .unwrap_err()
            .contains("register offset"));
        // st1 {v0.16b}, [sp], #16
        assert!(depth(&[0x4c9f_73e0, RET])
            .unwrap_err()
            .contains("writeback"));
    }
}
