//===- Outlined.cpp - StackReport: MachineOutliner functions -------------===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Outlined-call handling. Without return-address signing, LLVM's AArch64
// outliner may outline SP writes (the tail of a realigning prologue), so a
// call to `OUTLINED_FUNCTION_n` can move its caller's SP. At every such call
// the caller's walk continues from the callee's exit state, found by walking
// the callee's MachineFunction (through MachineModuleInfo) from the caller's
// state, registers included (its exit is after each return's own SP move:
// ARM `pop {..., pc}`). An outlined function that leaves SP where it
// found it whoever calls it is an ordinary callee; any other is absorbed by
// its callers (FunctionWalk.cpp): its depth and calls become theirs.
//
//===----------------------------------------------------------------------===//

#include "SPWalk.h"
#include "llvm/CodeGen/MachineBasicBlock.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/MachineModuleInfo.h"
#include "llvm/CodeGen/TargetInstrInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/IR/Function.h"

using namespace llvm;
using namespace llvm::stackreport;

#define DEBUG_TYPE "stack-report"

bool stackreport::isOutlined(const Function &F) {
  return F.getName().starts_with("OUTLINED_FUNCTION_");
}

const MachineFunction *
OutlinedCallees::callee(const MachineInstr &MI) const {
  if (!MMI)
    return nullptr;
  for (const MachineOperand &MO : MI.explicit_operands())
    if (MO.isGlobal())
      if (auto *Callee =
              dyn_cast_or_null<Function>(MO.getGlobal()->getAliaseeObject()))
        return isOutlined(*Callee) ? MMI->getMachineFunction(*Callee)
                                   : nullptr;
  return nullptr;
}

bool OutlinedCallees::balancedAlone(const MachineFunction &Callee,
                                    int64_t ReturnAddress) {
  auto [It, New] = Balanced.try_emplace(&Callee, false);
  if (New) {
    SPState Fresh;
    Fresh.Reached = true;
    SPState Exit = walk(Callee, Fresh, ReturnAddress).Exit;
    It->second = Exit.Known && Exit.Depth == 0;
  }
  return It->second;
}

OutlinedWalk OutlinedCallees::walk(const MachineFunction &MF, SPState AtCall,
                                   int64_t ReturnAddress) const {
  SPWalker Walker(MF, Create(MF));
  const SPDecoder &D = Walker.decoder();
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  // A return that moves SP itself (SPDecoder::frameAdjust) exits after its
  // move; a conditional one (ARM `popeq {..., pc}`) moves SP only where it
  // returns: the walk goes on from the state before it.
  auto Step = [&](const MachineInstr &MI, SPState &S) -> std::optional<SPState> {
    bool Moves = MI.isReturn() && D.frameAdjust(MI);
    std::optional<SPState> Before;
    if (Moves && TII.isPredicated(MI))
      Before = S;
    Walker.step(MI, S);
    if (!Moves)
      return std::nullopt;
    SPState After = S;
    if (Before)
      S = std::move(*Before);
    return After;
  };
  OutlinedWalk Result;
  AtCall.Depth += ReturnAddress;
  DenseMap<const MachineBasicBlock *, SPState> In;
  In[&MF.front()] = AtCall;
  SmallVector<const MachineBasicBlock *, 8> Worklist{&MF.front()};
  unsigned Steps = 0, Limit = 4 * (MF.size() + 8);
  while (!Worklist.empty()) {
    if (++Steps > Limit) {
      Result.Exit = AtCall;
      Result.Exit.Known = false;
      return Result;
    }
    const MachineBasicBlock *MBB = Worklist.pop_back_val();
    SPState S = In[MBB];
    for (const MachineInstr &MI : MBB->instrs())
      Step(MI, S);
    for (const MachineBasicBlock *Succ : MBB->successors())
      if (In[Succ].join(S))
        Worklist.push_back(Succ);
  }
  // Converged: record depths, calls and the exit in layout order.
  bool Returns = false;
  Result.MaxDepth = AtCall.Depth;
  for (const MachineBasicBlock &MBB : MF) {
    SPState S = In.lookup(&MBB);
    if (!S.Reached)
      continue;
    for (const MachineInstr &MI : MBB.instrs()) {
      Result.MaxDepth = std::max(Result.MaxDepth, S.Depth);
      if (std::optional<LoweredCall> L = loweredCall(MI, D))
        Result.MaxDepth = std::max(Result.MaxDepth, S.Depth + L->SPExtra);
      if (isCallSite(MI, D)) {
        CallSite C = describeCall(MI, S, ReturnAddress, D);
        C.Tail = false;
        Result.Calls.push_back(std::move(C));
      }
      std::optional<SPState> Before;
      if (MI.isReturn())
        Before = S;
      std::optional<SPState> Moved = Step(MI, S);
      if (MI.isReturn()) {
        Result.Exit.join(Moved ? *Moved : *Before);
        Returns = true;
      }
    }
  }
  if (!Returns) // never returns: what follows the call is unreachable
    Result.Exit = AtCall;
  Result.Exit.Known &= !Walker.SawUnknown;
  Result.Exit.Depth -= ReturnAddress;
  return Result;
}
