//===- ARMStackReport.cpp - StackReport's SP decoder for ARM and Thumb ----===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// How ARM, Thumb-2 and Thumb-1 instructions move SP, for the StackReport
// pass: `push`/`pop` and `ldm`/`stm` with writeback (each register's size from
// its register class), `vpush`/`vpop` (D and S lists), single-register pre-
// and post-indexed loads and stores with writeback, `add`/`sub` of an
// immediate with each encoding's real scale (Thumb-1 `sub sp, #imm7` and
// `add rd, sp, #imm8` count words), of a register holding a known constant
// (`movw`/`movt`, `movs #imm8`, `mov`/`mvn` of a modified immediate, and
// literal-pool loads, read from the function's constant pool), realignment
// (`bfc` and `bic` of the low bits, and Thumb-1's adjacent `lsrs`/`lsls`
// pair), `mov.w` copies, the bytes a returning `pop {..., pc}` pops, and
// conditional epilogues (`it eq; addeq sp, #n; popeq {..., pc}`). Other
// copies are TargetInstrInfo::isCopyInstr's, in the walker. Any other write
// to SP (any other predicated one, register-offset writeback, `ldm` loading
// its base, `msr msp`/`psp`/`control`, a mode change, ...) is refused: the
// function becomes dynamic.
// Also: function addresses from `movw`/`movt` and the literal pool (long
// calls), literal pools as data, and the frame Cortex-M exception entry
// stacks. Opcodes are ARM's generated enums; nothing is matched by name. `bl`
// pushes nothing: returnAddressBytes is 0.
//
// Built into LLVMARMCodeGen from stackbound's pass/ARM.cpp.
//
//===----------------------------------------------------------------------===//

#include "ARMConstantPoolValue.h"
#include "ARMMachineFunctionInfo.h"
#include "ARMSubtarget.h"
#include "MCTargetDesc/ARMAddressingModes.h"
#include "MCTargetDesc/ARMBaseInfo.h"
#include "MCTargetDesc/ARMMCTargetDesc.h"
#include "llvm/CodeGen/MachineConstantPool.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/StackReport.h"
#include "llvm/CodeGen/StackReportDecoder.h"
#include "llvm/CodeGen/TargetInstrInfo.h"
#include "llvm/CodeGen/TargetRegisterInfo.h"
#include "llvm/IR/Constants.h"
#include "llvm/Support/MathExtras.h"

using namespace llvm;

#define DEBUG_TYPE "stack-report"

namespace {

class ARMSPDecoder : public SPDecoder {
public:
  using SPDecoder::SPDecoder;

  SPEffect decode(const MachineInstr &MI) const override {
    if (TII.isPredicated(MI))
      return predicated(MI);
    return plain(MI);
  }

  /// What MI does when it executes.
  SPEffect plain(const MachineInstr &MI) const {
    if (std::optional<SPEffect> E = blockTransfer(MI))
      return *E;
    if (std::optional<SPEffect> E = singleWriteback(MI))
      return *E;
    unsigned Opc = MI.getOpcode();
    Register Dst = regOp(MI, 0);
    switch (Opc) {
    // sub/add sp, sp, #imm7 (words); add rd, sp, #imm8 (words).
    case ARM::tSUBspi:
    case ARM::tADDspi:
      return offsetImm(MI, Dst, 1, 2, Opc == ARM::tSUBspi ? 4 : -4);
    case ARM::tADDrSPi:
      return offsetImm(MI, Dst, 1, 2, -4);
    // Thumb-2 and ARM: the immediate operand is the value itself (the
    // modified-immediate encoding is the MC layer's).
    case ARM::t2SUBspImm:
    case ARM::t2SUBspImm12:
    case ARM::t2SUBri:
    case ARM::t2SUBri12:
    case ARM::SUBri:
      return offsetImm(MI, Dst, 1, 2, 1);
    case ARM::t2ADDspImm:
    case ARM::t2ADDspImm12:
    case ARM::t2ADDri:
    case ARM::t2ADDri12:
    case ARM::ADDri:
      return offsetImm(MI, Dst, 1, 2, -1);
    // Thumb-1 adds/subs rd, rn, #imm3 and rdn, #imm8 (operand 1 is CPSR).
    case ARM::tSUBi3:
    case ARM::tSUBi8:
      return offsetImm(MI, Dst, 2, 3, 1);
    case ARM::tADDi3:
    case ARM::tADDi8:
      return offsetImm(MI, Dst, 2, 3, -1);
    // add/sub of two registers, one an address, the other a constant.
    case ARM::tADDhirr:
    case ARM::tADDspr:
    case ARM::tADDrSP:
    case ARM::t2ADDrr:
    case ARM::ADDrr:
      return SPEffect::addReg(Dst, regOp(MI, 1), regOp(MI, 2), false);
    case ARM::t2SUBrr:
    case ARM::SUBrr:
      return SPEffect::addReg(Dst, regOp(MI, 1), regOp(MI, 2), true);
    case ARM::tADDrr:
    case ARM::tSUBrr:
      return SPEffect::addReg(Dst, regOp(MI, 2), regOp(MI, 3),
                              Opc == ARM::tSUBrr);
    // Constants.
    case ARM::tMOVi8:
      if (std::optional<int64_t> Imm = immOp(MI, 2))
        if (*Imm >= 0 && *Imm <= 255)
          return SPEffect::constant(Dst, *Imm);
      return SPEffect::unknown();
    case ARM::t2MOVi16:
    case ARM::MOVi16:
      if (std::optional<int64_t> Imm = immOp(MI, 1))
        return SPEffect::constant(Dst, *Imm & 0xffff);
      return SPEffect::unknown();
    case ARM::t2MOVTi16:
    case ARM::MOVTi16:
      if (std::optional<int64_t> Imm = immOp(MI, 2))
        if (regOp(MI, 1) == Dst)
          return SPEffect::constInsert(Dst, (uint16_t)(*Imm & 0xffff), 16,
                                       32);
      return SPEffect::unknown();
    case ARM::t2MOVi:
    case ARM::MOVi:
    case ARM::t2MVNi:
    case ARM::MVNi:
      if (std::optional<int64_t> Imm = immOp(MI, 1)) {
        uint32_t V = (uint32_t)*Imm;
        if (Opc == ARM::t2MVNi || Opc == ARM::MVNi)
          V = ~V;
        return SPEffect::constant(Dst, SignExtend64<32>(V));
      }
      return SPEffect::unknown();
    case ARM::tLDRpci:
    case ARM::t2LDRpci:
    case ARM::LDRcp:
    case ARM::LDRi12: {
      if (!isPoolLoad(MI))
        return SPEffect::unknown();
      const Constant *C = poolConstant(MI);
      const auto *CI = dyn_cast_or_null<ConstantInt>(C);
      if (!CI || CI->getBitWidth() != 32)
        return SPEffect::unknown();
      return SPEffect::constant(Dst, CI->getSExtValue());
    }
    // mov.w is no isMoveReg copy in ARM's tables.
    case ARM::t2MOVr:
      return SPEffect::copy(Dst, regOp(MI, 1));
    // Realignment: bfc rd, #0, #n (the operand is the mask of bits kept) and
    // bic rd, rn, #(2^n - 1). (`and` cannot encode such a mask.)
    case ARM::t2BFC:
    case ARM::BFC:
    case ARM::t2BICri:
    case ARM::BICri: {
      std::optional<int64_t> Imm = immOp(MI, 2);
      if (!Imm)
        return SPEffect::unknown();
      uint32_t Cleared = (Opc == ARM::t2BICri || Opc == ARM::BICri)
                             ? (uint32_t)*Imm
                             : ~(uint32_t)*Imm;
      uint64_t Align = (uint64_t)Cleared + 1;
      if (Cleared == 0 || !isPowerOf2_64(Align))
        return SPEffect::unknown();
      return SPEffect::realign(Dst, regOp(MI, 1), (int64_t)Align);
    }
    // Thumb-1 realignment: lsrs rd, rm, #n then lsls rd, rd, #n, adjacent.
    // The pair rounds rm down to 2^n; the walker sees it at the lsrs and
    // keeps it through the lsls, with nothing between them.
    case ARM::tLSRri:
      if (const MachineInstr *Next = MI.getNextNode())
        if (isShiftPair(MI, *Next))
          return SPEffect::realign(Dst, regOp(MI, 2),
                                   (int64_t)1 << *immOp(MI, 3));
      return SPEffect::unknown();
    case ARM::tLSLri:
      if (const MachineInstr *Prev = MI.getPrevNode())
        if (isShiftPair(*Prev, MI))
          return SPEffect::copy(Dst, Dst);
      return SPEffect::unknown();
    // Writes to the stack pointer that are in no operand. M profile: msr
    // msp/psp (SYSm 8/9, and their non-secure aliases), and msr control
    // (SYSm 0x14), whose SPSEL bit selects which of them SP is. A and R
    // profiles: a mode change (cps #mode, msr cpsr_c: mask bit 0 without
    // bit 4, SPSR) switches to that mode's banked SP.
    case ARM::t2MSR_M:
      if (std::optional<int64_t> SYSm = immOp(MI, 0)) {
        unsigned Reg = (unsigned)*SYSm & 0xff;
        if ((Reg & 0x7f) == 8 || (Reg & 0x7f) == 9 || Reg == 0x14)
          return SPEffect::clobbersSP();
      }
      return SPEffect::unknown();
    case ARM::CPS1p:
    case ARM::CPS3p:
    case ARM::t2CPS1p:
    case ARM::t2CPS3p:
      return SPEffect::clobbersSP();
    case ARM::MSR:
    case ARM::MSRi:
    case ARM::t2MSR_AR:
      if (std::optional<int64_t> Mask = immOp(MI, 0))
        if ((*Mask & 0x10) == 0 && (*Mask & 1) == 0)
          return SPEffect::unknown();
      return SPEffect::clobbersSP();
    default:
      return SPEffect::unknown();
    }
  }

  /// A return that pops (`pop {..., pc}`, `ldmia sp!, {..., pc}`) moves SP
  /// by its list, PC included, before it returns; a predicated one also by
  /// the SP writes of its condition's run (see predicated()).
  std::optional<FrameAdjust>
  frameAdjust(const MachineInstr &MI) const override {
    if (!MI.isReturn() || MI.isCall())
      return std::nullopt;
    std::optional<int64_t> Popped = returnPops(MI);
    if (!Popped)
      return FrameAdjust::unknown();
    if (*Popped == 0)
      return std::nullopt;
    FrameAdjust A;
    A.Bytes = -*Popped;
    return A;
  }

  bool isProgramCounter(Register Reg) const override { return Reg == ARM::PC; }

  /// M-profile exception entry stacks r0-r3, r12, lr, pc and xPSR (32 bytes),
  /// and the FP context (s0-s15, FPSCR, a reserved word: 72) where the core
  /// has FP registers, plus 4 bytes of alignment padding (CCR.STKALIGN). Any
  /// function of an M-profile module may be installed as a handler. With the
  /// v8-M Security Extension (-mcmse) a Non-secure handler interrupting this
  /// Secure code also stacks r4-r11 and an integrity signature here (40
  /// more). The
  /// A and R profiles stack nothing on the handler's stack (the handler runs
  /// on its mode's banked SP and saves what it uses itself): 0.
  std::optional<int64_t> interruptFrameBytes() const override {
    const auto &ST = MF.getSubtarget<ARMSubtarget>();
    if (!ST.isMClass())
      return 0;
    return 32 + (ST.hasFPRegs() ? 72 : 0) + (ST.has8MSecExt() ? 40 : 0) + 4;
  }

  /// Literal pools and inline jump tables (ARMConstantIslandPass).
  bool isData(const MachineInstr &MI) const override {
    switch (MI.getOpcode()) {
    case ARM::CONSTPOOL_ENTRY:
    case ARM::JUMPTABLE_ADDRS:
    case ARM::JUMPTABLE_INSTS:
    case ARM::JUMPTABLE_TBB:
    case ARM::JUMPTABLE_TBH:
      return true;
    default:
      return false;
    }
  }

  /// movw/movt rd, :lower16:f / :upper16:f, and `ldr rd, =f` from the
  /// literal pool.
  std::optional<FunctionAddress>
  functionAddress(const MachineInstr &MI) const override {
    FunctionAddress FA;
    FA.Dst = MI.getOperand(0).getReg();
    switch (MI.getOpcode()) {
    case ARM::t2MOVi16:
    case ARM::MOVi16: {
      const MachineOperand &MO = MI.getOperand(1);
      if (!MO.isGlobal() || MO.getOffset() != 0 ||
          (MO.getTargetFlags() & ARMII::MO_OPTION_MASK) != ARMII::MO_LO16)
        return std::nullopt;
      FA.K = FunctionAddress::Page;
      FA.GV = MO.getGlobal();
      return FA;
    }
    case ARM::t2MOVTi16:
    case ARM::MOVTi16: {
      const MachineOperand &MO = MI.getOperand(2);
      if (!MO.isGlobal() || MO.getOffset() != 0 ||
          (MO.getTargetFlags() & ARMII::MO_OPTION_MASK) != ARMII::MO_HI16 ||
          regOp(MI, 1) != FA.Dst)
        return std::nullopt;
      FA.K = FunctionAddress::FromPage;
      FA.PageReg = FA.Dst;
      FA.GV = MO.getGlobal();
      return FA;
    }
    case ARM::tLDRpci:
    case ARM::t2LDRpci:
    case ARM::LDRcp:
    case ARM::LDRi12:
      if (!isPoolLoad(MI))
        return std::nullopt;
      FA.K = FunctionAddress::Address;
      FA.GV = poolAddress(MI);
      if (!FA.GV)
        return std::nullopt;
      return FA;
    default:
      return std::nullopt;
    }
  }

private:
  /// Bytes a return pops: its own list, and for a predicated one the SP
  /// writes of its condition's run; nullopt if they are not all offsets of SP.
  std::optional<int64_t> returnPops(const MachineInstr &MI) const {
    std::optional<int64_t> Own = returnOwnPops(MI);
    if (!Own || !TII.isPredicated(MI))
      return Own;
    int64_t Popped = *Own;
    for (const MachineInstr *I = MI.getPrevNode(); I && sameCondition(*I, MI);
         I = I->getPrevNode()) {
      if (I->modifiesRegister(ARM::CPSR, &TRI))
        return std::nullopt;
      if (!I->modifiesRegister(SP, &TRI))
        continue;
      SPEffect E = plain(*I);
      if (E.K != SPEffect::Offset || E.Dst != SP || E.Base != SP)
        return std::nullopt;
      Popped -= E.Bytes;
    }
    return Popped;
  }

  std::optional<int64_t> returnOwnPops(const MachineInstr &MI) const {
    switch (MI.getOpcode()) {
    case ARM::tPOP_RET:
      return listBytes(MI, 2, SP);
    case ARM::t2LDMIA_RET:
    case ARM::LDMIA_RET:
      if (regOp(MI, 0) != SP || regOp(MI, 1) != SP)
        return std::nullopt;
      return listBytes(MI, 4, SP);
    default:
      if (MI.isBundle() || MI.modifiesRegister(SP, &TRI))
        return std::nullopt;
      return 0;
    }
  }

  /// Dst = Base (operand BaseIdx) moved Scale x the immediate (operand
  /// ImmIdx) deeper; Scale is negative for an add.
  SPEffect offsetImm(const MachineInstr &MI, Register Dst, unsigned BaseIdx,
                     unsigned ImmIdx, int64_t Scale) const {
    std::optional<int64_t> Imm = immOp(MI, ImmIdx);
    Register Base = regOp(MI, BaseIdx);
    if (!Imm || !Base)
      return SPEffect::unknown();
    // A 32-bit immediate: `add sp, sp, #0xf0000000` moves SP down.
    return SPEffect::offset(Dst, Base,
                            SignExtend64<32>((uint32_t)*Imm) * Scale);
  }

  /// The bytes of the register list from explicit operand First on, each
  /// register's size from its register class; nullopt if the list is not
  /// all physical registers or loads a register overlapping NotLoaded.
  std::optional<int64_t> listBytes(const MachineInstr &MI, unsigned First,
                                   Register NotLoaded = Register()) const {
    int64_t Bytes = 0;
    for (unsigned I = First, E = MI.getNumExplicitOperands(); I < E; ++I) {
      const MachineOperand &MO = MI.getOperand(I);
      if (!MO.isReg() || !MO.getReg().isPhysical())
        return std::nullopt;
      if (NotLoaded && MO.isDef() && TRI.regsOverlap(MO.getReg(), NotLoaded))
        return std::nullopt;
      const TargetRegisterClass *RC =
          TRI.getMinimalPhysRegClass(MO.getReg());
      Bytes += TRI.getRegSizeInBits(*RC) / 8;
    }
    return Bytes;
  }

  /// push/pop, ldm/stm and vldm/vstm with writeback.
  std::optional<SPEffect> blockTransfer(const MachineInstr &MI) const {
    // +1: the base moves down (deeper); -1: up. Loads must not load the base.
    int Dir = 0;
    bool Load = false;
    switch (MI.getOpcode()) {
    case ARM::tPUSH:
    case ARM::tPOP: {
      bool Pop = MI.getOpcode() == ARM::tPOP;
      std::optional<int64_t> Bytes = listBytes(MI, 2, Pop ? SP : Register());
      if (!Bytes)
        return SPEffect::unknown();
      return SPEffect::offset(SP, SP, Pop ? -*Bytes : *Bytes);
    }
    case ARM::t2STMDB_UPD:
    case ARM::STMDB_UPD:
    case ARM::STMDA_UPD:
    case ARM::VSTMDDB_UPD:
    case ARM::VSTMSDB_UPD:
      Dir = 1;
      break;
    case ARM::t2STMIA_UPD:
    case ARM::STMIA_UPD:
    case ARM::STMIB_UPD:
    case ARM::VSTMDIA_UPD:
    case ARM::VSTMSIA_UPD:
      Dir = -1;
      break;
    case ARM::t2LDMIA_UPD:
    case ARM::LDMIA_UPD:
    case ARM::LDMIB_UPD:
    case ARM::VLDMDIA_UPD:
    case ARM::VLDMSIA_UPD:
      Dir = -1, Load = true;
      break;
    case ARM::t2LDMDB_UPD:
    case ARM::LDMDB_UPD:
    case ARM::LDMDA_UPD:
    case ARM::VLDMDDB_UPD:
    case ARM::VLDMSDB_UPD:
      Dir = 1, Load = true;
      break;
    default:
      return std::nullopt;
    }
    // $wb = OPC $base, pred, pred-reg, list...
    Register WBack = regOp(MI, 0), Base = regOp(MI, 1);
    std::optional<int64_t> Bytes =
        listBytes(MI, 4, Load ? WBack : Register());
    if (!WBack || WBack != Base || !Bytes)
      return SPEffect::unknown();
    return SPEffect::offset(WBack, Base, Dir * *Bytes);
  }

  /// Single-register loads and stores with an immediate and writeback.
  std::optional<SPEffect> singleWriteback(const MachineInstr &MI) const {
    // Operand indices: the written-back base, the base, the loaded register
    // (none for stores), the offset (AM2: addrmode2's register, then the
    // encoded offset).
    unsigned WB, BaseI, OffI;
    int Loaded = -1;
    bool AM2 = false;
    switch (MI.getOpcode()) {
    // Thumb-2: imm8, signed; ARM pre-indexed: imm12, signed.
    case ARM::t2STR_PRE:
    case ARM::t2STR_POST:
    case ARM::t2STRB_PRE:
    case ARM::t2STRB_POST:
    case ARM::t2STRH_PRE:
    case ARM::t2STRH_POST:
    case ARM::STR_PRE_IMM:
    case ARM::STRB_PRE_IMM:
      WB = 0, BaseI = 2, OffI = 3;
      break;
    case ARM::t2LDR_PRE:
    case ARM::t2LDR_POST:
    case ARM::t2LDRB_PRE:
    case ARM::t2LDRB_POST:
    case ARM::t2LDRH_PRE:
    case ARM::t2LDRH_POST:
    case ARM::t2LDRSB_PRE:
    case ARM::t2LDRSB_POST:
    case ARM::t2LDRSH_PRE:
    case ARM::t2LDRSH_POST:
    case ARM::LDR_PRE_IMM:
    case ARM::LDRB_PRE_IMM:
      Loaded = 0, WB = 1, BaseI = 2, OffI = 3;
      break;
    // ARM post-indexed: addrmode2 (no register, add/sub and imm12).
    case ARM::STR_POST_IMM:
    case ARM::STRB_POST_IMM:
      WB = 0, BaseI = 2, OffI = 4, AM2 = true;
      break;
    case ARM::LDR_POST_IMM:
    case ARM::LDRB_POST_IMM:
      Loaded = 0, WB = 1, BaseI = 2, OffI = 4, AM2 = true;
      break;
    default:
      return std::nullopt;
    }
    Register WBack = regOp(MI, WB), Base = regOp(MI, BaseI);
    std::optional<int64_t> Off = immOp(MI, OffI);
    if (!WBack || WBack != Base || !Off ||
        (Loaded >= 0 && TRI.regsOverlap(regOp(MI, Loaded), WBack)))
      return SPEffect::unknown();
    if (AM2) {
      if (regOp(MI, 3))
        return SPEffect::unknown();
      unsigned Opc = (unsigned)*Off;
      int64_t Imm = ARM_AM::getAM2Offset(Opc);
      *Off = ARM_AM::getAM2Op(Opc) == ARM_AM::sub ? -Imm : Imm;
    } else if (*Off == INT32_MIN) {
      *Off = 0; // #-0
    }
    return SPEffect::offset(WBack, Base, -*Off);
  }

  /// A predicated instruction, on the path the walk goes on with. Most write
  /// their destinations on one path only: the unknown rule. A conditional
  /// epilogue (`it eq; addeq sp, #n; popeq {..., pc}`, ARM `addeq sp, sp,
  /// #n; bxeq lr`) is the exception: an SP write in a run of instructions
  /// with one condition that ends in a return with it, none of them setting
  /// flags, happens only where the function returns. The path that goes on
  /// sees SP unchanged; the return counts the bytes (frameAdjust).
  SPEffect predicated(const MachineInstr &MI) const {
    if (!MI.modifiesRegister(SP, &TRI))
      return SPEffect::unknown();
    for (const MachineInstr *I = &MI; I && sameCondition(*I, MI);
         I = I->getNextNode()) {
      if (I->modifiesRegister(ARM::CPSR, &TRI) ||
          (I->isCall() && !I->isReturn()))
        return SPEffect::unknown();
      if (I->isReturn())
        return I->isCall() ? SPEffect::unknown() : SPEffect::copy(SP, SP);
      if (I->isBranch())
        return SPEffect::unknown();
    }
    return SPEffect::unknown();
  }

  /// A and B are predicated on the same condition.
  static bool sameCondition(const MachineInstr &A, const MachineInstr &B) {
    int PA = A.findFirstPredOperandIdx(), PB = B.findFirstPredOperandIdx();
    if (PA < 0 || PB < 0 || (unsigned)PA + 1 >= A.getNumOperands() ||
        (unsigned)PB + 1 >= B.getNumOperands())
      return false;
    const MachineOperand &CA = A.getOperand(PA), &CB = B.getOperand(PB);
    const MachineOperand &RA = A.getOperand(PA + 1),
                         &RB = B.getOperand(PB + 1);
    return CA.isImm() && CB.isImm() && CA.getImm() == CB.getImm() &&
           CA.getImm() != ARMCC::AL && RA.isReg() && RB.isReg() &&
           RA.getReg() == RB.getReg();
  }

  /// Adjacent `lsrs rd, rm, #n; lsls rd, rd, #n`, unpredicated.
  bool isShiftPair(const MachineInstr &Lsr, const MachineInstr &Lsl) const {
    if (Lsr.getOpcode() != ARM::tLSRri || Lsl.getOpcode() != ARM::tLSLri ||
        TII.isPredicated(Lsr) || TII.isPredicated(Lsl))
      return false;
    std::optional<int64_t> N = immOp(Lsr, 3), M = immOp(Lsl, 3);
    Register Rd = regOp(Lsr, 0);
    return Rd && N && M && *N == *M && *N >= 1 && *N <= 30 &&
           regOp(Lsl, 0) == Rd && regOp(Lsl, 2) == Rd;
  }

  /// A load of a whole literal-pool entry: operand 1 names the entry (ARM
  /// mode's LDRcp and LDRi12 add an immediate offset, which must be 0).
  bool isPoolLoad(const MachineInstr &MI) const {
    if (MI.getNumOperands() < 2 || !MI.getOperand(1).isCPI())
      return false;
    unsigned Opc = MI.getOpcode();
    return (Opc != ARM::LDRcp && Opc != ARM::LDRi12) ||
           immOp(MI, 2).value_or(1) == 0;
  }

  /// The global whose address a literal-pool load reads: an IR constant, or
  /// ARM's own entry for a long call (ARMConstantPoolConstant), when it is
  /// the plain address (no PC adjustment, no modifier such as GOT or TLS).
  const GlobalValue *poolAddress(const MachineInstr &MI) const {
    const MachineConstantPoolEntry *E = poolEntry(MI);
    if (!E)
      return nullptr;
    if (!E->isMachineConstantPoolEntry())
      return dyn_cast<GlobalValue>(E->Val.ConstVal);
    const auto *V =
        static_cast<const ARMConstantPoolValue *>(E->Val.MachineCPVal);
    if (!V->isGlobalValue() || V->hasModifier() || V->getPCAdjustment() ||
        V->mustAddCurrentAddress())
      return nullptr;
    if (const auto *C = dyn_cast<ARMConstantPoolConstant>(V))
      return C->getGV();
    return nullptr;
  }

  /// The IR constant a literal-pool load reads (operand 1), or null.
  const Constant *poolConstant(const MachineInstr &MI) const {
    const MachineConstantPoolEntry *E = poolEntry(MI);
    if (!E || E->isMachineConstantPoolEntry())
      return nullptr;
    return E->Val.ConstVal;
  }

  /// The constant-pool entry a literal-pool load reads (operand 1). After
  /// ARM constant islands the operand names a CONSTPOOL_ENTRY's ID: the
  /// originals keep their pool index, clones get IDs past the pool's end
  /// (ARMFunctionInfo::getOriginalCPIdx maps them back, as the AsmPrinter
  /// does).
  const MachineConstantPoolEntry *poolEntry(const MachineInstr &MI) const {
    if (MI.getNumOperands() < 2 || !MI.getOperand(1).isCPI() ||
        MI.getOperand(1).getOffset() != 0)
      return nullptr;
    const std::vector<MachineConstantPoolEntry> &Pool =
        MF.getConstantPool()->getConstants();
    unsigned Idx = MI.getOperand(1).getIndex();
    if (Idx >= Pool.size())
      Idx = MF.getInfo<ARMFunctionInfo>()->getOriginalCPIdx(Idx);
    if (Idx >= Pool.size())
      return nullptr;
    return &Pool[Idx];
  }
};

} // end anonymous namespace

void llvm::initializeARMStackReport(PassRegistry &PR) {
  initializeStackReportPass(PR);
  initializeStackReportCallFramesPass(PR);
  registerSPDecoder({Triple::arm, Triple::armeb, Triple::thumb, Triple::thumbeb},
                    [](const MachineFunction &MF) -> std::unique_ptr<SPDecoder> {
                      return std::make_unique<ARMSPDecoder>(MF);
                    });
}
