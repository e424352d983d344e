//===- Emit.h - StackReport: the JSON Lines records ------------*- C++ -*-===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The records the report writes (docs/stack-report-format.md): `module`,
// `function`, `symbols` and `end`, built from what the walk found. Private to
// the pass.
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_LIB_CODEGEN_STACKREPORT_EMIT_H
#define LLVM_LIB_CODEGEN_STACKREPORT_EMIT_H

#include "SPWalk.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/IR/CallingConv.h"
#include "llvm/Support/JSON.h"
#include <optional>
#include <string>

namespace llvm {

class FunctionType;
class MachineFunction;
class Module;
class raw_ostream;

namespace stackreport {

/// The schema of every record (docs/stack-report-format.md).
constexpr int64_t SchemaVersion = 3;

/// A function type as resolution by signature compares it: the IR type, after
/// the calling convention when it is not C's.
std::string signatureText(const FunctionType &T, CallingConv::ID CC);

/// What a `function` record says, besides what the IR and the frame say.
struct FunctionRecord {
  const MachineFunction *MF = nullptr;
  StringRef Triple, Source;
  int64_t OwnDepth = 0;
  bool Dynamic = false;
  ArrayRef<StringRef> Flags;
  ArrayRef<CallSite> Calls;
  int64_t ReturnAddress = 0;
  int64_t ObjectDepth = 0;
  int64_t SPDepthMax = 0;
  int64_t RealignSlack = 0;
  int64_t ScalableBytes = 0;
  bool Interrupt = false;
  std::optional<int64_t> InterruptFrame;
};

json::Object moduleRecord(const Module &M);
json::Object functionRecord(const FunctionRecord &R);
/// What the joiner needs to link modules as a linker does.
json::Object symbolsRecord(const Module &M);
json::Object endRecord(uint64_t Functions);

/// Writes Record as one line, with its schema.
void writeRecord(raw_ostream &OS, json::Object Record);

} // end namespace stackreport
} // end namespace llvm

#endif // LLVM_LIB_CODEGEN_STACKREPORT_EMIT_H
