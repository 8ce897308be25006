//===- TypoCorrectionTest.cpp - "Did you mean" candidate choice -----------===//
#include "compiler/Sema/TypoCorrection.h"

#include <gtest/gtest.h>

#include <initializer_list>

using mojo::sema::TypoCorrector;

namespace {

std::string suggest(llvm::StringRef typo,
                    std::initializer_list<const char *> candidates,
                    bool abbreviations = false) {
  TypoCorrector corrector(typo, abbreviations);
  for (const char *candidate : candidates)
    corrector.add(candidate);
  return corrector.getSuggestion().str();
}

TEST(TypoCorrection, PicksTheClosestCandidate) {
  EXPECT_EQ(suggest("countr", {"counter", "count", "amount"}), "count");
  EXPECT_EQ(suggest("always_inlined", {"always_inline", "no_inline"}),
            "always_inline");
  EXPECT_EQ(suggest("nrom", {"norm", "x"}), "norm");
}

TEST(TypoCorrection, CaseAloneCountsAsNoDistance) {
  EXPECT_EQ(suggest("int", {"Int", "in", "print"}), "Int");
  EXPECT_EQ(suggest("true", {"True", "tree"}), "True");
  EXPECT_EQ(suggest("xy", {"XY", "xz"}), "XY");
}

TEST(TypoCorrection, FarCandidatesAreNotSuggested) {
  EXPECT_EQ(suggest("completely_unrelated", {"count", "print"}), "");
  EXPECT_EQ(suggest("i", {"j", "k"}), "");
  EXPECT_EQ(suggest("ab", {"ac"}), "");
  EXPECT_EQ(suggest("same", {"same"}), "");
}

TEST(TypoCorrection, AbbreviationsOnlyWhenAllowed) {
  EXPECT_EQ(suggest("seperator", {"sep", "end", "flush", "file"}), "");
  EXPECT_EQ(suggest("seperator", {"sep", "end", "flush", "file"}, true), "sep");
  EXPECT_EQ(suggest("se", {"sep"}, true), "");
}

TEST(TypoCorrection, TiesDoNotDependOnOrder) {
  EXPECT_EQ(suggest("cat", {"cot", "cut"}), "cot");
  EXPECT_EQ(suggest("cat", {"cut", "cot"}), "cot");
}

TEST(TypoCorrection, AcceptIsAskedOnlyForImprovements) {
  TypoCorrector corrector("Piont");
  int asked = 0;
  auto answer = [&asked](bool accepted) {
    return [&asked, accepted] {
      ++asked;
      return accepted;
    };
  };
  corrector.add("Point", answer(true));
  corrector.add("unrelated_name", answer(true)); // Too far: not asked.
  corrector.add("Pointer", answer(true));        // Farther than Point.
  EXPECT_EQ(asked, 1);
  corrector.add("Pionts", answer(false)); // Closer, but not accepted.
  EXPECT_EQ(asked, 2);
  EXPECT_EQ(corrector.getSuggestion(), "Point");
}

} // namespace
