//===- LayoutTest.cpp - Tests of NEWLINE, INDENT and DEDENT ---------------===//
#include "LexTestUtil.h"

using namespace mojo;

namespace {

using LayoutTest = LexTest;

TEST_F(LayoutTest, EmptyAndBlankFiles) {
  EXPECT_EQ(dump(""), "EOF");
  EXPECT_EQ(dump("\n\n# only a comment\n   \n\t\t"), "EOF");
  EXPECT_EQ(dump("   # an indented comment\nx\n"), "x NL EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(LayoutTest, SimpleStatements) {
  EXPECT_EQ(dump("x = 1\ny = 2\n"), "x = 1 NL y = 2 NL EOF");
  EXPECT_EQ(dump("a; b\n"), "a ; b NL EOF");
  // End of file without a final newline.
  EXPECT_EQ(dump("x = 1\ny"), "x = 1 NL y NL EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(LayoutTest, NestedBlocks) {
  EXPECT_EQ(dump("fn f():\n"
                 "    if x:\n"
                 "        pass\n"
                 "    return\n"
                 "g()\n"),
            "fn f ( ) : NL INDENT if x : NL INDENT pass NL DEDENT return NL "
            "DEDENT g ( ) NL EOF");
  // Several blocks close at once, and at the end of the file.
  EXPECT_EQ(dump("struct S:\n"
                 "  fn f(self):\n"
                 "    if x:\n"
                 "      pass\n"
                 "y\n"),
            "struct S : NL INDENT fn f ( self ) : NL INDENT if x : NL INDENT "
            "pass NL DEDENT DEDENT DEDENT y NL EOF");
  EXPECT_EQ(dump("if x:\n    if y:\n        pass"),
            "if x : NL INDENT if y : NL INDENT pass NL DEDENT DEDENT EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(LayoutTest, BlankAndCommentLinesInsideBlocks) {
  EXPECT_EQ(dump("if x:  # why\n"
                 "\n"
                 "   # a comment at another column\n"
                 "    pass\n"
                 "  \n"
                 "# z\n"
                 "y\n"),
            "if x : NL INDENT pass NL DEDENT y NL EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(LayoutTest, OneLineSuitesAndMissingBlocks) {
  EXPECT_EQ(dump("if x: pass\ny"), "if x : pass NL y NL EOF");
  // A header with no indented block is the parser's to diagnose.
  EXPECT_EQ(dump("if x:\ny"), "if x : NL y NL EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(LayoutTest, Tabs) {
  EXPECT_EQ(dump("if x:\n\tpass\n\tpass\n"),
            "if x : NL INDENT pass NL pass NL DEDENT EOF");
  // A deeper level may extend a tab with spaces: the prefix still matches.
  EXPECT_EQ(dump("if x:\n\tif y:\n\t    pass\n\tz\n"),
            "if x : NL INDENT if y : NL INDENT pass NL DEDENT z NL DEDENT "
            "EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(LayoutTest, InconsistentTabsAndSpaces) {
  // Four spaces, then a tab: neither prefix extends the other.
  EXPECT_EQ(dump("if x:\n    if y:\n\tpass\n"),
            "if x : NL INDENT if y : NL INDENT pass NL DEDENT DEDENT EOF");
  EXPECT_EQ(takeDiags(),
            Diags({"3:1: inconsistent use of tabs and spaces in indentation"}));
  // A tab, then eight spaces: as wide, still reported.
  EXPECT_EQ(dump("if x:\n\ta\n        b\n"),
            "if x : NL INDENT a NL b NL DEDENT EOF");
  EXPECT_EQ(takeDiags(),
            Diags({"3:1: inconsistent use of tabs and spaces in indentation"}));
}

TEST_F(LayoutTest, DedentToNoEnclosingLevel) {
  EXPECT_EQ(dump("if x:\n        a\n    b\nc\n"),
            "if x : NL INDENT a NL DEDENT b NL c NL EOF");
  EXPECT_EQ(takeDiags(),
            Diags({"3:5: unindent does not match any outer indentation "
                   "level"}));
  // Recovery: the rest of the misplaced block stays in the enclosing block,
  // with no second error and no continuation.
  EXPECT_EQ(dump("if a:\n    if b:\n            c\n      d\n      e\nf\n"),
            "if a : NL INDENT if b : NL INDENT c NL DEDENT d NL e NL DEDENT "
            "f NL EOF");
  EXPECT_EQ(takeDiags(),
            Diags({"4:7: unindent does not match any outer indentation "
                   "level"}));
}

TEST_F(LayoutTest, UnexpectedIndentAtStartOfFile) {
  EXPECT_EQ(dump("\n  x = 1\n  y = 2\nz\n"), "x = 1 NL y = 2 NL z NL EOF");
  EXPECT_EQ(takeDiags(),
            Diags({"2:3: unexpected indentation; the first statement of a "
                   "file starts in column 1"}));
}

TEST_F(LayoutTest, BracketsJoinLines) {
  EXPECT_EQ(dump("f(a,\n  b,\n\n c)\nx"), "f ( a , b , c ) NL x NL EOF");
  EXPECT_EQ(dump("x = [\n  {1:\n2},\n      (3)]\ny\n"),
            "x = [ { 1 : 2 } , ( 3 ) ] NL y NL EOF");
  EXPECT_EQ(dump("x = f(\n    a,\n)\ny\n"), "x = f ( a , ) NL y NL EOF");
  // Inside a block, the line after the closing bracket is laid out as usual.
  EXPECT_EQ(dump("if c:\n    f(a,\nb)\n    g()\n"),
            "if c : NL INDENT f ( a , b ) NL g ( ) NL DEDENT EOF");
  // Unbalanced closers do not make the depth negative.
  EXPECT_EQ(dump(")]\nx\n"), ") ] NL x NL EOF");
  // An unclosed opener still gets its NEWLINE and EOF.
  EXPECT_EQ(dump("if c:\n    f(\n"), "if c : NL INDENT f ( NL DEDENT EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(LayoutTest, BackslashJoinsLines) {
  EXPECT_EQ(dump("x = 1 + \\\n    2\ny"), "x = 1 + 2 NL y NL EOF");
  EXPECT_EQ(dump("if a and \\\nb:\n    pass\n"),
            "if a and b : NL INDENT pass NL DEDENT EOF");
  EXPECT_EQ(dump("x = 1 + \\\r\n2\n"), "x = 1 + 2 NL EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(LayoutTest, MojoContinuationRule) {
  // Split string literals.
  EXPECT_EQ(dump("var msg = \"part one, \"\n"
                 "          \"part two\"\n"
                 "print(msg)\n"),
            "var msg = \"part one, \" \"part two\" NL print ( msg ) NL EOF");
  // A method chain starting with `.`.
  EXPECT_EQ(dump("var s = String(\",\")\n"
                 "      .join(\"a\", \"b\")\n"),
            "var s = String ( \",\" ) . join ( \"a\" , \"b\" ) NL EOF");
  // Any deeper line continues, whatever its depth; blank and comment lines
  // in between do not matter.
  EXPECT_EQ(dump("x = a\n    + b\n\n  # note\n  + c\ny\n"),
            "x = a + b + c NL y NL EOF");
  // Inside a block, then blocks close.
  EXPECT_EQ(dump("fn f():\n"
                 "    if x:\n"
                 "        y = a\n"
                 "            .b()\n"
                 "    z\n"),
            "fn f ( ) : NL INDENT if x : NL INDENT y = a . b ( ) NL DEDENT z "
            "NL DEDENT EOF");
  // After a one-line suite the next deeper line also continues.
  EXPECT_EQ(dump("if x: a\n    b\n"), "if x : a b NL EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(LayoutTest, DocstringsSpanLinesInsideBlocks) {
  EXPECT_EQ(dump("fn f():\n"
                 "    \"\"\"Doc.\n"
                 "\n"
                 "  More.\n"
                 "    \"\"\"\n"
                 "    pass\n"),
            "fn f ( ) : NL INDENT \"\"\"Doc.\n\n  More.\n    \"\"\" NL pass NL "
            "DEDENT EOF");
  EXPECT_TRUE(takeDiags().empty());
}

TEST_F(LayoutTest, LayoutTokenLocations) {
  std::vector<Token> tokens = lex("if x:  # c\n    y\n\nz");
  ASSERT_EQ(render(tokens), "if x : NL INDENT y NL DEDENT z NL EOF");
  // NEWLINE sits on the line break after the line's last token.
  EXPECT_EQ(where(tokens[3].getLoc()), "1:11");
  EXPECT_TRUE(tokens[3].getText().empty());
  // INDENT and DEDENT sit at the first token of their line.
  EXPECT_EQ(where(tokens[4].getLoc()), "2:5");
  EXPECT_EQ(where(tokens[6].getLoc()), "2:6");
  EXPECT_EQ(where(tokens[7].getLoc()), "4:1");
  EXPECT_TRUE(tokens[7].getText().empty());
  // Without a final newline, the last NEWLINE and EOF sit at the end.
  EXPECT_EQ(where(tokens[9].getLoc()), "4:2");
  EXPECT_EQ(where(tokens[10].getLoc()), "4:2");
  for (const Token &tok : tokens) {
    if (tok.isAny(TokenKind::newline, TokenKind::indent, TokenKind::dedent,
                  TokenKind::eof)) {
      EXPECT_FALSE(tok.hasLeadingSpace());
    }
  }

  // DEDENTs closing blocks at the end of the file sit at the end.
  tokens = lex("if x:\n    y\n");
  ASSERT_EQ(render(tokens), "if x : NL INDENT y NL DEDENT EOF");
  EXPECT_EQ(where(tokens[7].getLoc()), "3:1");
  EXPECT_EQ(where(tokens[6].getLoc()), "2:6");
}

} // namespace
