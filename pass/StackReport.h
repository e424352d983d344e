//===- StackReport.h - Per-function stack depth and call-site report -----===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Declares the StackReport machine pass. It is a new header so that patching
// LLVM touches no shared header: an overlay build links the pass ahead of an
// unmodified system LLVM, which must not see any ABI change.
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_CODEGEN_STACKREPORT_H
#define LLVM_CODEGEN_STACKREPORT_H

namespace llvm {

class FunctionPass;
class PassRegistry;

/// Writes one JSON Lines record per machine function to the file named by
/// `-stack-report=<file>`; does nothing when the option is absent.
FunctionPass *createStackReportPass();

/// Runs before prologue/epilogue insertion and notes, for each call, how many
/// bytes its callee pops (from the call-frame pseudos PEI removes), for the
/// StackReport pass at the end; does nothing when `-stack-report` is absent.
FunctionPass *createStackReportCallFramesPass();

void initializeStackReportPass(PassRegistry &);
void initializeStackReportCallFramesPass(PassRegistry &);

} // end namespace llvm

#endif // LLVM_CODEGEN_STACKREPORT_H
