//===- IntLiteralFolding.h - Exact arithmetic on IntLiteral ----*- C++ -*-===//
//
// `IntLiteral` values are arbitrary-precision and exist only at compile
// time, so every operator on two of them is folded here rather than run:
// `1 << 70 >> 68` is 4, and `-7 // 2` is -4, exactly as in Python.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_COMPTIME_INTLITERALFOLDING_H
#define MOJOC_COMPTIME_INTLITERALFOLDING_H

#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/StringRef.h"

#include <optional>

namespace mojo::comptime {

/// Folds the IntLiteral operator named by its dunder (`__add__`, `__neg__`,
/// `__lt__`, ...). `rhs` is null for unary operators. Comparisons give a
/// 1-bit result. Returns nothing for an operator IntLiteral lacks (`/`),
/// which makes the caller materialize the operands instead.
std::optional<llvm::APSInt> foldIntLiteral(llvm::StringRef dunder,
                                           const llvm::APSInt &lhs,
                                           const llvm::APSInt *rhs);

} // namespace mojo::comptime

#endif
