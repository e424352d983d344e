//===- AArch64StackReport.cpp - StackReport's SP decoder for AArch64 -----===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// How AArch64 instructions move SP, for the StackReport pass: `add`/`sub`
// of an immediate (TargetInstrInfo::isAddImmediate), of a register holding a
// known constant (uxtx/sxtx #0 or lsl #0), `and` with a logical immediate
// that is a negative power of two (realignment), SVE `addvl`/`addpl` (charged
// at the largest vscale), pre- and post-indexed loads and stores with
// writeback, each with its immediate's real scale (pairs: the element size;
// MTE's STGP: the 16-byte granule; single registers: bytes), `movz`/`movn`/
// `movk` constants, and the `cmp sp, xN` that ends a stack-probe loop.
// Register copies (`mov` as `orr`) are TargetInstrInfo::isCopyInstr's, in the
// walker. Any other write to SP (writeback forms not listed here, `addsvl`,
// MTE's `stg` with writeback, ...) is refused: the function becomes dynamic.
// Also: the HWASan check pseudos the AsmPrinter lowers to calls, XRay event
// sleds, and `adrp` + `:lo12:` / `:got_lo12:` function addresses. Opcodes are
// AArch64's generated enums; nothing is matched by name.
//
// Built into LLVMAArch64CodeGen from stackbound's pass/AArch64.cpp.
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/AArch64AddressingModes.h"
#include "MCTargetDesc/AArch64MCTargetDesc.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/StackReport.h"
#include "llvm/CodeGen/StackReportDecoder.h"
#include "llvm/CodeGen/TargetInstrInfo.h"
#include "llvm/Support/MathExtras.h"

using namespace llvm;

#define DEBUG_TYPE "stack-report"

namespace {

class AArch64SPDecoder : public SPDecoder {
public:
  using SPDecoder::SPDecoder;

  SPEffect decode(const MachineInstr &MI) const override {
    unsigned Opc = MI.getOpcode();
    Register Dst = regOp(MI, 0);
    // add/sub Xd, Xn, #imm{, lsl #12} (and the W and flag-setting forms).
    if (Dst)
      if (std::optional<RegImmPair> Add = TII.isAddImmediate(MI, Dst))
        return SPEffect::offset(Dst, Add->Reg, -Add->Imm);
    if (int64_t Scale = writebackScale(Opc))
      return writeback(MI, Scale);
    switch (Opc) {
    // add/sub Xd, Xn, Xm (extended or shifted): an address plus or minus a
    // constant register. Only uxtx/sxtx #0 and lsl #0 use Xm's value itself.
    case AArch64::ADDXrx:
    case AArch64::ADDXrx64:
    case AArch64::SUBXrx:
    case AArch64::SUBXrx64:
    case AArch64::ADDXrs:
    case AArch64::SUBXrs: {
      std::optional<int64_t> Ext = immOp(MI, 3);
      bool Extended = Opc != AArch64::ADDXrs && Opc != AArch64::SUBXrs;
      bool Plain = false;
      if (Ext && Extended) {
        AArch64_AM::ShiftExtendType Type =
            AArch64_AM::getArithExtendType((unsigned)*Ext);
        Plain = AArch64_AM::getArithShiftValue((unsigned)*Ext) == 0 &&
                (Type == AArch64_AM::UXTX || Type == AArch64_AM::SXTX);
      } else if (Ext) {
        Plain = *Ext == 0; // lsl #0
      }
      if (!Plain)
        return SPEffect::unknown();
      bool IsSub = Opc == AArch64::SUBXrx || Opc == AArch64::SUBXrx64 ||
                   Opc == AArch64::SUBXrs;
      return SPEffect::addReg(Dst, regOp(MI, 1), regOp(MI, 2), IsSub);
    }
    // cmp sp, Xm (subs xzr, sp, Xm): the exit test of a stack-probe loop.
    case AArch64::SUBSXrx:
    case AArch64::SUBSXrx64:
      if (regOp(MI, 1) == SP)
        return SPEffect::compareSP(regOp(MI, 2));
      return SPEffect::unknown();
    // and sp, Xn, #-Align (or into a scratch register that a probe loop
    // then steps SP down to): stack realignment.
    case AArch64::ANDXri: {
      std::optional<int64_t> Enc = immOp(MI, 2);
      if (!Enc || !AArch64_AM::isValidDecodeLogicalImmediate(*Enc, 64))
        return SPEffect::unknown();
      uint64_t Mask = AArch64_AM::decodeLogicalImmediate(*Enc, 64);
      if (!isPowerOf2_64(-Mask))
        return SPEffect::unknown();
      return SPEffect::realign(Dst, regOp(MI, 1), (int64_t)-Mask);
    }
    // SVE: addvl/addpl Xd, Xn, #imm: imm vector (16 bytes per vscale) or
    // predicate (2 bytes per vscale) lengths.
    case AArch64::ADDVL_XXI:
    case AArch64::ADDPL_XXI:
      if (std::optional<int64_t> Imm = immOp(MI, 2))
        return SPEffect::scalableOffset(
            Dst, regOp(MI, 1), -*Imm * (Opc == AArch64::ADDVL_XXI ? 16 : 2));
      return SPEffect::unknown();
    // Constants for large SP adjustments.
    case AArch64::MOVZXi:
    case AArch64::MOVNXi: {
      std::optional<int64_t> Imm = immOp(MI, 1), Shift = immOp(MI, 2);
      if (!Imm || !Shift)
        return SPEffect::unknown();
      uint64_t Part = (uint64_t)(*Imm & 0xffff) << (*Shift & 0x3f);
      return SPEffect::constant(
          Dst, (int64_t)(Opc == AArch64::MOVZXi ? Part : ~Part));
    }
    case AArch64::MOVKXi: {
      std::optional<int64_t> Imm = immOp(MI, 2), Shift = immOp(MI, 3);
      if (!Imm || !Shift)
        return SPEffect::unknown();
      return SPEffect::constInsert(Dst, (uint16_t)(*Imm & 0xffff),
                                   (unsigned)(*Shift & 0x3f));
    }
    default:
      return SPEffect::unknown();
    }
  }

  /// `adrp x, f`, then `ldr x, [x, :got_lo12:f]` or `add x, x, :lo12:f`.
  std::optional<FunctionAddress>
  functionAddress(const MachineInstr &MI) const override {
    FunctionAddress FA;
    FA.Dst = MI.getOperand(0).getReg();
    switch (MI.getOpcode()) {
    case AArch64::ADRP:
      if (!MI.getOperand(1).isGlobal())
        return std::nullopt;
      FA.K = FunctionAddress::Page;
      FA.GV = MI.getOperand(1).getGlobal();
      return FA;
    case AArch64::LDRXui:
    case AArch64::ADDXri:
      if (MI.getNumExplicitOperands() < 3 || !MI.getOperand(1).isReg() ||
          !MI.getOperand(2).isGlobal())
        return std::nullopt;
      FA.K = FunctionAddress::FromPage;
      FA.PageReg = MI.getOperand(1).getReg();
      FA.GV = MI.getOperand(2).getGlobal();
      return FA;
    default:
      return std::nullopt;
    }
  }

  std::optional<LoweredCall>
  loweredCall(const MachineInstr &MI) const override {
    switch (MI.getOpcode()) {
    // XRay event sleds (AArch64AsmPrinter::LowerPATCHABLE_*EVENT_CALL) hold a
    // real call to the runtime's trampoline after `stp x0, x1, [sp, #-16]!`
    // (typed: x0-x2, #-32).
    case TargetOpcode::PATCHABLE_EVENT_CALL:
      return LoweredCall{"__xray_CustomEvent", 16};
    case TargetOpcode::PATCHABLE_TYPED_EVENT_CALL:
      return LoweredCall{"__xray_TypedEvent", 32};
    // AArch64AsmPrinter::LowerHWASAN_CHECK_MEMACCESS: a call to a
    // per-register check thunk that the AsmPrinter emits.
    case AArch64::HWASAN_CHECK_MEMACCESS:
    case AArch64::HWASAN_CHECK_MEMACCESS_FIXEDSHADOW:
    case AArch64::HWASAN_CHECK_MEMACCESS_SHORTGRANULES:
    case AArch64::HWASAN_CHECK_MEMACCESS_SHORTGRANULES_FIXEDSHADOW:
      return LoweredCall{"__hwasan_check_memaccess"};
    default:
      return std::nullopt;
    }
  }

  /// An exception switches to SP_ELx and stacks nothing (the return state is
  /// in ELR/SPSR): a handler's depths are its own.
  std::optional<int64_t> interruptFrameBytes() const override { return 0; }

  bool isCodegenOnlyCall(const MachineInstr &MI) const override {
    switch (MI.getOpcode()) {
    case AArch64::TLSDESCCALL:
    case AArch64::TLSDESC_CALLSEQ:
    case AArch64::TLSDESC_AUTH_CALLSEQ:
      return true;
    default:
      return false;
    }
  }

private:
  /// The bytes one unit of a writeback form's immediate stands for; 0 for
  /// opcodes that are not a writeback form this decoder knows.
  static int64_t writebackScale(unsigned Opc) {
    switch (Opc) {
    // Pairs: imm7, scaled by the size of one register.
    case AArch64::LDPQpost:
    case AArch64::LDPQpre:
    case AArch64::STPQpost:
    case AArch64::STPQpre:
      return 16;
    case AArch64::LDPDpost:
    case AArch64::LDPDpre:
    case AArch64::LDPXpost:
    case AArch64::LDPXpre:
    case AArch64::STPDpost:
    case AArch64::STPDpre:
    case AArch64::STPXpost:
    case AArch64::STPXpre:
      return 8;
    case AArch64::LDPSWpost:
    case AArch64::LDPSWpre:
    case AArch64::LDPSpost:
    case AArch64::LDPSpre:
    case AArch64::LDPWpost:
    case AArch64::LDPWpre:
    case AArch64::STPSpost:
    case AArch64::STPSpre:
    case AArch64::STPWpost:
    case AArch64::STPWpre:
      return 4;
    // MTE tag-and-pair store: imm7 in 16-byte granules.
    case AArch64::STGPpost:
    case AArch64::STGPpre:
      return 16;
    // Single registers: imm9, unscaled.
    case AArch64::LDRBBpost:
    case AArch64::LDRBBpre:
    case AArch64::LDRBpost:
    case AArch64::LDRBpre:
    case AArch64::LDRDpost:
    case AArch64::LDRDpre:
    case AArch64::LDRHHpost:
    case AArch64::LDRHHpre:
    case AArch64::LDRHpost:
    case AArch64::LDRHpre:
    case AArch64::LDRQpost:
    case AArch64::LDRQpre:
    case AArch64::LDRSBWpost:
    case AArch64::LDRSBWpre:
    case AArch64::LDRSBXpost:
    case AArch64::LDRSBXpre:
    case AArch64::LDRSHWpost:
    case AArch64::LDRSHWpre:
    case AArch64::LDRSHXpost:
    case AArch64::LDRSHXpre:
    case AArch64::LDRSWpost:
    case AArch64::LDRSWpre:
    case AArch64::LDRSpost:
    case AArch64::LDRSpre:
    case AArch64::LDRWpost:
    case AArch64::LDRWpre:
    case AArch64::LDRXpost:
    case AArch64::LDRXpre:
    case AArch64::STRBBpost:
    case AArch64::STRBBpre:
    case AArch64::STRBpost:
    case AArch64::STRBpre:
    case AArch64::STRDpost:
    case AArch64::STRDpre:
    case AArch64::STRHHpost:
    case AArch64::STRHHpre:
    case AArch64::STRHpost:
    case AArch64::STRHpre:
    case AArch64::STRQpost:
    case AArch64::STRQpre:
    case AArch64::STRSpost:
    case AArch64::STRSpre:
    case AArch64::STRWpost:
    case AArch64::STRWpre:
    case AArch64::STRXpost:
    case AArch64::STRXpre:
      return 1;
    default:
      return 0;
    }
  }

  /// A writeback form: the written-back base is operand 0, the base and the
  /// immediate the last two explicit operands.
  SPEffect writeback(const MachineInstr &MI, int64_t Scale) const {
    Register WBack = regOp(MI, 0);
    unsigned Last = MI.getNumExplicitOperands() - 1;
    Register Base = regOp(MI, Last - 1);
    std::optional<int64_t> Off = immOp(MI, Last);
    if (!WBack || WBack != Base || !Off)
      return SPEffect::unknown();
    return SPEffect::offset(WBack, Base, -*Off * Scale);
  }
};

} // end anonymous namespace

void llvm::initializeAArch64StackReport(PassRegistry &PR) {
  initializeStackReportPass(PR);
  initializeStackReportCallFramesPass(PR);
  registerSPDecoder(
      {Triple::aarch64, Triple::aarch64_be, Triple::aarch64_32},
      [](const MachineFunction &MF) -> std::unique_ptr<SPDecoder> {
        return std::make_unique<AArch64SPDecoder>(MF);
      });
}
