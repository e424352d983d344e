//===- StackReport.cpp - Per-function stack depth and call-site report ---===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// StackReport records, for every machine function, the deepest stack byte it
// touches and the SP depth at each of its call sites, as JSON Lines in the
// file named by -stack-report=<file>, or inside the object with
// -stack-report-section (Section.cpp). Depths are measured from the caller's SP
// at the call (x86: before the return address is pushed), so a consumer can
// sum them along the call graph exactly. The pass runs last before the
// AsmPrinter and walks every instruction, prologue included, decoding each SP
// write with the target's SPDecoder; frame numbers alone under-report (red
// zone, pushed call arguments, realignment, outlined functions). An SP write
// it cannot decode marks the function dynamic instead of being guessed.
//
// This file is the pass itself: it opens the report when the target has a
// decoder, combines the walk (FunctionWalk.cpp) with the frame's own numbers
// into each function's depth and flags, and hands the record to Emit.cpp. It
// never changes code, and does nothing when both options are absent.
//
//===----------------------------------------------------------------------===//

#include "llvm/CodeGen/StackReport.h"
#include "Emit.h"
#include "Section.h"
#include "SPWalk.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineModuleInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Module.h"
#include "llvm/InitializePasses.h"
#include "llvm/Pass.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include <memory>

using namespace llvm;
using namespace llvm::stackreport;

#define DEBUG_TYPE "stack-report"

static cl::opt<std::string>
    StackReportFile("stack-report",
                    cl::desc("Write per-function stack depths and call sites "
                             "as JSON Lines to <file> (stackbound)"),
                    cl::value_desc("file"));

bool stackreport::reportEnabled() {
  return !StackReportFile.empty() || reportToSection();
}

namespace {

class StackReport : public MachineFunctionPass {
public:
  static char ID;

  StackReport() : MachineFunctionPass(ID) {
    initializeStackReportPass(*PassRegistry::getPassRegistry());
  }

  StringRef getPassName() const override { return "Stack Depth Report"; }

  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesAll();
    MachineFunctionPass::getAnalysisUsage(AU);
  }

  bool doInitialization(Module &M) override;
  bool runOnMachineFunction(MachineFunction &MF) override;
  bool doFinalization(Module &M) override;

private:
  /// The -stack-report file, when there is one.
  std::unique_ptr<raw_fd_ostream> Out;
  /// The pass reports this module (the option is on, the target decodes).
  bool Reporting = false;
  /// Outlined functions whose SP effect is nil wherever they are called.
  BalancedCache BalancedOutlined;
  std::string Triple;
  std::string Source;
  uint64_t FunctionsWritten = 0;

  void write(json::Object Record) {
    if (Out)
      writeRecord(*Out, std::move(Record));
  }
};

} // end anonymous namespace

char StackReport::ID = 0;

INITIALIZE_PASS(StackReport, DEBUG_TYPE, "Stack Depth Report", false, true)

FunctionPass *llvm::createStackReportPass() { return new StackReport(); }

bool StackReport::doInitialization(Module &M) {
  if (!reportEnabled())
    return false;
  // Only a target with a decoder is reported; for any other the file is not
  // even created, so a reader can tell "unsupported" from "empty".
  const llvm::Triple *TT = &M.getTargetTriple();
  if (auto *MMIWP = getAnalysisIfAvailable<MachineModuleInfoWrapperPass>())
    TT = &MMIWP->getMMI().getTarget().getTargetTriple();
  if (!findSPDecoder(*TT))
    return false;
  Triple = M.getTargetTriple().str();
  Source = M.getSourceFileName();
  Reporting = true;
  if (reportToSection() && !TT->isOSBinFormatELF())
    M.getContext().emitError(
        "-stack-report-section writes ELF sections, and " + TT->str() +
        " does not produce ELF objects: use -stack-report=<file> instead");
  if (StackReportFile.empty())
    return false;
  std::error_code EC;
  Out = std::make_unique<raw_fd_ostream>(StackReportFile, EC,
                                         sys::fs::OF_None);
  if (EC) {
    M.getContext().emitError("cannot open stack report file '" +
                             StackReportFile + "': " + EC.message());
    Out.reset();
    return false;
  }
  write(moduleRecord(M));
  return false;
}

bool StackReport::doFinalization(Module &M) {
  Reporting = false;
  if (!Out)
    return false;
  write(symbolsRecord(M));
  write(endRecord(FunctionsWritten));
  Out->close();
  if (Out->has_error()) {
    M.getContext().emitError("error writing stack report file '" +
                             StackReportFile + "': " + Out->error().message());
    Out->clear_error();
  }
  Out.reset();
  return false;
}

/// Frame objects keep their offsets from S0 after PEI, so they recover the
/// red zone that X86FrameLowering removes from a leaf's stack size.
static int64_t frameObjectDepth(const MachineFrameInfo &MFI,
                                int64_t RealignSlack) {
  int64_t Deepest = 0;
  for (int FI = MFI.getObjectIndexBegin(), E = MFI.getObjectIndexEnd(); FI != E;
       ++FI) {
    if (MFI.isDeadObjectIndex(FI) || MFI.isVariableSizedObjectIndex(FI) ||
        MFI.getStackID(FI) != TargetStackID::Default)
      continue;
    Deepest = std::max(Deepest, -MFI.getObjectOffset(FI) + RealignSlack);
  }
  return Deepest;
}

bool StackReport::runOnMachineFunction(MachineFunction &MF) {
  if (!Reporting)
    return false;
  SPDecoderFactory Create = findSPDecoder(MF.getSubtarget().getTargetTriple());
  if (!Create)
    return false;
  const Function &F = MF.getFunction();
  const MachineFrameInfo &MFI = MF.getFrameInfo();
  SPWalker Walker(MF, Create(MF));
  // The call pushes the return address where the local area starts below it.
  int64_t ReturnAddress = Walker.decoder().returnAddressBytes();

  auto *MMIWP = getAnalysisIfAvailable<MachineModuleInfoWrapperPass>();
  OutlinedCallees Outlined(MMIWP ? &MMIWP->getMMI() : nullptr, Create,
                           BalancedOutlined);
  FunctionWalk Walk = walkFunction(MF, Walker, Outlined, ReturnAddress);

  // own_depth: the walk, the deepest frame object (red zone) and the floor
  // (return address + stack size), whichever is deepest.
  int64_t ObjectDepth = frameObjectDepth(MFI, Walker.RealignSlack);
  int64_t StaticDepth = ReturnAddress + (int64_t)MFI.getStackSize();
  int64_t OwnDepth = std::max({Walk.MaxDepth, ObjectDepth, StaticDepth});
  if (ObjectDepth > Walk.MaxDepth && ObjectDepth > StaticDepth)
    Walker.flag("red-zone");

  bool Dynamic = !Walk.Known;
  if (MFI.hasVarSizedObjects()) {
    Dynamic = true;
    Walker.flag("variable-sized-object");
  }
  if (MFI.hasOpaqueSPAdjustment()) {
    Dynamic = true;
    Walker.flag("opaque-sp-adjustment");
  }
  if (F.hasFnAttribute("split-stack")) {
    Dynamic = true;
    Walker.flag("split-stack");
  }
  // A naked body is inline asm the pass cannot see into; a naked function
  // that codegen built (a thunk) is walked like any other.
  if (F.hasFnAttribute(Attribute::Naked) && Walker.hasFlag("inline-asm"))
    Walker.flag("naked");
  if (F.hasFnAttribute("patchable-function-entry"))
    Walker.flag("runtime-patched-call");

  FunctionRecord R;
  R.MF = &MF;
  R.Triple = Triple;
  R.Source = Source;
  R.OwnDepth = OwnDepth;
  R.Dynamic = Dynamic;
  R.Flags = Walker.Flags;
  R.Calls = Walk.Calls;
  R.ReturnAddress = ReturnAddress;
  R.ObjectDepth = ObjectDepth;
  R.SPDepthMax = Walk.MaxDepth;
  R.RealignSlack = Walker.RealignSlack;
  R.ScalableBytes = Walker.ScalableBytes;
  R.Interrupt = Walker.decoder().isInterruptHandler();
  R.InterruptFrame = Walker.decoder().interruptFrameBytes();
  json::Object Record = functionRecord(R);
  if (reportToSection())
    // With both options each destination gets the record.
    holdForSection(MF, Out ? json::Object(Record) : std::move(Record));
  write(std::move(Record));
  ++FunctionsWritten;
  // The notes of the pre-PEI half are only for this function.
  forgetCalleePops(MF);
  return false;
}
