//===- ModuleProvider.h - Where Sema gets the AST of a module --*- C++ -*-===//
//
// Sema asks for the AST of each source buffer it loads here, instead of
// parsing it itself: a Session answers from its cache of parsed modules
// (compiler/Frontend/ModuleCache.h), so a second check of an unchanged
// module reuses its AST. The AST is shared: the cache and every Program
// checked from it hold it, so neither dangles when the other is dropped.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_SEMA_MODULEPROVIDER_H
#define MOJOC_SEMA_MODULEPROVIDER_H

#include "compiler/Basic/Diagnostic.h"

#include <memory>

namespace mojo {

namespace ast {
class Module;
} // namespace ast

class ModuleProvider {
public:
  virtual ~ModuleProvider();
  /// The AST of buffer `bufferId`. Its lexing and parsing diagnostics are
  /// reported to `diags` on every call, cached or not, so each check
  /// reports (and counts) all of its errors.
  virtual std::shared_ptr<const ast::Module>
  getModule(const SourceManager &sources, unsigned bufferId,
            DiagnosticEngine &diags) = 0;
};

} // namespace mojo

#endif
