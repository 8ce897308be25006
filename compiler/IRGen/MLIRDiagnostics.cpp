//===- MLIRDiagnostics.cpp - MLIR errors as mojoc diagnostics -------------===//
#include "compiler/IRGen/MLIRDiagnostics.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Location.h"
#include "mlir/IR/MLIRContext.h"

using namespace mojo;

/// Finds `line`:`col` (1-based) of the buffer named `file`; an invalid
/// location when the file is not one the SourceManager read.
static SourceLoc findLoc(const SourceManager &sources, llvm::StringRef file,
                         unsigned line, unsigned col) {
  const llvm::SourceMgr &mgr = sources.llvmSourceMgr();
  for (unsigned id = 1, e = mgr.getNumBuffers(); id <= e; ++id) {
    if (sources.getBufferName(id) != file)
      continue;
    llvm::StringRef text = sources.getBufferText(id);
    size_t offset = 0;
    for (unsigned l = 1; l < line; ++l) {
      offset = text.find('\n', offset);
      if (offset == llvm::StringRef::npos)
        return {};
      ++offset;
    }
    size_t lineEnd = std::min(text.find('\n', offset), text.size());
    offset = std::min(offset + (col ? col - 1 : 0), lineEnd);
    return SourceLoc::getFromPointer(text.data() + offset);
  }
  return {};
}

static SourceLoc toSourceLoc(const SourceManager &sources, mlir::Location loc) {
  // findInstanceOf looks through fused, name and call-site locations, whose
  // first file location is the op itself (not its inlined-into caller).
  auto fileLoc = loc->findInstanceOf<mlir::FileLineColLoc>();
  if (!fileLoc)
    return {};
  return findLoc(sources, fileLoc.getFilename().getValue(), fileLoc.getLine(),
                 fileLoc.getColumn());
}

MLIRDiagnosticBridge::MLIRDiagnosticBridge(
    mlir::MLIRContext *context, DiagnosticEngine *diags, DiagID id,
    std::optional<mlir::Location> fallback) {
  if (!diags)
    return;
  handler.emplace(context, [diags, id, fallback](mlir::Diagnostic &diag) {
    // Warnings and remarks from upstream passes mean nothing to a user;
    // let the context's other handlers decide about them.
    if (diag.getSeverity() != mlir::DiagnosticSeverity::Error)
      return mlir::failure();
    const SourceManager &sources = diags->getSourceManager();
    SourceLoc loc = toSourceLoc(sources, diag.getLocation());
    if (!loc.isValid() && fallback)
      loc = toSourceLoc(sources, *fallback);
    diags->report(loc, id) << diag.str();
    return mlir::success();
  });
}
