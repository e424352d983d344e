//===- FunctionWalk.cpp - StackReport: the SP walk over the machine CFG --===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The walk of one machine function: a forward dataflow of the SP state over
// the machine CFG (SPWalker steps each instruction), taking the deepest state
// at joins, to a fixpoint; then one more pass in layout order that records
// every call site with its converged state. Stack-probe loops are widened
// straight to the bound their prologue compares SP with; a walk that does not
// converge is `sp-divergent-loop`. Blocks the CFG does not reach are walked
// from the deepest state (or from a call into the function, for retpoline
// thunks). Calls to outlined functions continue from the callee's exit state
// (Outlined.cpp), and callee-popped bytes (CallFrames.cpp) are applied after
// their calls. A frame helper's routine (SPDecoder::frameAdjust) is charged
// at its own deepest SP. A return that leaves SP away from its entry depth,
// after its own SP move (`cm.popret`, a tail call to a restore routine),
// makes the function dynamic (`unbalanced-sp-at-return`), except in outlined
// code; a conditional return's move holds only where it returns. A block of
// data alone (an ARM literal pool) is not walked.
//
//===----------------------------------------------------------------------===//

#include "SPWalk.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/CodeGen/MachineBasicBlock.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/TargetInstrInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/IR/Function.h"

using namespace llvm;
using namespace llvm::stackreport;

#define DEBUG_TYPE "stack-report"

FunctionWalk stackreport::walkFunction(const MachineFunction &MF,
                                       SPWalker &Walker,
                                       OutlinedCallees &Outlined,
                                       int64_t ReturnAddress) {
  const Function &F = MF.getFunction();
  const SPDecoder &D = Walker.decoder();
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  IndirectSignatures Signatures(F);

  // Forward dataflow of the SP depth over the CFG, deepest at joins.
  DenseMap<const MachineBasicBlock *, SPState> In;
  DenseMap<const MachineBasicBlock *, unsigned> Visits;
  SmallVector<const MachineBasicBlock *, 16> Worklist;
  SmallPtrSet<const MachineBasicBlock *, 16> Queued;
  const MachineBasicBlock *Entry = &MF.front();
  In[Entry].Reached = true;
  In[Entry].Depth = ReturnAddress;
  Worklist.push_back(Entry);
  Queued.insert(Entry);
  const unsigned VisitLimit = MF.size() + 8;
  bool Divergent = false;
  DenseMap<const MachineBasicBlock *, int64_t> ProbeBound;

  // Ordinal of the next instruction in layout order, for --explain.
  unsigned Ordinal = 0;
  // Some return leaves SP away from its entry depth.
  bool Unbalanced = false;
  // Deepest entry into a block through a call inside this function.
  std::optional<int64_t> IntraCallEntry;
  const bool PopsOwnArguments = popsOwnArguments(F, MF.getTarget());

  auto RunBlock = [&](const MachineBasicBlock &MBB, SPState S,
                      int64_t &MaxDepth, SmallVectorImpl<CallSite> *Calls) {
    std::optional<int64_t> Bound;
    auto BI = ProbeBound.find(&MBB);
    if (BI != ProbeBound.end())
      Bound = BI->second;
    auto Clamp = [&](SPState &St) {
      if (Bound && St.Depth > *Bound)
        St.Depth = *Bound;
    };
    Clamp(S);
    MaxDepth = std::max(MaxDepth, S.Depth);
    for (const MachineInstr &MI : MBB.instrs()) {
      if (Calls)
        ++Ordinal;
      if (isRuntimePatchedCall(MI))
        Walker.flag("runtime-patched-call");
      // A lowered call sequence may push below the pseudo's SP first.
      if (std::optional<LoweredCall> L = loweredCall(MI, D))
        MaxDepth = std::max(MaxDepth, S.Depth + L->SPExtra);
      // A frame helper's routine runs below SP (its own deepest point).
      std::optional<FrameAdjust> Helper = D.frameAdjust(MI);
      if (Helper && Helper->Known && S.Known)
        MaxDepth = std::max(MaxDepth, S.Depth + Helper->Peak);
      const MachineFunction *Callee = MI.isCall() && !MI.isReturn() && !Helper
                                          ? Outlined.callee(MI)
                                          : nullptr;
      bool Absorb = Callee && !Outlined.balancedAlone(*Callee, ReturnAddress);
      if (MI.isCall() && !Helper && isIntraFunctionCall(MI)) {
        MaxDepth = std::max(MaxDepth, S.Depth + ReturnAddress);
        IntraCallEntry =
            std::max(IntraCallEntry.value_or(0), S.Depth + ReturnAddress);
        Walker.flag("intra-function-call");
      } else if (isCallSite(MI, D) && Calls && !Absorb) {
        CallSite C = describeCall(MI, S, ReturnAddress, D);
        C.Index = Ordinal - 1;
        if (C.Kind == "indirect")
          C.Signatures = Signatures.of(MI, D);
        if (!C.Thunk.empty())
          Calls->push_back(thunkCall(C, *F.getParent()));
        Calls->push_back(std::move(C));
      }
      // An outlined callee's own walk decides which registers it changes
      // (its call's register mask claims all caller-saved ones). One whose
      // SP effect depends on this caller is absorbed: its depth and calls
      // become this function's, as if the code had not been outlined.
      if (Callee) {
        OutlinedWalk W = Outlined.walk(*Callee, S, ReturnAddress);
        if (Absorb) {
          Walker.flag("outlined-absorbed");
          MaxDepth = std::max(MaxDepth, W.MaxDepth);
          if (Calls)
            for (CallSite &C : W.Calls) {
              C.Index = Ordinal - 1;
              if (C.Kind == "indirect")
                C.Signatures = Signatures.of(MI, D);
              Calls->push_back(std::move(C));
            }
        }
        S = W.Exit;
      }
      // A conditional return (ARM `popeq {..., pc}`) moves SP only where it
      // returns: the walk goes on from the state before it.
      std::optional<SPState> NotTaken;
      if (Helper && MI.isReturn() && TII.isPredicated(MI))
        NotTaken = S;
      // Only the prologue's own probe loops may bound SP by a compare.
      std::optional<int64_t> P = Callee ? std::nullopt : Walker.step(MI, S);
      // A callee-pop callee returns with SP above where the call found it.
      if (MI.isCall() && !MI.isReturn() && !Helper)
        S.Depth -= poppedByCallee(MI);
      // A return is judged after its own SP move (Zcmp `cm.popret`, a tail
      // call to a restore routine), on converged states only (the final
      // pass records calls). A callee-pop function returns with SP above
      // its entry by the arguments it pops, which are above S0 and no part
      // of its depth.
      if (Calls && MI.isReturn() && (!MI.isCall() || Helper) &&
          (!S.Known || S.Depth > ReturnAddress ||
           (S.Depth < ReturnAddress && !PopsOwnArguments)))
        Unbalanced = true;
      if (NotTaken)
        S = std::move(*NotTaken);
      if (P && MI.getFlag(MachineInstr::FrameSetup)) {
        if (!ProbeBound.count(&MBB) || ProbeBound[&MBB] != *P) {
          ProbeBound[&MBB] = *P;
          Bound = *P;
        }
      }
      Clamp(S);
      MaxDepth = std::max(MaxDepth, S.Depth);
    }
    return S;
  };

  int64_t WalkMax = ReturnAddress;
  while (!Worklist.empty() && !Divergent) {
    const MachineBasicBlock *MBB = Worklist.pop_back_val();
    Queued.erase(MBB);
    if (++Visits[MBB] > VisitLimit) {
      Divergent = true;
      break;
    }
    SPState OutState = RunBlock(*MBB, In[MBB], WalkMax, nullptr);
    for (const MachineBasicBlock *Succ : MBB->successors()) {
      SPState &SuccIn = In[Succ];
      bool Changed = SuccIn.join(OutState);
      // A stack-probe loop steps SP down to a known bound and stops there:
      // widen straight to the bound instead of iterating page by page.
      auto PB = ProbeBound.find(Succ);
      if (Changed && PB != ProbeBound.end() && Visits[Succ] > 0 &&
          SuccIn.Depth < PB->second)
        SuccIn.Depth = PB->second;
      if ((Changed || Visits[Succ] == 0) && Queued.insert(Succ).second)
        Worklist.push_back(Succ);
    }
  }
  if (Divergent)
    Walker.flag("sp-divergent-loop");

  // Final pass in layout order: record calls with their converged states.
  FunctionWalk Result;
  int64_t FinalMax = ReturnAddress;
  bool Unreached = false;
  for (const MachineBasicBlock &MBB : MF) {
    SPState S = In.lookup(&MBB);
    // A block of data (an ARM literal pool) is never executed.
    if (!S.Reached && !MBB.empty() &&
        all_of(MBB.instrs(),
               [&](const MachineInstr &MI) { return D.isData(MI); }))
      continue;
    if (!S.Reached) {
      // Not reachable in the CFG: the target of a call inside this function
      // (a retpoline thunk's) is entered just below that call; anything else
      // is walked from the deepest state seen, as an estimate.
      Unreached |= !IntraCallEntry;
      S.Reached = true;
      S.Depth = IntraCallEntry.value_or(WalkMax);
    }
    RunBlock(MBB, S, FinalMax, &Result.Calls);
  }
  if (Unreached)
    Walker.flag("unreached-block-estimated");
  Result.MaxDepth = std::max(WalkMax, FinalMax);
  bool Known = !Divergent && !Walker.SawUnknown;
  // Outlined code may move SP for its caller, which accounts for it at the
  // call; anywhere else an unbalanced return breaks every caller's depths.
  // A return after a call into the function itself (retpoline thunks)
  // returns through the address that call pushed, not to the caller.
  bool ReturnsToCaller = !Walker.hasFlag("intra-function-call");
  if (Unbalanced && isOutlined(F))
    Walker.flag("sp-net-change");
  else if (Unbalanced && ReturnsToCaller) {
    Known = false;
    Walker.flag("unbalanced-sp-at-return");
  }
  for (auto &[MBB, S] : In)
    Known &= S.Known;
  for (const CallSite &C : Result.Calls)
    Known &= C.DepthKnown;
  Result.Known = Known;
  return Result;
}
