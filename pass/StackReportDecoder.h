//===- StackReportDecoder.h - Per-target SP decoders for StackReport -----===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The interface between the target-independent StackReport walker and the
// targets. A decoder reads one machine instruction, by its target's opcode
// enum (never its name) and TargetInstrInfo hooks, and says what it does to
// SP and to the registers the walk follows, as an SPEffect. It never sees the
// walk's state: the walker applies the effect (SPWalk.cpp), so every target
// gets the same rules for unknown values, register aliasing and flags.
//
// A target supports the report by defining a subclass beside itself
// (lib/Target/<T>/<T>StackReport.cpp, from stackbound's pass/<T>.cpp) and
// registering a factory for its architectures with registerSPDecoder() from
// its initialize<T>StackReport(). Without a registered decoder the report
// writes nothing for that target.
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_CODEGEN_STACKREPORTDECODER_H
#define LLVM_CODEGEN_STACKREPORTDECODER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/CodeGen/Register.h"
#include "llvm/TargetParser/Triple.h"
#include <cstdint>
#include <memory>
#include <optional>

namespace llvm {

class GlobalValue;
class MachineFunction;
class MachineInstr;
class TargetInstrInfo;
class TargetRegisterInfo;

/// What one instruction does to SP and to the tracked registers. Depths are
/// bytes below the caller's SP at the call (S0), so "deeper" is positive.
/// Any form the walker cannot evaluate in its state (an operand whose value it
/// does not know) falls back to Unknown's rule.
struct SPEffect {
  enum Kind : uint8_t {
    /// Not a form the decoder knows. The walker forgets every register the
    /// instruction writes (sub- and super-registers included); a write to SP,
    /// or to a register overlapping it, makes SP unknown (unknown-sp-update).
    Unknown,
    /// Writes SP in a way the walk cannot follow, whether or not its operands
    /// say so (x86 `enter`, whose SP write is in no operand): SP becomes
    /// unknown, and every register it writes is forgotten.
    ClobbersSP,
    /// Dst = the address in Base, Bytes deeper (`sub sp, #16`: Dst = Base =
    /// SP, Bytes = 16; a push: Bytes = the bytes pushed; `lea 8(%rsp)`: -8).
    /// With PerVScale, Bytes is per unit of vscale, charged at the largest.
    /// With Other, Other also gets Base's address as it was (Xqccmp
    /// `qc.cm.pushfp` sets s0 to the SP it pushed from).
    Offset,
    /// Dst = Base - Other (Subtract) or Base + Other, one of them an address
    /// and the other a known constant (`sub %rax, %rsp`). With Shift, Base
    /// is the address and Other's constant is shifted left by Shift first
    /// (RISC-V `sh3add sp, t0, sp`).
    AddReg,
    /// Dst = the address in Base rounded down to Align bytes (realignment),
    /// charged at its worst case from the alignment SP is known to have.
    Realign,
    /// Dst = Base: the address or constant Base holds.
    Copy,
    /// Dst = the constant Value; with ZeroExtends also every super-register
    /// of Dst (an x86-64 32-bit write).
    Const,
    /// Dst = Dst's known constant with 16 bits at Shift replaced by Value
    /// (AArch64 movk, ARM movt); unknown if Dst's constant is. A nonzero
    /// ConstBits sign-extends the result from ConstBits (ARM: 32).
    ConstInsert,
    /// Dst = Base's known constant plus Value, sign-extended from ConstBits
    /// (RISC-V `addiw`); unknown if Base holds no constant (an address
    /// included: the operation truncates it).
    ConstAdd,
    /// SP is compared with Other: the exit test of a stack-probe loop. Other
    /// registers are treated as Unknown's rule says (the compare writes none
    /// that the walk follows).
    CompareSP,
  };

  Kind K = Unknown;
  Register Dst, Base, Other;
  int64_t Bytes = 0;
  int64_t Value = 0;
  unsigned Shift = 0;
  /// Offset, ConstAdd and ConstInsert: the width of the operation on a
  /// constant. For
  /// Offset, nonzero also lets a Base holding a known constant give Dst that
  /// constant minus Bytes, sign-extended from ConstBits (RISC-V `addi` on
  /// the scratch register of a large SP adjustment: 32 on RV32, 64 on RV64);
  /// zero: Offset follows addresses only.
  unsigned ConstBits = 0;
  bool Subtract = false;
  bool PerVScale = false;
  bool ZeroExtends = false;

  static SPEffect unknown() { return SPEffect(); }
  static SPEffect clobbersSP() { return SPEffect(ClobbersSP); }
  static SPEffect offset(Register Dst, Register Base, int64_t Deeper) {
    SPEffect E(Offset);
    E.Dst = Dst, E.Base = Base, E.Bytes = Deeper;
    return E;
  }
  static SPEffect scalableOffset(Register Dst, Register Base,
                                 int64_t DeeperPerVScale) {
    SPEffect E = offset(Dst, Base, DeeperPerVScale);
    E.PerVScale = true;
    return E;
  }
  static SPEffect addReg(Register Dst, Register Base, Register Other,
                         bool Subtract, unsigned Shift = 0) {
    SPEffect E(AddReg);
    E.Dst = Dst, E.Base = Base, E.Other = Other, E.Subtract = Subtract;
    E.Shift = Shift;
    return E;
  }
  static SPEffect realign(Register Dst, Register Base, int64_t Align) {
    SPEffect E(Realign);
    E.Dst = Dst, E.Base = Base, E.Bytes = Align;
    return E;
  }
  static SPEffect copy(Register Dst, Register Src) {
    SPEffect E(Copy);
    E.Dst = Dst, E.Base = Src;
    return E;
  }
  static SPEffect constant(Register Dst, int64_t Value,
                           bool ZeroExtends = false) {
    SPEffect E(Const);
    E.Dst = Dst, E.Value = Value, E.ZeroExtends = ZeroExtends;
    return E;
  }
  static SPEffect constAdd(Register Dst, Register Base, int64_t Value,
                           unsigned Bits) {
    SPEffect E(ConstAdd);
    E.Dst = Dst, E.Base = Base, E.Value = Value, E.ConstBits = Bits;
    return E;
  }
  static SPEffect constInsert(Register Dst, uint16_t Part, unsigned Shift,
                              unsigned Bits = 0) {
    SPEffect E(ConstInsert);
    E.Dst = Dst, E.Value = Part, E.Shift = Shift, E.ConstBits = Bits;
    return E;
  }
  static SPEffect compareSP(Register Other) {
    SPEffect E(CompareSP);
    E.Other = Other;
    return E;
  }

  SPEffect() = default;
  explicit SPEffect(Kind K) : K(K) {}
};

/// An instruction that materializes a code symbol's address in a register:
/// x86 `mov f@GOTPCREL(%rip), %r` / `lea f(%rip), %r`, AArch64 `adrp x, f`
/// (a Page) then `ldr x, [x, :got_lo12:f]` / `add x, x, :lo12:f` (FromPage:
/// the address only if Page holds f's page). The walker follows it to name
/// the callee of a later register call.
struct FunctionAddress {
  enum Kind : uint8_t { Address, Page, FromPage };
  Kind K = Address;
  Register Dst;
  /// The global the instruction names (the walker checks that it is code).
  const GlobalValue *GV = nullptr;
  /// For FromPage: the register that must hold GV's page.
  Register PageReg;
};

/// A call that the AsmPrinter emits for a pseudo that is not `isCall()` in
/// the MIR: the object code calls out of the function at the pseudo's SP
/// depth (plus SPExtra bytes the lowering pushes first).
struct LoweredCall {
  /// The runtime function called; empty for a call through a pointer.
  StringRef Callee;
  /// Bytes the lowered sequence pushes below the pseudo's SP before it calls.
  int64_t SPExtra = 0;
};

/// A call or return that moves SP for the function's own frame, and is no
/// call edge: a call to a register-save routine (RISC-V `-msave-restore`:
/// `call t0, __riscv_save_N`), the tail call to its restore routine, which
/// returns for the function, or a return that pops first (Zcmp
/// `cm.popret`). The walker moves SP by Bytes (deeper is positive), charges
/// Peak bytes below SP at the instruction (the routine's own deepest SP),
/// and judges a return's balance after the move. Known = false: the target
/// knows the instruction is one of these but not by how much: SP becomes
/// unknown.
struct FrameAdjust {
  int64_t Bytes = 0;
  int64_t Peak = 0;
  bool Known = true;

  static FrameAdjust unknown() {
    FrameAdjust A;
    A.Known = false;
    return A;
  }
};

/// One target's reading of machine instructions, for one machine function.
class SPDecoder {
public:
  explicit SPDecoder(const MachineFunction &MF);
  virtual ~SPDecoder();

  /// What MI does to SP and the registers the walk follows. Calls, returns,
  /// inline asm, debug and CFI instructions and register copies that
  /// TargetInstrInfo::isCopyInstr recognizes are the walker's; they are
  /// never passed here, except predicated copies: for a predicated
  /// instruction (TargetInstrInfo::isPredicated) the effect must hold on
  /// the path the walk goes on with whether or not MI executes.
  virtual SPEffect decode(const MachineInstr &MI) const = 0;

  /// MI is a call or return that moves SP for the frame (FrameAdjust); such a
  /// call is no call site. Checked before decode, for every instruction.
  virtual std::optional<FrameAdjust> frameAdjust(const MachineInstr &MI) const;

  /// MI puts a code symbol's address (or page) in a register.
  virtual std::optional<FunctionAddress>
  functionAddress(const MachineInstr &MI) const;

  /// The call a target pseudo becomes in the AsmPrinter (TLS, sanitizer
  /// checks, XRay event sleds). `FENTRY_CALL` is the walker's.
  virtual std::optional<LoweredCall> loweredCall(const MachineInstr &MI) const;

  /// MI is a call that codegen makes on its own (TLS sequences), tied to no
  /// IR call: an indirect one gets no IR signatures.
  virtual bool isCodegenOnlyCall(const MachineInstr &MI) const;

  /// Reg is the program counter (a PC-relative memory operand is a GOT slot,
  /// not a table indexed by a register).
  virtual bool isProgramCounter(Register Reg) const;

  /// Bytes the call instruction pushes (the return address): the depth of SP
  /// when a function's first instruction runs.
  virtual int64_t returnAddressBytes() const;

  /// The function is an interrupt or exception handler (the hardware, not a
  /// call, enters it). The default reads the IR's "interrupt" attribute.
  virtual bool isInterruptHandler() const;

  /// Bytes the hardware pushes, beyond returnAddressBytes(), on the stack the
  /// function runs on when an exception enters it (Cortex-M's stacked frame,
  /// alignment padding included). None where an exception pushes nothing
  /// there; the analysis charges it to the functions that are handlers.
  virtual std::optional<int64_t> interruptFrameBytes() const;

  /// MI is data placed in the code (an ARM literal-pool entry): a block that
  /// holds nothing else is never executed, and not walked.
  virtual bool isData(const MachineInstr &MI) const;

protected:
  const MachineFunction &MF;
  const TargetInstrInfo &TII;
  const TargetRegisterInfo &TRI;
  /// The stack pointer (TargetLowering's register to save and restore).
  Register SP;

  /// Operand I of MI if it is a register, else no register.
  static Register regOp(const MachineInstr &MI, unsigned I);
  /// Operand I of MI if it is an immediate.
  static std::optional<int64_t> immOp(const MachineInstr &MI, unsigned I);
};

using SPDecoderFactory =
    std::unique_ptr<SPDecoder> (*)(const MachineFunction &MF);

/// Registers Create as the decoder for the architectures Arches (called once
/// per target, from its initialize<T>StackReport).
void registerSPDecoder(ArrayRef<Triple::ArchType> Arches,
                       SPDecoderFactory Create);

/// The decoder factory for TT's architecture, or null: no report.
SPDecoderFactory findSPDecoder(const Triple &TT);

} // end namespace llvm

#endif // LLVM_CODEGEN_STACKREPORTDECODER_H
