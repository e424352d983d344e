//===- Decoders.cpp - StackReport: the SP decoder interface and registry -===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The target-independent part of StackReportDecoder.h: SPDecoder's defaults
// and operand helpers, and the registry that maps an architecture to its
// decoder. Targets register from their LLVMInitialize<T>Target (through
// initialize<T>StackReport), before any pass runs; the report looks a decoder
// up per subtarget triple, and writes nothing for an architecture without
// one.
//
//===----------------------------------------------------------------------===//

#include "llvm/CodeGen/StackReportDecoder.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/TargetFrameLowering.h"
#include "llvm/CodeGen/TargetInstrInfo.h"
#include "llvm/CodeGen/TargetLowering.h"
#include "llvm/CodeGen/TargetRegisterInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/IR/Function.h"
#include <utility>

using namespace llvm;

#define DEBUG_TYPE "stack-report"

SPDecoder::SPDecoder(const MachineFunction &MF)
    : MF(MF), TII(*MF.getSubtarget().getInstrInfo()),
      TRI(*MF.getSubtarget().getRegisterInfo()),
      SP(MF.getSubtarget()
             .getTargetLowering()
             ->getStackPointerRegisterToSaveRestore()) {}

SPDecoder::~SPDecoder() = default;

std::optional<FrameAdjust>
SPDecoder::frameAdjust(const MachineInstr &) const {
  return std::nullopt;
}

std::optional<FunctionAddress>
SPDecoder::functionAddress(const MachineInstr &) const {
  return std::nullopt;
}

std::optional<LoweredCall>
SPDecoder::loweredCall(const MachineInstr &) const {
  return std::nullopt;
}

bool SPDecoder::isCodegenOnlyCall(const MachineInstr &) const { return false; }

bool SPDecoder::isProgramCounter(Register) const { return false; }

int64_t SPDecoder::returnAddressBytes() const { return 0; }

bool SPDecoder::isInterruptHandler() const {
  return MF.getFunction().hasFnAttribute("interrupt");
}

std::optional<int64_t> SPDecoder::interruptFrameBytes() const {
  return std::nullopt;
}

bool SPDecoder::isData(const MachineInstr &) const { return false; }

Register SPDecoder::regOp(const MachineInstr &MI, unsigned I) {
  return I < MI.getNumOperands() && MI.getOperand(I).isReg()
             ? MI.getOperand(I).getReg()
             : Register();
}

std::optional<int64_t> SPDecoder::immOp(const MachineInstr &MI, unsigned I) {
  if (I < MI.getNumOperands() && MI.getOperand(I).isImm())
    return MI.getOperand(I).getImm();
  return std::nullopt;
}

static SmallVector<std::pair<Triple::ArchType, SPDecoderFactory>, 4> &
registry() {
  static SmallVector<std::pair<Triple::ArchType, SPDecoderFactory>, 4> R;
  return R;
}

void llvm::registerSPDecoder(ArrayRef<Triple::ArchType> Arches,
                             SPDecoderFactory Create) {
  for (Triple::ArchType Arch : Arches) {
    bool Known = false;
    for (auto &[A, F] : registry())
      if (A == Arch) {
        F = Create;
        Known = true;
      }
    if (!Known)
      registry().push_back({Arch, Create});
  }
}

SPDecoderFactory llvm::findSPDecoder(const Triple &TT) {
  for (const auto &[Arch, Create] : registry())
    if (Arch == TT.getArch())
      return Create;
  return nullptr;
}
