//===- LiteralSupportTest.cpp - Tests of literal decoding -----------------===//
#include "LexTestUtil.h"

#include "compiler/Lex/LiteralSupport.h"

#include "llvm/ADT/SmallString.h"

#include <cmath>
#include <limits>

using namespace mojo;

namespace {

std::string intValue(llvm::StringRef text) {
  llvm::APInt value;
  switch (parseIntegerLiteral(text, value, 1u << 16)) {
  case IntegerLiteralStatus::Malformed:
    return "<malformed>";
  case IntegerLiteralStatus::TooLarge:
    return "<too large>";
  case IntegerLiteralStatus::Ok:
    break;
  }
  llvm::SmallString<40> digits;
  value.toStringUnsigned(digits, 10);
  return std::string(digits) + "/" + std::to_string(value.getBitWidth());
}

TEST(IntegerLiteralTest, EveryBase) {
  EXPECT_EQ(intValue("0"), "0/64");
  EXPECT_EQ(intValue("42"), "42/64");
  EXPECT_EQ(intValue("007"), "7/64");
  EXPECT_EQ(intValue("1_000"), "1000/64");
  EXPECT_EQ(intValue("0xFF_FF"), "65535/64");
  EXPECT_EQ(intValue("0XaB"), "171/64");
  EXPECT_EQ(intValue("0o17"), "15/64");
  EXPECT_EQ(intValue("0O17"), "15/64");
  EXPECT_EQ(intValue("0b1010"), "10/64");
  EXPECT_EQ(intValue("0B1_1"), "3/64");
  EXPECT_EQ(intValue("0x_F"), "15/64");
}

TEST(IntegerLiteralTest, WideValuesAreExact) {
  EXPECT_EQ(intValue("18446744073709551615"), "18446744073709551615/64");
  EXPECT_EQ(intValue("18446744073709551616"), "18446744073709551616/65");
  EXPECT_EQ(intValue("0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"),
            "340282366920938463463374607431768211455/128");
  EXPECT_EQ(intValue("0b1" + std::string(200, '0')).substr(0, 3), "160");
  llvm::APInt value;
  ASSERT_EQ(parseIntegerLiteral("0b1" + std::string(200, '0'), value, 1000),
            IntegerLiteralStatus::Ok);
  EXPECT_EQ(value.getBitWidth(), 201u);
  EXPECT_EQ(value.countr_zero(), 200u);
}

TEST(IntegerLiteralTest, Malformed) {
  for (const char *text :
       {"", "0x", "0b_", "0b2", "0o8", "12a", "_1", "0z1", "1.5", "x", "-1"})
    EXPECT_EQ(intValue(text), "<malformed>") << text;
}

TEST(FloatLiteralTest, Values) {
  struct Case {
    const char *text;
    double value;
  } cases[] = {{"3.5", 3.5},      {"7.", 7.0},       {".5", 0.5},
               {"1e-9", 1e-9},    {"2.5E3", 2500.0}, {"1_000.5", 1000.5},
               {"1e+10", 1e10},   {"0.1", 0.1},      {"1.e3", 1000.0},
               {"2_5e1_0", 25e10}};
  for (const Case &c : cases) {
    llvm::APFloat value(0.0);
    ASSERT_TRUE(parseFloatLiteral(c.text, value)) << c.text;
    EXPECT_EQ(value.convertToDouble(), c.value) << c.text;
  }
  // Correct rounding at the edge of the double range.
  llvm::APFloat value(0.0);
  ASSERT_TRUE(parseFloatLiteral("2.2250738585072014e-308", value));
  EXPECT_EQ(value.convertToDouble(), std::numeric_limits<double>::min());
  ASSERT_TRUE(parseFloatLiteral("1e400", value));
  EXPECT_TRUE(std::isinf(value.convertToDouble()));
  ASSERT_TRUE(parseFloatLiteral("1e-400", value));
  EXPECT_EQ(value.convertToDouble(), 0.0);
}

TEST(IntegerLiteralTest, SizeLimit) {
  llvm::APInt value;
  // 2^16 - 1 has 16 bits; 2^16 has 17.
  EXPECT_EQ(parseIntegerLiteral("65535", value, 16), IntegerLiteralStatus::Ok);
  EXPECT_EQ(parseIntegerLiteral("65536", value, 16),
            IntegerLiteralStatus::TooLarge);
  EXPECT_EQ(
      parseIntegerLiteral("0x" + std::string(1000, '0') + "FFFF", value, 16),
      IntegerLiteralStatus::Ok);
  EXPECT_EQ(parseIntegerLiteral("0x1_0000", value, 16),
            IntegerLiteralStatus::TooLarge);
  // Decided from the digit count, before any arithmetic.
  EXPECT_EQ(parseIntegerLiteral(std::string(1000000, '7'), value, 1u << 16),
            IntegerLiteralStatus::TooLarge);
  // Malformed digits are reported as such even when there are many.
  EXPECT_EQ(parseIntegerLiteral(std::string(100000, '7') + "a", value, 64),
            IntegerLiteralStatus::Malformed);
}

TEST(IntegerLiteralTest, LongDecimalIsExact) {
  // 10^5000 + 1, parsed 19 digits at a time, checked against APInt.
  std::string text = "1" + std::string(4999, '0') + "1";
  llvm::APInt value;
  ASSERT_EQ(parseIntegerLiteral(text, value, 1u << 16),
            IntegerLiteralStatus::Ok);
  llvm::APInt expected(value.getBitWidth(), text, 10);
  EXPECT_EQ(value, expected);
}

TEST(FloatLiteralTest, ManyDigitsRoundCorrectly) {
  llvm::APFloat value(0.0);
  // 40,000 ones after the point: 1/9, rounded as from its first digits.
  ASSERT_TRUE(parseFloatLiteral("." + std::string(40000, '1'), value));
  EXPECT_EQ(value.convertToDouble(), 1.0 / 9.0);
  ASSERT_TRUE(parseFloatLiteral(std::string(40000, '1') + ".0", value));
  EXPECT_TRUE(std::isinf(value.convertToDouble()));
  ASSERT_TRUE(parseFloatLiteral("0." + std::string(40000, '0') + "1", value));
  EXPECT_EQ(value.convertToDouble(), 0.0);
  ASSERT_TRUE(
      parseFloatLiteral("1" + std::string(40000, '0') + "e-40000", value));
  EXPECT_EQ(value.convertToDouble(), 1.0);
  ASSERT_TRUE(parseFloatLiteral("1e" + std::string(40000, '9'), value));
  EXPECT_TRUE(std::isinf(value.convertToDouble()));
  // A tie is broken by a nonzero digit far past the cut: 2^53 + 1 is
  // halfway between two doubles, and anything above rounds up.
  ASSERT_TRUE(
      parseFloatLiteral("9007199254740993." + std::string(2000, '0'), value));
  EXPECT_EQ(value.convertToDouble(), 9007199254740992.0);
  ASSERT_TRUE(parseFloatLiteral(
      "9007199254740993." + std::string(2000, '0') + "1", value));
  EXPECT_EQ(value.convertToDouble(), 9007199254740994.0);
}

TEST(FloatLiteralTest, Malformed) {
  for (const char *text : {"", "1", "e5", "1e", "1e+", "inf", "nan", "0x1p3",
                           ".", "1.2.3", "_1.0", "1.0x", "-1.0"}) {
    llvm::APFloat value(0.0);
    EXPECT_FALSE(parseFloatLiteral(text, value)) << text;
  }
}

/// Lexes `source`, whose first token must be a string, and decodes it.
class StringLiteralTest : public LexTest {
protected:
  std::string decode(llvm::StringRef source, bool expectOk = true) {
    std::vector<Token> tokens = lex(source);
    EXPECT_EQ(tokens[0].getKind(), TokenKind::string) << source.str();
    std::string out = "<unset>";
    EXPECT_EQ(decodeStringLiteral(tokens[0], out, diags), expectOk)
        << source.str();
    return out;
  }
};

TEST_F(StringLiteralTest, QuotesAndPrefixes) {
  EXPECT_EQ(decode("'abc'"), "abc");
  EXPECT_EQ(decode("\"abc\""), "abc");
  EXPECT_EQ(decode("''"), "");
  EXPECT_EQ(decode("''''''"), "");
  EXPECT_EQ(decode("'''a\n\"b\"\n'c' '''"), "a\n\"b\"\n'c' ");
  EXPECT_EQ(decode("\"\"\"x\"\"\""), "x");
  EXPECT_EQ(decode("\"é🔥\""), "é🔥");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(StringLiteralTest, Escapes) {
  EXPECT_EQ(decode(R"("\\ \' \" \n \t \r \a \b \f \v")"),
            "\\ ' \" \n \t \r \a \b \f \v");
  EXPECT_EQ(decode(R"("a\0b")"), std::string("a\0b", 3));
  EXPECT_EQ(decode(R"("\x41\x7a\xff")"), "Az\xff");
  EXPECT_EQ(decode(R"("\u00e9\u4E2D")"), "é中");
  EXPECT_EQ(decode(R"("\U0001F525")"), "🔥");
  EXPECT_EQ(decode(R"('it\'s')"), "it's");
  // A backslash-newline is a line continuation inside the literal.
  EXPECT_EQ(decode("'ab\\\ncd'"), "abcd");
  EXPECT_EQ(decode("\"\"\"ab\\\r\ncd\\\n\"\"\""), "abcd");
  EXPECT_EQ(decode(R"("""a\"""")"), "a\"");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(StringLiteralTest, RawStringsKeepBackslashes) {
  EXPECT_EQ(decode(R"(r"\d+\n")"), "\\d+\\n");
  EXPECT_EQ(decode(R"(R'\'')"), "\\'");
  EXPECT_EQ(decode("r'''a\\\nb\\q'''"), "a\\\nb\\q");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(StringLiteralTest, BadEscapes) {
  // Reported at the escape's exact range; kept verbatim.
  std::vector<Token> tokens = lex(R"("a\qb\x4g" "\é")");
  std::string out;
  EXPECT_FALSE(decodeStringLiteral(tokens[0], out, diags));
  EXPECT_EQ(out, R"(a\qb\x4g)");
  EXPECT_FALSE(decodeStringLiteral(tokens[1], out, diags));
  EXPECT_EQ(out, R"(\é)");
  EXPECT_EQ(takeDiags(), Diags({"1:3: invalid escape sequence `\\q`",
                                "1:6: invalid escape sequence `\\x4`",
                                "1:13: invalid escape sequence `\\é`"}));
  const Diagnostic &first = consumer.getDiagnostics().front();
  EXPECT_EQ(first.range.End.getPointer() - first.range.Start.getPointer(), 2);

  tokens = lex(R"("\uD800 \U00110000 \u12")");
  EXPECT_FALSE(decodeStringLiteral(tokens[0], out, diags));
  EXPECT_EQ(out, R"(\uD800 \U00110000 \u12)");
  EXPECT_EQ(takeDiags(),
            Diags({"1:2: escape `\\uD800` is not a valid unicode code point",
                   "1:9: escape `\\U00110000` is not a valid unicode code "
                   "point",
                   "1:20: invalid escape sequence `\\u12`"}));
}

TEST_F(StringLiteralTest, NonStringTokensAreRejected) {
  std::vector<Token> tokens = lex("abc \"unterminated");
  std::string out;
  EXPECT_FALSE(decodeStringLiteral(tokens[0], out, diags));
  // An unterminated literal still decodes as far as it goes.
  EXPECT_TRUE(decodeStringLiteral(tokens[1], out, diags));
  EXPECT_EQ(out, "unterminated");
  takeDiags();
}

} // namespace
