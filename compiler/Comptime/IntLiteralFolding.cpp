//===- IntLiteralFolding.cpp - Exact arithmetic on IntLiteral -------------===//
#include "compiler/Comptime/IntLiteralFolding.h"

#include "compiler/Basic/Budgets.h"

using llvm::APSInt;

namespace {
/// Both operands widened to a common width with room for the result of
/// any operator but shifts and products, which widen further.
std::pair<APSInt, APSInt> widen(const APSInt &a, const APSInt &b,
                                unsigned extra) {
  unsigned width = std::max(a.getBitWidth(), b.getBitWidth()) + extra;
  return {a.extend(width), b.extend(width)};
}

APSInt shrink(APSInt v) {
  unsigned needed = std::max(2u, v.getSignificantBits());
  return needed < v.getBitWidth() ? v.trunc(needed) : v;
}

APSInt boolean(bool b) { return APSInt(llvm::APInt(1, b), true); }

APSInt floorDiv(const APSInt &a, const APSInt &b) {
  APSInt q(a.sdiv(b), false), r(a.srem(b), false);
  if (!r.isZero() && (r.isNegative() != b.isNegative()))
    q -= APSInt(llvm::APInt(q.getBitWidth(), 1), false);
  return q;
}
} // namespace

/// The fold, unchecked but for the widths of products and left shifts,
/// which are bounded before they are computed.
static std::optional<APSInt> fold(llvm::StringRef dunder, const APSInt &lhs,
                                  const APSInt *rhs, bool &tooWide,
                                  bool &divisionByZero) {
  const unsigned limit = mojo::budget::kMaxIntLiteralBits;
  if (!rhs) {
    APSInt v = lhs.extend(lhs.getBitWidth() + 1);
    if (dunder == "__neg__")
      return shrink(-v);
    if (dunder == "__pos__")
      return lhs;
    if (dunder == "__invert__")
      return shrink(~v);
    return std::nullopt;
  }
  if (dunder == "__lshift__") {
    if (rhs->isNegative())
      return std::nullopt;
    if (lhs.isZero())
      return lhs;
    // The width of the result is exactly the sum.
    if (rhs->getActiveBits() > 32 ||
        lhs.getSignificantBits() + rhs->getZExtValue() > limit) {
      tooWide = true;
      return std::nullopt;
    }
    unsigned shift = rhs->getZExtValue();
    APSInt v = lhs.extend(lhs.getBitWidth() + shift);
    return shrink(v << shift);
  }
  if (dunder == "__mul__") {
    // A product of p- and q-bit values needs at least p + q - 3 bits;
    // below that it is computed and checked like any other result.
    if (!lhs.isZero() && !rhs->isZero() &&
        lhs.getSignificantBits() + rhs->getSignificantBits() > limit + 3) {
      tooWide = true;
      return std::nullopt;
    }
    auto [a, b] = widen(lhs, *rhs, std::min(lhs.getBitWidth(),
                                            rhs->getBitWidth()) + 1);
    return shrink(a * b);
  }
  auto [a, b] = widen(lhs, *rhs, 1);
  if (dunder == "__add__")
    return shrink(a + b);
  if (dunder == "__sub__")
    return shrink(a - b);
  if ((dunder == "__floordiv__" || dunder == "__mod__") && b.isZero()) {
    divisionByZero = true;
    return std::nullopt;
  }
  if (dunder == "__floordiv__")
    return shrink(floorDiv(a, b));
  if (dunder == "__mod__")
    return shrink(a - floorDiv(a, b) * b);
  if (dunder == "__rshift__") {
    if (b.isNegative())
      return std::nullopt;
    unsigned shift = b.getActiveBits() > 16 ? a.getBitWidth()
                                            : unsigned(b.getZExtValue());
    return shrink(APSInt(a.ashr(std::min(shift, a.getBitWidth() - 1)), false));
  }
  if (dunder == "__and__")
    return shrink(a & b);
  if (dunder == "__or__")
    return shrink(a | b);
  if (dunder == "__xor__")
    return shrink(a ^ b);
  if (dunder == "__eq__")
    return boolean(a == b);
  if (dunder == "__ne__")
    return boolean(a != b);
  if (dunder == "__lt__")
    return boolean(a < b);
  if (dunder == "__le__")
    return boolean(a <= b);
  if (dunder == "__gt__")
    return boolean(a > b);
  if (dunder == "__ge__")
    return boolean(a >= b);
  return std::nullopt;
}

std::optional<APSInt> mojo::comptime::foldIntLiteral(llvm::StringRef dunder,
                                                     const APSInt &lhs,
                                                     const APSInt *rhs,
                                                     FoldFailure *failure) {
  bool tooWide = false, divisionByZero = false;
  std::optional<APSInt> result =
      fold(dunder, lhs, rhs, tooWide, divisionByZero);
  // Sums and the like grow by a bit at most: they are checked after.
  if (result && result->getSignificantBits() > mojo::budget::kMaxIntLiteralBits)
    tooWide = true;
  if (tooWide || !result) {
    if (failure)
      *failure = tooWide          ? FoldFailure::TooLarge
                 : divisionByZero ? FoldFailure::DivisionByZero
                                  : FoldFailure::Unsupported;
    return std::nullopt;
  }
  return result;
}
