//===- Section.h - StackReport: records inside the object ------*- C++ -*-===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// With -stack-report-section the pass hands each function's record to the
// AsmPrinter handler in Section.cpp, which writes it into the object. Private
// to the pass.
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_LIB_CODEGEN_STACKREPORT_SECTION_H
#define LLVM_LIB_CODEGEN_STACKREPORT_SECTION_H

#include "llvm/Support/JSON.h"

namespace llvm {

class MachineFunction;

namespace stackreport {

/// -stack-report-section was given.
bool reportToSection();

/// Keeps MF's record until the AsmPrinter has emitted MF, which writes it
/// beside MF's code. Safe to call from several codegen threads at once.
void holdForSection(const MachineFunction &MF, json::Object Record);

} // end namespace stackreport
} // end namespace llvm

#endif // LLVM_LIB_CODEGEN_STACKREPORT_SECTION_H
