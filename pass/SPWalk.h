//===- SPWalk.h - StackReport's walker, shared by its files ----*- C++ -*-===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The target-independent half of StackReport, as its files see each other:
// the SP state and the per-instruction step (SPWalk.cpp), call-site
// classification (CallSites.cpp), outlined functions (Outlined.cpp), the
// callee-popped notes (CallFrames.cpp) and the walk of a whole function to
// its fixpoint (FunctionWalk.cpp). Targets see only StackReportDecoder.h.
// Private to the pass: it lives beside the sources, not under include/.
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_LIB_CODEGEN_STACKREPORT_SPWALK_H
#define LLVM_LIB_CODEGEN_STACKREPORT_SPWALK_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/CodeGen/Register.h"
#include "llvm/CodeGen/StackReportDecoder.h"
#include <memory>
#include <optional>
#include <string>

namespace llvm {

class DILocation;
class Function;
class GlobalValue;
class MachineBasicBlock;
class MachineFunction;
class MachineInstr;
class MachineModuleInfo;
class Module;
class TargetMachine;
class TargetRegisterInfo;

namespace stackreport {

/// -stack-report=<file> or -stack-report-section was given.
bool reportEnabled();

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
  bool join(const SPState &Pred);
};

/// Applies machine instructions to an SPState: decodes each with the
/// target's SPDecoder and applies the SPEffect (SPWalk.cpp). Collects the
/// function's flags and the realignment and scalable bytes it charged.
class SPWalker {
public:
  SPWalker(const MachineFunction &MF, std::unique_ptr<SPDecoder> Decoder);

  /// Applies MI to S. Returns the probe bound when MI compares SP with a
  /// register at a known depth (a stack-probe loop's exit test).
  std::optional<int64_t> step(const MachineInstr &MI, SPState &S);

  /// The code symbol whose address a register holds at a call, if known.
  static const GlobalValue *calleeInRegister(const MachineInstr &MI,
                                             const SPState &S);

  void flag(StringRef F);
  bool hasFlag(StringRef F) const;
  const SPDecoder &decoder() const { return *Decoder; }

  Register SP;
  int64_t StackAlign;
  uint64_t VScaleMax;
  int64_t RealignSlack = 0;
  /// SVE bytes allocated on SP (each allocating instruction counted once,
  /// however often the fixpoint visits it), at the largest vscale.
  int64_t ScalableBytes = 0;
  /// Some SP write could not be decoded: the function is dynamic.
  bool SawUnknown = false;
  SmallVector<StringRef, 4> Flags;

private:
  std::optional<int64_t> stepSP(const MachineInstr &MI, SPState &S);
  std::optional<int64_t> apply(const SPEffect &E, const MachineInstr &MI,
                               SPState &S);
  void functionAddressDef(
      const MachineInstr &MI, const SPState &S,
      std::optional<std::pair<Register, const GlobalValue *>> &Addr,
      std::optional<std::pair<Register, const GlobalValue *>> &Page) const;
  std::optional<int64_t> constAdd(Register Dst, Register Base, int64_t Value,
                                  unsigned Bits, const MachineInstr &MI,
                                  SPState &S);
  void unknown(SPState &S, StringRef Why);
  void dropClobbered(const MachineInstr &MI, SPState &S) const;
  std::optional<int64_t> depthOf(Register Reg, const SPState &S) const;
  std::optional<int64_t> constOf(Register Reg, const SPState &S) const;
  void define(Register Dst, std::optional<int64_t> D, SPState &S);
  int64_t realignSlack(int64_t D, int64_t Align);

  const MachineFunction &MF;
  const TargetRegisterInfo &TRI;
  std::unique_ptr<SPDecoder> Decoder;
  /// The instructions already counted in ScalableBytes.
  SmallPtrSet<const MachineInstr *, 4> ScalableCounted;
};

/// One call-site record (docs/stack-report-format.md, `calls`).
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
  /// IndirectSignatures).
  SmallVector<std::string, 1> Signatures;
  /// The retpoline/SLS thunk an indirect call goes through: the thunk's own
  /// stack use (it calls inside itself) is charged as a call to it.
  std::string Thunk;
};

// CallSites.cpp: what is a call, and to what.

/// GV's name in the object: without the `\1` that marks a name not to be
/// mangled, so that modules meet by their real symbols.
StringRef symbolName(const GlobalValue &GV);
/// The symbol GV names when it names code (a function, an alias of one, an
/// ifunc), as written: the joiner resolves aliases, as the linker does.
const GlobalValue *codeSymbol(const GlobalValue &GV);
/// The call MI becomes once the AsmPrinter lowers it, if any.
std::optional<LoweredCall> loweredCall(const MachineInstr &MI,
                                       const SPDecoder &D);
/// MI calls out of the function in the object code.
bool isCallSite(const MachineInstr &MI, const SPDecoder &D);
/// XRay sleds and patchable entries, which a tracer may turn into calls.
bool isRuntimePatchedCall(const MachineInstr &MI);
/// A call to a block of the same function (inside retpoline thunks).
bool isIntraFunctionCall(const MachineInstr &MI);
/// The call site MI at state S; ReturnAddress turns a tail call's depth
/// into the depth its callee sees as S0.
CallSite describeCall(const MachineInstr &MI, const SPState &S,
                      int64_t ReturnAddress, const SPDecoder &D);
/// The call into the thunk an indirect call goes through.
CallSite thunkCall(const CallSite &Indirect, const Module &M);

/// The IR function types of F's indirect calls, for resolving a machine
/// indirect call by signature.
class IndirectSignatures {
public:
  explicit IndirectSignatures(const Function &F);
  SmallVector<std::string, 1> of(const MachineInstr &MI,
                                 const SPDecoder &D) const;

private:
  SmallVector<std::pair<const DILocation *, std::string>, 4> Calls;
};

// Outlined.cpp: MachineOutliner functions, walked from their callers.

/// A MachineOutliner function (`OUTLINED_FUNCTION_*`).
bool isOutlined(const Function &F);

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

/// Whether each outlined function of the module is balanced on its own (see
/// OutlinedCallees::balancedAlone); kept by the pass for the whole module.
using BalancedCache = DenseMap<const MachineFunction *, bool>;

/// Finds the machine code of outlined callees and walks it.
class OutlinedCallees {
public:
  /// MMI may be null (no outlined callee is then found). Create makes the
  /// decoder an outlined function is walked with (the caller's target's).
  OutlinedCallees(const MachineModuleInfo *MMI, SPDecoderFactory Create,
                  BalancedCache &Balanced)
      : MMI(MMI), Create(Create), Balanced(Balanced) {}

  /// MI's callee's MachineFunction when MI calls an outlined function.
  const MachineFunction *callee(const MachineInstr &MI) const;
  /// Callee leaves SP where it found it whoever calls it: an ordinary callee.
  /// The rest are absorbed by their callers.
  bool balancedAlone(const MachineFunction &Callee, int64_t ReturnAddress);
  /// Walks Callee from its caller's state at the call, registers included.
  OutlinedWalk walk(const MachineFunction &Callee, SPState AtCall,
                    int64_t ReturnAddress) const;

private:
  const MachineModuleInfo *MMI;
  SPDecoderFactory Create;
  BalancedCache &Balanced;
};

// CallFrames.cpp: bytes that callees pop (callee-pop conventions).

/// The bytes MI's callee pops when it returns (0 for most conventions).
int64_t poppedByCallee(const MachineInstr &MI);
/// F pops its own stack arguments when it returns.
bool popsOwnArguments(const Function &F, const TargetMachine &TM);
/// Drops the notes taken for MF's calls, once MF is reported.
void forgetCalleePops(const MachineFunction &MF);

// FunctionWalk.cpp: the fixpoint over the machine CFG.

/// What the walk of one function found.
struct FunctionWalk {
  /// Every call site, in layout order, with its converged state.
  SmallVector<CallSite, 8> Calls;
  /// Deepest SP seen.
  int64_t MaxDepth = 0;
  /// SP was known everywhere, at every call and at every return.
  bool Known = true;
};

/// Walks MF's machine CFG to a fixpoint (the deepest state at joins), then
/// once more in layout order to record calls. Flags go to Walker.
FunctionWalk walkFunction(const MachineFunction &MF, SPWalker &Walker,
                          OutlinedCallees &Outlined, int64_t ReturnAddress);

} // end namespace stackreport
} // end namespace llvm

#endif // LLVM_LIB_CODEGEN_STACKREPORT_SPWALK_H
