//===- X86StackReport.cpp - StackReport's SP decoder for X86 -------------===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// How x86 (i386 and x86-64) instructions move SP, for the StackReport pass:
// pushes and pops (their real sizes; APX push2/pop2, PPX, segment registers
// and pusha/popa included), `sub`/`add` of an immediate or of a register
// holding a known constant, `lea` without an index, `and` with a negative
// power of two (realignment), constants (`mov $imm`), and the
// `cmp %rsp, %reg` that ends a stack-probe loop. Register copies are
// TargetInstrInfo::isCopyInstr's, in the walker. Anything else that writes SP
// (`pop %rsp`, `enter`, `leave`, `xchg`, a load into %rsp, a write to %esp,
// ...) is refused: the function becomes dynamic. Also: the pseudos the X86
// AsmPrinter lowers to calls (TLS, ASan checks, XRay events) and GOT /
// RIP-relative function addresses. Opcodes are X86's generated enums;
// nothing is matched by name.
//
// Built into LLVMX86CodeGen from stackbound's pass/X86.cpp.
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/X86BaseInfo.h"
#include "MCTargetDesc/X86MCTargetDesc.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/StackReport.h"
#include "llvm/CodeGen/StackReportDecoder.h"
#include "llvm/CodeGen/TargetFrameLowering.h"
#include "llvm/CodeGen/TargetRegisterInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Target/TargetMachine.h"

using namespace llvm;

#define DEBUG_TYPE "stack-report"

namespace {

class X86SPDecoder : public SPDecoder {
public:
  using SPDecoder::SPDecoder;

  SPEffect decode(const MachineInstr &MI) const override {
    unsigned Opc = MI.getOpcode();
    if (std::optional<int64_t> Pushed = pushedBytes(Opc)) {
      // pop %rsp (or %sp): the new SP is data.
      if (*Pushed < 0)
        for (const MachineOperand &MO : MI.explicit_operands())
          if (MO.isReg() && MO.isDef() && TRI.regsOverlap(MO.getReg(), SP))
            return SPEffect::unknown();
      return SPEffect::offset(SP, SP, *Pushed);
    }
    Register Dst = regOp(MI, 0);
    switch (Opc) {
    // sub/add reg, imm (legacy, EVEX, no-flags and new-data-destination
    // forms: Dst = Src -/+ imm). ADD*_DB is an `or` of disjoint bits: an add.
    case X86::SUB32ri:
    case X86::SUB32ri8:
    case X86::SUB32ri8_EVEX:
    case X86::SUB32ri8_ND:
    case X86::SUB32ri8_NF:
    case X86::SUB32ri8_NF_ND:
    case X86::SUB32ri_EVEX:
    case X86::SUB32ri_ND:
    case X86::SUB32ri_NF:
    case X86::SUB32ri_NF_ND:
    case X86::SUB64ri32:
    case X86::SUB64ri32_EVEX:
    case X86::SUB64ri32_ND:
    case X86::SUB64ri32_NF:
    case X86::SUB64ri32_NF_ND:
    case X86::SUB64ri8:
    case X86::SUB64ri8_EVEX:
    case X86::SUB64ri8_ND:
    case X86::SUB64ri8_NF:
    case X86::SUB64ri8_NF_ND:
      if (std::optional<int64_t> Imm = immOp(MI, 2))
        return SPEffect::offset(Dst, regOp(MI, 1), *Imm);
      return SPEffect::unknown();
    case X86::ADD32ri:
    case X86::ADD32ri8:
    case X86::ADD32ri8_EVEX:
    case X86::ADD32ri8_ND:
    case X86::ADD32ri8_NF:
    case X86::ADD32ri8_NF_ND:
    case X86::ADD32ri_DB:
    case X86::ADD32ri_EVEX:
    case X86::ADD32ri_ND:
    case X86::ADD32ri_NF:
    case X86::ADD32ri_NF_ND:
    case X86::ADD64ri32:
    case X86::ADD64ri32_DB:
    case X86::ADD64ri32_EVEX:
    case X86::ADD64ri32_ND:
    case X86::ADD64ri32_NF:
    case X86::ADD64ri32_NF_ND:
    case X86::ADD64ri8:
    case X86::ADD64ri8_EVEX:
    case X86::ADD64ri8_ND:
    case X86::ADD64ri8_NF:
    case X86::ADD64ri8_NF_ND:
      if (std::optional<int64_t> Imm = immOp(MI, 2))
        return SPEffect::offset(Dst, regOp(MI, 1), -*Imm);
      return SPEffect::unknown();
    // sub/add reg, reg (two-address): SP by a known constant, or a known
    // constant plus SP.
    case X86::SUB64rr:
    case X86::SUB32rr:
    case X86::ADD64rr:
    case X86::ADD32rr: {
      if (Dst != regOp(MI, 1))
        return SPEffect::unknown();
      bool IsSub = Opc == X86::SUB64rr || Opc == X86::SUB32rr;
      return SPEffect::addReg(Dst, regOp(MI, 1), regOp(MI, 2), IsSub);
    }
    // lea disp(base), reg with no index register.
    case X86::LEA64r:
    case X86::LEA32r:
    case X86::LEA64_32r: {
      std::optional<int64_t> Disp = immOp(MI, 1 + X86::AddrDisp);
      if (regOp(MI, 1 + X86::AddrIndexReg) || !Disp)
        return SPEffect::unknown();
      return SPEffect::offset(Dst, regOp(MI, 1 + X86::AddrBaseReg), -*Disp);
    }
    // and reg, -Align: stack realignment.
    case X86::AND32ri:
    case X86::AND32ri8:
    case X86::AND32ri8_EVEX:
    case X86::AND32ri8_ND:
    case X86::AND32ri8_NF:
    case X86::AND32ri8_NF_ND:
    case X86::AND32ri_EVEX:
    case X86::AND32ri_ND:
    case X86::AND32ri_NF:
    case X86::AND32ri_NF_ND:
    case X86::AND64ri32:
    case X86::AND64ri32_EVEX:
    case X86::AND64ri32_ND:
    case X86::AND64ri32_NF:
    case X86::AND64ri32_NF_ND:
    case X86::AND64ri8:
    case X86::AND64ri8_EVEX:
    case X86::AND64ri8_ND:
    case X86::AND64ri8_NF:
    case X86::AND64ri8_NF_ND: {
      std::optional<int64_t> Mask = immOp(MI, 2);
      if (!Mask || *Mask >= 0 || !isPowerOf2_64(-*Mask))
        return SPEffect::unknown();
      return SPEffect::realign(Dst, regOp(MI, 1), -*Mask);
    }
    // Constants, for SP adjustments by a register. A 32-bit write
    // zero-extends into the 64-bit register.
    case X86::MOV64ri:
    case X86::MOV64ri32:
      if (std::optional<int64_t> Imm = immOp(MI, 1))
        return SPEffect::constant(Dst, *Imm);
      return SPEffect::unknown();
    case X86::MOV32ri:
    case X86::MOV32ri_alt:
    case X86::MOV32ri64:
      if (std::optional<int64_t> Imm = immOp(MI, 1))
        return SPEffect::constant(Dst, (int64_t)(uint32_t)*Imm,
                                  /*ZeroExtends=*/true);
      return SPEffect::unknown();
    // cmp %rsp, %reg (either order): the exit test of a stack-probe loop.
    case X86::CMP64rr:
    case X86::CMP32rr: {
      Register L = regOp(MI, 0), R = regOp(MI, 1);
      if (L == SP)
        return SPEffect::compareSP(R);
      if (R == SP)
        return SPEffect::compareSP(L);
      return SPEffect::unknown();
    }
    // enter $len, $level: pushes %rbp and `level` frame pointers, then moves
    // SP by len; its SP write is in no operand, so it must be named here.
    case X86::ENTER:
      return SPEffect::clobbersSP();
    default:
      return SPEffect::unknown();
    }
  }

  /// `mov f@GOTPCREL(%rip), %r` and `lea f(%rip), %r`.
  std::optional<FunctionAddress>
  functionAddress(const MachineInstr &MI) const override {
    unsigned Opc = MI.getOpcode();
    if ((Opc != X86::MOV64rm && Opc != X86::LEA64r) ||
        MI.getNumExplicitOperands() < 1 + X86::AddrNumOperands)
      return std::nullopt;
    const MachineOperand &Base = MI.getOperand(1 + X86::AddrBaseReg);
    const MachineOperand &Index = MI.getOperand(1 + X86::AddrIndexReg);
    const MachineOperand &Disp = MI.getOperand(1 + X86::AddrDisp);
    bool PCRelative = Base.isReg() && Base.getReg() == X86::RIP;
    bool ViaGOT = Disp.getTargetFlags() != 0;
    if (!Disp.isGlobal() || !PCRelative || !Index.isReg() || Index.getReg() ||
        (Opc != X86::LEA64r && !ViaGOT))
      return std::nullopt;
    FunctionAddress FA;
    FA.K = FunctionAddress::Address;
    FA.Dst = MI.getOperand(0).getReg();
    FA.GV = Disp.getGlobal();
    return FA;
  }

  std::optional<LoweredCall>
  loweredCall(const MachineInstr &MI) const override {
    switch (MI.getOpcode()) {
    // XRay event sleds (X86AsmPrinter::LowerPATCHABLE_*EVENT_CALL) hold a
    // real call to the runtime's trampoline, jumped over until a tracer
    // patches the sled; it first pushes each argument register it must
    // overwrite (at most 2; typed: 3).
    case TargetOpcode::PATCHABLE_EVENT_CALL:
      return LoweredCall{"__xray_CustomEvent", 16};
    case TargetOpcode::PATCHABLE_TYPED_EVENT_CALL:
      return LoweredCall{"__xray_TypedEvent", 24};
    // X86MCInstLower::LowerTlsAddr: general- and local-dynamic TLS.
    case X86::TLS_addr32:
    case X86::TLS_addr64:
    case X86::TLS_addrX32:
    case X86::TLS_base_addr32:
    case X86::TLS_base_addr64:
    case X86::TLS_base_addrX32:
      return LoweredCall{MF.getTarget().getTargetTriple().isArch32Bit()
                             ? "___tls_get_addr"
                             : "__tls_get_addr"};
    // TLS descriptors (-enable-tlsdesc, clang -mtls-dialect=gnu2):
    // `call *x@tlscall(%rax)`, through the descriptor's resolver.
    case X86::TLS_desc32:
    case X86::TLS_desc64:
      return LoweredCall{""};
    // X86AsmPrinter::LowerASAN_CHECK_MEMACCESS: a call to a per-register
    // check thunk that the AsmPrinter emits.
    case X86::ASAN_CHECK_MEMACCESS:
      return LoweredCall{"__asan_check_memaccess"};
    default:
      return std::nullopt;
    }
  }

  bool isCodegenOnlyCall(const MachineInstr &MI) const override {
    switch (MI.getOpcode()) {
    case X86::TLSCall_32:
    case X86::TLSCall_64:
    case X86::TLS_addr32:
    case X86::TLS_addr64:
    case X86::TLS_addrX32:
    case X86::TLS_base_addr32:
    case X86::TLS_base_addr64:
    case X86::TLS_base_addrX32:
    case X86::TLS_desc32:
    case X86::TLS_desc64:
      return true;
    default:
      return false;
    }
  }

  bool isProgramCounter(Register Reg) const override {
    return Reg == X86::RIP || Reg == X86::EIP;
  }

  /// `call` pushes the return address where the local area starts below it
  /// (8 bytes on x86-64, 4 on i386).
  int64_t returnAddressBytes() const override {
    return -MF.getSubtarget().getFrameLowering()->getOffsetOfLocalArea();
  }

  bool isInterruptHandler() const override {
    return MF.getFunction().getCallingConv() == CallingConv::X86_INTR;
  }

  /// An interrupt pushes, above the return address, CS and the flags (and on
  /// x86-64 SS and RSP, after aligning RSP down to 16 bytes: at most 15 bytes
  /// dropped), and below it the error code when the handler takes one (its
  /// second argument). Only x86_intrcc functions are ever entered that way.
  std::optional<int64_t> interruptFrameBytes() const override {
    const Function &F = MF.getFunction();
    if (F.getCallingConv() != CallingConv::X86_INTR)
      return std::nullopt;
    bool Is64 = returnAddressBytes() == 8;
    int64_t Slot = returnAddressBytes();
    int64_t Above = Is64 ? 4 * Slot + 15 : 2 * Slot;
    int64_t ErrorCode = F.arg_size() == 2 ? Slot : 0;
    return Above + ErrorCode;
  }

private:
  /// Bytes a push (+) or pop (-) moves SP by: the operand size it stores or
  /// loads (PUSH2/POP2: two 8-byte registers; PUSHA/POPA: eight registers).
  /// Segment-register pushes are listed although codegen never emits them:
  /// their SP write is in no operand, so an unlisted one would go unseen.
  static std::optional<int64_t> pushedBytes(unsigned Opc) {
    switch (Opc) {
    case X86::PUSH16i:
    case X86::PUSH16i8:
    case X86::PUSH16r:
    case X86::PUSH16rmm:
    case X86::PUSH16rmr:
    case X86::PUSHF16:
    case X86::PUSHCS16:
    case X86::PUSHDS16:
    case X86::PUSHES16:
    case X86::PUSHFS16:
    case X86::PUSHGS16:
    case X86::PUSHSS16:
      return 2;
    case X86::PUSH32i:
    case X86::PUSH32i8:
    case X86::PUSH32r:
    case X86::PUSH32rmm:
    case X86::PUSH32rmr:
    case X86::PUSHF32:
    case X86::PUSHCS32:
    case X86::PUSHDS32:
    case X86::PUSHES32:
    case X86::PUSHFS32:
    case X86::PUSHGS32:
    case X86::PUSHSS32:
      return 4;
    case X86::PUSH64i32:
    case X86::PUSH64i8:
    case X86::PUSH64r:
    case X86::PUSH64rmm:
    case X86::PUSH64rmr:
    case X86::PUSHF64:
    case X86::PUSHP64r:
    case X86::PUSHFS64:
    case X86::PUSHGS64:
      return 8;
    case X86::PUSH2:
    case X86::PUSH2P:
    case X86::PUSHA16:
      return 16;
    case X86::PUSHA32:
      return 32;
    case X86::POP16r:
    case X86::POP16rmm:
    case X86::POP16rmr:
    case X86::POPF16:
    case X86::POPDS16:
    case X86::POPES16:
    case X86::POPFS16:
    case X86::POPGS16:
    case X86::POPSS16:
      return -2;
    case X86::POP32r:
    case X86::POP32rmm:
    case X86::POP32rmr:
    case X86::POPF32:
    case X86::POPDS32:
    case X86::POPES32:
    case X86::POPFS32:
    case X86::POPGS32:
    case X86::POPSS32:
      return -4;
    case X86::POP64r:
    case X86::POP64rmm:
    case X86::POP64rmr:
    case X86::POPF64:
    case X86::POPP64r:
    case X86::POPFS64:
    case X86::POPGS64:
      return -8;
    case X86::POP2:
    case X86::POP2P:
    case X86::POPA16:
      return -16;
    case X86::POPA32:
      return -32;
    default:
      return std::nullopt;
    }
  }
};

} // end anonymous namespace

void llvm::initializeX86StackReport(PassRegistry &PR) {
  initializeStackReportPass(PR);
  initializeStackReportCallFramesPass(PR);
  registerSPDecoder(
      {Triple::x86, Triple::x86_64},
      [](const MachineFunction &MF) -> std::unique_ptr<SPDecoder> {
        return std::make_unique<X86SPDecoder>(MF);
      });
}
