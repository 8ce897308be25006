//===- ObjectEmitter.cpp - Object and assembly files ----------------------===//
//
// The last step of `mojoc build` (and of `--emit=asm|obj`): LLVM's code
// generator, still driven by the legacy pass manager in LLVM 19, writes the
// optimized module for the selected CPU.
//
//===----------------------------------------------------------------------===//
#include "compiler/Codegen/Codegen.h"
#include "compiler/Codegen/Target.h"

#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassTimingInfo.h"
#include "llvm/Pass.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Target/TargetMachine.h"

using namespace mojo;

llvm::Error mojo::emitFile(llvm::Module &module, llvm::StringRef path,
                           OutputKind kind, const CodegenOptions &opts) {
  auto machineOrErr = codegen::createTargetMachine(opts);
  if (!machineOrErr)
    return machineOrErr.takeError();
  llvm::TargetMachine &machine = **machineOrErr;
  // A module translated for another configuration would be miscompiled.
  if (module.getDataLayout().isDefault())
    module.setDataLayout(machine.createDataLayout());
  if (module.getTargetTriple().empty())
    module.setTargetTriple(machine.getTargetTriple().str());

  // ToolOutputFile deletes a half-written file unless we keep() it, so a
  // failed build never leaves a truncated object behind.
  std::error_code ec;
  auto flags = kind == OutputKind::Assembly ? llvm::sys::fs::OF_Text
                                            : llvm::sys::fs::OF_None;
  llvm::ToolOutputFile out(path, ec, flags);
  if (ec)
    return llvm::createStringError(ec, "cannot open `%s`: %s",
                                   path.str().c_str(), ec.message().c_str());

  llvm::legacy::PassManager pm;
  auto fileType = kind == OutputKind::Assembly
                      ? llvm::CodeGenFileType::AssemblyFile
                      : llvm::CodeGenFileType::ObjectFile;
  if (machine.addPassesToEmitFile(pm, out.os(), nullptr, fileType))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "the target cannot emit this file type");
  // The legacy pass manager reads this global to time its passes.
  llvm::TimePassesIsEnabled = opts.timePasses;
  pm.run(module);
  if (opts.timePasses)
    llvm::reportAndResetTimings();
  out.os().flush();
  if (out.os().has_error()) {
    std::error_code writeError = out.os().error();
    // An uncleared stream error is a fatal error when the stream closes.
    out.os().clear_error();
    return llvm::createStringError(writeError, "cannot write `%s`: %s",
                                   path.str().c_str(),
                                   writeError.message().c_str());
  }
  out.keep();
  return llvm::Error::success();
}
