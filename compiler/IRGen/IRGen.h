//===- IRGen.h - Checked program to MLIR -----------------------*- C++ -*-===//
//
// Entry point of IR generation: one `func.func` per function instance of the
// checked program, plus the `__mojo_main` entry the runtime calls. Register-
// passable values travel as their flattened leaf values (an `Int` is one
// `index`, a `StringLiteral` is a `!llvm.ptr` and an `index`); variables live
// in `llvm.alloca` slots typed by the struct's nested layout, which LLVM's
// mem2reg turns back into registers.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_IRGEN_IRGEN_H
#define MOJOC_IRGEN_IRGEN_H

#include "compiler/Basic/Diagnostic.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

namespace mojo {
namespace sema {
struct Program;
}

/// Emits `program` as an MLIR module. Returns null after reporting to
/// `diags` when an `__mlir_op` or `__mlir_type` cannot be built.
mlir::OwningOpRef<mlir::ModuleOp> emitMLIR(const sema::Program &program,
                                           mlir::MLIRContext &context,
                                           DiagnosticEngine &diags);

/// Routes MLIR diagnostics (verifier and pass failures) to `diags`, mapping
/// their file:line:col locations back into the user's source.
class MLIRDiagnosticBridge {
public:
  MLIRDiagnosticBridge(mlir::MLIRContext &context, DiagnosticEngine &diags);
  ~MLIRDiagnosticBridge();

private:
  mlir::MLIRContext &context;
  uint64_t handlerId;
};

/// The MLIR location of a source position.
mlir::Location getMLIRLocation(mlir::MLIRContext &context,
                               const SourceManager &sources, SourceLoc loc);

} // namespace mojo

#endif
