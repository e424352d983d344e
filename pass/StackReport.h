//===- StackReport.h - Per-function stack depth and call-site report -----===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Declares the StackReport machine passes and the hooks that give a target
// its SP decoder. It is a new header so that patching LLVM touches no shared
// header: an overlay build links the pass ahead of an unmodified system LLVM,
// which must not see any ABI change.
//
// TargetPassConfig adds both passes to every pipeline; they do nothing unless
// `-stack-report` or `-stack-report-section` is given and a decoder is registered for the target (see
// StackReportDecoder.h). A target opts in by calling its
// initialize<Target>StackReport from LLVMInitialize<Target>Target.
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_CODEGEN_STACKREPORT_H
#define LLVM_CODEGEN_STACKREPORT_H

#include <memory>

namespace llvm {

class AsmPrinter;
class AsmPrinterHandler;
class FunctionPass;
class PassRegistry;

/// Writes one JSON Lines record per machine function to the file named by
/// `-stack-report=<file>`; does nothing when the option is absent or the
/// target has no SP decoder.
FunctionPass *createStackReportPass();

/// Runs before prologue/epilogue insertion and notes, for each call, how many
/// bytes its callee pops (from the call-frame pseudos PEI removes), for the
/// StackReport pass at the end; does nothing when StackReport does nothing.
FunctionPass *createStackReportCallFramesPass();

/// With -stack-report-section, for an ELF target with an SP decoder: the
/// AsmPrinter handler that writes each function's record into the object
/// (.stackbound, linked to the function's section) and each module's into
/// .stackbound.modules. Null otherwise.
std::unique_ptr<AsmPrinterHandler> createStackReportSectionWriter(AsmPrinter &);

void initializeStackReportPass(PassRegistry &);
void initializeStackReportCallFramesPass(PassRegistry &);

/// Each supported target's entry point (defined beside the target, in
/// lib/Target/<T>/<T>StackReport.cpp): registers both passes and the target's
/// SP decoder.
void initializeX86StackReport(PassRegistry &);
void initializeAArch64StackReport(PassRegistry &);
void initializeARMStackReport(PassRegistry &);
void initializeRISCVStackReport(PassRegistry &);

} // end namespace llvm

#endif // LLVM_CODEGEN_STACKREPORT_H
