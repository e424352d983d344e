//===- RISCVStackReport.cpp - StackReport's SP decoder for RISC-V ----===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// How RISC-V instructions (RV32 and RV64) move SP, for the StackReport pass:
// `addi` (TargetInstrInfo::isAddImmediate; also frame-pointer set-up and
// restore, `addi s0, sp, n` / `addi sp, s0, -n`), Xqcilia `qc.e.addi`, the
// large adjustments through a scratch register (`lui` + `addi`/`addiw`
// constants, `add`/`sub sp, sp, t0`, Zba `sh2add`/`sh3add`), `andi`
// realignment, the `bne sp, t1` that ends a stack-probe loop, Zcmp and
// Xqccmp `cm.push`/`cm.pop`/`cm.popret`/`cm.popretz` (the register list's
// size from RISCVZC::getStackAdjBase plus the extra bytes; `qc.cm.pushfp`
// also sets s0 to the SP it pushed from), and the `-msave-restore`
// routines: `call t0, __riscv_save_N` (FrameSetup) and `tail
// __riscv_restore_N` (FrameDestroy) are frame adjustments of the function's
// RISCVMachineFunctionInfo::getLibCallStackSize, not call edges.
// Compressed instructions do not exist in codegen's MIR: the AsmPrinter
// compresses (RISCVAsmPrinter's compressInst), so `c.addi16sp` and
// `c.addi4spn` are `addi` here; the few compressed forms a MIR file may hold
// are decoded too. Refused (the function becomes dynamic): RVV frames
// (`csrr vlenb`: the scalable size is not bounded here), realignment beyond
// an `andi` immediate (`srli`/`slli`), the RVV probe loop, QCI interrupt
// entry and exit, SiFive CLIC stack swaps (`csrrw sp`), save/restore on RVE
// (the libraries' frames differ from LLVM's there), and any other SP write.
// Also: the HWASan check the AsmPrinter lowers to a call, and TLSDESC calls.
// Opcodes are RISC-V's generated enums; nothing is matched by name.
//
// Built into LLVMRISCVCodeGen from stackbound's pass/RISCV.cpp.
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/RISCVBaseInfo.h"
#include "MCTargetDesc/RISCVMCTargetDesc.h"
#include "RISCVMachineFunctionInfo.h"
#include "RISCVSubtarget.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/StackReport.h"
#include "llvm/CodeGen/StackReportDecoder.h"
#include "llvm/CodeGen/TargetFrameLowering.h"
#include "llvm/CodeGen/TargetInstrInfo.h"
#include "llvm/Support/MathExtras.h"

using namespace llvm;

#define DEBUG_TYPE "stack-report"

namespace {

class RISCVSPDecoder : public SPDecoder {
public:
  explicit RISCVSPDecoder(const MachineFunction &MF)
      : SPDecoder(MF), STI(MF.getSubtarget<RISCVSubtarget>()),
        XLen(STI.getXLen()) {}

  SPEffect decode(const MachineInstr &MI) const override {
    unsigned Opc = MI.getOpcode();
    Register Dst = regOp(MI, 0);
    // addi rd, rs, imm: an address or, for the scratch register of a large
    // adjustment, a constant (an XLEN-wide add). `li rd, imm` is addi from
    // x0.
    if (Dst)
      if (std::optional<RegImmPair> Add = TII.isAddImmediate(MI, Dst)) {
        if (Add->Reg == RISCV::X0)
          return SPEffect::constant(Dst, Add->Imm);
        return offset(Dst, Add->Reg, Add->Imm);
      }
    switch (Opc) {
    // lui rd, imm20: imm20 << 12, sign-extended from 32 bits on RV64.
    case RISCV::LUI:
      if (std::optional<int64_t> Imm = immOp(MI, 1))
        return SPEffect::constant(
            Dst, SignExtend64<32>((uint64_t)(*Imm & 0xfffff) << 12));
      return SPEffect::unknown();
    // addiw: a 32-bit add, sign-extended (constants only: it would truncate
    // an address).
    case RISCV::ADDIW:
      if (std::optional<int64_t> Imm = immOp(MI, 2)) {
        if (regOp(MI, 1) == RISCV::X0)
          return SPEffect::constant(Dst, *Imm);
        return SPEffect::constAdd(Dst, regOp(MI, 1), *Imm, 32);
      }
      return SPEffect::unknown();
    // Xqcilia (RV32): addi with a 26-bit immediate.
    case RISCV::QC_E_ADDI:
      if (std::optional<int64_t> Imm = immOp(MI, 2))
        return offset(Dst, regOp(MI, 1), *Imm);
      return SPEffect::unknown();
    // add/sub rd, rs1, rs2: an address plus or minus a constant register.
    case RISCV::ADD:
    case RISCV::SUB:
      return SPEffect::addReg(Dst, regOp(MI, 1), regOp(MI, 2),
                              Opc == RISCV::SUB);
    // Zba shNadd rd, rs1, rs2 = rs2 + (rs1 << N): the constant is rs1.
    case RISCV::SH1ADD:
    case RISCV::SH2ADD:
    case RISCV::SH3ADD:
      return SPEffect::addReg(Dst, regOp(MI, 2), regOp(MI, 1), false,
                              Opc == RISCV::SH1ADD   ? 1
                              : Opc == RISCV::SH2ADD ? 2
                                                     : 3);
    // andi sp, sp, -Align: realignment.
    case RISCV::ANDI: {
      std::optional<int64_t> Imm = immOp(MI, 2);
      if (!Imm || *Imm >= 0 || !isPowerOf2_64(-(uint64_t)*Imm))
        return SPEffect::unknown();
      return SPEffect::realign(Dst, regOp(MI, 1), -*Imm);
    }
    // bne sp, t1, loop: the exit test of a stack-probe loop.
    case RISCV::BNE:
      if (regOp(MI, 0) == SP)
        return SPEffect::compareSP(regOp(MI, 1));
      if (regOp(MI, 1) == SP)
        return SPEffect::compareSP(regOp(MI, 0));
      return SPEffect::unknown();
    // Zcmp / Xqccmp push and pop (SP written through implicit operands).
    // qc.cm.pushfp also sets s0 to the SP it pushed from.
    case RISCV::CM_PUSH:
    case RISCV::QC_CM_PUSH:
    case RISCV::QC_CM_PUSHFP:
      if (std::optional<int64_t> Bytes = pushPopBytes(MI)) {
        SPEffect E = SPEffect::offset(SP, SP, *Bytes);
        if (Opc == RISCV::QC_CM_PUSHFP)
          E.Other = RISCV::X8; // its definition writes X8 (s0)
        return E;
      }
      return SPEffect::clobbersSP();
    case RISCV::CM_POP:
    case RISCV::QC_CM_POP:
      if (std::optional<int64_t> Bytes = pushPopBytes(MI))
        return SPEffect::offset(SP, SP, -*Bytes);
      return SPEffect::clobbersSP();
    // Compressed forms, only in hand-written MIR (see the file comment).
    case RISCV::C_ADDI16SP:
    case RISCV::C_ADDI:
      if (std::optional<int64_t> Imm = immOp(MI, 2))
        return offset(Dst, regOp(MI, 1), *Imm);
      return SPEffect::unknown();
    case RISCV::C_ADDI4SPN:
      if (std::optional<int64_t> Imm = immOp(MI, 2))
        return SPEffect::offset(Dst, regOp(MI, 1), -*Imm);
      return SPEffect::unknown();
    case RISCV::C_MV:
      return SPEffect::copy(Dst, regOp(MI, 1));
    // QCI interrupt entry pushes a frame of its own: refused.
    case RISCV::QC_C_MIENTER:
    case RISCV::QC_C_MIENTER_NEST:
      return SPEffect::clobbersSP();
    default:
      return SPEffect::unknown();
    }
  }

  std::optional<FrameAdjust>
  frameAdjust(const MachineInstr &MI) const override {
    switch (MI.getOpcode()) {
    // cm.popret / cm.popretz: pop, then return.
    case RISCV::CM_POPRET:
    case RISCV::CM_POPRETZ:
    case RISCV::QC_CM_POPRET:
    case RISCV::QC_CM_POPRETZ: {
      std::optional<int64_t> Bytes = pushPopBytes(MI);
      if (!Bytes)
        return FrameAdjust::unknown();
      FrameAdjust A;
      A.Bytes = -*Bytes;
      return A;
    }
    // QCI interrupt return: pops what qc.c.mienter pushed. Refused.
    case RISCV::QC_C_MILEAVERET:
      return FrameAdjust::unknown();
    // -msave-restore: PEI's `call t0, __riscv_save_N` (FrameSetup) and
    // `tail __riscv_restore_N` (FrameDestroy). PEI emits no other call with
    // these flags.
    case RISCV::PseudoCALLReg:
      if (MI.getFlag(MachineInstr::FrameSetup))
        return saveRestore(/*Save=*/true);
      return std::nullopt;
    case RISCV::PseudoTAIL:
      if (MI.getFlag(MachineInstr::FrameDestroy))
        return saveRestore(/*Save=*/false);
      return std::nullopt;
    default:
      return std::nullopt;
    }
  }

  std::optional<LoweredCall>
  loweredCall(const MachineInstr &MI) const override {
    // RISCVAsmPrinter::LowerHWASAN_CHECK_MEMACCESS: a call to a per-register
    // check routine that the AsmPrinter emits.
    if (MI.getOpcode() == RISCV::HWASAN_CHECK_MEMACCESS_SHORTGRANULES)
      return LoweredCall{"__hwasan_check_memaccess"};
    return std::nullopt;
  }

  bool isCodegenOnlyCall(const MachineInstr &MI) const override {
    return MI.getOpcode() == RISCV::PseudoTLSDESCCall;
  }

private:
  const RISCVSubtarget &STI;
  unsigned XLen;

  /// rd = rs + imm at XLEN bits: an address, or the constant of a scratch
  /// register.
  SPEffect offset(Register Dst, Register Base, int64_t Imm) const {
    SPEffect E = SPEffect::offset(Dst, Base, -Imm);
    E.ConstBits = XLen;
    return E;
  }

  /// The bytes a push or pop moves SP: the register list's area
  /// (RISCVZC::getStackAdjBase) plus the extra bytes of operand 1, which
  /// PEI sets in bytes (0 to 48, a multiple of 16).
  std::optional<int64_t> pushPopBytes(const MachineInstr &MI) const {
    std::optional<int64_t> Rlist = immOp(MI, 0), Extra = immOp(MI, 1);
    if (!Rlist || !Extra || *Rlist < RISCVZC::RA ||
        *Rlist > RISCVZC::RA_S0_S11 || *Extra < 0 || *Extra > 48 ||
        *Extra % 16 != 0)
      return std::nullopt;
    return (int64_t)RISCVZC::getStackAdjBase((unsigned)*Rlist,
                                             STI.is64Bit()) +
           *Extra;
  }

  /// The SP effect of a save or restore routine call, from the frame
  /// lowering's own numbers: the area PEI laid out for the routines
  /// (getLibCallStackSize, set when the prologue was emitted). Inside the
  /// save routine, SP goes deeper than that area: libgcc's and
  /// compiler-rt's save-restore.S allocate the whole 13-register area (ra,
  /// s0-s11: 64 bytes on RV32, 112 on RV64) and give the unused part back,
  /// except for the smallest group (one 16-byte slot), which allocates just
  /// its own. The restore routines only pop. On RVE both libraries save a
  /// fixed 12 or 24 bytes that LLVM's layout does not match: refused.
  FrameAdjust saveRestore(bool Save) const {
    const auto *RVFI = MF.getInfo<RISCVMachineFunctionInfo>();
    int64_t Area = RVFI->getLibCallStackSize();
    if (!RVFI->useSaveRestoreLibCalls(MF) || Area <= 0 ||
        STI.getTargetABI() == RISCVABI::ABI_ILP32E ||
        STI.getTargetABI() == RISCVABI::ABI_LP64E)
      return FrameAdjust::unknown();
    FrameAdjust A;
    if (!Save) {
      A.Bytes = -Area;
      return A;
    }
    int64_t Align =
        (int64_t)MF.getSubtarget().getFrameLowering()->getStackAlign().value();
    int64_t Whole = (int64_t)alignTo(13 * (XLen / 8), Align);
    A.Bytes = Area;
    A.Peak = Area <= Align ? Area : std::max(Area, Whole);
    return A;
  }
};

} // end anonymous namespace

void llvm::initializeRISCVStackReport(PassRegistry &PR) {
  initializeStackReportPass(PR);
  initializeStackReportCallFramesPass(PR);
  registerSPDecoder({Triple::riscv32, Triple::riscv64},
                    [](const MachineFunction &MF) -> std::unique_ptr<SPDecoder> {
                      return std::make_unique<RISCVSPDecoder>(MF);
                    });
}
