//===- IntLiteralFolding.cpp - Exact arithmetic on IntLiteral -------------===//
#include "compiler/Comptime/IntLiteralFolding.h"

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

std::optional<APSInt> mojo::comptime::foldIntLiteral(llvm::StringRef dunder,
                                                     const APSInt &lhs,
                                                     const APSInt *rhs) {
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
    if (rhs->isNegative() || rhs->getActiveBits() > 16)
      return std::nullopt;
    unsigned shift = rhs->getZExtValue();
    APSInt v = lhs.extend(lhs.getBitWidth() + shift);
    return shrink(v << shift);
  }
  if (dunder == "__mul__") {
    auto [a, b] = widen(lhs, *rhs, std::min(lhs.getBitWidth(),
                                            rhs->getBitWidth()) + 1);
    return shrink(a * b);
  }
  auto [a, b] = widen(lhs, *rhs, 1);
  if (dunder == "__add__")
    return shrink(a + b);
  if (dunder == "__sub__")
    return shrink(a - b);
  if (dunder == "__floordiv__")
    return b.isZero() ? shrink(APSInt(llvm::APInt(2, 0), false))
                      : shrink(floorDiv(a, b));
  if (dunder == "__mod__") {
    if (b.isZero())
      return shrink(APSInt(llvm::APInt(2, 0), false));
    return shrink(a - floorDiv(a, b) * b);
  }
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
