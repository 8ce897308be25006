//===- Passes.h - mojoc's own MLIR passes -----------------------*- C++ -*-===//
//
// Internal to Codegen: the passes Lowering.cpp adds around upstream ones.
// All work on a builtin.module.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_CODEGEN_PASSES_H
#define MOJOC_CODEGEN_PASSES_H

#include "compiler/IRGen/IRGen.h"
#include <memory>

namespace mlir {
class MLIRContext;
class Pass;
} // namespace mlir

namespace mojo::codegen {

using mojo::kAlwaysInlineAttr;
using mojo::kNoInlineAttr;

/// Rewrites the few ops whose MLIR 19 folding or lowering is wrong
/// (UpstreamFixes.cpp). Runs first, at every optimization level.
std::unique_ptr<mlir::Pass> createUpstreamFixesPass();

/// Inlines straight-line callees (Inliner.cpp) of at most a few dozen ops,
/// or marked always-inline, bottom-up, canonicalizing each function after
/// inlining into it; in time linear in the size of the code inlined.
std::unique_ptr<mlir::Pass> createInlinerPass();

/// Deletes private functions that no public function or module-level op
/// reaches (DeadFunctions.cpp); a symbol-dce that ignores types.
std::unique_ptr<mlir::Pass> createDeadFunctionsPass();

/// Gives the dialects that lack one an inliner interface (index, in MLIR
/// 19). Must run before the pass manager starts: interfaces cannot be added
/// while passes run.
void addMissingInlinerInterfaces(mlir::MLIRContext &context);

/// func, cf, arith, index, math, vector, scf, ub -> llvm (LowerToLLVM.cpp).
/// Leaves unrealized_conversion_casts for reconcile-unrealized-casts.
std::unique_ptr<mlir::Pass> createLowerToLLVMPass();

} // namespace mojo::codegen

#endif
