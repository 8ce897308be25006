//===- LowerToLLVM.h - The dialect conversion to LLVM -----------*- C++ -*-===//
//
// Internal to Codegen: the one pass that takes every dialect IRGen emits to
// the LLVM dialect (Lowering.cpp runs it after the simplifications).
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_CODEGEN_LOWERTOLLVM_H
#define MOJOC_CODEGEN_LOWERTOLLVM_H

#include <memory>

namespace mlir {
class Pass;
} // namespace mlir

namespace mojo::codegen {

/// func, cf, arith, index, math, vector, scf, ub -> llvm on a builtin.module.
/// Leaves unrealized_conversion_casts for reconcile-unrealized-casts.
std::unique_ptr<mlir::Pass> createLowerToLLVMPass();

} // namespace mojo::codegen

#endif
