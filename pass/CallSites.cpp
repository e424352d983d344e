//===- CallSites.cpp - StackReport: what is a call, and to what ----------===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Call-site classification for the report: which machine instructions call
// out of the function in the object code (calls, and pseudos that only the
// AsmPrinter turns into calls, which the target's decoder names; not frame
// helpers, which only move SP for the frame), and what each one calls: a
// function symbol (`direct`), a symbol codegen inserted (`libcall`), or a
// pointer (`indirect`, with the IR signatures and type ids that resolve it). A register call through a register the walk saw loaded
// with a function's address is direct. Retpoline and SLS thunks are indirect
// calls, plus a call to the thunk itself.
//
//===----------------------------------------------------------------------===//

#include "Emit.h"
#include "SPWalk.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalAlias.h"
#include "llvm/IR/GlobalIFunc.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/MCSymbol.h"

using namespace llvm;
using namespace llvm::stackreport;

#define DEBUG_TYPE "stack-report"

StringRef stackreport::symbolName(const GlobalValue &GV) {
  return GlobalValue::dropLLVMManglingEscape(GV.getName());
}

const GlobalValue *stackreport::codeSymbol(const GlobalValue &GV) {
  if (isa<Function>(GV) || isa<GlobalIFunc>(GV))
    return &GV;
  if (isa<GlobalAlias>(GV) && isa_and_nonnull<Function>(GV.getAliaseeObject()))
    return &GV;
  return nullptr;
}

std::optional<LoweredCall> stackreport::loweredCall(const MachineInstr &MI,
                                                    const SPDecoder &D) {
  if (MI.getOpcode() == TargetOpcode::FENTRY_CALL)
    return LoweredCall{"__fentry__"};
  return D.loweredCall(MI);
}

bool stackreport::isCallSite(const MachineInstr &MI, const SPDecoder &D) {
  // A frame helper (`call t0, __riscv_save_N`) moves SP for the frame: an
  // SP adjustment, not an edge.
  if (MI.isCall() && D.frameAdjust(MI))
    return false;
  return MI.isCall() || loweredCall(MI, D).has_value();
}

bool stackreport::isRuntimePatchedCall(const MachineInstr &MI) {
  switch (MI.getOpcode()) {
  case TargetOpcode::PATCHABLE_FUNCTION_ENTER:
  case TargetOpcode::PATCHABLE_FUNCTION_EXIT:
  case TargetOpcode::PATCHABLE_RET:
  case TargetOpcode::PATCHABLE_TAIL_CALL:
  case TargetOpcode::PATCHABLE_EVENT_CALL:
  case TargetOpcode::PATCHABLE_TYPED_EVENT_CALL:
  case TargetOpcode::PATCHABLE_OP:
    return true;
  default:
    return false;
  }
}

bool stackreport::isIntraFunctionCall(const MachineInstr &MI) {
  for (const MachineOperand &MO : MI.explicit_operands())
    if (MO.isMBB() || (MO.isMCSymbol() && MO.getMCSymbol()->isTemporary()))
      return true;
  return false;
}

namespace {

std::string debugLocation(const MachineInstr &MI) {
  const DebugLoc &DL = MI.getDebugLoc();
  if (!DL)
    return "";
  auto *Scope = cast<DIScope>(DL.getScope());
  return (Scope->getFilename() + ":" + Twine(DL.getLine()) + ":" +
          Twine(DL.getCol()))
      .str();
}

/// Retpoline and SLS thunks are reached by a direct call but branch to a
/// register: the real callee is unknown.
bool isIndirectThunk(StringRef Sym) {
  return Sym.contains("indirect_thunk") || Sym.contains("retpoline") ||
         Sym.contains("slsblr_thunk");
}

/// Classifies a call instruction by its callee operand.
void classifyCallee(const MachineInstr &MI, CallSite &C, const SPDecoder &D) {
  if (std::optional<LoweredCall> Lowered = loweredCall(MI, D)) {
    C.Kind = Lowered->Callee.empty() ? "indirect" : "libcall";
    C.Callee = Lowered->Callee.str();
    return;
  }
  auto Symbol = [&](StringRef Sym) {
    if (isIndirectThunk(Sym)) {
      C.Kind = "indirect";
      C.Thunk = Sym.str();
      return;
    }
    C.Kind = "libcall";
    C.Callee = GlobalValue::dropLLVMManglingEscape(Sym).str();
  };
  // A register other than the PC in a memory operand indexes a table. A
  // predicate's flags register (ARM's `blne f`: CPSR) forms no address.
  bool SawAddressReg = false;
  const MCInstrDesc &Desc = MI.getDesc();
  for (const MachineOperand &MO : MI.explicit_operands()) {
    unsigned OpNo = MO.getOperandNo();
    if (OpNo < Desc.getNumOperands() && Desc.operands()[OpNo].isPredicate())
      continue;
    if (MO.isGlobal()) {
      const GlobalValue *Code = codeSymbol(*MO.getGlobal());
      // A function address in a memory operand is its GOT slot only when
      // nothing else forms the address; otherwise it is a table of pointers.
      if (Code && !SawAddressReg) {
        C.Kind = "direct";
        C.Callee = symbolName(*Code).str();
        C.CalleeLocal = Code->hasLocalLinkage();
        return;
      }
      C.Kind = "indirect";
      return;
    }
    if (MO.isSymbol())
      return Symbol(MO.getSymbolName());
    if (MO.isMCSymbol())
      return Symbol(MO.getMCSymbol()->getName());
    if (MO.isReg() && MO.getReg() && MO.isUse() &&
        !D.isProgramCounter(MO.getReg()))
      SawAddressReg = true;
  }
  C.Kind = "indirect";
}

} // end anonymous namespace

CallSite stackreport::describeCall(const MachineInstr &MI, const SPState &S,
                                   int64_t ReturnAddress, const SPDecoder &D) {
  CallSite C;
  classifyCallee(MI, C, D);
  if (C.Kind == "indirect")
    if (const GlobalValue *F = SPWalker::calleeInRegister(MI, S)) {
      C.Kind = "direct";
      C.Callee = symbolName(*F).str();
      C.CalleeLocal = F->hasLocalLinkage();
    }
  C.Tail = MI.isReturn();
  C.Depth = std::max<int64_t>(C.Tail ? S.Depth - ReturnAddress : S.Depth, 0);
  if (std::optional<LoweredCall> Lowered = loweredCall(MI, D))
    C.Depth += Lowered->SPExtra;
  C.DepthKnown = S.Known;
  C.Loc = debugLocation(MI);
  if (C.Kind == "indirect") {
    const auto &Info = MI.getMF()->getCallSitesInfo();
    auto It = Info.find(&MI);
    if (It != Info.end())
      for (ConstantInt *Id : It->second.CalleeTypeIds)
        C.TypeIds.push_back(Id->getZExtValue());
  }
  return C;
}

CallSite stackreport::thunkCall(const CallSite &Indirect, const Module &M) {
  CallSite C;
  const Function *Thunk = M.getFunction(Indirect.Thunk);
  C.Kind = Thunk && !Thunk->isDeclaration() ? "direct" : "libcall";
  C.Callee = Indirect.Thunk;
  C.CalleeLocal = Thunk && Thunk->hasLocalLinkage();
  C.Tail = Indirect.Tail;
  C.Depth = Indirect.Depth;
  C.DepthKnown = Indirect.DepthKnown;
  C.Index = Indirect.Index;
  C.Loc = Indirect.Loc;
  return C;
}

// A machine call cannot in general be tied to one IR call (codegen
// duplicates and merges blocks), so: the types of the IR indirect calls with
// the same debug location when there are such, else the types of all of F's
// IR indirect calls (a superset, so a resolver that takes the union stays
// sound). Calls that codegen makes on its own (TLS sequences) have no IR call
// and get none.
IndirectSignatures::IndirectSignatures(const Function &F) {
  for (const BasicBlock &BB : F)
    for (const Instruction &I : BB)
      if (const auto *CB = dyn_cast<CallBase>(&I))
        if (CB->isIndirectCall())
          Calls.push_back(
              {CB->getDebugLoc().get(),
               signatureText(*CB->getFunctionType(), CB->getCallingConv())});
}

SmallVector<std::string, 1>
IndirectSignatures::of(const MachineInstr &MI, const SPDecoder &D) const {
  SmallVector<std::string, 1> Out;
  if (D.isCodegenOnlyCall(MI))
    return Out;
  if (const DILocation *Loc = MI.getDebugLoc().get())
    for (const auto &[L, Sig] : Calls)
      if (L == Loc)
        Out.push_back(Sig);
  if (Out.empty())
    for (const auto &[L, Sig] : Calls)
      Out.push_back(Sig);
  llvm::sort(Out);
  Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
  return Out;
}
