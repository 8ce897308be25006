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

/// Why `foldIntLiteral` gave no value.
enum class FoldFailure : uint8_t {
  /// IntLiteral lacks the operator (`/`), or not for these operands (a
  /// negative shift): the caller materializes the operands instead.
  Unsupported,
  /// The result would be wider than budget::kMaxIntLiteralBits: an error.
  TooLarge,
  /// `//` or `%` by zero: an error.
  DivisionByZero,
};

/// Folds the IntLiteral operator named by its dunder (`__add__`, `__neg__`,
/// `__lt__`, ...). `rhs` is null for unary operators. Comparisons give a
/// 1-bit result. Returns nothing, and sets `failure` if given, for an
/// operator IntLiteral lacks or a result over the value size budget; the
/// budget is checked before a wide result is computed.
std::optional<llvm::APSInt> foldIntLiteral(llvm::StringRef dunder,
                                           const llvm::APSInt &lhs,
                                           const llvm::APSInt *rhs,
                                           FoldFailure *failure = nullptr);

} // namespace mojo::comptime

#endif
