//===- LexerTest.cpp - Tests of the raw scanner ---------------------------===//
//
// Names, keywords, literals, operators, comments and bad characters. Line
// structure (NEWLINE/INDENT/DEDENT) is covered by LayoutTest.cpp.
//
//===----------------------------------------------------------------------===//
#include "LexTestUtil.h"

using namespace mojo;

namespace {

using ScannerTest = LexTest;

TEST_F(ScannerTest, KeywordsAndIdentifiers) {
  EXPECT_EQ(kinds("fn def foo _x x1 __init__ True None"),
            "kw_fn kw_def identifier identifier identifier identifier kw_True "
            "kw_None newline eof");
  // Contextual keywords and words Mojo leaves free are plain identifiers.
  EXPECT_EQ(kinds("mut owned out ref read inout borrowed Self match case "
                  "type capturing __mlir_op"),
            "identifier identifier identifier identifier identifier "
            "identifier identifier identifier identifier identifier "
            "identifier identifier identifier newline eof");
  // Reserved words are lexed as keywords so the parser can reject them.
  EXPECT_EQ(kinds("class lambda yield global nonlocal del assert let"),
            "kw_class kw_lambda kw_yield kw_global kw_nonlocal kw_del "
            "kw_assert kw_let newline eof");
  // Keywords are case-sensitive and whole words.
  EXPECT_EQ(kinds("Fn true none fnx def_"),
            "identifier identifier identifier identifier identifier newline "
            "eof");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(ScannerTest, EveryKeywordAndPunctuatorFromTheTable) {
  for (unsigned k = 0; k < unsigned(TokenKind::NumTokenKinds); ++k) {
    auto kind = TokenKind(k);
    llvm::StringRef spelling = getTokenSpelling(kind);
    if (spelling.empty())
      continue;
    std::vector<Token> tokens = lex(spelling);
    ASSERT_GE(tokens.size(), 1u) << spelling.str();
    EXPECT_EQ(tokens[0].getKind(), kind) << spelling.str();
    EXPECT_EQ(tokens[0].getText(), spelling);
    EXPECT_EQ(render(tokens), spelling.str() + " NL EOF");
  }
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(ScannerTest, KindNamesAndSpellings) {
  EXPECT_EQ(getTokenKindName(TokenKind::kw_fn), "kw_fn");
  EXPECT_EQ(getTokenKindName(TokenKind::l_paren), "l_paren");
  EXPECT_EQ(getTokenKindName(TokenKind::identifier), "identifier");
  EXPECT_EQ(getTokenSpelling(TokenKind::slashslashequal), "//=");
  EXPECT_EQ(getTokenSpelling(TokenKind::kw_None), "None");
  EXPECT_EQ(getTokenSpelling(TokenKind::identifier), "");
  EXPECT_EQ(getTokenSpelling(TokenKind::newline), "");
}

TEST_F(ScannerTest, OperatorsUseLongestMatch) {
  EXPECT_EQ(dump("a//=b**=c>>=d<<=e"), "a //= b **= c >>= d <<= e NL EOF");
  EXPECT_EQ(dump("a//b**c>>d<<e"), "a // b ** c >> d << e NL EOF");
  EXPECT_EQ(dump("a/b*c>d<e"), "a / b * c > d < e NL EOF");
  EXPECT_EQ(dump("x:=y->z"), "x := y -> z NL EOF");
  EXPECT_EQ(dump("a==b!=c<=d>=e=f"), "a == b != c <= d >= e = f NL EOF");
  EXPECT_EQ(dump("a+=b-=c*=d/=e%=f@=g&=h|=i^=j"),
            "a += b -= c *= d /= e %= f @= g &= h |= i ^= j NL EOF");
  EXPECT_EQ(dump("x=-1"), "x = - 1 NL EOF");
  EXPECT_EQ(dump("2**-1"), "2 ** - 1 NL EOF");
  EXPECT_EQ(dump("~a&b|c^d%e"), "~ a & b | c ^ d % e NL EOF");
  EXPECT_EQ(dump("...."), "... . NL EOF");
  EXPECT_EQ(dump(".."), ". . NL EOF");
  EXPECT_EQ(dump("a.b.c"), "a . b . c NL EOF");
  EXPECT_EQ(dump("@value\nstruct S: ..."), "@ value NL struct S : ... NL EOF");
  EXPECT_EQ(dump("f(*_, **_)"), "f ( * _ , ** _ ) NL EOF");
  EXPECT_EQ(dump("x^;y[]{}"), "x ^ ; y [ ] { } NL EOF");
  EXPECT_EQ(dump("a- >b"), "a - > b NL EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(ScannerTest, BacktickIdentifiers) {
  std::vector<Token> tokens = lex("`fn` `index.add` `\\t` `a b`");
  ASSERT_EQ(tokens.size(), 6u);
  for (unsigned i = 0; i < 4; ++i)
    EXPECT_EQ(tokens[i].getKind(), TokenKind::identifier);
  EXPECT_EQ(tokens[0].getText(), "`fn`");
  EXPECT_EQ(tokens[0].getIdentifier(), "fn");
  EXPECT_EQ(tokens[1].getIdentifier(), "index.add");
  EXPECT_EQ(tokens[2].getIdentifier(), "\\t");
  EXPECT_EQ(tokens[3].getIdentifier(), "a b");
  EXPECT_EQ(dump("__mlir_op.`index.add`(a, b)"),
            "__mlir_op . `index.add` ( a , b ) NL EOF");
  EXPECT_EQ(dump("`é🔥`"), "`é🔥` NL EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(ScannerTest, BadBacktickIdentifiers) {
  EXPECT_EQ(dump("x = `abc\ny"), "x = ERR<`abc> NL y NL EOF");
  EXPECT_EQ(takeDiags(),
            Diags({"1:5: unterminated backtick identifier; a name in "
                   "backticks ends on its line"}));
  EXPECT_EQ(dump("a ``"), "a ERR<``> NL EOF");
  EXPECT_EQ(takeDiags(),
            Diags({"1:3: empty backtick identifier; write the name between "
                   "the backticks"}));
}

TEST_F(ScannerTest, IntegersInEveryBase) {
  EXPECT_EQ(kinds("42 0 007 1_000 0xFF_FF 0XaB 0o17 0O17 0b1010 0B1_1 0x_F"),
            "integer integer integer integer integer integer integer integer "
            "integer integer integer newline eof");
  EXPECT_EQ(dump("0xFF_FF+0b1"), "0xFF_FF + 0b1 NL EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(ScannerTest, Floats) {
  EXPECT_EQ(kinds("3.5 7. 1e-9 2.5E3 .5 1_000.5 1e+10 1E5 0.0 1.e3"),
            "floating floating floating floating floating floating floating "
            "floating floating floating newline eof");
  EXPECT_EQ(dump("x=7.+.5"), "x = 7. + .5 NL EOF");
  EXPECT_EQ(dump("a[1:2]"), "a [ 1 : 2 ] NL EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(ScannerTest, MalformedNumbers) {
  EXPECT_EQ(dump("x = 0b102"), "x = ERR<0b102> NL EOF");
  EXPECT_EQ(takeDiags(), Diags({"1:9: invalid digit `2` in binary literal"}));
  EXPECT_EQ(dump("0o78"), "ERR<0o78> NL EOF");
  EXPECT_EQ(takeDiags(), Diags({"1:4: invalid digit `8` in octal literal"}));
  EXPECT_EQ(dump("0xFG"), "ERR<0xFG> NL EOF");
  EXPECT_EQ(takeDiags(),
            Diags({"1:4: invalid digit `G` in hexadecimal literal"}));
  EXPECT_EQ(dump("12abc"), "ERR<12abc> NL EOF");
  EXPECT_EQ(takeDiags(), Diags({"1:3: invalid digit `a` in decimal literal"}));
  EXPECT_EQ(dump("2.5x"), "ERR<2.5x> NL EOF");
  EXPECT_EQ(takeDiags(),
            Diags({"1:4: invalid digit `x` in floating-point literal"}));
  EXPECT_EQ(dump("0x + 0b_"), "ERR<0x> + ERR<0b_> NL EOF");
  EXPECT_EQ(takeDiags(),
            Diags({"1:1: missing digits after `0x` in hexadecimal literal",
                   "1:6: missing digits after `0b` in binary literal"}));
  EXPECT_EQ(dump("1e"), "ERR<1e> NL EOF");
  EXPECT_EQ(takeDiags(),
            Diags({"1:2: missing digits after `e` in floating-point literal"}));
}

TEST_F(ScannerTest, StringForms) {
  EXPECT_EQ(dump(R"('a' "b" '''c''' """d""" r"\d" R'\n' '' "")"),
            R"('a' "b" '''c''' """d""" r"\d" R'\n' '' "" NL EOF)");
  EXPECT_EQ(kinds(R"('a' r"b" """c""")"), "string string string newline eof");
  // A backslash hides the next character from the terminator search, in raw
  // strings too.
  EXPECT_EQ(dump(R"("a\"b" r"\"" 'it\'s')"), R"("a\"b" r"\"" 'it\'s' NL EOF)");
  // Adjacent literals stay separate tokens; `''''''` is an empty
  // triple-quoted string.
  EXPECT_EQ(dump("'it''s' ''''''"), "'it' 's' '''''' NL EOF");
  // Quotes of the other kind, and single quotes in a triple-quoted string.
  EXPECT_EQ(dump(R"("it's" '"' """a "b" ""c"" d""")"),
            R"("it's" '"' """a "b" ""c"" d""" NL EOF)");
  // Only r/R is a prefix; b and f are names before a string.
  EXPECT_EQ(dump("rb'x' f\"y\" r x"), "rb 'x' f \"y\" r x NL EOF");
  // Non-ASCII text is fine inside strings and comments.
  EXPECT_EQ(dump("\"é 🔥\" # ünïcode"), "\"é 🔥\" NL EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(ScannerTest, MultiLineStrings) {
  std::vector<Token> tokens = lex("x = \"\"\"a\n  b\n\"\"\"\ny = '''\n'''");
  EXPECT_EQ(render(tokens), "x = \"\"\"a\n  b\n\"\"\" NL y = '''\n''' NL EOF");
  // A backslash-newline continues a single-quoted string.
  EXPECT_EQ(dump("s = 'ab\\\ncd'\nt"), "s = 'ab\\\ncd' NL t NL EOF");
  // Triple-quoted string ending in an escaped quote, then the closer.
  EXPECT_EQ(dump(R"("""a\"""")"), R"("""a\"""" NL EOF)");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(ScannerTest, UnterminatedStrings) {
  EXPECT_EQ(dump("x = \"abc\ny = 'd"), "x = ERR<\"abc> NL y = ERR<'d> NL EOF");
  EXPECT_EQ(takeDiags(), Diags({"1:5: unterminated string literal",
                                "2:5: unterminated string literal"}));
  // The CR of a CRLF is not part of the bad token.
  EXPECT_EQ(dump("'abc\r\nx"), "ERR<'abc> NL x NL EOF");
  EXPECT_EQ(takeDiags(), Diags({"1:1: unterminated string literal"}));
  // A backslash at the very end cannot hide the end of the buffer.
  EXPECT_EQ(dump("\"ab\\"), "ERR<\"ab\\> NL EOF");
  EXPECT_EQ(takeDiags(), Diags({"1:1: unterminated string literal"}));

  EXPECT_EQ(dump("a\nb = r\"\"\"doc\n\nmore"),
            "a NL b = ERR<r\"\"\"doc\n\nmore> NL EOF");
  EXPECT_EQ(takeDiags(),
            Diags({"2:5: unterminated triple-quoted string literal; it needs "
                   "a closing `\"\"\"`"}));
  EXPECT_EQ(dump("'''ab''"), "ERR<'''ab''> NL EOF");
  EXPECT_EQ(takeDiags(),
            Diags({"1:1: unterminated triple-quoted string literal; it needs "
                   "a closing `'''`"}));
  EXPECT_EQ(dump("'''\\"), "ERR<'''\\> NL EOF");
  EXPECT_EQ(takeDiags().size(), 1u);
}

TEST_F(ScannerTest, Comments) {
  EXPECT_EQ(dump("x # comment 'not a string\n# only a comment\ny #"),
            "x NL y NL EOF");
  EXPECT_EQ(dump("#!shebang\n"), "EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(ScannerTest, StrayCharacters) {
  EXPECT_EQ(dump("x $ y ? ! z"), "x ERR<$> y ERR<?> ERR<!> z NL EOF");
  EXPECT_EQ(takeDiags(), Diags({"1:3: stray character `$` in program",
                                "1:7: stray character `?` in program",
                                "1:9: stray character `!` in program"}));
  // One diagnostic per UTF-8 character, not per byte.
  EXPECT_EQ(dump("a é🔥"), "a ERR<é> ERR<🔥> NL EOF");
  EXPECT_EQ(takeDiags(), Diags({"1:3: stray character `é` in program",
                                "1:5: stray character `🔥` in program"}));
  // Broken UTF-8 and control characters are shown as hex.
  EXPECT_EQ(dump("a \xC3 \x01"), "a ERR<\xC3> ERR<\x01> NL EOF");
  EXPECT_EQ(takeDiags(), Diags({"1:3: stray character `\\xC3` in program",
                                "1:5: stray character `\\x01` in program"}));
  EXPECT_EQ(dump("a \\ b"), "a ERR<\\> b NL EOF");
  EXPECT_EQ(takeDiags(),
            Diags({"1:3: unexpected `\\` outside a string; a line "
                   "continuation `\\` must be the last character of its "
                   "line"}));
}

TEST_F(ScannerTest, EmbeddedNulBytes) {
  std::vector<Token> tokens = lex(llvm::StringRef("a\0b", 3));
  EXPECT_EQ(render(tokens), std::string("a ERR<\0> b NL EOF", 17));
  EXPECT_EQ(takeDiags(), Diags({"1:2: stray character `\\x00` in program"}));
  // Inside strings, comments and backticks a NUL is just a byte.
  tokens = lex(llvm::StringRef("'a\0b' # c\0d\n`x\0y`", 17));
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].getText(), llvm::StringRef("'a\0b'", 5));
  EXPECT_EQ(tokens[2].getText(), llvm::StringRef("`x\0y`", 5));
  EXPECT_TRUE(takeDiags().empty());
  // A NUL right before the end does not end an unterminated string early.
  tokens = lex(llvm::StringRef("'''a\0", 5));
  EXPECT_EQ(tokens[0].getText(), llvm::StringRef("'''a\0", 5));
  EXPECT_EQ(takeDiags().size(), 1u);
}

TEST_F(ScannerTest, LeadingSpace) {
  std::vector<Token> tokens = lex("x^ y ^\tz(a)");
  ASSERT_EQ(tokens.size(), 10u);
  EXPECT_FALSE(tokens[0].hasLeadingSpace()); // x
  EXPECT_FALSE(tokens[1].hasLeadingSpace()); // ^
  EXPECT_TRUE(tokens[2].hasLeadingSpace());  // y
  EXPECT_TRUE(tokens[3].hasLeadingSpace());  // ^
  EXPECT_TRUE(tokens[4].hasLeadingSpace());  // z, after a tab
  EXPECT_FALSE(tokens[5].hasLeadingSpace()); // (
  tokens = lex("if a:\n    b\n");
  // The first token of an indented line follows spaces on its line; the
  // layout tokens never have leading space.
  EXPECT_EQ(render(tokens), "if a : NL INDENT b NL DEDENT EOF");
  EXPECT_TRUE(tokens[5].hasLeadingSpace());
  EXPECT_FALSE(tokens[4].hasLeadingSpace());
}

TEST_F(ScannerTest, LineEndingsAndByteOrderMark) {
  EXPECT_EQ(dump("a = 1\r\nb\r\n"), "a = 1 NL b NL EOF");
  // A lone CR is whitespace.
  EXPECT_EQ(dump("a\rb"), "a b NL EOF");
  EXPECT_EQ(dump("\xEF\xBB\xBFx = 1"), "x = 1 NL EOF");
  // NEWLINE sits on the CR of a CRLF, after a comment too; a CR inside a
  // comment does not end it.
  EXPECT_EQ(dump("x # c\rd\r\ny"), "x NL y NL EOF");
  std::vector<Token> tokens = lex("x # c\r\ny\r\n");
  ASSERT_EQ(render(tokens), "x NL y NL EOF");
  EXPECT_EQ(where(tokens[1].getLoc()), "1:6");
  EXPECT_EQ(tokens[1].getLoc().getPointer()[0], '\r');
  EXPECT_EQ(where(tokens[3].getLoc()), "2:2");
  EXPECT_TRUE(takeDiags().empty());
}

} // namespace
