//===- Passes.h - mojoc's own MLIR passes -----------------------*- C++ -*-===//
//
// Internal to Codegen: the two passes Lowering.cpp adds around upstream
// ones. Both work on a builtin.module.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_CODEGEN_PASSES_H
#define MOJOC_CODEGEN_PASSES_H

#include <memory>

namespace mlir {
class MLIRContext;
class Pass;
} // namespace mlir

namespace mojo::codegen {

/// Unit attributes IRGen may put on a func.func for `@always_inline` and
/// `@no_inline`. The inliner honours them, and the lowering turns them into
/// LLVM's alwaysinline / noinline so that LLVM's inliner does too.
inline constexpr char kAlwaysInlineAttr[] = "mojo.always_inline";
inline constexpr char kNoInlineAttr[] = "mojo.no_inline";

/// MLIR's inliner with a size limit (Inliner.cpp): callees of at most a few
/// dozen ops, or marked always-inline, are inlined bottom-up, canonicalizing
/// each function after inlining into it.
std::unique_ptr<mlir::Pass> createInlinerPass();

/// Gives the dialects that lack one an inliner interface (index, in MLIR
/// 19). Must run before the pass manager starts: interfaces cannot be added
/// while passes run.
void addMissingInlinerInterfaces(mlir::MLIRContext &context);

/// func, cf, arith, index, math, vector, scf, ub -> llvm (LowerToLLVM.cpp).
/// Leaves unrealized_conversion_casts for reconcile-unrealized-casts.
std::unique_ptr<mlir::Pass> createLowerToLLVMPass();

} // namespace mojo::codegen

#endif
