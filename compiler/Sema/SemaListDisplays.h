//===- SemaListDisplays.h - The type a list display argument takes -*- C++ -*-===//
//
// A list display passed to a call (`f([])`) is checked before the call is
// resolved, as every argument is; its element type then comes from the
// parameter it will bind, when the candidates agree on one.
//
//===----------------------------------------------------------------------===//
#ifndef MOJO_SEMA_SEMALISTDISPLAYS_H
#define MOJO_SEMA_SEMALISTDISPLAYS_H

#include "compiler/Sema/SemaImpl.h"

namespace mojo::sema {

/// The `List` type a list display passed as argument `index` of `args`
/// (by its keyword, if any) to `callee` is expected to be: the one the
/// matching parameter of every candidate bound to nothing declares, so
/// that `f([])` and `f([1, 2])` with `f(x: List[Float64])` build that
/// list. Null when no candidate, or no single type, is known.
Type expectedDisplayType(Sema &sema, const Entity &callee,
                         llvm::ArrayRef<ast::Argument> args, size_t index,
                         SourceRange range);

} // namespace mojo::sema

#endif // MOJO_SEMA_SEMALISTDISPLAYS_H
