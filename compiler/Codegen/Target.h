//===- Target.h - The machine code is generated for -------------*- C++ -*-===//
//
// One place decides the triple, CPU and features from CodegenOptions, so
// that the optimizer's cost model, the object emitter and the JIT all agree
// (a module optimized for AVX-512 must not be compiled for plain x86-64).
// Internal to Codegen.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_CODEGEN_TARGET_H
#define MOJOC_CODEGEN_TARGET_H

#include "llvm/Support/CodeGen.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <string>

namespace llvm {
class TargetMachine;
} // namespace llvm

namespace mojo {
struct CodegenOptions;

namespace codegen {

/// Registers the host target, its assembly printer and parser, once per
/// process. Only the native target: the others cost startup time.
void initializeNativeTarget();

/// The concrete target chosen by CodegenOptions.
struct TargetSelection {
  std::string triple;
  std::string cpu;
  /// SubtargetFeatures syntax: "+avx2,+fma,-avx512f".
  std::string features;
};

/// Resolves an empty or "native" CPU to the host CPU and its features.
TargetSelection selectTarget(const CodegenOptions &opts);

/// -O<level> as the code generator's level.
llvm::CodeGenOptLevel getCodeGenOptLevel(unsigned optLevel);

/// A TargetMachine for `opts` with position-independent code (executables
/// are PIE by default on the systems we link with).
llvm::Expected<std::unique_ptr<llvm::TargetMachine>>
createTargetMachine(const CodegenOptions &opts);

} // namespace codegen
} // namespace mojo

#endif
