//===- Emit.cpp - StackReport: the JSON Lines records --------------------===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// JSON emission: the `module` header, one `function` record per machine
// function (its depth, flags, audit numbers from the frame, call sites, and
// the IR facts that resolve indirect calls: address taken, signature, type
// ids), the module's `symbols` record (address-taken code symbols, aliases,
// ifuncs with their resolvers' targets, the names it uses undefined and the data
// it defines) and the `end` record, each one line
// written with llvm/Support/JSON.h. The format is docs/stack-report-format.md;
// nothing here decides a depth.
//
//===----------------------------------------------------------------------===//

#include "Emit.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/TargetFrameLowering.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalAlias.h"
#include "llvm/IR/GlobalIFunc.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/MD5.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace llvm::stackreport;

#define DEBUG_TYPE "stack-report"

namespace {

StringRef linkageName(GlobalValue::LinkageTypes L) {
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

/// True when GV's address escapes: any use but as a direct callee, global
/// initializers (vtables, callback tables) and constant expressions included.
/// An alias's uses are its own (it is listed under its name), an ifunc's
/// resolver is run by the loader, and a blockaddress is no function pointer.
bool isAddressTaken(const GlobalValue &GV) {
  for (const Use &U : GV.uses()) {
    const User *Usr = U.getUser();
    if (isa<GlobalAlias>(Usr) || isa<GlobalIFunc>(Usr) ||
        isa<BlockAddress>(Usr))
      continue;
    if (const auto *CB = dyn_cast<CallBase>(Usr); CB && CB->isCallee(&U))
      continue;
    return true;
  }
  return false;
}

/// The code symbols an ifunc's resolver may return, or nullopt when a return
/// value is not a known function (then a call through the ifunc is unknown).
std::optional<SmallVector<const GlobalValue *, 4>>
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

/// The ids of F's generalized `!type` metadata, as AsmPrinter's call graph
/// section computes them (MD5 of the type name): what indirect calls' ids
/// are matched against.
json::Array functionTypeIds(const Function &F) {
  json::Array Ids;
  SmallVector<MDNode *, 2> Types;
  F.getMetadata(LLVMContext::MD_type, Types);
  for (MDNode *Type : Types)
    if (Type->hasGeneralizedMDString())
      Ids.push_back(MD5Hash(cast<MDString>(Type->getOperand(1))->getString()));
  return Ids;
}

std::string printedSignature(const Function &F) {
  return signatureText(*F.getFunctionType(), F.getCallingConv());
}

json::Object symbolRef(const GlobalValue &GV) {
  return json::Object{{"name", symbolName(GV)},
                      {"local", GV.hasLocalLinkage()}};
}

json::Object toJSON(const CallSite &C) {
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

} // end anonymous namespace

std::string stackreport::signatureText(const FunctionType &T,
                                       CallingConv::ID CC) {
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

json::Object stackreport::moduleRecord(const Module &M) {
  return json::Object{{"kind", "module"},
                      {"source", M.getSourceFileName()},
                      {"module_id", M.getModuleIdentifier()},
                      {"triple", M.getTargetTriple().str()},
                      {"llvm_version", LLVM_VERSION_STRING},
                      {"pass", "stack-report"}};
}

json::Object stackreport::functionRecord(const FunctionRecord &R) {
  const MachineFunction &MF = *R.MF;
  const Function &F = MF.getFunction();
  const MachineFrameInfo &MFI = MF.getFrameInfo();
  const TargetFrameLowering &TFL = *MF.getSubtarget().getFrameLowering();

  json::Array CallsJson;
  for (const CallSite &C : R.Calls)
    CallsJson.push_back(toJSON(C));
  json::Array FlagsJson;
  for (StringRef Flag : R.Flags)
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
      {"return_address", R.ReturnAddress},
      {"object_depth", R.ObjectDepth},
      {"sp_depth_max", R.SPDepthMax},
      {"realign_slack", R.RealignSlack},
      {"scalable_bytes", R.ScalableBytes},
  };

  json::Object Record{
      {"kind", "function"},
      {"name", symbolName(F)},
      {"linkage", linkageName(F.getLinkage())},
      {"local", F.hasLocalLinkage()},
      {"triple", R.Triple},
      {"source", R.Source},
      {"own_depth", R.OwnDepth},
      {"dynamic", R.Dynamic},
      {"flags", std::move(FlagsJson)},
      {"frame", std::move(Frame)},
      {"address_taken", isAddressTaken(F)},
      {"signature", printedSignature(F)},
      {"type_ids", functionTypeIds(F)},
      {"calls", std::move(CallsJson)},
      {"interrupt", R.Interrupt},
  };
  if (R.InterruptFrame)
    Record["interrupt_frame"] = *R.InterruptFrame;
  return Record;
}

json::Object stackreport::symbolsRecord(const Module &M) {
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
  // What an archive's linker sees of the module beyond its code: the global
  // names it uses without defining them (data too: a member defining
  // `stdout` is pulled in by a use of `stdout`), the ones only weakly (they
  // pull no member in), and the data it defines.
  json::Array Undefined, WeakUndefined, Data;
  for (const GlobalValue &GV : M.global_values()) {
    if (GV.hasLocalLinkage())
      continue;
    if (const auto *F = dyn_cast<Function>(&GV); F && F->isIntrinsic())
      continue;
    if (GV.isDeclaration()) {
      if (!GV.use_empty())
        (GV.hasExternalWeakLinkage() ? WeakUndefined : Undefined)
            .push_back(symbolName(GV));
      continue;
    }
    if (!isa<Function>(GV) && !isa<GlobalIFunc>(GV) &&
        !isa_and_nonnull<Function>(GV.getAliaseeObject()))
      Data.push_back(symbolName(GV));
  }
  return json::Object{{"kind", "symbols"},
                      {"address_taken", std::move(Taken)},
                      {"aliases", std::move(Aliases)},
                      {"ifuncs", std::move(IFuncs)},
                      {"undefined", std::move(Undefined)},
                      {"weak_undefined", std::move(WeakUndefined)},
                      {"data", std::move(Data)}};
}

json::Object stackreport::endRecord(uint64_t Functions) {
  return json::Object{{"kind", "end"}, {"functions", Functions}};
}

void stackreport::writeRecord(raw_ostream &OS, json::Object Record) {
  Record["schema"] = SchemaVersion;
  OS << json::Value(std::move(Record)) << '\n';
}
