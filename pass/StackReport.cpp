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
// file named by -stack-report=<file>. Depths are measured from the caller's SP
// at the call (x86: before the return address is pushed), so a consumer can
// sum them along the call graph exactly. The pass runs last before the
// AsmPrinter and walks every instruction, prologue included, decoding each SP
// write; frame numbers alone under-report (red zone, pushed call arguments,
// realignment, outlined functions). An SP write it cannot decode marks the
// function dynamic instead of being guessed. The pass never changes code, and
// does nothing when the option is absent.
//
//===----------------------------------------------------------------------===//

#include "llvm/CodeGen/StackReport.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/CodeGen/MachineBasicBlock.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/MachineModuleInfo.h"
#include "llvm/CodeGen/TargetFrameLowering.h"
#include "llvm/CodeGen/TargetInstrInfo.h"
#include "llvm/CodeGen/TargetLowering.h"
#include "llvm/CodeGen/TargetRegisterInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalAlias.h"
#include "llvm/IR/GlobalIFunc.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"
#include "llvm/InitializePasses.h"
#include "llvm/MC/MCSymbol.h"
#include "llvm/Pass.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MD5.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Triple.h"
#include <memory>
#include <optional>

using namespace llvm;

#define DEBUG_TYPE "stack-report"

static cl::opt<std::string>
    StackReportFile("stack-report",
                    cl::desc("Write per-function stack depths and call sites "
                             "as JSON Lines to <file> (stackbound)"),
                    cl::value_desc("file"));

namespace {

constexpr int64_t SchemaVersion = 2;

/// GV's name in the object: without the `\1` that marks a name not to be mangled
/// (`asm("label")`, AArch64's `\1_mcount`), so that modules meet by their real symbols.
static StringRef symbolName(const GlobalValue &GV) {
  return GlobalValue::dropLLVMManglingEscape(GV.getName());
}

/// The symbol GV names when it names code: a function, an alias of one, or an
/// ifunc. Calls keep the name as written, never the aliasee's: the linker
/// decides what a global name means (a weak alias may be overridden), so the
/// joiner resolves aliases with the module's `symbols` record.
static const GlobalValue *codeSymbol(const GlobalValue &GV) {
  if (isa<Function>(GV) || isa<GlobalIFunc>(GV))
    return &GV;
  if (isa<GlobalAlias>(GV) && isa_and_nonnull<Function>(GV.getAliaseeObject()))
    return &GV;
  return nullptr;
}

/// A call that the AsmPrinter emits for a pseudo that is not `isCall()` in
/// the MIR: the object code calls out of the function at the pseudo's SP
/// depth (plus SPExtra bytes the lowering pushes first).
struct LoweredCall {
  /// The runtime function called; empty for a call through a pointer.
  StringRef Callee;
  /// Bytes the lowered sequence pushes below the pseudo's SP before it calls.
  int64_t SPExtra = 0;
};

/// The call MI becomes once the AsmPrinter lowers it, if any.
static std::optional<LoweredCall> loweredCall(const MachineInstr &MI) {
  if (MI.getOpcode() == TargetOpcode::FENTRY_CALL)
    return LoweredCall{"__fentry__"};
  const MachineFunction &MF = *MI.getMF();
  bool IsAArch64 = MF.getTarget().getTargetTriple().isAArch64();
  // XRay event sleds (X86AsmPrinter/AArch64AsmPrinter::LowerPATCHABLE_*EVENT_CALL)
  // hold a real call to the runtime's trampoline, jumped over until a tracer
  // patches the sled. x86 pushes each argument register it must overwrite
  // (at most 2, typed: 3); AArch64 stores x0-x1 (typed: x0-x2) with
  // `stp x0, x1, [sp, #-16]!` (typed: #-32).
  if (MI.getOpcode() == TargetOpcode::PATCHABLE_EVENT_CALL)
    return LoweredCall{"__xray_CustomEvent", 16};
  if (MI.getOpcode() == TargetOpcode::PATCHABLE_TYPED_EVENT_CALL)
    return LoweredCall{"__xray_TypedEvent", IsAArch64 ? 32 : 24};
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  StringRef Name = TII.getName(MI.getOpcode());
  // X86MCInstLower::LowerTlsAddr: general- and local-dynamic TLS.
  if (Name.starts_with("TLS_addr") || Name.starts_with("TLS_base_addr"))
    return LoweredCall{MF.getTarget().getTargetTriple().isArch32Bit()
                           ? "___tls_get_addr"
                           : "__tls_get_addr"};
  // X86MCInstLower::LowerTlsAddr, TLS descriptors (-enable-tlsdesc,
  // clang -mtls-dialect=gnu2): `call *x@tlscall(%rax)`, through the
  // descriptor's resolver, as AArch64's TLSDESC_CALLSEQ.
  if (Name.starts_with("TLS_desc"))
    return LoweredCall{""};
  // X86AsmPrinter::LowerASAN_CHECK_MEMACCESS and the AArch64 HWASan check:
  // calls to per-register check thunks that the AsmPrinter emits.
  if (Name.starts_with("ASAN_CHECK_MEMACCESS"))
    return LoweredCall{"__asan_check_memaccess"};
  if (Name.starts_with("HWASAN_CHECK_MEMACCESS"))
    return LoweredCall{"__hwasan_check_memaccess"};
  return std::nullopt;
}

/// True for an instruction that calls out of the function in the object code.
static bool isCallSite(const MachineInstr &MI) {
  return MI.isCall() || loweredCall(MI).has_value();
}

/// XRay sleds and patchable entries are nops that a tracer patches, at run
/// time, into calls to trampolines that save registers on the stack.
static bool isRuntimePatchedCall(const MachineInstr &MI) {
  switch (MI.getOpcode()) {
  case TargetOpcode::PATCHABLE_FUNCTION_ENTER:
  case TargetOpcode::PATCHABLE_FUNCTION_EXIT:
  case TargetOpcode::PATCHABLE_RET:
  case TargetOpcode::PATCHABLE_TAIL_CALL:
  case TargetOpcode::PATCHABLE_EVENT_CALL:
  case TargetOpcode::PATCHABLE_TYPED_EVENT_CALL:
  case TargetOpcode::PATCHABLE_OP:
    return true;
  default:
    return false;
  }
}

/// What the SP walk knows at one program point. Depths are bytes below S0,
/// the caller's SP at the call.
struct SPState {
  bool Reached = false;
  bool Known = true;
  int64_t Depth = 0;
  /// Registers that hold an address at a known depth (frame pointer, probe
  /// bounds, realignment scratch).
  SmallDenseMap<Register, int64_t, 4> SPRel;
  /// Registers that hold a known constant (large SP adjustments).
  SmallDenseMap<Register, int64_t, 4> Const;
  /// Registers that hold a known function's address (a hoisted GOT load), and
  /// AArch64 registers that hold the page of one (adrp).
  SmallDenseMap<Register, const GlobalValue *, 2> FuncAddr;
  SmallDenseMap<Register, const GlobalValue *, 2> FuncPage;

  /// Joins a predecessor's state; true if this state changed.
  bool join(const SPState &Pred) {
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

private:
  template <typename Map>
  static bool intersect(Map &Mine, const Map &Theirs) {
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
};

enum class Arch { X86, AArch64, Other };

struct CallSite {
  StringRef Kind; // "direct", "libcall" or "indirect"
  bool Tail = false;
  std::string Callee;
  bool CalleeLocal = false;
  int64_t Depth = 0;
  bool DepthKnown = true;
  unsigned Index = 0;
  std::string Loc;
  SmallVector<uint64_t, 2> TypeIds;
  /// For `indirect`: the IR function types the call may have (see
  /// indirectSignatures).
  SmallVector<std::string, 1> Signatures;
  /// The retpoline/SLS thunk an indirect call goes through: the thunk's own
  /// stack use (it calls inside itself) is charged as a call to it.
  std::string Thunk;
};

/// Decodes the SP effect of machine instructions for one function.
class SPWalker {
public:
  SPWalker(const MachineFunction &MF, Arch A)
      : MF(MF), TII(*MF.getSubtarget().getInstrInfo()),
        TRI(*MF.getSubtarget().getRegisterInfo()), A(A) {
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

  Register SP;
  int64_t StackAlign;
  uint64_t VScaleMax;
  int64_t RealignSlack = 0;
  int64_t ScalableBytes = 0;
  /// Some SP write could not be decoded: the function is dynamic.
  bool SawUnknown = false;
  SmallVector<StringRef, 4> Flags;

  void flag(StringRef F) {
    if (!is_contained(Flags, F))
      Flags.push_back(F);
  }

  /// Applies MI to S. Returns the probe bound when MI compares SP with a
  /// register at a known depth (a stack-probe loop's exit test).
  std::optional<int64_t> step(const MachineInstr &MI, SPState &S) {
    // Function addresses are read before the instruction overwrites them.
    std::optional<std::pair<Register, const GlobalValue *>> Addr, Page;
    functionAddressDef(MI, S, Addr, Page);
    std::optional<int64_t> Probe = stepSP(MI, S);
    for (auto *Map : {&S.FuncAddr, &S.FuncPage})
      forgetDefs(MI, *Map);
    if (Addr)
      S.FuncAddr[Addr->first] = Addr->second;
    if (Page)
      S.FuncPage[Page->first] = Page->second;
    return Probe;
  }

  /// The code symbol whose address a register holds at a call, if known.
  static const GlobalValue *calleeInRegister(const MachineInstr &MI,
                                          const SPState &S) {
    // Register-form calls only: `call *(%r)` loads the callee from memory.
    if (MI.mayLoad() || MI.getNumExplicitOperands() == 0 ||
        !MI.getOperand(0).isReg())
      return nullptr;
    auto It = S.FuncAddr.find(MI.getOperand(0).getReg());
    return It == S.FuncAddr.end() ? nullptr : It->second;
  }

private:
  std::optional<int64_t> stepSP(const MachineInstr &MI, SPState &S) {
    if (isCallSite(MI) || MI.isReturn() || MI.isDebugInstr() ||
        MI.isCFIInstruction() || MI.isLabel())
      return dropClobbered(MI, S), std::nullopt;
    if (MI.isInlineAsm()) {
      flag("inline-asm");
      if (MI.modifiesRegister(SP, &TRI))
        unknown(S, "opaque-sp-adjustment");
      else if (inlineAsmMayUseStack(MI))
        flag("inline-asm-stack");
      return dropClobbered(MI, S), std::nullopt;
    }
    StringRef Name = TII.getName(MI.getOpcode());
    std::optional<int64_t> Probe;
    bool Handled = A == Arch::X86       ? stepX86(MI, Name, S, Probe)
                   : A == Arch::AArch64 ? stepAArch64(MI, Name, S, Probe)
                                        : false;
    if (!Handled) {
      if (MI.modifiesRegister(SP, &TRI))
        unknown(S, "unknown-sp-update");
      dropClobbered(MI, S);
    }
    return Probe;
  }

  static const GlobalValue *functionOf(const MachineOperand &MO) {
    return MO.isGlobal() ? codeSymbol(*MO.getGlobal()) : nullptr;
  }

  /// Recognizes x86 `mov f@GOTPCREL(%rip), %r` / `lea f(%rip), %r` and
  /// AArch64 `adrp x, f` followed by `ldr x, [x, :got_lo12:f]` or
  /// `add x, x, :lo12:f`.
  void functionAddressDef(
      const MachineInstr &MI, const SPState &S,
      std::optional<std::pair<Register, const GlobalValue *>> &Addr,
      std::optional<std::pair<Register, const GlobalValue *>> &Page) const {
    if (MI.getNumExplicitOperands() < 2 || !MI.getOperand(0).isReg() ||
        !MI.getOperand(0).isDef())
      return;
    Register Dst = MI.getOperand(0).getReg();
    StringRef Name = TII.getName(MI.getOpcode());
    if (A == Arch::X86 && (Name == "MOV64rm" || Name == "LEA64r") &&
        MI.getNumExplicitOperands() >= 6) {
      const MachineOperand &Base = MI.getOperand(1), &Index = MI.getOperand(3);
      const GlobalValue *F = functionOf(MI.getOperand(4));
      bool PCRelative = Base.isReg() && TRI.getName(Base.getReg()) == StringRef("RIP");
      bool ViaGOT = MI.getOperand(4).getTargetFlags() != 0;
      if (F && PCRelative && Index.isReg() && !Index.getReg() &&
          (Name == "LEA64r" || ViaGOT))
        Addr = {Dst, F};
      return;
    }
    if (A != Arch::AArch64)
      return;
    if (Name == "ADRP") {
      if (const GlobalValue *F = functionOf(MI.getOperand(1)))
        Page = {Dst, F};
      return;
    }
    if ((Name == "LDRXui" || Name == "ADDXri") && MI.getNumExplicitOperands() >= 3 &&
        MI.getOperand(1).isReg()) {
      auto It = S.FuncPage.find(MI.getOperand(1).getReg());
      const GlobalValue *F = functionOf(MI.getOperand(2));
      if (F && It != S.FuncPage.end() && It->second == F)
        Addr = {Dst, F};
    }
  }

  template <typename Map>
  void forgetDefs(const MachineInstr &MI, Map &M) const {
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

  const MachineFunction &MF;

  /// Inline asm may push below SP without declaring it. rustc marks asm
  /// without `nostack` as alignstack; for other asm, look at the text.
  static bool inlineAsmMayUseStack(const MachineInstr &MI) {
    int64_t Extra = MI.getOperand(InlineAsm::MIOp_ExtraInfo).getImm();
    if (Extra & InlineAsm::Extra_IsAlignStack)
      return true;
    std::string Text =
        StringRef(MI.getOperand(InlineAsm::MIOp_AsmString).getSymbolName())
            .lower();
    for (StringRef Word : {"push", "pop", "call", "bl ", "blr", "sp", "enter"})
      if (StringRef(Text).contains(Word))
        return true;
    return false;
  }
  const TargetInstrInfo &TII;
  const TargetRegisterInfo &TRI;
  Arch A;

  void unknown(SPState &S, StringRef Why) {
    S.Known = false;
    SawUnknown = true;
    flag(Why);
  }

  /// Forgets tracked registers that MI overwrites.
  void dropClobbered(const MachineInstr &MI, SPState &S) {
    forgetDefs(MI, S.SPRel);
    forgetDefs(MI, S.Const);
  }

  /// Depth of the address held in Reg, if known.
  std::optional<int64_t> depthOf(Register Reg, const SPState &S) const {
    if (Reg == SP)
      return S.Depth;
    auto It = S.SPRel.find(Reg);
    if (It != S.SPRel.end())
      return It->second;
    return std::nullopt;
  }

  std::optional<int64_t> constOf(Register Reg, const SPState &S) const {
    auto It = S.Const.find(Reg);
    if (It != S.Const.end())
      return It->second;
    return std::nullopt;
  }

  /// Forgets what is known of every tracked register that overlaps Dst: writing
  /// a sub-register (`mov eax, ecx`) or a super-register changes the others too.
  template <typename Map> void forgetOverlapping(Register Dst, Map &M) const {
    SmallVector<Register, 4> Drop;
    for (auto &[Reg, Value] : M)
      if (TRI.regsOverlap(Reg, Dst))
        Drop.push_back(Reg);
    for (Register Reg : Drop)
      M.erase(Reg);
  }

  /// Sets Dst to an address at depth D (nullopt: unknown address).
  void define(Register Dst, std::optional<int64_t> D, SPState &S) {
    forgetOverlapping(Dst, S.Const);
    if (Dst == SP) {
      if (D)
        S.Depth = *D;
      else
        unknown(S, "unknown-sp-update");
      return;
    }
    forgetOverlapping(Dst, S.SPRel);
    if (D)
      S.SPRel[Dst] = *D;
  }

  /// Worst added depth when SP at depth D is rounded down to Align. S0 is
  /// StackAlign-aligned by the ABI, so SP's alignment is known from D.
  int64_t realignSlack(int64_t D, int64_t Align) {
    int64_t Known = D == 0 ? StackAlign
                           : std::min<int64_t>(StackAlign, D & -D);
    int64_t Slack = Align > Known ? Align - Known : 0;
    RealignSlack = std::max(RealignSlack, Slack);
    flag("realigned");
    return Slack;
  }

  /// SP change of a push (+) or pop (-), by mnemonic: PUSH64r, POP32r,
  /// PUSHF64, PUSHP64r (PPX), PUSH2/POP2 (APX pairs). Not POPCNT.
  static std::optional<int64_t> pushPopDelta(StringRef Name, int64_t Slot) {
    int64_t Sign;
    if (Name.consume_front("PUSH"))
      Sign = 1;
    else if (Name.consume_front("POP"))
      Sign = -1;
    else
      return std::nullopt;
    int64_t Count = Name.consume_front("2") ? 2 : 1;
    if (!Name.consume_front("P"))
      Name.consume_front("F");
    int64_t Size = Name.starts_with("64")   ? 8
                   : Name.starts_with("32") ? 4
                   : Name.starts_with("16") ? 2
                   : Name.empty() || Name.front() == 'r' || Name.front() == 'i'
                       ? Slot
                       : 0;
    if (!Size)
      return std::nullopt;
    return Sign * Count * Size;
  }

  static bool startsWithAny(StringRef Name, ArrayRef<StringRef> Prefixes) {
    return any_of(Prefixes, [&](StringRef P) { return Name.starts_with(P); });
  }

  bool stepX86(const MachineInstr &MI, StringRef Name, SPState &S,
               std::optional<int64_t> &Probe) {
    int64_t Slot = MF.getSubtarget().getFrameLowering()->getOffsetOfLocalArea();
    Slot = -Slot;
    auto RegOp = [&](unsigned I) -> Register {
      return I < MI.getNumOperands() && MI.getOperand(I).isReg()
                 ? MI.getOperand(I).getReg()
                 : Register();
    };
    auto ImmOp = [&](unsigned I) -> std::optional<int64_t> {
      if (I < MI.getNumOperands() && MI.getOperand(I).isImm())
        return MI.getOperand(I).getImm();
      return std::nullopt;
    };
    // push/pop, including APX push2/pop2 and PPX forms.
    if (std::optional<int64_t> Delta = pushPopDelta(Name, Slot)) {
      for (const MachineOperand &MO : MI.explicit_operands())
        if (*Delta < 0 && MO.isReg() && MO.isDef() && MO.getReg() == SP)
          return false; // pop %rsp: the new SP is data
      S.Depth += *Delta;
      dropClobbered(MI, S);
      return true;
    }
    // sub/add reg, imm on SP or an SP-relative register.
    if (startsWithAny(Name, {"SUB64ri", "SUB32ri", "ADD64ri", "ADD32ri"})) {
      Register Dst = RegOp(0), Src = RegOp(1);
      std::optional<int64_t> Imm = ImmOp(2);
      std::optional<int64_t> Base = depthOf(Src, S);
      // Other arithmetic leaves SP alone; the caller forgets Dst.
      if (!Dst || !Imm || Dst != Src || !Base)
        return false;
      define(Dst, Name.starts_with("SUB") ? *Base + *Imm : *Base - *Imm, S);
      return true;
    }
    // sub/add reg, reg: SP by a constant, or reg += SP.
    if (Name == "SUB64rr" || Name == "ADD64rr" || Name == "SUB32rr" ||
        Name == "ADD32rr") {
      Register Dst = RegOp(0), L = RegOp(1), R = RegOp(2);
      bool IsSub = Name.starts_with("SUB");
      if (Dst != L)
        return false;
      if (auto Base = depthOf(L, S)) {
        if (auto C = constOf(R, S)) {
          define(Dst, IsSub ? *Base + *C : *Base - *C, S);
          return true;
        }
        return false;
      }
      if (!IsSub && R == SP) { // reg = C + SP
        if (auto C = constOf(L, S)) {
          define(Dst, S.Depth - *C, S);
          return true;
        }
      }
      return false;
    }
    // lea reg, [base + disp] with no index.
    if (Name == "LEA64r" || Name == "LEA32r" || Name == "LEA64_32r") {
      Register Dst = RegOp(0), Base = RegOp(1), Index = RegOp(3);
      std::optional<int64_t> Disp = ImmOp(4);
      std::optional<int64_t> BaseDepth = depthOf(Base, S);
      if (Index || !Disp || !BaseDepth) {
        if (Dst == SP)
          return false;
        define(Dst, std::nullopt, S);
        return true;
      }
      define(Dst, *BaseDepth - *Disp, S);
      return true;
    }
    // and reg, -Align: stack realignment.
    if (startsWithAny(Name, {"AND64ri", "AND32ri"})) {
      Register Dst = RegOp(0), Src = RegOp(1);
      std::optional<int64_t> Mask = ImmOp(2);
      std::optional<int64_t> Base = depthOf(Src, S);
      if (Dst != SP && !S.SPRel.count(Dst))
        return false;
      if (!Mask || !Base || Dst != Src || *Mask >= 0 || !isPowerOf2_64(-*Mask))
        return false;
      define(Dst, *Base + realignSlack(*Base, -*Mask), S);
      return true;
    }
    // Register copies and constants.
    if (MI.isCopy() || Name == "MOV64rr" || Name == "MOV32rr") {
      Register Dst = RegOp(0), Src = RegOp(1);
      std::optional<int64_t> C = constOf(Src, S);
      define(Dst, depthOf(Src, S), S);
      if (C && Dst != SP)
        S.Const[Dst] = *C;
      return true;
    }
    if (startsWithAny(Name, {"MOV64ri", "MOV32ri"})) {
      Register Dst = RegOp(0);
      std::optional<int64_t> Imm = ImmOp(1);
      if (!Dst || !Imm || Dst == SP)
        return false;
      define(Dst, std::nullopt, S);
      S.Const[Dst] = Name.starts_with("MOV32ri") ? (int64_t)(uint32_t)*Imm : *Imm;
      if (Name.starts_with("MOV32ri")) // a 32-bit write zero-extends
        for (MCPhysReg Super : TRI.superregs(Dst))
          S.Const[Super] = (int64_t)(uint32_t)*Imm;
      return true;
    }
    // cmp %rsp, %reg (either order): the exit test of a stack-probe loop.
    if (Name == "CMP64rr" || Name == "CMP32rr") {
      Register L = RegOp(0), R = RegOp(1);
      if (L == SP && S.SPRel.count(R))
        Probe = S.SPRel[R];
      else if (R == SP && S.SPRel.count(L))
        Probe = S.SPRel[L];
      return false;
    }
    return false;
  }

  /// Decodes an AArch64 logical immediate (N:immr:imms) for a 64-bit AND.
  static std::optional<uint64_t> decodeLogicalImm(uint64_t Val) {
    unsigned N = (Val >> 12) & 1, Immr = (Val >> 6) & 0x3f, Imms = Val & 0x3f;
    unsigned Combined = (N << 6) | ((~Imms) & 0x3f);
    if (Combined == 0)
      return std::nullopt;
    unsigned Len = 31 - countl_zero((uint32_t)Combined);
    unsigned Size = 1u << Len, R = Immr & (Size - 1), Ones = (Imms & (Size - 1)) + 1;
    if (Ones == Size)
      return std::nullopt;
    uint64_t Pattern = Ones == 64 ? ~0ULL : (1ULL << Ones) - 1;
    for (unsigned I = 0; I < R; ++I) // rotate right within Size bits
      Pattern = ((Pattern & 1) << (Size - 1)) | (Pattern >> 1);
    uint64_t Result = Pattern;
    for (unsigned Width = Size; Width < 64; Width *= 2)
      Result |= Result << Width;
    return Result;
  }

  bool stepAArch64(const MachineInstr &MI, StringRef Name, SPState &S,
                   std::optional<int64_t> &Probe) {
    auto RegOp = [&](unsigned I) -> Register {
      return I < MI.getNumOperands() && MI.getOperand(I).isReg()
                 ? MI.getOperand(I).getReg()
                 : Register();
    };
    auto ImmOp = [&](unsigned I) -> std::optional<int64_t> {
      if (I < MI.getNumOperands() && MI.getOperand(I).isImm())
        return MI.getOperand(I).getImm();
      return std::nullopt;
    };
    // add/sub Xd, Xn, #imm{, lsl #12}.
    if (Name == "SUBXri" || Name == "ADDXri") {
      Register Dst = RegOp(0), Src = RegOp(1);
      std::optional<int64_t> Imm = ImmOp(2), Shift = ImmOp(3);
      std::optional<int64_t> Base = depthOf(Src, S);
      if (!Imm || !Shift || !Base) {
        if (Dst == SP)
          return false;
        define(Dst, std::nullopt, S);
        return true;
      }
      int64_t Amount = *Imm << (*Shift & 0x3f);
      define(Dst, Name == "SUBXri" ? *Base + Amount : *Base - Amount, S);
      return true;
    }
    // add/sub Xd, Xn, Xm (extended or shifted): SP by a constant register.
    if (startsWithAny(Name, {"SUBXrx", "ADDXrx", "SUBXrs", "ADDXrs"})) {
      Register Dst = RegOp(0), L = RegOp(1), R = RegOp(2);
      std::optional<int64_t> Ext = ImmOp(3);
      std::optional<int64_t> Base = depthOf(L, S), C = constOf(R, S);
      // Only uxtx/sxtx #0 and lsl #0 use the value of Xm itself.
      bool Plain = Ext && (Name.contains("rx")
                               ? (*Ext & 7) == 0 && ((*Ext >> 3) & 3) == 3
                               : *Ext == 0);
      if (!Base || !C || !Plain) {
        if (Dst == SP)
          return false;
        define(Dst, std::nullopt, S);
        return true;
      }
      define(Dst, Name.starts_with("SUB") ? *Base + *C : *Base - *C, S);
      return true;
    }
    // cmp sp, Xm (subs xzr, sp, Xm): the exit test of a stack-probe loop.
    if (Name.starts_with("SUBSXrx")) {
      Register L = RegOp(1), R = RegOp(2);
      if (L == SP && S.SPRel.count(R))
        Probe = S.SPRel[R];
      return false;
    }
    // and sp, Xn, #-Align (or into a scratch register that a probe loop
    // then steps SP down to): stack realignment.
    if (Name == "ANDXri") {
      Register Dst = RegOp(0), Src = RegOp(1);
      std::optional<int64_t> Enc = ImmOp(2);
      std::optional<int64_t> Base = depthOf(Src, S);
      if (Dst != SP && !Base)
        return false;
      std::optional<uint64_t> Mask =
          Enc ? decodeLogicalImm((uint64_t)*Enc) : std::nullopt;
      if (!Base || !Mask || !isPowerOf2_64(-*Mask))
        return false;
      define(Dst, *Base + realignSlack(*Base, (int64_t)-*Mask), S);
      return true;
    }
    // SVE: addvl/addpl sp, sp, #imm, charged at the largest vscale.
    if (Name == "ADDVL_XXI" || Name == "ADDPL_XXI") {
      Register Dst = RegOp(0), Src = RegOp(1);
      std::optional<int64_t> Imm = ImmOp(2);
      std::optional<int64_t> Base = depthOf(Src, S);
      if (!Imm || !Base) {
        if (Dst == SP)
          return false;
        define(Dst, std::nullopt, S);
        return true;
      }
      int64_t Unit = (Name == "ADDVL_XXI" ? 16 : 2) * (int64_t)VScaleMax;
      int64_t Delta = -*Imm * Unit;
      if (Dst == SP && Delta > 0)
        ScalableBytes += Delta;
      flag("scalable-stack");
      define(Dst, *Base + Delta, S);
      return true;
    }
    // Pre/post-indexed loads and stores with writeback to the base.
    if (Name.ends_with("pre") || Name.ends_with("post")) {
      Register WBack = RegOp(0);
      unsigned Last = MI.getNumExplicitOperands() - 1;
      Register Base = RegOp(Last - 1);
      std::optional<int64_t> Off = ImmOp(Last);
      std::optional<int64_t> BaseDepth = depthOf(Base, S);
      if (!WBack || WBack != Base || !Off || !BaseDepth) {
        if (WBack == SP)
          return false;
        dropClobbered(MI, S);
        return true;
      }
      // Single-register offsets are bytes; pair offsets are scaled by the
      // element size, MTE's tag-and-pair store (STGP) by the 16-byte granule.
      // Any other writeback form is not decoded: on SP it makes SP unknown.
      int64_t Scale = 0;
      if (startsWithAny(Name, {"STP", "LDP"})) {
        char Elt = Name.size() > 3 ? Name[3] : 0;
        Scale = StringSwitch<int64_t>(StringRef(&Elt, 1))
                    .Cases({"X", "D"}, 8)
                    .Case("Q", 16)
                    .Cases({"W", "S"}, 4)
                    .Default(0);
      } else if (Name.starts_with("STGP")) {
        Scale = 16;
      } else if (startsWithAny(Name, {"STR", "LDR"})) {
        Scale = 1;
      }
      if (!Scale) {
        if (WBack == SP)
          return false;
        dropClobbered(MI, S);
        return true;
      }
      dropClobbered(MI, S);
      define(WBack, *BaseDepth - *Off * Scale, S);
      return true;
    }
    // Constants for large SP adjustments.
    if (Name == "MOVZXi" || Name == "MOVKXi" || Name == "MOVNXi") {
      Register Dst = RegOp(0);
      bool IsK = Name == "MOVKXi";
      std::optional<int64_t> Imm = ImmOp(IsK ? 2 : 1), Shift = ImmOp(IsK ? 3 : 2);
      if (!Dst || Dst == SP || !Imm || !Shift)
        return false;
      uint64_t Part = (uint64_t)(*Imm & 0xffff) << (*Shift & 0x3f);
      std::optional<int64_t> Old = constOf(Dst, S);
      define(Dst, std::nullopt, S);
      if (Name == "MOVZXi")
        S.Const[Dst] = (int64_t)Part;
      else if (Name == "MOVNXi")
        S.Const[Dst] = (int64_t)~Part;
      else if (Old)
        S.Const[Dst] =
            (int64_t)(((uint64_t)*Old & ~(0xffffULL << (*Shift & 0x3f))) | Part);
      return true;
    }
    if (MI.isCopy() || Name == "ORRXrs") {
      // mov Xd, Xm is orr Xd, xzr, Xm; only the plain form is a copy.
      Register Dst = RegOp(0);
      Register Src = MI.isCopy() ? RegOp(1) : RegOp(2);
      if (!MI.isCopy() && (ImmOp(3).value_or(1) != 0 ||
                           !TRI.isConstantPhysReg(RegOp(1))))
        return false;
      std::optional<int64_t> C = constOf(Src, S);
      define(Dst, depthOf(Src, S), S);
      if (C && Dst != SP)
        S.Const[Dst] = *C;
      return true;
    }
    return false;
  }
};

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
  std::unique_ptr<raw_fd_ostream> Out;
  /// Outlined functions whose SP effect is nil wherever they are called.
  DenseMap<const MachineFunction *, bool> BalancedOutlined;
  std::string Triple;
  std::string Source;
  uint64_t FunctionsWritten = 0;

  void write(json::Object Record) {
    Record["schema"] = SchemaVersion;
    *Out << json::Value(std::move(Record)) << '\n';
  }
};

} // end anonymous namespace

char StackReport::ID = 0;

INITIALIZE_PASS(StackReport, DEBUG_TYPE, "Stack Depth Report", false, true)

FunctionPass *llvm::createStackReportPass() { return new StackReport(); }

namespace {

/// What a call is, enough to tell it from another instruction that a later
/// pass allocated at the same address: its function, opcode and callee.
struct CallIdentity {
  const MachineFunction *MF = nullptr;
  unsigned Opcode = 0;
  const void *Callee = nullptr;

  explicit CallIdentity(const MachineInstr &MI)
      : MF(MI.getMF()), Opcode(MI.getOpcode()) {
    for (const MachineOperand &MO : MI.explicit_operands()) {
      if (MO.isGlobal())
        Callee = MO.getGlobal();
      else if (MO.isSymbol())
        Callee = MO.getSymbolName();
      else if (MO.isMCSymbol())
        Callee = MO.getMCSymbol();
      if (Callee)
        break;
    }
  }

  bool operator==(const CallIdentity &O) const {
    return MF == O.MF && Opcode == O.Opcode && Callee == O.Callee;
  }
};

/// Bytes each call's callee pops on return (callee-pop conventions: tailcc,
/// swifttailcc, fastcc under -tailcallopt), noted before PEI removes the
/// call-frame pseudos that carry them. Keyed by the call instruction, which
/// later passes move but do not recreate, and checked against its identity. A
/// call without a matching note pops nothing here: if its callee does pop, SP
/// is taken deeper than it is and the caller's return is unbalanced (dynamic),
/// never too shallow.
DenseMap<const MachineInstr *, std::pair<CallIdentity, int64_t>> &calleePops() {
  static DenseMap<const MachineInstr *, std::pair<CallIdentity, int64_t>> Pops;
  return Pops;
}

/// The pre-PEI half of the report: reads the call-frame pseudos.
class StackReportCallFrames : public MachineFunctionPass {
public:
  static char ID;

  StackReportCallFrames() : MachineFunctionPass(ID) {
    initializeStackReportCallFramesPass(*PassRegistry::getPassRegistry());
  }

  StringRef getPassName() const override {
    return "Stack Depth Report: callee-popped bytes";
  }

  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesAll();
    MachineFunctionPass::getAnalysisUsage(AU);
  }

  bool runOnMachineFunction(MachineFunction &MF) override {
    if (StackReportFile.empty())
      return false;
    const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
    unsigned Destroy = TII.getCallFrameDestroyOpcode();
    if (Destroy == ~0u)
      return false;
    for (const MachineBasicBlock &MBB : MF) {
      const MachineInstr *Call = nullptr;
      for (const MachineInstr &MI : MBB) {
        if (MI.isCall()) {
          Call = &MI;
        } else if (MI.getOpcode() == Destroy && Call) {
          // ADJCALLSTACKUP amount, callee-popped amount (X86 and AArch64).
          if (int64_t Popped = MI.getOperand(1).getImm())
            calleePops().insert_or_assign(
                Call, std::make_pair(CallIdentity(*Call), Popped));
          Call = nullptr;
        }
      }
    }
    return false;
  }
};

} // end anonymous namespace

char StackReportCallFrames::ID = 0;

INITIALIZE_PASS(StackReportCallFrames, "stack-report-call-frames",
                "Stack Depth Report: callee-popped bytes", false, true)

FunctionPass *llvm::createStackReportCallFramesPass() {
  return new StackReportCallFrames();
}

/// The bytes MI's callee pops when it returns (0 for most conventions).
static int64_t poppedByCallee(const MachineInstr &MI) {
  auto It = calleePops().find(&MI);
  if (It == calleePops().end() || !(It->second.first == CallIdentity(MI)))
    return 0;
  return It->second.second;
}

/// F pops its own stack arguments when it returns (x86 `ret $n`; AArch64 moves
/// SP above its entry value in the epilogue).
static bool popsOwnArguments(const Function &F, const TargetMachine &TM) {
  switch (F.getCallingConv()) {
  case CallingConv::Tail:
  case CallingConv::SwiftTail:
    return true;
  case CallingConv::Fast:
    return TM.Options.GuaranteedTailCallOpt;
  default:
    return false;
  }
}

static StringRef linkageName(GlobalValue::LinkageTypes L) {
  switch (L) {
  case GlobalValue::ExternalLinkage:
    return "external";
  case GlobalValue::AvailableExternallyLinkage:
    return "available_externally";
  case GlobalValue::LinkOnceAnyLinkage:
    return "linkonce";
  case GlobalValue::LinkOnceODRLinkage:
    return "linkonce_odr";
  case GlobalValue::WeakAnyLinkage:
    return "weak";
  case GlobalValue::WeakODRLinkage:
    return "weak_odr";
  case GlobalValue::AppendingLinkage:
    return "appending";
  case GlobalValue::InternalLinkage:
    return "internal";
  case GlobalValue::PrivateLinkage:
    return "private";
  case GlobalValue::ExternalWeakLinkage:
    return "extern_weak";
  case GlobalValue::CommonLinkage:
    return "common";
  }
  return "unknown";
}

static Arch archOf(const llvm::Triple &TT) {
  if (TT.isX86())
    return Arch::X86;
  if (TT.isAArch64())
    return Arch::AArch64;
  return Arch::Other;
}

static std::string debugLocation(const MachineInstr &MI) {
  const DebugLoc &DL = MI.getDebugLoc();
  if (!DL)
    return "";
  auto *Scope = cast<DIScope>(DL.getScope());
  return (Scope->getFilename() + ":" + Twine(DL.getLine()) + ":" +
          Twine(DL.getCol()))
      .str();
}

/// A function type as resolution by signature compares it: the IR type, after
/// the calling convention when it is not C's. A call may only reach a function
/// of its own convention, so `tailcc` continuations do not meet C functions.
static std::string signatureText(const FunctionType &T, CallingConv::ID CC) {
  std::string S;
  raw_string_ostream OS(S);
  switch (CC) {
  case CallingConv::C:
    break;
  case CallingConv::Fast:
    OS << "fastcc ";
    break;
  case CallingConv::Cold:
    OS << "coldcc ";
    break;
  case CallingConv::Tail:
    OS << "tailcc ";
    break;
  case CallingConv::SwiftTail:
    OS << "swifttailcc ";
    break;
  default:
    OS << "cc" << CC << ' ';
    break;
  }
  T.print(OS);
  return S;
}

/// The IR function types of F's indirect calls, for resolving a machine
/// indirect call by signature. A machine call cannot in general be tied to one
/// IR call (codegen duplicates and merges blocks), so: the types of the IR
/// indirect calls with the same debug location when there are such, else the
/// types of all of F's IR indirect calls (a superset, so a resolver that takes
/// the union stays sound). Calls that codegen makes on its own (TLS descriptor
/// sequences) have no IR call and get none.
class IndirectSignatures {
public:
  explicit IndirectSignatures(const Function &F) {
    for (const BasicBlock &BB : F)
      for (const Instruction &I : BB)
        if (const auto *CB = dyn_cast<CallBase>(&I))
          if (CB->isIndirectCall())
            Calls.push_back(
                {CB->getDebugLoc().get(),
                 signatureText(*CB->getFunctionType(), CB->getCallingConv())});
  }

  SmallVector<std::string, 1> of(const MachineInstr &MI) const {
    StringRef Name =
        MI.getMF()->getSubtarget().getInstrInfo()->getName(MI.getOpcode());
    SmallVector<std::string, 1> Out;
    if (Name.contains("TLS"))
      return Out;
    if (const DILocation *Loc = MI.getDebugLoc().get())
      for (const auto &[L, Sig] : Calls)
        if (L == Loc)
          Out.push_back(Sig);
    if (Out.empty())
      for (const auto &[L, Sig] : Calls)
        Out.push_back(Sig);
    llvm::sort(Out);
    Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
    return Out;
  }

private:
  SmallVector<std::pair<const DILocation *, std::string>, 4> Calls;
};

/// Retpoline and SLS thunks are reached by a direct call but branch to a
/// register: the real callee is unknown.
static bool isIndirectThunk(StringRef Sym) {
  return Sym.contains("indirect_thunk") || Sym.contains("retpoline") ||
         Sym.contains("slsblr_thunk");
}

/// Classifies a call instruction by its callee operand.
static void classifyCallee(const MachineInstr &MI, CallSite &C) {
  const TargetSubtargetInfo &STI = MI.getMF()->getSubtarget();
  if (std::optional<LoweredCall> Lowered = loweredCall(MI)) {
    C.Kind = Lowered->Callee.empty() ? "indirect" : "libcall";
    C.Callee = Lowered->Callee.str();
    return;
  }
  auto Symbol = [&](StringRef Sym) {
    if (isIndirectThunk(Sym)) {
      C.Kind = "indirect";
      C.Thunk = Sym.str();
      return;
    }
    C.Kind = "libcall";
    C.Callee = GlobalValue::dropLLVMManglingEscape(Sym).str();
  };
  // A register other than the PC in a memory operand indexes a table.
  bool SawAddressReg = false;
  const TargetRegisterInfo &TRI = *STI.getRegisterInfo();
  for (const MachineOperand &MO : MI.explicit_operands()) {
    if (MO.isGlobal()) {
      const GlobalValue *Code = codeSymbol(*MO.getGlobal());
      // A function address in a memory operand is its GOT slot only when
      // nothing else forms the address; otherwise it is a table of pointers.
      if (Code && !SawAddressReg) {
        C.Kind = "direct";
        C.Callee = symbolName(*Code).str();
        C.CalleeLocal = Code->hasLocalLinkage();
        return;
      }
      C.Kind = "indirect";
      return;
    }
    if (MO.isSymbol())
      return Symbol(MO.getSymbolName());
    if (MO.isMCSymbol())
      return Symbol(MO.getMCSymbol()->getName());
    if (MO.isReg() && MO.getReg() && MO.isUse()) {
      StringRef RegName = TRI.getName(MO.getReg());
      if (RegName != "RIP" && RegName != "EIP")
        SawAddressReg = true;
    }
  }
  C.Kind = "indirect";
}

/// MachineOutliner functions need not keep SP balanced (LLVM outlines SP
/// writes when return-address signing is off): their SP effect belongs to
/// the caller's frame.
static bool isOutlined(const Function &F) {
  return F.getName().starts_with("OUTLINED_FUNCTION_");
}

/// A call site at SP state S. ReturnAddress turns a tail call's depth into the
/// depth its callee sees as S0.
static CallSite describeCall(const MachineInstr &MI, const SPState &S,
                             int64_t ReturnAddress) {
  CallSite C;
  classifyCallee(MI, C);
  if (C.Kind == "indirect")
    if (const GlobalValue *F = SPWalker::calleeInRegister(MI, S)) {
      C.Kind = "direct";
      C.Callee = symbolName(*F).str();
      C.CalleeLocal = F->hasLocalLinkage();
    }
  C.Tail = MI.isReturn();
  C.Depth = std::max<int64_t>(C.Tail ? S.Depth - ReturnAddress : S.Depth, 0);
  if (std::optional<LoweredCall> Lowered = loweredCall(MI))
    C.Depth += Lowered->SPExtra;
  C.DepthKnown = S.Known;
  C.Loc = debugLocation(MI);
  if (C.Kind == "indirect") {
    const auto &Info = MI.getMF()->getCallSitesInfo();
    auto It = Info.find(&MI);
    if (It != Info.end())
      for (ConstantInt *Id : It->second.CalleeTypeIds)
        C.TypeIds.push_back(Id->getZExtValue());
  }
  return C;
}

/// The call into the thunk itself, at the same depth as the indirect call it
/// carries: direct when the module defines the thunk, else a libcall.
static CallSite thunkCall(const CallSite &Indirect, const Module &M) {
  CallSite C;
  const Function *Thunk = M.getFunction(Indirect.Thunk);
  C.Kind = Thunk && !Thunk->isDeclaration() ? "direct" : "libcall";
  C.Callee = Indirect.Thunk;
  C.CalleeLocal = Thunk && Thunk->hasLocalLinkage();
  C.Tail = Indirect.Tail;
  C.Depth = Indirect.Depth;
  C.DepthKnown = Indirect.DepthKnown;
  C.Index = Indirect.Index;
  C.Loc = Indirect.Loc;
  return C;
}

/// An outlined function walked from its caller's state at the call.
struct OutlinedWalk {
  /// The caller's state after the call returns (unknown if it did not settle).
  SPState Exit;
  /// Deepest SP inside, in the caller's coordinates.
  int64_t MaxDepth = 0;
  /// Its calls as seen from the caller: a tail call inside returns to the
  /// caller, so it is an ordinary call at the depth its callee sees.
  SmallVector<CallSite, 2> Calls;
};

/// Walks the outlined function MF from the caller's state at the call,
/// registers included: the outlined code may realign through a register the
/// caller set.
static OutlinedWalk walkOutlined(const MachineFunction &MF, Arch A,
                                 SPState AtCall, int64_t ReturnAddress) {
  SPWalker Walker(MF, A);
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
      Walker.step(MI, S);
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
      if (std::optional<LoweredCall> L = loweredCall(MI))
        Result.MaxDepth = std::max(Result.MaxDepth, S.Depth + L->SPExtra);
      if (isCallSite(MI)) {
        CallSite C = describeCall(MI, S, ReturnAddress);
        C.Tail = false;
        Result.Calls.push_back(std::move(C));
      }
      if (MI.isReturn()) {
        Result.Exit.join(S);
        Returns = true;
      }
      Walker.step(MI, S);
    }
  }
  if (!Returns) // never returns: what follows the call is unreachable
    Result.Exit = AtCall;
  Result.Exit.Known &= !Walker.SawUnknown;
  Result.Exit.Depth -= ReturnAddress;
  return Result;
}

/// A call to a block of the same function (inside retpoline thunks) pushes a
/// return address but enters no other function.
static bool isIntraFunctionCall(const MachineInstr &MI) {
  for (const MachineOperand &MO : MI.explicit_operands())
    if (MO.isMBB() || (MO.isMCSymbol() && MO.getMCSymbol()->isTemporary()))
      return true;
  return false;
}

/// True when GV's address escapes: any use but as a direct callee, global
/// initializers (vtables, callback tables) and constant expressions included.
/// An alias's uses are its own (it is listed under its name), an ifunc's
/// resolver is run by the loader, and a blockaddress is no function pointer.
static bool isAddressTaken(const GlobalValue &GV) {
  for (const Use &U : GV.uses()) {
    const User *Usr = U.getUser();
    if (isa<GlobalAlias>(Usr) || isa<GlobalIFunc>(Usr) || isa<BlockAddress>(Usr))
      continue;
    if (const auto *CB = dyn_cast<CallBase>(Usr); CB && CB->isCallee(&U))
      continue;
    return true;
  }
  return false;
}

/// The code symbols an ifunc's resolver may return, or nullopt when a return
/// value is not a known function (then a call through the ifunc is unknown).
static std::optional<SmallVector<const GlobalValue *, 4>>
resolverTargets(const GlobalIFunc &IF) {
  const Function *Resolver = IF.getResolverFunction();
  if (!Resolver || Resolver->isDeclaration())
    return std::nullopt;
  SmallVector<const Value *, 8> Work;
  for (const BasicBlock &BB : *Resolver)
    if (const auto *Ret = dyn_cast_or_null<ReturnInst>(BB.getTerminator()))
      if (const Value *V = Ret->getReturnValue())
        Work.push_back(V);
  SmallPtrSet<const Value *, 16> Seen;
  SmallVector<const GlobalValue *, 4> Targets;
  while (!Work.empty()) {
    const Value *V = Work.pop_back_val()->stripPointerCasts();
    if (!Seen.insert(V).second)
      continue;
    if (const auto *GV = dyn_cast<GlobalValue>(V)) {
      if (const GlobalValue *Code = codeSymbol(*GV)) {
        Targets.push_back(Code);
        continue;
      }
      return std::nullopt;
    }
    if (const auto *Phi = dyn_cast<PHINode>(V)) {
      append_range(Work, Phi->incoming_values());
      continue;
    }
    if (const auto *Sel = dyn_cast<SelectInst>(V)) {
      Work.push_back(Sel->getTrueValue());
      Work.push_back(Sel->getFalseValue());
      continue;
    }
    // A null resolver result makes the loader fail: no call is made.
    if (isa<ConstantPointerNull>(V) || isa<UndefValue>(V))
      continue;
    return std::nullopt;
  }
  return Targets;
}

static json::Array functionTypeIds(const Function &F);
static std::string printedSignature(const Function &F);

static json::Object symbolRef(const GlobalValue &GV) {
  return json::Object{{"name", symbolName(GV)}, {"local", GV.hasLocalLinkage()}};
}

/// What the joiner needs to link modules as a linker does: every code symbol
/// whose address the module takes (definitions and declarations), and every
/// alias and ifunc it defines (docs/stack-report-format.md, `symbols`).
static json::Object moduleSymbols(const Module &M) {
  json::Array Taken, Aliases, IFuncs;
  auto NoteTaken = [&](const GlobalValue &GV, const Function &Code) {
    json::Object O = symbolRef(GV);
    O["defined"] = !GV.isDeclaration();
    O["signature"] = printedSignature(Code);
    O["type_ids"] = functionTypeIds(Code);
    Taken.push_back(std::move(O));
  };
  for (const Function &F : M)
    if (!F.isIntrinsic() && isAddressTaken(F))
      NoteTaken(F, F);
  for (const GlobalAlias &GA : M.aliases()) {
    const auto *Aliasee = dyn_cast_or_null<Function>(GA.getAliaseeObject());
    if (!Aliasee)
      continue;
    if (isAddressTaken(GA))
      NoteTaken(GA, *Aliasee);
    json::Object O = symbolRef(GA);
    O["linkage"] = linkageName(GA.getLinkage());
    O["aliasee"] = symbolRef(*Aliasee);
    Aliases.push_back(std::move(O));
  }
  for (const GlobalIFunc &IF : M.ifuncs()) {
    json::Object O = symbolRef(IF);
    O["linkage"] = linkageName(IF.getLinkage());
    O["address_taken"] = isAddressTaken(IF);
    if (auto Targets = resolverTargets(IF)) {
      json::Array List;
      for (const GlobalValue *T : *Targets)
        List.push_back(symbolRef(*T));
      O["targets"] = std::move(List);
    } else {
      O["targets"] = nullptr;
    }
    IFuncs.push_back(std::move(O));
  }
  return json::Object{{"kind", "symbols"},
                      {"address_taken", std::move(Taken)},
                      {"aliases", std::move(Aliases)},
                      {"ifuncs", std::move(IFuncs)}};
}

bool StackReport::doInitialization(Module &M) {
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
  Triple = M.getTargetTriple().str();
  Source = M.getSourceFileName();
  json::Object Header{{"kind", "module"},
                      {"source", Source},
                      {"module_id", M.getModuleIdentifier()},
                      {"triple", Triple},
                      {"llvm_version", LLVM_VERSION_STRING},
                      {"pass", DEBUG_TYPE}};
  write(std::move(Header));
  return false;
}

bool StackReport::doFinalization(Module &M) {
  if (!Out)
    return false;
  write(moduleSymbols(M));
  write(json::Object{{"kind", "end"}, {"functions", FunctionsWritten}});
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

/// The ids of F's generalized `!type` metadata, as AsmPrinter's call graph
/// section computes them (MD5 of the type name): what indirect calls' ids
/// are matched against.
static json::Array functionTypeIds(const Function &F) {
  json::Array Ids;
  SmallVector<MDNode *, 2> Types;
  F.getMetadata(LLVMContext::MD_type, Types);
  for (MDNode *Type : Types)
    if (Type->hasGeneralizedMDString())
      Ids.push_back(MD5Hash(cast<MDString>(Type->getOperand(1))->getString()));
  return Ids;
}

static std::string printedSignature(const Function &F) {
  return signatureText(*F.getFunctionType(), F.getCallingConv());
}

static json::Object toJSON(const CallSite &C) {
  json::Object O{{"kind", C.Kind},
                 {"tail", C.Tail},
                 {"depth", C.Depth},
                 {"depth_known", C.DepthKnown},
                 {"index", C.Index}};
  if (C.Kind != "indirect") {
    O["callee"] = C.Callee;
    O["callee_local"] = C.CalleeLocal;
  } else {
    json::Array Ids, Sigs;
    for (uint64_t Id : C.TypeIds)
      Ids.push_back(Id);
    for (const std::string &Sig : C.Signatures)
      Sigs.push_back(Sig);
    O["type_ids"] = std::move(Ids);
    O["signatures"] = std::move(Sigs);
  }
  if (!C.Loc.empty())
    O["loc"] = C.Loc;
  return O;
}

bool StackReport::runOnMachineFunction(MachineFunction &MF) {
  if (!Out)
    return false;
  const Function &F = MF.getFunction();
  const MachineFrameInfo &MFI = MF.getFrameInfo();
  const TargetFrameLowering &TFL = *MF.getSubtarget().getFrameLowering();
  Arch A = archOf(MF.getTarget().getTargetTriple());
  SPWalker Walker(MF, A);
  IndirectSignatures Signatures(F);

  // The call pushes the return address where the local area starts below it.
  int64_t ReturnAddress = A == Arch::X86 ? -TFL.getOffsetOfLocalArea() : 0;

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
  auto *MMIWP = getAnalysisIfAvailable<MachineModuleInfoWrapperPass>();
  auto outlinedCallee = [&](const MachineInstr &MI) -> const MachineFunction * {
    if (!MMIWP)
      return nullptr;
    for (const MachineOperand &MO : MI.explicit_operands())
      if (MO.isGlobal())
        if (auto *Callee = dyn_cast_or_null<Function>(
                MO.getGlobal()->getAliaseeObject()))
          return isOutlined(*Callee) ? MMIWP->getMMI().getMachineFunction(*Callee)
                                     : nullptr;
    return nullptr;
  };
  // An outlined function that leaves SP where it found it, whoever calls it,
  // is an ordinary callee; the rest are absorbed by their callers.
  auto balancedAlone = [&](const MachineFunction &Callee) {
    auto [It, New] = BalancedOutlined.try_emplace(&Callee, false);
    if (New) {
      SPState Fresh;
      Fresh.Reached = true;
      SPState Exit = walkOutlined(Callee, A, Fresh, ReturnAddress).Exit;
      It->second = Exit.Known && Exit.Depth == 0;
    }
    return It->second;
  };
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
      if (std::optional<LoweredCall> L = loweredCall(MI))
        MaxDepth = std::max(MaxDepth, S.Depth + L->SPExtra);
      const MachineFunction *Outlined =
          MI.isCall() && !MI.isReturn() ? outlinedCallee(MI) : nullptr;
      bool Absorb = Outlined && !balancedAlone(*Outlined);
      if (MI.isCall() && isIntraFunctionCall(MI)) {
        MaxDepth = std::max(MaxDepth, S.Depth + ReturnAddress);
        IntraCallEntry = std::max(IntraCallEntry.value_or(0), S.Depth + ReturnAddress);
        Walker.flag("intra-function-call");
      } else if (isCallSite(MI) && Calls && !Absorb) {
        CallSite C = describeCall(MI, S, ReturnAddress);
        C.Index = Ordinal - 1;
        if (C.Kind == "indirect")
          C.Signatures = Signatures.of(MI);
        if (!C.Thunk.empty())
          Calls->push_back(thunkCall(C, *F.getParent()));
        Calls->push_back(std::move(C));
      }
      // Judged on converged states only (the final pass records calls).
      // A callee-pop function returns with SP above its entry by the
      // arguments it pops, which are above S0 and no part of its depth.
      if (Calls && MI.isReturn() && !MI.isCall() &&
          (!S.Known || S.Depth > ReturnAddress ||
           (S.Depth < ReturnAddress && !PopsOwnArguments)))
        Unbalanced = true;
      // An outlined callee's own walk decides which registers it changes
      // (its call's register mask claims all caller-saved ones). One whose
      // SP effect depends on this caller is absorbed: its depth and calls
      // become this function's, as if the code had not been outlined.
      if (Outlined) {
        OutlinedWalk W = walkOutlined(*Outlined, A, S, ReturnAddress);
        if (Absorb) {
          Walker.flag("outlined-absorbed");
          MaxDepth = std::max(MaxDepth, W.MaxDepth);
          if (Calls)
            for (CallSite &C : W.Calls) {
              C.Index = Ordinal - 1;
              if (C.Kind == "indirect")
                C.Signatures = Signatures.of(MI);
              Calls->push_back(std::move(C));
            }
        }
        S = W.Exit;
      }
      // Only the prologue's own probe loops may bound SP by a compare.
      std::optional<int64_t> P =
          Outlined ? std::nullopt : Walker.step(MI, S);
      // A callee-pop callee returns with SP above where the call found it.
      if (MI.isCall() && !MI.isReturn())
        S.Depth -= poppedByCallee(MI);
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
  SmallVector<CallSite, 8> Calls;
  int64_t FinalMax = ReturnAddress;
  bool Unreached = false;
  for (const MachineBasicBlock &MBB : MF) {
    SPState S = In.lookup(&MBB);
    if (!S.Reached) {
      // Not reachable in the CFG: the target of a call inside this function
      // (a retpoline thunk's) is entered just below that call; anything else
      // is walked from the deepest state seen, as an estimate.
      Unreached |= !IntraCallEntry;
      S.Reached = true;
      S.Depth = IntraCallEntry.value_or(WalkMax);
    }
    RunBlock(MBB, S, FinalMax, &Calls);
  }
  if (Unreached)
    Walker.flag("unreached-block-estimated");
  WalkMax = std::max(WalkMax, FinalMax);
  bool WalkKnown = !Divergent && !Walker.SawUnknown;
  // Outlined code may move SP for its caller, which accounts for it at the
  // call; anywhere else an unbalanced return breaks every caller's depths.
  // A return after a call into the function itself (retpoline thunks)
  // returns through the address that call pushed, not to the caller.
  bool ReturnsToCaller = !is_contained(Walker.Flags, "intra-function-call");
  if (Unbalanced && isOutlined(F))
    Walker.flag("sp-net-change");
  else if (Unbalanced && ReturnsToCaller) {
    WalkKnown = false;
    Walker.flag("unbalanced-sp-at-return");
  }
  for (auto &[MBB, S] : In)
    WalkKnown &= S.Known;
  for (const CallSite &C : Calls)
    WalkKnown &= C.DepthKnown;

  int64_t ObjectDepth = frameObjectDepth(MFI, Walker.RealignSlack);
  int64_t StaticDepth = ReturnAddress + (int64_t)MFI.getStackSize();
  int64_t OwnDepth = std::max({WalkMax, ObjectDepth, StaticDepth});
  if (ObjectDepth > WalkMax && ObjectDepth > StaticDepth)
    Walker.flag("red-zone");

  bool Dynamic = !WalkKnown;
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
  if (F.hasFnAttribute(Attribute::Naked) &&
      is_contained(Walker.Flags, "inline-asm"))
    Walker.flag("naked");
  if (F.hasFnAttribute("patchable-function-entry"))
    Walker.flag("runtime-patched-call");

  json::Array CallsJson;
  for (const CallSite &C : Calls)
    CallsJson.push_back(toJSON(C));
  json::Array FlagsJson;
  for (StringRef Flag : Walker.Flags)
    FlagsJson.push_back(Flag);

  json::Object Frame{
      {"stack_size", (int64_t)MFI.getStackSize()},
      {"max_align", (int64_t)MFI.getMaxAlign().value()},
      {"max_call_frame_size", (int64_t)MFI.getMaxCallFrameSize()},
      {"reserved_call_frame", TFL.hasReservedCallFrame(MF)},
      {"has_var_sized_objects", MFI.hasVarSizedObjects()},
      {"has_opaque_sp_adjustment", MFI.hasOpaqueSPAdjustment()},
      {"adjusts_stack", MFI.adjustsStack()},
      {"has_calls", MFI.hasCalls()},
      {"return_address", ReturnAddress},
      {"object_depth", ObjectDepth},
      {"sp_depth_max", WalkMax},
      {"realign_slack", Walker.RealignSlack},
      {"scalable_bytes", Walker.ScalableBytes},
  };

  json::Object Record{
      {"kind", "function"},
      {"name", symbolName(F)},
      {"linkage", linkageName(F.getLinkage())},
      {"local", F.hasLocalLinkage()},
      {"triple", Triple},
      {"source", Source},
      {"own_depth", OwnDepth},
      {"dynamic", Dynamic},
      {"flags", std::move(FlagsJson)},
      {"frame", std::move(Frame)},
      {"address_taken", isAddressTaken(F)},
      {"signature", printedSignature(F)},
      {"type_ids", functionTypeIds(F)},
      {"calls", std::move(CallsJson)},
  };
  write(std::move(Record));
  ++FunctionsWritten;
  // The notes of the pre-PEI half are only for this function.
  if (!calleePops().empty())
    for (const MachineBasicBlock &MBB : MF)
      for (const MachineInstr &MI : MBB)
        calleePops().erase(&MI);
  return false;
}
