//===- CallFrames.cpp - StackReport: bytes that callees pop --------------===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The pre-PEI half of the report. Under callee-pop conventions (tailcc,
// swifttailcc, fastcc with -tailcallopt) a callee pops part of its caller's
// outgoing area, so SP after a call is not SP before it. Only the call-frame
// destroy pseudo says how much (its second operand), and PEI removes it. The
// StackReportCallFrames pass runs at the end of addPostRegAlloc, before PEI,
// and notes those bytes for each call; the report applies them after the
// call (FunctionWalk.cpp). Like the report it does nothing without
// `-stack-report` or without a decoder for the target.
//
//===----------------------------------------------------------------------===//

#include "SPWalk.h"
#include "llvm/CodeGen/MachineBasicBlock.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/StackReport.h"
#include "llvm/CodeGen/TargetInstrInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/InitializePasses.h"
#include "llvm/MC/MCSymbol.h"
#include "llvm/Pass.h"
#include "llvm/Target/TargetMachine.h"

using namespace llvm;
using namespace llvm::stackreport;

#define DEBUG_TYPE "stack-report-call-frames"

namespace {

/// What a call is, enough to tell it from another instruction that a later
/// pass allocated at the same address: its function, opcode and callee.
struct CallIdentity {
  const MachineFunction *MF = nullptr;
  unsigned Opcode = 0;
  const void *Callee = nullptr;

  explicit CallIdentity(const MachineInstr &MI)
      : MF(MI.getMF()), Opcode(MI.getOpcode()) {
    for (const MachineOperand &MO : MI.explicit_operands()) {
      if (MO.isGlobal())
        Callee = MO.getGlobal();
      else if (MO.isSymbol())
        Callee = MO.getSymbolName();
      else if (MO.isMCSymbol())
        Callee = MO.getMCSymbol();
      if (Callee)
        break;
    }
  }

  bool operator==(const CallIdentity &O) const {
    return MF == O.MF && Opcode == O.Opcode && Callee == O.Callee;
  }
};

/// Bytes each call's callee pops on return, noted before PEI removes the
/// call-frame pseudos that carry them. Keyed by the call instruction, which
/// later passes move but do not recreate, and checked against its identity. A
/// call without a matching note pops nothing here: if its callee does pop, SP
/// is taken deeper than it is and the caller's return is unbalanced (dynamic),
/// never too shallow.
DenseMap<const MachineInstr *, std::pair<CallIdentity, int64_t>> &calleePops() {
  static DenseMap<const MachineInstr *, std::pair<CallIdentity, int64_t>> Pops;
  return Pops;
}

/// The pre-PEI half of the report: reads the call-frame pseudos.
class StackReportCallFrames : public MachineFunctionPass {
public:
  static char ID;

  StackReportCallFrames() : MachineFunctionPass(ID) {
    initializeStackReportCallFramesPass(*PassRegistry::getPassRegistry());
  }

  StringRef getPassName() const override {
    return "Stack Depth Report: callee-popped bytes";
  }

  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesAll();
    MachineFunctionPass::getAnalysisUsage(AU);
  }

  bool runOnMachineFunction(MachineFunction &MF) override {
    if (!reportEnabled() ||
        !findSPDecoder(MF.getSubtarget().getTargetTriple()))
      return false;
    const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
    unsigned Destroy = TII.getCallFrameDestroyOpcode();
    if (Destroy == ~0u)
      return false;
    for (const MachineBasicBlock &MBB : MF) {
      const MachineInstr *Call = nullptr;
      for (const MachineInstr &MI : MBB) {
        if (MI.isCall()) {
          Call = &MI;
        } else if (MI.getOpcode() == Destroy && Call) {
          // ADJCALLSTACKUP amount, callee-popped amount (X86, AArch64, ARM;
          // ARM writes -1U for a callee that pops nothing).
          if (int64_t Popped = MI.getOperand(1).getImm(); Popped > 0)
            calleePops().insert_or_assign(
                Call, std::make_pair(CallIdentity(*Call), Popped));
          Call = nullptr;
        }
      }
    }
    return false;
  }
};

} // end anonymous namespace

char StackReportCallFrames::ID = 0;

INITIALIZE_PASS(StackReportCallFrames, DEBUG_TYPE,
                "Stack Depth Report: callee-popped bytes", false, true)

FunctionPass *llvm::createStackReportCallFramesPass() {
  return new StackReportCallFrames();
}

int64_t stackreport::poppedByCallee(const MachineInstr &MI) {
  auto It = calleePops().find(&MI);
  if (It == calleePops().end() || !(It->second.first == CallIdentity(MI)))
    return 0;
  return It->second.second;
}

bool stackreport::popsOwnArguments(const Function &F, const TargetMachine &TM) {
  switch (F.getCallingConv()) {
  case CallingConv::Tail:
  case CallingConv::SwiftTail:
    return true;
  case CallingConv::Fast:
    return TM.Options.GuaranteedTailCallOpt;
  default:
    return false;
  }
}

void stackreport::forgetCalleePops(const MachineFunction &MF) {
  if (calleePops().empty())
    return;
  for (const MachineBasicBlock &MBB : MF)
    for (const MachineInstr &MI : MBB)
      calleePops().erase(&MI);
}
