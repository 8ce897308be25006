//===- Codegen.h - From MLIR to machine code --------------------*- C++ -*-===//
//
// The back half of the pipeline, as a handful of free functions the driver,
// the REPL and the tests call in order:
//
//   lowerToLLVMDialect   MLIR (func, cf, arith, index, math, vector, scf,
//                        llvm) -> simplified (inline, canonicalize, CSE)
//                        -> LLVM dialect only, in place
//   translateToLLVMIR    LLVM dialect -> llvm::Module for the target CPU,
//                        optimized at -O<n>
//   emitFile             llvm::Module -> .o / .s
//   linkExecutable       .o files + runtime -> executable (via `cc`)
//   runJIT               llvm::Module -> run `__mojo_main` in this process
//
// Targets are initialized lazily on first use; callers need no LLVM setup.
// The header stays free of MLIR includes so the driver's headers do not pull
// MLIR in.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_CODEGEN_CODEGEN_H
#define MOJOC_CODEGEN_CODEGEN_H

#include "compiler/Basic/TargetFacts.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/LogicalResult.h"

#include <cstdint>
#include <memory>
#include <string>

namespace llvm {
class LLVMContext;
class Module;
namespace orc {
class LLJIT;
} // namespace orc
} // namespace llvm

namespace mlir {
class ModuleOp;
} // namespace mlir

namespace mojo {

class DiagnosticEngine;

/// How to generate code; the same options must reach every step so that the
/// IR is optimized for the machine it is emitted or JIT-compiled for.
struct CodegenOptions {
  /// 0-3, as -O0 ... -O3. Level 0 also skips the MLIR simplifications.
  unsigned optLevel = 3;
  /// The -mcpu name (`skylake-avx512`, `znver4`); empty or "native" means
  /// the host CPU with every feature it reports (AVX-512 where present).
  std::string cpu;
  /// Extra -mattr features, comma separated (`+avx2,-fma`), applied after
  /// those the CPU implies.
  std::string features;
  /// Print how long each MLIR and LLVM pass took to standard error
  /// (`--time-passes`), to see where compile time goes.
  bool timePasses = false;
};

/// What `sys.info` answers for the target `opts` selects (the host CPU
/// unless a CPU is named): the driver hands it to Sema.
TargetFacts describeTarget(const CodegenOptions &opts);

/// Simplifies `module` (inline small straight-line functions, canonicalize,
/// CSE) and converts every op to the LLVM dialect, in place. Failures (an op
/// with no lowering, a verifier error) are reported to `diags` at the op's
/// source location when `diags` is given, and otherwise through the
/// MLIRContext's diagnostic handlers.
llvm::LogicalResult lowerToLLVMDialect(mlir::ModuleOp module,
                                       const CodegenOptions &opts,
                                       DiagnosticEngine *diags = nullptr);

/// Translates an LLVM-dialect module (see lowerToLLVMDialect) into `ctx`,
/// sets the target triple, data layout and per-function CPU attributes, and
/// runs LLVM's -O<optLevel> pipeline with the target's cost model. Errors go
/// to `diags` or the MLIRContext as for lowering; the result is then null.
std::unique_ptr<llvm::Module>
translateToLLVMIR(mlir::ModuleOp module, llvm::LLVMContext &ctx,
                  const CodegenOptions &opts,
                  DiagnosticEngine *diags = nullptr);

enum class OutputKind { Assembly, Object };

/// Writes `module` as assembly or an object file to `path` ("-" is standard
/// output). When code generation fails no partial file is left behind.
llvm::Error emitFile(llvm::Module &module, llvm::StringRef path,
                     OutputKind kind, const CodegenOptions &opts);

/// Links `objects` with the runtime (libmojo_runtime_main.a and
/// libmojo_runtime.a from `runtimeLibDir`; empty means the build tree's
/// library folder) into the executable `output`, using the system C
/// compiler driver `cc`. Its error output goes to standard error.
llvm::Error linkExecutable(llvm::ArrayRef<std::string> objects,
                           llvm::StringRef output,
                           llvm::StringRef runtimeLibDir = {});

/// JIT-compiles `module` with ORC and runs `__mojo_main()` in this process,
/// after giving the runtime `argv` (argv[0] is the program name). Runtime
/// functions resolve to the copy of mojo_runtime linked into this process,
/// libc/libm symbols to the process's own. Standard output is flushed when
/// main returns. Returns main's exit code; a program that calls `sys.exit`
/// ends this process.
llvm::Expected<int> runJIT(std::unique_ptr<llvm::Module> module,
                           std::unique_ptr<llvm::LLVMContext> ctx,
                           llvm::ArrayRef<std::string> argv,
                           const CodegenOptions &opts);

/// A module JIT-compiled with ORC, as runJIT does, whose entry points
/// (`() -> i32`, such as `__mojo_main` and `__mojo_test_<i>`) the caller
/// runs one at a time: `mojoc test` runs each in a child process.
class JITProgram {
public:
  using EntryPoint = int32_t (*)();

  /// Compiles `module` and runs its global constructors.
  static llvm::Expected<std::unique_ptr<JITProgram>>
  create(std::unique_ptr<llvm::Module> module,
         std::unique_ptr<llvm::LLVMContext> ctx, const CodegenOptions &opts);
  ~JITProgram();

  /// The entry point `symbol`.
  llvm::Expected<EntryPoint> lookup(llvm::StringRef symbol);

  /// Calls `entry` with the runtime set up for `argv` (argv[0] is the
  /// program name) and returns its exit code; output is flushed after.
  static int call(EntryPoint entry, llvm::ArrayRef<std::string> argv);

private:
  explicit JITProgram(std::unique_ptr<llvm::orc::LLJIT> jit);
  std::unique_ptr<llvm::orc::LLJIT> jit;
};

} // namespace mojo

#endif
