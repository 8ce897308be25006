//===- MLIRDiagnostics.cpp - MLIR diagnostics as mojoc diagnostics --------===//
//
// IRGen gives every op the FileLineColLoc of the construct it came from, so
// an MLIR verifier or pass error can be reported at the user's source line.
//
//===----------------------------------------------------------------------===//
#include "compiler/IRGen/IRGen.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"
#include "mlir/IR/MLIRContext.h"

using namespace mojo;

mlir::Location mojo::getMLIRLocation(mlir::MLIRContext &context,
                                     const SourceManager &sources,
                                     SourceLoc loc) {
  unsigned buffer = sources.findBuffer(loc);
  if (!buffer)
    return mlir::UnknownLoc::get(&context);
  LineColumn lc = sources.getLineColumn(loc);
  return mlir::FileLineColLoc::get(&context, sources.getBufferName(buffer),
                                   lc.line, lc.column);
}

static SourceLoc findSourceLoc(const SourceManager &sources,
                               mlir::Location loc) {
  auto fileLoc = mlir::dyn_cast<mlir::FileLineColLoc>(loc);
  if (!fileLoc) {
    if (auto nameLoc = mlir::dyn_cast<mlir::NameLoc>(loc))
      return findSourceLoc(sources, nameLoc.getChildLoc());
    if (auto fused = mlir::dyn_cast<mlir::FusedLoc>(loc))
      for (mlir::Location inner : fused.getLocations())
        if (SourceLoc found = findSourceLoc(sources, inner); found.isValid())
          return found;
    if (auto callSite = mlir::dyn_cast<mlir::CallSiteLoc>(loc))
      return findSourceLoc(sources, callSite.getCaller());
    return {};
  }
  // FindLocForLineAndColumn only caches line offsets; it is logically const.
  auto &mgr = const_cast<llvm::SourceMgr &>(sources.llvmSourceMgr());
  for (unsigned id = 1, e = mgr.getNumBuffers(); id <= e; ++id) {
    if (sources.getBufferName(id) != fileLoc.getFilename().getValue())
      continue;
    return mgr.FindLocForLineAndColumn(id, fileLoc.getLine(),
                                       fileLoc.getColumn());
  }
  return {};
}

MLIRDiagnosticBridge::MLIRDiagnosticBridge(mlir::MLIRContext &context,
                                           DiagnosticEngine &diags)
    : context(context) {
  handlerId = context.getDiagEngine().registerHandler(
      [&diags](mlir::Diagnostic &diag) {
        if (diag.getSeverity() != mlir::DiagnosticSeverity::Error)
          return mlir::success();
        SourceLoc loc = findSourceLoc(diags.getSourceManager(),
                                      diag.getLocation());
        diags.report(loc, DiagID::err_mlir) << diag.str();
        return mlir::success();
      });
}

MLIRDiagnosticBridge::~MLIRDiagnosticBridge() {
  context.getDiagEngine().eraseHandler(handlerId);
}
