//===- Dialects.h - The MLIR dialects mojoc uses ---------------*- C++ -*-===//
//
// The one list of dialects the compiler loads. Kept to what IRGen emits and
// what `__mlir_op` may name, because each dialect adds compile time (DESIGN:
// register only what is used). This header is MLIR-free on purpose so that
// widely included headers do not pull in MLIR.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_IRGEN_DIALECTS_H
#define MOJOC_IRGEN_DIALECTS_H

namespace mlir {
class DialectRegistry;
class MLIRContext;
} // namespace mlir

namespace mojo {

/// Adds func, cf, arith, index, math, vector, scf, ub and llvm (and their
/// interfaces needed for inlining) to `registry`.
void registerMojoDialects(mlir::DialectRegistry &registry);

/// Registers and loads all of them into `context`, so ops can be built by
/// name (`__mlir_op.`index.add``).
void loadMojoDialects(mlir::MLIRContext &context);

} // namespace mojo

#endif
