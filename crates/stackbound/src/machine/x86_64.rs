//! x86-64 (SysV): iced-x86 decodes each instruction and says which registers it writes and
//! which memory it accesses; every write to RSP is either understood exactly or an error.

use iced_x86::{
    Decoder, DecoderOptions, FlowControl, Formatter, GasFormatter, Instruction,
    InstructionInfoFactory, Mnemonic, OpAccess, OpKind, Register,
};

use super::{Flow, Isa, State, Step};

pub(crate) struct X86_64 {
    info: InstructionInfoFactory,
    formatter: GasFormatter,
}

impl X86_64 {
    pub fn new() -> Self {
        X86_64 {
            info: InstructionInfoFactory::new(),
            formatter: GasFormatter::new(),
        }
    }

    fn text(&mut self, insn: &Instruction) -> String {
        let mut s = String::new();
        self.formatter.format(insn, &mut s);
        s
    }
}

/// The register number (0 = RAX .. 15 = R15) of a general-purpose register of any width.
fn gpr(reg: Register) -> Option<usize> {
    let full = reg.full_register();
    full.is_gpr64().then(|| full.number())
}

fn writes(access: OpAccess) -> bool {
    matches!(
        access,
        OpAccess::Write | OpAccess::CondWrite | OpAccess::ReadWrite | OpAccess::ReadCondWrite
    )
}

/// Registers a SysV callee may change.
const CALLER_SAVED: [Register; 9] = [
    Register::RAX,
    Register::RCX,
    Register::RDX,
    Register::RSI,
    Register::RDI,
    Register::R8,
    Register::R9,
    Register::R10,
    Register::R11,
];

const RSP: usize = 4;
const RBP: usize = 5;

impl Isa for X86_64 {
    fn entry_depth(&self) -> i64 {
        8
    }

    fn after_call(&self, state: &mut State) {
        for r in CALLER_SAVED {
            state.regs[r.number()] = None;
        }
    }

    fn step(
        &mut self,
        bytes: &[u8],
        address: u64,
        offset: u64,
        state: &mut State,
    ) -> Result<Step, String> {
        let code = &bytes[offset as usize..];
        let mut decoder = Decoder::with_ip(64, code, address + offset, DecoderOptions::NONE);
        let insn = decoder.decode();
        if insn.is_invalid() {
            return Err(format!(
                "bytes at +{offset:#x} do not decode as an instruction"
            ));
        }
        let len = insn.len() as u64;
        let at = |what: &str, text: String| format!("{what}: {text} at +{offset:#x}");
        let depth = state.depth;
        // The depth a register's value stands for, when it holds `S0 - d`.
        let value = |state: &State, reg: Register| -> Option<i64> {
            if reg.full_register() == Register::RSP {
                return (reg == Register::RSP).then_some(state.depth);
            }
            let n = gpr(reg)?;
            if reg.is_gpr64() {
                state.regs[n]
            } else {
                None
            }
        };

        let flow = match insn.flow_control() {
            FlowControl::Next => Flow::Next,
            FlowControl::UnconditionalBranch => match insn.op0_kind() {
                OpKind::NearBranch64 => Flow::Jump(insn.near_branch_target()),
                _ => return Err(at("far jump", self.text(&insn))),
            },
            FlowControl::ConditionalBranch => match insn.op0_kind() {
                OpKind::NearBranch64 => Flow::Branch(insn.near_branch_target()),
                _ => return Err(at("branch not decoded", self.text(&insn))),
            },
            FlowControl::Call => match insn.op0_kind() {
                OpKind::NearBranch64 => Flow::Call(insn.near_branch_target()),
                _ if insn.mnemonic() == Mnemonic::Syscall => Flow::Next,
                _ => return Err(at("call not decoded", self.text(&insn))),
            },
            FlowControl::IndirectBranch => return Err(at("indirect jump", self.text(&insn))),
            FlowControl::IndirectCall => return Err(at("indirect call", self.text(&insn))),
            FlowControl::Return => {
                if insn.mnemonic() != Mnemonic::Ret || insn.op_count() != 0 {
                    return Err(at("return not decoded", self.text(&insn)));
                }
                Flow::Return
            }
            FlowControl::Exception => Flow::Stop,
            FlowControl::Interrupt => match insn.mnemonic() {
                Mnemonic::Int3 | Mnemonic::Int1 => Flow::Stop,
                // The kernel runs on its own stack.
                Mnemonic::Int | Mnemonic::Syscall => Flow::Next,
                _ => return Err(at("interrupt not decoded", self.text(&insn))),
            },
            FlowControl::XbeginXabortXend => {
                return Err(at("transaction not decoded", self.text(&insn)))
            }
        };
        // A direct call's push is the callee's (its own depth counts its return address), and
        // the callee pops it: the SP after the call is the SP before.
        if let Flow::Call(_) = flow {
            return Ok(Step {
                len,
                flow,
                touched: depth,
            });
        }

        let info = self.info.info(&insn).clone();
        let mut touched = depth;
        for m in info.used_memory() {
            if m.access() == OpAccess::NoMemAccess {
                continue;
            }
            if matches!(m.segment(), Register::FS | Register::GS) {
                continue; // thread-local, not the stack
            }
            let base = m.base();
            if base == Register::None || base == Register::RIP || base == Register::EIP {
                continue;
            }
            let Some(base_depth) = value(state, base) else {
                if base.full_register() == Register::RSP {
                    return Err(at("SP-relative access not decoded", self.text(&insn)));
                }
                continue; // not known to point at the stack
            };
            if m.index() != Register::None {
                return Err(at(
                    "SP-relative access with an index register",
                    self.text(&insn),
                ));
            }
            // The lowest byte accessed is at base + displacement.
            touched = touched.max(base_depth - m.displacement() as i64);
        }

        let writes_sp = info
            .used_registers()
            .iter()
            .any(|r| r.register().full_register() == Register::RSP && writes(r.access()));
        let mut new_depth = depth;
        let mut new_regs = state.regs;
        let mut wrote = [false; 16];
        for r in info.used_registers() {
            if writes(r.access()) {
                if let Some(n) = gpr(r.register()) {
                    wrote[n] = true;
                }
            }
        }
        let mnemonic = insn.mnemonic();
        let op0_rsp = insn.op_count() >= 1
            && insn.op0_kind() == OpKind::Register
            && insn.op0_register() == Register::RSP;
        if writes_sp {
            let spi = insn.stack_pointer_increment() as i64;
            match mnemonic {
                Mnemonic::Pop if op0_rsp => {
                    return Err(at("SP write not decoded", self.text(&insn)))
                }
                Mnemonic::Push
                | Mnemonic::Pop
                | Mnemonic::Pushf
                | Mnemonic::Pushfq
                | Mnemonic::Popf
                | Mnemonic::Popfq
                | Mnemonic::Ret
                    if !op0_rsp || mnemonic == Mnemonic::Push =>
                {
                    new_depth = depth - spi;
                }
                Mnemonic::Add | Mnemonic::Sub
                    if op0_rsp
                        && insn.op_count() == 2
                        && matches!(
                            insn.op1_kind(),
                            OpKind::Immediate8to64 | OpKind::Immediate32to64
                        ) =>
                {
                    let imm = insn.immediate(1) as i64;
                    new_depth = if mnemonic == Mnemonic::Sub {
                        depth + imm
                    } else {
                        depth - imm
                    };
                }
                Mnemonic::Lea if op0_rsp && insn.memory_index() == Register::None => {
                    let Some(base) = value(state, insn.memory_base()) else {
                        return Err(at("SP write not decoded", self.text(&insn)));
                    };
                    new_depth = base - insn.memory_displacement64() as i64;
                }
                Mnemonic::Mov if op0_rsp && insn.op1_kind() == OpKind::Register => {
                    let Some(v) = value(state, insn.op1_register()) else {
                        return Err(at("SP write not decoded", self.text(&insn)));
                    };
                    new_depth = v;
                }
                // mov %rbp,%rsp; pop %rbp
                Mnemonic::Leave => {
                    let Some(frame) = state.regs[RBP] else {
                        return Err(at("SP write not decoded", self.text(&insn)));
                    };
                    new_depth = frame - 8;
                    touched = touched.max(frame);
                }
                _ => return Err(at("SP write not decoded", self.text(&insn))),
            }
        }
        for (n, w) in wrote.iter().enumerate() {
            if *w && n != RSP {
                new_regs[n] = None;
            }
        }
        // Copies of the SP that later restore it: mov %rsp,%rbp; lea d(%rsp),%rbx.
        if insn.op_count() >= 1 && insn.op0_kind() == OpKind::Register && !op0_rsp {
            let dst = insn.op0_register();
            if dst.is_gpr64() {
                let copied = match mnemonic {
                    Mnemonic::Mov if insn.op1_kind() == OpKind::Register => {
                        value(state, insn.op1_register())
                    }
                    Mnemonic::Lea if insn.memory_index() == Register::None => {
                        value(state, insn.memory_base())
                            .map(|b| b - insn.memory_displacement64() as i64)
                    }
                    _ => None,
                };
                if copied.is_some() {
                    new_regs[dst.number()] = copied;
                }
            }
        }
        state.depth = new_depth;
        state.regs = new_regs;
        state.regs[RSP] = None;
        Ok(Step {
            len,
            flow,
            touched: touched.max(new_depth),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{At, NoTargets};
    use super::super::{analyze, Arch, MachineCall};

    fn depth(code: &[u8]) -> Result<u64, String> {
        analyze(Arch::X86_64, code, 0x1000, &NoTargets).map(|f| f.own_depth)
    }

    #[test]
    fn a_leaf_is_its_return_address() {
        // lea 1(%rdi),%eax; ret: 8
        assert_eq!(depth(&[0x8d, 0x47, 0x01, 0xc3]), Ok(8));
    }

    #[test]
    fn pushes_sub_and_a_call() {
        // push %rbx; sub $32,%rsp; call 0x2000; add $32,%rsp; pop %rbx; ret
        // 8 + 8 + 32 = 48; the call is at 48.
        let mut code = vec![0x53, 0x48, 0x83, 0xec, 0x20, 0xe8];
        let next = 0x1000 + 10u64;
        code.extend_from_slice(&((0x2000i64 - next as i64) as i32).to_le_bytes());
        code.extend_from_slice(&[0x48, 0x83, 0xc4, 0x20, 0x5b, 0xc3]);
        let f = analyze(Arch::X86_64, &code, 0x1000, &At(vec![(0x2000, "callee")])).unwrap();
        assert_eq!(f.own_depth, 48);
        assert_eq!(
            f.calls,
            vec![MachineCall {
                offset: 5,
                depth: 48,
                tail: false,
                callee: "callee".into(),
                callee_local: false
            }]
        );
    }

    #[test]
    fn red_zone_and_frame_pointer() {
        // mov %rdi,-24(%rsp); ret: 8 + 24 = 32
        assert_eq!(depth(&[0x48, 0x89, 0x7c, 0x24, 0xe8, 0xc3]), Ok(32));
        // push %rbp; mov %rsp,%rbp; mov %rdi,-40(%rbp); pop %rbp; ret: 8 + 8 + 40 = 56
        assert_eq!(
            depth(&[0x55, 0x48, 0x89, 0xe5, 0x48, 0x89, 0x7d, 0xd8, 0x5d, 0xc3]),
            Ok(56)
        );
        // push %rbp; mov %rsp,%rbp; sub $64,%rsp; leave; ret: 8 + 8 + 64 = 80
        assert_eq!(
            depth(&[0x55, 0x48, 0x89, 0xe5, 0x48, 0x83, 0xec, 0x40, 0xc9, 0xc3]),
            Ok(80)
        );
    }

    #[test]
    fn what_is_not_understood_is_an_error() {
        // mov %rax,%rsp; ret
        assert!(depth(&[0x48, 0x89, 0xc4, 0xc3])
            .unwrap_err()
            .contains("SP write"));
        // and $-16,%rsp; ret
        assert!(depth(&[0x48, 0x83, 0xe4, 0xf0, 0xc3])
            .unwrap_err()
            .contains("SP write"));
        // jmp *%rax
        assert!(depth(&[0xff, 0xe0]).unwrap_err().contains("indirect jump"));
        // push %rax; ret
        assert!(depth(&[0x50, 0xc3]).unwrap_err().contains("return"));
        // a loop that pushes: 1: push %rax; jmp 1b
        assert!(depth(&[0x50, 0xeb, 0xfd]).unwrap_err().contains("loop"));
        // cut short: the first byte of a call
        assert!(depth(&[0xe8]).unwrap_err().contains("decode"));
        // falls off the end
        assert!(depth(&[0x90]).unwrap_err().contains("past"));
    }

    #[test]
    fn a_balanced_loop() {
        // 1: push %rax; pop %rax; dec %edi; jne 1b; ret: 8 + 8 = 16
        assert_eq!(depth(&[0x50, 0x58, 0xff, 0xcf, 0x75, 0xfa, 0xc3]), Ok(16));
    }
}
