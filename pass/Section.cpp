//===- Section.cpp - StackReport: records inside the object --------------===//
//
// Part of the stackbound project, under the Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// With -stack-report-section the records travel inside the ELF object, so
// that they follow it through archives, caches (ccache, sccache), distributed
// builds and the linker (docs/stack-report-format.md, "In an object"):
//
//   .stackbound          one entry per function, SHF_LINK_ORDER to the
//                        function's own section (as .stack_sizes is), so that
//                        --gc-sections drops the records of dropped code and
//                        a discarded COMDAT group takes its records along;
//   .stackbound.modules  one entry per module: its `module` and `symbols`
//                        records.
//
// Both are non-allocated: nothing is loaded at run time and the code is the
// same as without the option. Entries carry a key of their module, since the
// linker interleaves the function entries of many objects. The StackReport
// pass builds each record and holds it (holdForSection); the AsmPrinter
// handler here writes it once the AsmPrinter has emitted the function.
//
//===----------------------------------------------------------------------===//

#include "Section.h"
#include "Emit.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/CodeGen/AsmPrinter.h"
#include "llvm/CodeGen/AsmPrinterHandler.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/StackReport.h"
#include "llvm/CodeGen/StackReportDecoder.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/StructuralHash.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCSectionELF.h"
#include "llvm/MC/MCStreamer.h"
#include "llvm/MC/MCSymbolELF.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/xxhash.h"
#include "llvm/Target/TargetMachine.h"
#include <mutex>

using namespace llvm;
using namespace llvm::stackreport;

#define DEBUG_TYPE "stack-report"

static cl::opt<bool> StackReportSection(
    "stack-report-section",
    cl::desc("Write the stack report records into the object's .stackbound "
             "sections (ELF; stackbound)"));

bool stackreport::reportToSection() { return StackReportSection; }

namespace {

/// Every entry starts with these bytes: the entry format's version is the
/// last one (docs/stack-report-format.md).
constexpr char EntryMagic[4] = {'S', 'B', 'R', '1'};
constexpr char FunctionEntry = 'F', ModuleEntry = 'M';

/// Records between the pass and the AsmPrinter, by machine function: codegen
/// threads of one process (ThinLTO backends) each have their own functions.
class HeldRecords {
  std::mutex Lock;
  DenseMap<const MachineFunction *, std::string> Records;

public:
  void hold(const MachineFunction &MF, std::string Record) {
    std::lock_guard<std::mutex> Guard(Lock);
    Records[&MF] = std::move(Record);
  }
  std::optional<std::string> take(const MachineFunction &MF) {
    std::lock_guard<std::mutex> Guard(Lock);
    auto It = Records.find(&MF);
    if (It == Records.end())
      return std::nullopt;
    std::string Record = std::move(It->second);
    Records.erase(It);
    return Record;
  }
};

HeldRecords &heldRecords() {
  static HeldRecords Held;
  return Held;
}

std::string recordText(json::Object Record) {
  std::string Text;
  raw_string_ostream OS(Text);
  writeRecord(OS, std::move(Record));
  return Text;
}

class SectionWriter : public AsmPrinterHandler {
public:
  explicit SectionWriter(AsmPrinter &AP) : AP(AP) {}

  void beginModule(Module *Mod) override {
    M = Mod;
    ModuleKey = moduleKey(*Mod);
  }

  void endModule() override {
    if (!M)
      return;
    MCContext &Ctx = AP.OutContext;
    MCSection *Modules =
        Ctx.getELFSection(".stackbound.modules", ELF::SHT_PROGBITS, 0);
    AP.OutStreamer->pushSection();
    AP.OutStreamer->switchSection(Modules);
    emitEntry(ModuleEntry, nullptr,
              recordText(moduleRecord(*M)) + recordText(symbolsRecord(*M)));
    AP.OutStreamer->popSection();
  }

  /// Called right after the function's entry label: a label of our own marks this copy's
  /// address. The function's symbol would not: a relocation against a global name resolves to
  /// the definition the linker kept (of two weak copies, or a --wrap'ed one), so every copy's
  /// entry would carry the winner's address.
  void beginFunction(const MachineFunction *) override {
    FunctionBegin = AP.OutContext.createTempSymbol("stackbound_fn");
    AP.OutStreamer->emitLabel(FunctionBegin);
  }

  void endFunction(const MachineFunction *MF) override {
    std::optional<std::string> Record = heldRecords().take(*MF);
    if (!Record || !FunctionBegin)
      return;
    AP.OutStreamer->pushSection();
    AP.OutStreamer->switchSection(functionSection(*MF->getSection()));
    emitEntry(FunctionEntry, FunctionBegin, *Record);
    AP.OutStreamer->popSection();
    FunctionBegin = nullptr;
  }

private:
  AsmPrinter &AP;
  const Module *M = nullptr;
  uint64_t ModuleKey = 0;
  MCSymbol *FunctionBegin = nullptr;

  /// The same IR gives the same key wherever it is compiled (a cache hit
  /// must give the same object); two modules that differ in any function
  /// differ in their key, so their local functions never meet.
  static uint64_t moduleKey(const Module &M) {
    std::string Input = M.getSourceFileName();
    Input.push_back('\0');
    char Hash[8];
    support::endian::write64le(Hash, StructuralHash(M, /*DetailedHash=*/true));
    Input.append(Hash, sizeof(Hash));
    return xxh3_64bits(Input);
  }

  /// Where a function's entry goes: linked to its code, and in its COMDAT
  /// group, exactly as MCObjectFileInfo::getStackSizesSection places
  /// .stack_sizes.
  MCSection *functionSection(const MCSection &Text) {
    const auto &ElfText = static_cast<const MCSectionELF &>(Text);
    unsigned Flags = ELF::SHF_LINK_ORDER;
    StringRef Group;
    if (const MCSymbol *G = ElfText.getGroup()) {
      Group = G->getName();
      Flags |= ELF::SHF_GROUP;
    }
    return AP.OutContext.getELFSection(
        ".stackbound", ELF::SHT_PROGBITS, Flags, 0, Group, true,
        ElfText.getUniqueID(),
        static_cast<const MCSymbolELF *>(Text.getBeginSymbol()));
  }

  /// magic, kind, address size, module key, address, payload length, payload;
  /// integers in the target's byte order.
  void emitEntry(char Kind, const MCSymbol *Function, StringRef Payload) {
    MCStreamer &OS = *AP.OutStreamer;
    unsigned AddressSize = AP.TM.getProgramPointerSize();
    OS.emitBytes(StringRef(EntryMagic, sizeof(EntryMagic)));
    OS.emitIntValue(Kind, 1);
    OS.emitIntValue(AddressSize, 1);
    OS.emitIntValue(ModuleKey, 8);
    if (Function)
      OS.emitSymbolValue(Function, AddressSize);
    else
      OS.emitIntValue(0, AddressSize);
    OS.emitIntValue(Payload.size(), 4);
    OS.emitBytes(Payload);
  }
};

} // end anonymous namespace

void stackreport::holdForSection(const MachineFunction &MF,
                                 json::Object Record) {
  heldRecords().hold(MF, recordText(std::move(Record)));
}

std::unique_ptr<AsmPrinterHandler>
llvm::createStackReportSectionWriter(AsmPrinter &AP) {
  // Elsewhere the pass says why (non-ELF), or writes nothing (no decoder).
  const Triple &TT = AP.TM.getTargetTriple();
  if (!StackReportSection || !TT.isOSBinFormatELF() || !findSPDecoder(TT))
    return nullptr;
  return std::make_unique<SectionWriter>(AP);
}
