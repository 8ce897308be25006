//===- SourceSnippetTest.cpp - Source and caret lines ---------------------===//
#include "compiler/Basic/SourceSnippet.h"

#include <gtest/gtest.h>

using mojo::renderSnippet;
using mojo::SourceSnippet;

namespace {

/// The snippet for `line` with the caret on the first occurrence of `at`
/// and the range covering it.
SourceSnippet snippetAt(llvm::StringRef line, llvm::StringRef at,
                        unsigned width = mojo::kSnippetWidth) {
  size_t caret = line.find(at);
  return renderSnippet(line, caret, caret, caret + at.size(), width);
}

TEST(SourceSnippet, AsciiLineIsShownWhole) {
  SourceSnippet s = snippetAt("    print(x)", "x");
  EXPECT_EQ(s.sourceLine, "    print(x)");
  EXPECT_EQ(s.caretLine, "          ^");
}

TEST(SourceSnippet, RangeIsUnderlined) {
  SourceSnippet s = snippetAt("var total = count + 1", "count");
  EXPECT_EQ(s.caretLine, "            ^~~~~");
}

TEST(SourceSnippet, MultibyteCharactersTakeTheirDisplayWidth) {
  // `é` is two bytes and one cell; `漢` is three bytes and two cells.
  SourceSnippet s = snippetAt("\"é漢\" + y", "y");
  EXPECT_EQ(s.sourceLine, "\"é漢\" + y");
  EXPECT_EQ(s.caretLine, "        ^");
}

TEST(SourceSnippet, TabsRunToTheNextStop) {
  SourceSnippet s = snippetAt("\tx = 1", "x");
  EXPECT_EQ(s.sourceLine, "        x = 1");
  EXPECT_EQ(s.caretLine, "        ^");
}

TEST(SourceSnippet, UnprintableAndInvalidBytesAreEscaped) {
  SourceSnippet s = snippetAt(llvm::StringRef("a\x01\xFFz", 4), "z");
  EXPECT_EQ(s.sourceLine, "a<U+0001><FF>z");
  EXPECT_EQ(s.caretLine, "             ^");
}

TEST(SourceSnippet, CaretAtTheEndOfTheLine) {
  llvm::StringRef line = "x =";
  SourceSnippet s = renderSnippet(line, line.size(), line.size(), line.size());
  EXPECT_EQ(s.caretLine, "   ^");
}

TEST(SourceSnippet, LongLineIsCutAroundTheCaret) {
  std::string line(5000, 'a');
  line.replace(2500, 3, "XYZ");
  SourceSnippet s = snippetAt(line, "XYZ", 40);
  EXPECT_LE(s.sourceLine.size(), 40u);
  EXPECT_EQ(s.sourceLine.substr(0, 3), "...");
  EXPECT_EQ(s.sourceLine.substr(s.sourceLine.size() - 3), "...");
  size_t caret = s.caretLine.find('^');
  ASSERT_NE(caret, std::string::npos);
  EXPECT_EQ(s.sourceLine.substr(caret, 3), "XYZ");
  EXPECT_EQ(s.caretLine.substr(caret), "^~~");
}

TEST(SourceSnippet, LongLineKeepsItsStartWhenTheCaretIsNear) {
  std::string line = "print(y)" + std::string(1000, ' ') + "# end";
  SourceSnippet s = snippetAt(line, "y", 40);
  EXPECT_EQ(s.sourceLine.substr(0, 8), "print(y)");
  EXPECT_EQ(s.sourceLine.substr(s.sourceLine.size() - 3), "...");
  EXPECT_EQ(s.caretLine, "      ^");
}

} // namespace
