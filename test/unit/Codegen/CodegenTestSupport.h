//===- CodegenTestSupport.h - Helpers for the Codegen tests ----*- C++ -*-===//
//
// MLIR stays inside CodegenTestSupport.cpp, so the test files themselves
// compile quickly: they hand MLIR source text in and get LLVM modules out.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_TEST_UNIT_CODEGEN_CODEGENTESTSUPPORT_H
#define MOJOC_TEST_UNIT_CODEGEN_CODEGENTESTSUPPORT_H

#include "compiler/Codegen/Codegen.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"

#include <memory>
#include <string>
#include <vector>

namespace mojo::test {

/// An LLVM module with the context that owns it.
struct CompiledModule {
  std::unique_ptr<llvm::LLVMContext> context;
  std::unique_ptr<llvm::Module> module;
  /// MLIR errors, as "line:col: message", when compiling failed.
  std::vector<std::string> errors;
};

/// Parses `source` (MLIR text, file name "test.mlir"), lowers it to the LLVM
/// dialect and translates it to an optimized llvm::Module. On failure the
/// module is null and `errors` holds what the DiagnosticEngine received.
CompiledModule compileMLIR(llvm::StringRef source,
                           const CodegenOptions &opts = {});

/// Parses `source` and lowers it to the LLVM dialect; returns the printed
/// module, or "" after recording a test failure.
std::string lowerMLIR(llvm::StringRef source, const CodegenOptions &opts = {});

/// The textual LLVM IR of `module`.
std::string printIR(const llvm::Module &module);

/// Compiles `source` and runs `__mojo_main` in the JIT with `argv`.
/// Returns main's result, or -1000 after recording a test failure.
int runMLIR(llvm::StringRef source, std::vector<std::string> argv = {"test"},
            const CodegenOptions &opts = {});

/// Redirects file descriptor 1 to a temporary file while alive; take()
/// restores it and returns what was written.
class StdoutCapture {
public:
  StdoutCapture();
  ~StdoutCapture();
  std::string take();

private:
  int savedFd = -1;
  llvm::SmallString<128> path;
};

/// A fresh temporary directory, removed with its contents at destruction.
class TempDir {
public:
  TempDir();
  ~TempDir();
  std::string file(llvm::StringRef name) const;

private:
  llvm::SmallString<128> path;
};

} // namespace mojo::test

#endif
