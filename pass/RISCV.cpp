//===- RISCVStackReport.cpp - StackReport's SP decoder for RISC-V ----===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// How RISC-V instructions move SP, for the StackReport pass. This first
// version decodes nothing: every SP write is refused, so every function with
// a frame is dynamic. It is never low.
//
// Built into LLVMRISCVCodeGen from stackbound's pass/RISCV.cpp.
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/RISCVMCTargetDesc.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/StackReport.h"
#include "llvm/CodeGen/StackReportDecoder.h"

using namespace llvm;

#define DEBUG_TYPE "stack-report"

namespace {

class RISCVSPDecoder : public SPDecoder {
public:
  using SPDecoder::SPDecoder;

  SPEffect decode(const MachineInstr &) const override {
    return SPEffect::unknown();
  }
};

} // end anonymous namespace

void llvm::initializeRISCVStackReport(PassRegistry &PR) {
  initializeStackReportPass(PR);
  initializeStackReportCallFramesPass(PR);
  registerSPDecoder({Triple::riscv32, Triple::riscv64},
                    [](const MachineFunction &MF) -> std::unique_ptr<SPDecoder> {
                      return std::make_unique<RISCVSPDecoder>(MF);
                    });
}
