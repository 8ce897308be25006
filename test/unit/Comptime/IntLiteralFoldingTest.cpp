//===- IntLiteralFoldingTest.cpp - Exact IntLiteral arithmetic ------------===//
#include "compiler/Comptime/IntLiteralFolding.h"

#include "compiler/Basic/Budgets.h"

#include "llvm/ADT/StringExtras.h"

#include <gtest/gtest.h>

using mojo::comptime::FoldFailure;
using mojo::comptime::foldIntLiteral;

namespace {

llvm::APSInt lit(int64_t v) { return llvm::APSInt(llvm::APInt(65, v, true), false); }

std::string fold(llvm::StringRef op, int64_t a, int64_t b) {
  llvm::APSInt x = lit(a), y = lit(b);
  std::optional<llvm::APSInt> r = foldIntLiteral(op, x, &y);
  return r ? llvm::toString(*r, 10, /*Signed=*/true) : "none";
}

TEST(IntLiteralFolding, FloorDivisionAndModuloFollowPython) {
  EXPECT_EQ(fold("__floordiv__", -7, 2), "-4");
  EXPECT_EQ(fold("__mod__", -7, 2), "1");
  EXPECT_EQ(fold("__floordiv__", 7, -2), "-4");
  EXPECT_EQ(fold("__mod__", 7, -2), "-1");
}

TEST(IntLiteralFolding, DivisionByZeroIsAFailure) {
  llvm::APSInt seven = lit(7), zero = lit(0);
  for (llvm::StringRef op : {"__floordiv__", "__mod__"}) {
    FoldFailure failure = FoldFailure::Unsupported;
    EXPECT_FALSE(foldIntLiteral(op, seven, &zero, &failure));
    EXPECT_EQ(failure, FoldFailure::DivisionByZero) << op.str();
  }
}

TEST(IntLiteralFolding, GrowsPastSixtyFourBits) {
  llvm::APSInt one = lit(1), seventy = lit(70), sixtyEight = lit(68);
  std::optional<llvm::APSInt> big = foldIntLiteral("__lshift__", one, &seventy);
  ASSERT_TRUE(big);
  EXPECT_EQ(llvm::toString(*big, 10, true), "1180591620717411303424");
  std::optional<llvm::APSInt> back =
      foldIntLiteral("__rshift__", *big, &sixtyEight);
  ASSERT_TRUE(back);
  EXPECT_EQ(llvm::toString(*back, 10, true), "4");
  llvm::APSInt max = lit(INT64_MAX);
  std::optional<llvm::APSInt> square = foldIntLiteral("__mul__", max, &max);
  ASSERT_TRUE(square);
  EXPECT_EQ(llvm::toString(*square, 10, true),
            "85070591730234615847396907784232501249");
}

TEST(IntLiteralFolding, ComparisonsGiveOneBit) {
  llvm::APSInt a = lit(-1), b = lit(1);
  std::optional<llvm::APSInt> lt = foldIntLiteral("__lt__", a, &b);
  ASSERT_TRUE(lt);
  EXPECT_EQ(lt->getBitWidth(), 1u);
  EXPECT_TRUE(lt->getBoolValue());
}

TEST(IntLiteralFolding, UnaryOperators) {
  llvm::APSInt five = lit(5);
  EXPECT_EQ(llvm::toString(*foldIntLiteral("__neg__", five, nullptr), 10, true),
            "-5");
  EXPECT_EQ(
      llvm::toString(*foldIntLiteral("__invert__", five, nullptr), 10, true),
      "-6");
}

TEST(IntLiteralFolding, OperatorsIntLiteralLacksAreNotFolded) {
  EXPECT_EQ(fold("__truediv__", 1, 3), "none");
  EXPECT_EQ(fold("__lshift__", 1, -1), "none");
}

/// 2^k as an IntLiteral (k + 2 bits with the sign).
llvm::APSInt powerOfTwo(unsigned k) {
  llvm::APInt v(k + 2, 0);
  v.setBit(k);
  return llvm::APSInt(v, false);
}

TEST(IntLiteralFolding, ResultsStayWithinTheValueSizeBudget) {
  const unsigned limit = mojo::budget::kMaxIntLiteralBits;
  llvm::APSInt one = lit(1), two = lit(2);
  // 2^(limit - 2) needs limit bits with its sign: the widest allowed.
  llvm::APSInt fits = lit(limit - 2), over = lit(limit - 1);
  FoldFailure failure = FoldFailure::Unsupported;
  std::optional<llvm::APSInt> widest =
      foldIntLiteral("__lshift__", one, &fits, &failure);
  ASSERT_TRUE(widest);
  EXPECT_EQ(widest->getSignificantBits(), limit);
  EXPECT_FALSE(foldIntLiteral("__lshift__", one, &over, &failure));
  EXPECT_EQ(failure, FoldFailure::TooLarge);
  // A shift by more than fits in 32 bits is too large, not unsupported.
  llvm::APSInt huge(llvm::APInt(80, 1).shl(70), false);
  failure = FoldFailure::Unsupported;
  EXPECT_FALSE(foldIntLiteral("__lshift__", one, &huge, &failure));
  EXPECT_EQ(failure, FoldFailure::TooLarge);
  // Zero shifted any distance is zero.
  llvm::APSInt zero = lit(0);
  ASSERT_TRUE(foldIntLiteral("__lshift__", zero, &huge));
  // Products: decided before multiplying when clearly too wide, after when
  // close to the limit; both sides of the boundary.
  llvm::APSInt half = powerOfTwo(limit / 2 - 1);
  std::optional<llvm::APSInt> square = foldIntLiteral("__mul__", half, &half);
  ASSERT_TRUE(square);
  EXPECT_EQ(square->getSignificantBits(), limit);
  llvm::APSInt big = *square;
  failure = FoldFailure::Unsupported;
  EXPECT_FALSE(foldIntLiteral("__mul__", big, &two, &failure));
  EXPECT_EQ(failure, FoldFailure::TooLarge);
  failure = FoldFailure::Unsupported;
  EXPECT_FALSE(foldIntLiteral("__mul__", big, &big, &failure));
  EXPECT_EQ(failure, FoldFailure::TooLarge);
  // Sums one bit over are caught after the fact.
  failure = FoldFailure::Unsupported;
  EXPECT_FALSE(foldIntLiteral("__add__", big, &big, &failure));
  EXPECT_EQ(failure, FoldFailure::TooLarge);
  // Unsupported stays unsupported.
  failure = FoldFailure::TooLarge;
  EXPECT_FALSE(foldIntLiteral("__truediv__", one, &two, &failure));
  EXPECT_EQ(failure, FoldFailure::Unsupported);
}

} // namespace
