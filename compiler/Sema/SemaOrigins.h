//===- SemaOrigins.h - Origins no argument binds ----------------*- C++ -*-===//
//
// Kept apart from SemaImpl.h, which every Sema file includes, so that the
// two places binding parameters (a function's, SemaParamBinding.cpp; a
// struct's from its constructor, SemaCall.cpp) share it without a rebuild
// of all of Sema when it changes.
//
//===----------------------------------------------------------------------===//
#ifndef MOJO_SEMA_SEMAORIGINS_H
#define MOJO_SEMA_SEMAORIGINS_H

#include "compiler/AST/ASTContext.h"
#include "compiler/SemIR/Program.h"

#include <vector>

namespace mojo::sema {

/// Binds each origin parameter of `params` still unbound in `values`, and
/// without a default, to any origin: origins are not tracked, so one that
/// no argument binds (`StringSlice(s)`, `s: Span[Int, o]` given a `List`)
/// is the one origin value, immutable only when declared
/// `ImmutableOrigin`. `values` is parallel to `params`.
void bindUnboundOrigins(const ast::ASTContext &ctx,
                        llvm::ArrayRef<const ast::ParamDecl *> params,
                        std::vector<CValue> &values);

} // namespace mojo::sema

#endif // MOJO_SEMA_SEMAORIGINS_H
