//===- ParserRecoveryTest.cpp - One diagnostic per mistake, no crashes ----===//
#include "ParseTestUtil.h"

#include <random>

using namespace mojo;
using namespace mojo::ast;

namespace {

TEST_F(ParseTest, TenMistakesTenDiagnostics) {
  parse("x = (1 +\n"                     // 1: operand missing before `)`
        ")\n"
        "if x y:\n    pass\n"             // 2
        "class C:\n    pass\n"            // 3
        "let z = 1\n"                     // 4
        "del z\n"                         // 5
        "assert z\n"                      // 6
        "w = [i for i in r]\n"            // 7
        "d = {1: 2}\n"                    // 8
        "f = lambda x: x\n"               // 9
        "fn g(x y):\n    pass\n"          // 10
        "global q\n");                    // 11
  std::vector<std::string> diags = takeDiags();
  EXPECT_EQ(diags.size(), 11u) << llvm::join(diags, "\n");
}

TEST_F(ParseTest, ExactMessages) {
  parse("if x\n    pass\n");
  EXPECT_EQ(takeDiags(),
            Diags{"1:5: expected `:` after `if` condition, found end of "
                  "line"});
  parse("class A:\n    pass\n");
  EXPECT_EQ(takeDiags(),
            Diags{"1:1: `class` is not supported in Mojo; use `struct`"});
  parse("let x = 1\n");
  EXPECT_EQ(takeDiags(), Diags{"1:1: `let` was removed; use `var`"});
  parse("assert x\n");
  EXPECT_EQ(takeDiags(),
            Diags{"1:1: the `assert` statement is not supported; use "
                  "`debug_assert`"});
  parse("x = )\n");
  EXPECT_EQ(takeDiags(), Diags{"1:5: unmatched `)`"});
  parse("x = \n");
  EXPECT_EQ(takeDiags(), Diags{"1:4: expected expression, found end of file"});
  parse("if x:\npass\n");
  EXPECT_EQ(takeDiags(),
            Diags{"2:1: expected an indented block after `if` condition"});
}

TEST_F(ParseTest, ErrorsBuildErrorNodes) {
  const Module &m = parse("x = 1 +\ny = 2\n");
  ASSERT_EQ(m.getBody().size(), 2u);
  const auto &bad = m.getContext().getAs<AssignStmt>(m.getBody()[0]);
  EXPECT_EQ(sexpr(m.getContext(), bad.getValue()), "(+ 1 <error>)");
  EXPECT_EQ(takeDiags().size(), 1u);
}

TEST_F(ParseTest, UnsupportedPythonForms) {
  const char *inputs[] = {
      "x = [a for a in b]\n", "x = {1, 2}\n",     "x = lambda: 1\n",
      "yield x\n",            "global a\n",       "nonlocal a\n",
      "del a\n",              "x = f\"{a}\"\n",   "x = b\"abc\"\n",
      "raise E from e\n",     "try:\n    pass\nexcept E as e:\n    pass\n",
      "try:\n    pass\n",     "x: Int = 3\n",     "alias F[n: Int] = n\n",
      "struct S:\n    x = 1\n", "struct S:\n    var x: Int = 3\n",
  };
  for (const char *input : inputs) {
    parse(input);
    EXPECT_EQ(takeDiags().size(), 1u) << input;
  }
}

TEST_F(ParseTest, GarbageNeverCrashes) {
  const char *inputs[] = {
      ")))))",       "fn fn fn",      "@",          "@\n",
      "(((((",       "[[[[",          "]]]]",       "x = (",
      "def",         "struct",        "if",         "for x in",
      "fn f(",       "fn f[",         "fn f() ->",  "import",
      "from",        "from . import", "x = a if b", "x.",
      "a[1:2:3:4]",  "f(**)",         "var",        "alias",
      "try:",        "with",          "@parameter\nx = 1\n",
      ":::::",       "^^^^",          "x^^^",       "...",
      "\"",          "`",             "\t\tx",      "fn f(a b c):",
      "if x:\n  if y:\n    if z:\n",   "struct S:\n  fn",
      "1 2 3 4 5",   "= = =",         "not",        "a not b",
  };
  for (const char *input : inputs) {
    parse(input);
    takeDiags();
  }
  SUCCEED();
}

TEST_F(ParseTest, DeepNestingIsDiagnosed) {
  std::string parens = "x = " + std::string(5000, '(') + "1" +
                       std::string(5000, ')') + "\n";
  parse(parens);
  std::vector<std::string> diags = takeDiags();
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_NE(diags[0].find("nesting too deep"), std::string::npos);

  std::string unary = "x = " + std::string(100000, '-') + "1\n";
  parse(unary);
  EXPECT_EQ(takeDiags().size(), 1u);

  std::string chain = "x = 1";
  for (int i = 0; i < 50000; ++i)
    chain += " + 1";
  parse(chain + "\n");
  EXPECT_EQ(takeDiags().size(), 1u);

  std::string blocks;
  for (int i = 0; i < 400; ++i)
    blocks += std::string(i, ' ') + "if x:\n";
  blocks += std::string(400, ' ') + "pass\n";
  parse(blocks);
  EXPECT_GE(takeDiags().size(), 1u);
}

TEST_F(ParseTest, RandomTokenSoupTerminates) {
  const char *pieces[] = {"fn ", "def ", "struct ", "(", ")", "[", "]", ":",
                          "\n", "    ", "x", "1", "+", "^", "@", ",", "=",
                          "if ", "else", "elif ", "\"s\"", "->", "*", "**",
                          "//", "/", ".", "...", "var ", "alias ", "try",
                          "except", "{", "}", "not ", "in ", "lambda "};
  std::mt19937 rng(1234);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    int length = rng() % 40;
    for (int i = 0; i < length; ++i)
      text += pieces[rng() % (sizeof(pieces) / sizeof(pieces[0]))];
    parse(text);
    std::string out;
    llvm::raw_string_ostream os(out);
    dumpAST(*modules.back(), sources, os);
    takeDiags();
  }
  SUCCEED();
}

} // namespace
