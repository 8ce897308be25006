//===- RobustnessTest.cpp - The lexer on arbitrary bytes ------------------===//
//
// Whatever the input, the lexer must terminate without reading out of
// bounds and hand the parser a well-formed layout. These tests throw
// generated inputs at it and check the invariants; run them under
// MOJOC_SANITIZE=ON to catch memory errors too.
//
//===----------------------------------------------------------------------===//
#include "LexTestUtil.h"

#include "compiler/Lex/LiteralSupport.h"

#include <random>

using namespace mojo;

namespace {

class RobustnessTest : public LexTest {
protected:
  /// Lexes `text` and checks the invariants every token stream must have.
  void check(const std::string &text) {
    unsigned id = sources.addBuffer("fuzz.mojo", text);
    llvm::StringRef buffer = sources.getBufferText(id);
    std::vector<Token> tokens = lexBuffer(sources, id, diags);
    ASSERT_FALSE(tokens.empty());
    EXPECT_TRUE(tokens.back().is(TokenKind::eof));
    EXPECT_EQ(tokens.back().getText().data(), buffer.end());
    int depth = 0;
    const char *lastEnd = buffer.begin();
    TokenKind previous = TokenKind::newline;
    for (size_t i = 0; i < tokens.size(); ++i) {
      const Token &tok = tokens[i];
      // Tokens lie in the buffer, in order, without overlapping.
      ASSERT_GE(tok.getText().begin(), lastEnd) << testing::PrintToString(text);
      ASSERT_LE(tok.getText().end(), buffer.end());
      lastEnd = tok.getText().end();
      if (tok.is(TokenKind::eof)) {
        EXPECT_EQ(i + 1, tokens.size());
      }
      if (tok.is(TokenKind::indent)) {
        ++depth;
        EXPECT_TRUE(previous == TokenKind::newline);
      }
      if (tok.is(TokenKind::dedent)) {
        --depth;
        EXPECT_GE(depth, 0);
        EXPECT_TRUE(previous == TokenKind::newline ||
                    previous == TokenKind::dedent);
      }
      // NEWLINE ends a line that has tokens.
      if (tok.is(TokenKind::newline)) {
        EXPECT_TRUE(i > 0 && previous != TokenKind::newline &&
                    previous != TokenKind::indent &&
                    previous != TokenKind::dedent);
      }
      if (tok.isAny(TokenKind::string, TokenKind::integer, TokenKind::floating))
        decodeLiteral(tok);
      previous = tok.getKind();
    }
    EXPECT_EQ(depth, 0);
  }

  /// Literal tokens the scanner accepted must decode.
  void decodeLiteral(const Token &tok) {
    if (tok.is(TokenKind::integer)) {
      llvm::APInt value;
      EXPECT_NE(parseIntegerLiteral(tok.getText(), value, 1u << 16),
                IntegerLiteralStatus::Malformed)
          << tok.getText().str();
    } else if (tok.is(TokenKind::floating)) {
      llvm::APFloat value(0.0);
      EXPECT_TRUE(parseFloatLiteral(tok.getText(), value))
          << tok.getText().str();
    } else {
      std::string out;
      decodeStringLiteral(tok, out, diags);
    }
  }
};

TEST_F(RobustnessTest, EdgeInputs) {
  for (const char *text :
       {"",     "\\",    "'",      "\"",   "'''",      "\"\"\"",
        "r",    "r'",    "`",      "``",   "0x",       "0b",
        "1e",   "1e+",   ".",      "...",  "\xF0",     "\xF0\x9F",
        "\xC3", "\x80",  "\xFF",   "\\\n", "\\\r",     "\\\r\n",
        "'\\",  "'''\\", "(",      ")",    "\t",       "\f",
        "\r",   "#",     "\n\n\n", "  x",  "x:\n  \n", "x:\n y\n  z\n",
        "x\\"})
    check(text);
  // NULs everywhere.
  check(std::string("\0", 1));
  check(std::string("'\0", 2));
  check(std::string("'''\0\0", 5));
  check(std::string("`\0", 2));
  check(std::string("#\0\nx", 4));
  check(std::string("x:\n\0  y\n", 8));
  check(std::string("\\\0", 2));
}

TEST_F(RobustnessTest, DeepNesting) {
  std::string text;
  for (int i = 0; i < 2000; ++i)
    text += std::string(i, ' ') + "if x:\n";
  text += std::string(2000, ' ') + "pass\n";
  check(text);
  check(std::string(100000, '(') + "\n" + std::string(100000, ']'));
}

TEST_F(RobustnessTest, RandomInputs) {
  // Pieces that interact: quotes, prefixes, brackets, line breaks,
  // indentation, escapes, numbers, non-ASCII and NUL bytes.
  static const char *const pieces[] = {
      "'",  "\"",   "'''", "\"\"\"", "r",    "`",    "(",    ")",  "[",
      "]",  "{",    "}",   "\n",     "\r\n", "\r",   " ",    "  ", "\t",
      "\\", "\\\n", "#",   ":",      "0x",   "0b1",  "1e",   "1.", ".5",
      "_",  "a",    "fn",  "é",      "\xF0", "\x80", "\xFF", "^",  "=",
      "//", "*",    "-",   ">",      "<",    "!",    "$",    "0",  "9"};
  std::mt19937 rng(20241206);
  std::uniform_int_distribution<size_t> pick(0, std::size(pieces));
  std::uniform_int_distribution<int> length(0, 60);
  for (int iteration = 0; iteration < 20000; ++iteration) {
    std::string text;
    for (int n = length(rng); n > 0; --n) {
      size_t p = pick(rng);
      if (p == std::size(pieces))
        text.push_back('\0');
      else
        text += pieces[p];
    }
    check(text);
    if (HasFatalFailure())
      return;
  }
}

} // namespace
