//===- SPWalk.cpp - StackReport: one instruction through the SP state ----===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The transfer function of the SP walk: what one machine instruction does to
// the SP depth and to the registers the walk follows (addresses at a known
// depth, known constants, function addresses). The target's SPDecoder says
// what the instruction is (an SPEffect); this file applies it, with the same
// rules for every target: a value the state does not know makes the result
// unknown, a write to any register forgets every tracked register it
// overlaps (TargetRegisterInfo::regsOverlap, sub- and super-registers alike),
// and a write to SP that is not decoded, or to a part of SP, makes SP
// unknown (flag `unknown-sp-update`). Calls, returns, inline asm and register
// copies (TargetInstrInfo::isCopyInstr) are handled here for all targets, and
// so are frame helpers (SPDecoder::frameAdjust: a call or return that moves
// SP for the frame, such as RISC-V's `call t0, __riscv_save_N`).
//
//===----------------------------------------------------------------------===//

#include "SPWalk.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/TargetFrameLowering.h"
#include "llvm/CodeGen/TargetInstrInfo.h"
#include "llvm/CodeGen/TargetLowering.h"
#include "llvm/CodeGen/TargetRegisterInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/Support/MathExtras.h"

using namespace llvm;
using namespace llvm::stackreport;

#define DEBUG_TYPE "stack-report"

namespace {

template <typename Map>
bool intersect(Map &Mine, const Map &Theirs) {
  SmallVector<Register, 4> Drop;
  for (auto &[Reg, Value] : Mine) {
    auto It = Theirs.find(Reg);
    if (It == Theirs.end() || It->second != Value)
      Drop.push_back(Reg);
  }
  for (Register Reg : Drop)
    Mine.erase(Reg);
  return !Drop.empty();
}

/// Forgets every tracked register that MI writes, overlapping ones included,
/// and every one a register mask of MI clobbers.
template <typename Map>
void forgetDefs(const MachineInstr &MI, Map &M, const TargetRegisterInfo &TRI) {
  SmallVector<Register, 4> Drop;
  for (auto &[Reg, Value] : M)
    for (const MachineOperand &MO : MI.operands())
      if ((MO.isReg() && MO.isDef() && MO.getReg().isPhysical() &&
           TRI.regsOverlap(MO.getReg(), Reg)) ||
          (MO.isRegMask() && MO.clobbersPhysReg(Reg))) {
        Drop.push_back(Reg);
        break;
      }
  for (Register Reg : Drop)
    M.erase(Reg);
}

/// Forgets what is known of every tracked register that overlaps Dst: writing
/// a sub-register (`mov eax, ecx`) or a super-register changes the others too.
template <typename Map>
void forgetOverlapping(Register Dst, Map &M, const TargetRegisterInfo &TRI) {
  SmallVector<Register, 4> Drop;
  for (auto &[Reg, Value] : M)
    if (TRI.regsOverlap(Reg, Dst))
      Drop.push_back(Reg);
  for (Register Reg : Drop)
    M.erase(Reg);
}

/// The names asm text may give SP or a part of it: the register info's own
/// (`rsp`, `esp`, `wsp`, RISC-V's `x2`) and the ABI's `sp`, ARM's `r13`.
SmallVector<std::string, 8> spNames(Register SP, const TargetRegisterInfo &TRI) {
  SmallVector<std::string, 8> Names{"sp", "r13"};
  for (MCRegAliasIterator R(SP, &TRI, /*IncludeSelf=*/true); R.isValid(); ++R)
    Names.push_back(StringRef(TRI.getName(*R)).lower());
  return Names;
}

/// Mnemonics that move SP or call: pushes and pops of every target (`vpush`,
/// Zcmp's `cm.push`), calls and links (`bl*`, `jal*`, `tail`), `enter` and
/// `leave`. The ARM branches `blo`, `bls`, `blt`, `ble` only look like links.
bool movesSPOrCalls(StringRef Mnemonic) {
  StringRef M = Mnemonic.split('.').first;
  for (StringRef Prefix : {"qc.cm.", "cm.", "c."})
    if (Mnemonic.starts_with(Prefix))
      M = Mnemonic.drop_front(Prefix.size()).split('.').first;
  if (M == "popcnt")
    return false;
  if (M.starts_with("push") || M.starts_with("pop") || M == "vpush" ||
      M == "vpop" || M.starts_with("call") || M == "enter" ||
      M.starts_with("leave") || M == "jal" || M == "jalr" || M == "tail")
    return true;
  return M.starts_with("bl") && !is_contained({"blo", "bls", "blt", "ble"}, M);
}

bool isWordChar(char C) { return isAlnum(C) || C == '_' || C == '.'; }

/// Whether one asm statement may move SP: a mnemonic that does, or SP named
/// anywhere but as the base of a memory operand without writeback (`(%rsp)`,
/// `8(sp)`, `[sp, #8]`; not `[sp, #-16]!` or `[sp], #16`).
bool statementMayMoveSP(StringRef Statement, ArrayRef<std::string> SPNames) {
  static constexpr StringLiteral Prefixes[] = {
      "lock", "rep", "repe", "repne", "repz", "repnz", "notrack", "data16"};
  bool SeenMnemonic = false;
  // Pre-index `!`, or post-index `[sp], #16` (an operand after a bracket).
  bool Writeback = Statement.contains('!');
  for (size_t At = Statement.find(']'); At != StringRef::npos && !Writeback;
       At = Statement.find(']', At + 1))
    Writeback = Statement.drop_front(At + 1).ltrim().starts_with(",");
  int Depth = 0;
  for (size_t I = 0; I < Statement.size();) {
    char C = Statement[I];
    if (C == '(' || C == '[' || C == '{')
      ++Depth;
    if (C == ')' || C == ']' || C == '}')
      Depth = std::max(0, Depth - 1);
    if (!isWordChar(C)) {
      ++I;
      continue;
    }
    size_t End = I;
    while (End < Statement.size() && isWordChar(Statement[End]))
      ++End;
    std::string Word = Statement.slice(I, End).lower();
    bool IsLabel = Statement.drop_front(End).starts_with(":");
    I = End;
    if (!SeenMnemonic) {
      if (IsLabel || Word.front() == '.' || is_contained(Prefixes, Word))
        continue; // `1:`, a directive, `lock`
      SeenMnemonic = true;
      if (movesSPOrCalls(Word))
        return true;
      continue;
    }
    if (is_contained(SPNames, Word) && (Depth == 0 || Writeback))
      return true;
  }
  return false;
}

/// Inline asm may push below SP without declaring it. rustc marks asm
/// without `nostack` as alignstack; for other asm, read the text statement by
/// statement (a word inside another, `syscall`'s "call", is not a match).
bool inlineAsmMayUseStack(const MachineInstr &MI, Register SP,
                          const TargetRegisterInfo &TRI) {
  int64_t Extra = MI.getOperand(InlineAsm::MIOp_ExtraInfo).getImm();
  if (Extra & InlineAsm::Extra_IsAlignStack)
    return true;
  StringRef Text = MI.getOperand(InlineAsm::MIOp_AsmString).getSymbolName();
  SmallVector<std::string, 8> Names = spNames(SP, TRI);
  SmallVector<StringRef, 8> Statements;
  Text.split(Statements, '\n');
  for (StringRef Line : Statements) {
    SmallVector<StringRef, 4> Parts;
    Line.split(Parts, ';');
    for (StringRef Statement : Parts)
      if (statementMayMoveSP(Statement, Names))
        return true;
  }
  return false;
}

} // end anonymous namespace

bool SPState::join(const SPState &Pred) {
  if (!Reached) {
    *this = Pred;
    return true;
  }
  bool Changed = false;
  if (Pred.Depth > Depth) {
    Depth = Pred.Depth;
    Changed = true;
  }
  if (Known && !Pred.Known) {
    Known = false;
    Changed = true;
  }
  Changed |= intersect(SPRel, Pred.SPRel);
  Changed |= intersect(Const, Pred.Const);
  Changed |= intersect(FuncAddr, Pred.FuncAddr);
  Changed |= intersect(FuncPage, Pred.FuncPage);
  return Changed;
}

SPWalker::SPWalker(const MachineFunction &MF,
                   std::unique_ptr<SPDecoder> Decoder)
    : MF(MF), TRI(*MF.getSubtarget().getRegisterInfo()),
      Decoder(std::move(Decoder)) {
  SP = MF.getSubtarget()
           .getTargetLowering()
           ->getStackPointerRegisterToSaveRestore();
  StackAlign = MF.getSubtarget().getFrameLowering()->getStackAlign().value();
  VScaleMax = 16;
  Attribute VScale = MF.getFunction().getFnAttribute(Attribute::VScaleRange);
  if (VScale.isValid())
    if (std::optional<unsigned> Max = VScale.getVScaleRangeMax())
      VScaleMax = *Max;
}

void SPWalker::flag(StringRef F) {
  if (!is_contained(Flags, F))
    Flags.push_back(F);
}

bool SPWalker::hasFlag(StringRef F) const { return is_contained(Flags, F); }

std::optional<int64_t> SPWalker::step(const MachineInstr &MI, SPState &S) {
  // Function addresses are read before the instruction overwrites them.
  std::optional<std::pair<Register, const GlobalValue *>> Addr, Page;
  functionAddressDef(MI, S, Addr, Page);
  std::optional<int64_t> Probe = stepSP(MI, S);
  for (auto *Map : {&S.FuncAddr, &S.FuncPage})
    forgetDefs(MI, *Map, TRI);
  if (Addr)
    S.FuncAddr[Addr->first] = Addr->second;
  if (Page)
    S.FuncPage[Page->first] = Page->second;
  return Probe;
}

const GlobalValue *SPWalker::calleeInRegister(const MachineInstr &MI,
                                              const SPState &S) {
  // Register-form calls only: `call *(%r)` loads the callee from memory.
  // The target is the first explicit operand that names a register (ARM's
  // `blx r0` has its predicate, an immediate and maybe no register, first).
  if (MI.mayLoad())
    return nullptr;
  for (const MachineOperand &MO : MI.explicit_operands()) {
    if (!MO.isReg() || !MO.getReg())
      continue;
    auto It = S.FuncAddr.find(MO.getReg());
    return It == S.FuncAddr.end() ? nullptr : It->second;
  }
  return nullptr;
}

void SPWalker::functionAddressDef(
    const MachineInstr &MI, const SPState &S,
    std::optional<std::pair<Register, const GlobalValue *>> &Addr,
    std::optional<std::pair<Register, const GlobalValue *>> &Page) const {
  if (MI.getNumExplicitOperands() < 2 || !MI.getOperand(0).isReg() ||
      !MI.getOperand(0).isDef())
    return;
  std::optional<FunctionAddress> FA = Decoder->functionAddress(MI);
  if (!FA || !FA->GV)
    return;
  const GlobalValue *F = codeSymbol(*FA->GV);
  if (!F)
    return;
  switch (FA->K) {
  case FunctionAddress::Address:
    Addr = {FA->Dst, F};
    return;
  case FunctionAddress::Page:
    Page = {FA->Dst, F};
    return;
  case FunctionAddress::FromPage: {
    auto It = S.FuncPage.find(FA->PageReg);
    if (It != S.FuncPage.end() && It->second == F)
      Addr = {FA->Dst, F};
    return;
  }
  }
}

std::optional<int64_t> SPWalker::stepSP(const MachineInstr &MI, SPState &S) {
  // A frame helper runs code the walk does not see (the save routines also
  // clobber registers they do not declare): every tracked register is
  // forgotten, and SP moves by what the target says.
  if (std::optional<FrameAdjust> A = Decoder->frameAdjust(MI)) {
    S.SPRel.clear();
    S.Const.clear();
    if (!A->Known)
      unknown(S, "unknown-sp-update");
    else
      S.Depth += A->Bytes;
    return std::nullopt;
  }
  if (isCallSite(MI, *Decoder) || MI.isReturn() || MI.isDebugInstr() ||
      MI.isCFIInstruction() || MI.isLabel())
    return dropClobbered(MI, S), std::nullopt;
  if (MI.isInlineAsm()) {
    flag("inline-asm");
    if (MI.modifiesRegister(SP, &TRI))
      unknown(S, "opaque-sp-adjustment");
    else if (inlineAsmMayUseStack(MI, SP, TRI))
      flag("inline-asm-stack");
    return dropClobbered(MI, S), std::nullopt;
  }
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  // A predicated instruction (ARM conditional execution) writes its
  // destinations on one path only: the decoder says what that leaves on the
  // path the walk goes on with, copies included.
  if (TII.isPredicated(MI))
    return apply(Decoder->decode(MI), MI, S);
  if (std::optional<DestSourcePair> Copy = TII.isCopyInstr(MI))
    return apply(SPEffect::copy(Copy->Destination->getReg(),
                                Copy->Source->getReg()),
                 MI, S);
  return apply(Decoder->decode(MI), MI, S);
}

std::optional<int64_t> SPWalker::apply(const SPEffect &E,
                                       const MachineInstr &MI, SPState &S) {
  // What is not decoded, or not evaluable here, writes unknown values: the
  // registers MI writes are forgotten, and SP, if MI writes it, is unknown.
  auto Fallback = [&] {
    if (MI.modifiesRegister(SP, &TRI))
      unknown(S, "unknown-sp-update");
    dropClobbered(MI, S);
    return std::nullopt;
  };
  if (E.K != SPEffect::Unknown && E.K != SPEffect::ClobbersSP &&
      E.K != SPEffect::CompareSP && !E.Dst)
    return Fallback();
  switch (E.K) {
  case SPEffect::Unknown:
    return Fallback();
  case SPEffect::ClobbersSP:
    unknown(S, "unknown-sp-update");
    return Fallback();
  case SPEffect::CompareSP: {
    std::optional<int64_t> Probe;
    auto It = S.SPRel.find(E.Other);
    if (It != S.SPRel.end())
      Probe = It->second;
    Fallback();
    return Probe;
  }
  case SPEffect::Offset: {
    std::optional<int64_t> Base = depthOf(E.Base, S);
    if (!Base && E.ConstBits && !E.PerVScale)
      return constAdd(E.Dst, E.Base, -E.Bytes, E.ConstBits, MI, S);
    if (!Base)
      return Fallback();
    int64_t Delta = E.Bytes;
    if (E.PerVScale) {
      // SVE: addvl/addpl, charged at the largest vscale.
      Delta = E.Bytes * (int64_t)VScaleMax;
      if (E.Dst == SP && Delta > 0 && ScalableCounted.insert(&MI).second)
        ScalableBytes += Delta;
      flag("scalable-stack");
    }
    dropClobbered(MI, S);
    define(E.Dst, *Base + Delta, S);
    if (E.Other)
      define(E.Other, *Base, S);
    return std::nullopt;
  }
  case SPEffect::AddReg: {
    std::optional<int64_t> Addr = depthOf(E.Base, S), C = constOf(E.Other, S);
    if (!Addr && !E.Subtract && !E.Shift) { // constant + address
      Addr = depthOf(E.Other, S);
      C = constOf(E.Base, S);
    }
    if (!Addr || !C)
      return Fallback();
    if (E.Shift) { // the constant is shifted first; refuse what overflows
      if (E.Shift >= 63 || *C > (INT64_MAX >> E.Shift) ||
          *C < (INT64_MIN >> E.Shift))
        return Fallback();
      C = *C * (int64_t(1) << E.Shift);
    }
    dropClobbered(MI, S);
    define(E.Dst, E.Subtract ? *Addr + *C : *Addr - *C, S);
    return std::nullopt;
  }
  case SPEffect::Realign: {
    std::optional<int64_t> Base = depthOf(E.Base, S);
    if (!Base)
      return Fallback();
    int64_t Slack = realignSlack(*Base, E.Bytes);
    dropClobbered(MI, S);
    define(E.Dst, *Base + Slack, S);
    return std::nullopt;
  }
  case SPEffect::Copy: {
    std::optional<int64_t> D = depthOf(E.Base, S), C = constOf(E.Base, S);
    dropClobbered(MI, S);
    define(E.Dst, D, S);
    if (C && !TRI.regsOverlap(E.Dst, SP) && !TRI.isConstantPhysReg(E.Dst))
      S.Const[E.Dst] = *C;
    return std::nullopt;
  }
  case SPEffect::ConstAdd:
    return constAdd(E.Dst, E.Base, E.Value, E.ConstBits, MI, S);
  case SPEffect::Const:
  case SPEffect::ConstInsert: {
    // A constant is no address: in SP it is an SP write the walk cannot
    // follow.
    if (TRI.regsOverlap(E.Dst, SP))
      return Fallback();
    std::optional<int64_t> Old = constOf(E.Dst, S);
    dropClobbered(MI, S);
    define(E.Dst, std::nullopt, S);
    if (TRI.isConstantPhysReg(E.Dst))
      return std::nullopt;
    if (E.K == SPEffect::Const) {
      S.Const[E.Dst] = E.Value;
      if (E.ZeroExtends) // a 32-bit write zero-extends
        for (MCPhysReg Super : TRI.superregs(E.Dst))
          S.Const[Super] = E.Value;
    } else if (Old) {
      uint64_t Mask = 0xffffULL << E.Shift;
      int64_t V = (int64_t)(((uint64_t)*Old & ~Mask) |
                            ((uint64_t)E.Value << E.Shift));
      S.Const[E.Dst] = E.ConstBits && E.ConstBits < 64
                           ? SignExtend64(V, E.ConstBits)
                           : V;
    }
    return std::nullopt;
  }
  }
  return Fallback();
}

/// Dst = Base's constant + Value, sign-extended from Bits (a constant in SP
/// is an SP write the walk cannot follow).
std::optional<int64_t> SPWalker::constAdd(Register Dst, Register Base,
                                          int64_t Value, unsigned Bits,
                                          const MachineInstr &MI, SPState &S) {
  std::optional<int64_t> C = constOf(Base, S);
  if (TRI.regsOverlap(Dst, SP) || !C || Bits == 0 || Bits > 64) {
    if (MI.modifiesRegister(SP, &TRI))
      unknown(S, "unknown-sp-update");
    dropClobbered(MI, S);
    return std::nullopt;
  }
  uint64_t Sum = (uint64_t)*C + (uint64_t)Value; // wraps as the machine does
  int64_t Result = Bits == 64 ? (int64_t)Sum : SignExtend64(Sum, Bits);
  dropClobbered(MI, S);
  define(Dst, std::nullopt, S);
  if (!TRI.isConstantPhysReg(Dst))
    S.Const[Dst] = Result;
  return std::nullopt;
}

void SPWalker::unknown(SPState &S, StringRef Why) {
  S.Known = false;
  SawUnknown = true;
  flag(Why);
}

void SPWalker::dropClobbered(const MachineInstr &MI, SPState &S) const {
  forgetDefs(MI, S.SPRel, TRI);
  forgetDefs(MI, S.Const, TRI);
}

std::optional<int64_t> SPWalker::depthOf(Register Reg,
                                         const SPState &S) const {
  if (Reg == SP)
    return S.Depth;
  auto It = S.SPRel.find(Reg);
  if (It != S.SPRel.end())
    return It->second;
  return std::nullopt;
}

std::optional<int64_t> SPWalker::constOf(Register Reg,
                                         const SPState &S) const {
  auto It = S.Const.find(Reg);
  if (It != S.Const.end())
    return It->second;
  return std::nullopt;
}

/// Sets Dst to an address at depth D (nullopt: unknown address).
void SPWalker::define(Register Dst, std::optional<int64_t> D, SPState &S) {
  forgetOverlapping(Dst, S.Const, TRI);
  if (Dst == SP) {
    if (D)
      S.Depth = *D;
    else
      unknown(S, "unknown-sp-update");
    return;
  }
  forgetOverlapping(Dst, S.SPRel, TRI);
  // A write to a part of SP (x86-64 `mov %eax, %esp`, which zero-extends
  // into RSP) moves SP to no address the walk can name.
  if (TRI.regsOverlap(Dst, SP)) {
    unknown(S, "unknown-sp-update");
    return;
  }
  // A write to a constant register (AArch64 XZR) is discarded.
  if (D && !TRI.isConstantPhysReg(Dst))
    S.SPRel[Dst] = *D;
}

/// Worst added depth when SP at depth D is rounded down to Align. S0 is
/// StackAlign-aligned by the ABI, so SP's alignment is known from D.
int64_t SPWalker::realignSlack(int64_t D, int64_t Align) {
  int64_t Known = D == 0 ? StackAlign : std::min<int64_t>(StackAlign, D & -D);
  int64_t Slack = Align > Known ? Align - Known : 0;
  RealignSlack = std::max(RealignSlack, Slack);
  flag("realigned");
  return Slack;
}
