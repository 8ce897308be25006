//===- MLIRDiagnostics.h - MLIR errors as mojoc diagnostics -----*- C++ -*-===//
//
// Lowering and translation report problems through the MLIRContext. While a
// bridge is alive, its errors become mojoc diagnostics at the user's source
// location (the first file:line:col in the op's location, which after
// inlining is where the op was written). IRGen gives every op the location
// of the construct it came from, so this works for IRGen, lowering and
// translation alike.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_IRGEN_MLIRDIAGNOSTICS_H
#define MOJOC_IRGEN_MLIRDIAGNOSTICS_H

#include "compiler/Basic/Diagnostic.h"

#include "mlir/IR/Diagnostics.h"

#include <optional>

namespace mojo {

class MLIRDiagnosticBridge {
public:
  /// Does nothing when `diags` is null: errors then reach the context's
  /// other handlers (by default, standard error). An error whose location
  /// names no source (an op a pass created without one) is reported at
  /// `fallback`, the module's location: IRGen locates the module at the
  /// program's `main`, so every error has a file:line:col.
  MLIRDiagnosticBridge(mlir::MLIRContext *context, DiagnosticEngine *diags,
                       DiagID id, std::optional<mlir::Location> fallback = {});

private:
  std::optional<mlir::ScopedDiagnosticHandler> handler;
};

} // namespace mojo

#endif
