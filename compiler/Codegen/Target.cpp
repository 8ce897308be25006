//===- Target.cpp - The machine code is generated for ---------------------===//
#include "compiler/Codegen/Target.h"

#include "compiler/Codegen/Codegen.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"

#include <optional>

using namespace mojo;
using namespace mojo::codegen;

void codegen::initializeNativeTarget() {
  // A function-local static is initialized exactly once, even when the REPL
  // and the driver race to it from two threads.
  static const bool initialized = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    // The parser is needed for inline assembly from the stdlib.
    llvm::InitializeNativeTargetAsmParser();
    return true;
  }();
  (void)initialized;
}

/// The host's features in SubtargetFeatures syntax, computed once: cpuid is
/// cheap, but the string is built for every module otherwise.
static const std::string &getHostFeatures() {
  static const std::string features = [] {
    llvm::SubtargetFeatures subtarget;
    for (const auto &feature : llvm::sys::getHostCPUFeatures())
      subtarget.AddFeature(feature.getKey(), feature.getValue());
    return subtarget.getString();
  }();
  return features;
}

TargetSelection codegen::selectTarget(const CodegenOptions &opts) {
  TargetSelection sel;
  sel.triple = llvm::sys::getProcessTriple();
  if (opts.cpu.empty() || opts.cpu == "native") {
    sel.cpu = llvm::sys::getHostCPUName().str();
    sel.features = getHostFeatures();
  } else {
    sel.cpu = opts.cpu;
  }
  if (!opts.features.empty())
    sel.features = sel.features.empty() ? opts.features
                                        : sel.features + "," + opts.features;
  return sel;
}

llvm::CodeGenOptLevel codegen::getCodeGenOptLevel(unsigned optLevel) {
  switch (optLevel) {
  case 0:
    return llvm::CodeGenOptLevel::None;
  case 1:
    return llvm::CodeGenOptLevel::Less;
  case 2:
    return llvm::CodeGenOptLevel::Default;
  default:
    return llvm::CodeGenOptLevel::Aggressive;
  }
}

llvm::Expected<std::unique_ptr<llvm::TargetMachine>>
codegen::createTargetMachine(const CodegenOptions &opts) {
  initializeNativeTarget();
  TargetSelection sel = selectTarget(opts);
  std::string error;
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(sel.triple, error);
  if (!target)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "no target for `%s`: %s", sel.triple.c_str(),
                                   error.c_str());
  // Without this check LLVM prints a warning and silently targets a generic
  // CPU, which would make `-mcpu` typos look like slow code. The generic
  // subtarget answers for any CPU name without printing that warning.
  std::unique_ptr<llvm::MCSubtargetInfo> generic(
      target->createMCSubtargetInfo(sel.triple, "", ""));
  if (!generic || !generic->isCPUStringValid(sel.cpu))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "unknown CPU `%s` for `%s`", sel.cpu.c_str(),
                                   sel.triple.c_str());
  llvm::TargetOptions targetOpts;
  std::unique_ptr<llvm::TargetMachine> machine(target->createTargetMachine(
      sel.triple, sel.cpu, sel.features, targetOpts, llvm::Reloc::PIC_,
      std::nullopt, getCodeGenOptLevel(opts.optLevel)));
  if (!machine)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "cannot create a target machine for `%s`",
                                   sel.cpu.c_str());
  return machine;
}

/// The facts of the target `opts` select, without its data layout.
static TargetFacts describeTargetFeatures(const CodegenOptions &opts) {
  TargetSelection sel = selectTarget(opts);
  if (opts.cpu.empty() || opts.cpu == "native") {
    if (opts.features.empty())
      return getHostTargetFacts();
    llvm::SmallVector<llvm::StringRef, 64> parts;
    llvm::StringRef(sel.features).split(parts, ',', -1, false);
    return makeTargetFacts(sel.triple, sel.cpu,
                           std::vector<std::string>(parts.begin(),
                                                    parts.end()));
  }
  // A named CPU: its features are what the subtarget says it implies.
  initializeNativeTarget();
  std::vector<std::string> features;
  std::string error;
  if (const llvm::Target *target =
          llvm::TargetRegistry::lookupTarget(sel.triple, error)) {
    std::unique_ptr<llvm::MCSubtargetInfo> subtarget(
        target->createMCSubtargetInfo(sel.triple, sel.cpu, sel.features));
    if (subtarget)
      for (const llvm::SubtargetFeatureKV &kv :
           subtarget->getAllProcessorFeatures())
        if (subtarget->checkFeatures(std::string("+") + kv.Key))
          features.push_back(std::string("+") + kv.Key);
  }
  return makeTargetFacts(sel.triple, sel.cpu, features);
}

TargetFacts mojo::describeTarget(const CodegenOptions &opts) {
  TargetFacts facts = describeTargetFeatures(opts);
  if (llvm::Expected<std::unique_ptr<llvm::TargetMachine>> machine =
          createTargetMachine(opts))
    facts.dataLayout = (*machine)->createDataLayout().getStringRepresentation();
  else
    llvm::consumeError(machine.takeError()); // Codegen reports it.
  return facts;
}
