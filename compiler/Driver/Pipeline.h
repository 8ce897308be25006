//===- Pipeline.h - The compile steps the driver's commands share -*- C++ -*-===//
//
// Private to compiler/Driver: `build` and `run` (Driver.cpp) and `test`
// (TestRunner.cpp) compile a file the same way.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_DRIVER_PIPELINE_H
#define MOJOC_DRIVER_PIPELINE_H

#include "compiler/Codegen/Codegen.h"
#include "compiler/Driver/Compilation.h"

#include <memory>

namespace mojo::driver {

CodegenOptions getCodegenOptions(const Options &options);

/// Builds the loaded file through to LLVM IR, or prints the stage `--emit`
/// asks for; null after reporting errors or printing.
std::unique_ptr<llvm::Module> compileToLLVM(Compilation &c,
                                            llvm::LLVMContext &llvmContext,
                                            const CodegenOptions &codegen);

/// `mojoc test` (TestRunner.cpp); returns the exit status.
int runTests(const Options &options);

} // namespace mojo::driver

#endif
