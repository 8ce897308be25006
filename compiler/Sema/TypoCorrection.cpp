//===- TypoCorrection.cpp - "Did you mean ...?" suggestions ---------------===//
#include "compiler/Sema/TypoCorrection.h"

#include <algorithm>
#include <tuple>

using namespace mojo;
using namespace mojo::sema;

TypoCorrector::TypoCorrector(llvm::StringRef typo, bool allowAbbreviations)
    : typo(typo.str()), allowAbbreviations(allowAbbreviations) {}

/// One name is the start of the other, and the shorter is no mere letter
/// or two: `sep` for `seperator`.
static bool isAbbreviation(llvm::StringRef a, llvm::StringRef b) {
  if (a.size() > b.size())
    std::swap(a, b);
  return a.size() >= 3 && b.starts_with_insensitive(a);
}

void TypoCorrector::add(llvm::StringRef candidate,
                        llvm::function_ref<bool()> accept) {
  llvm::StringRef name = typo;
  if (candidate.empty() || candidate == name)
    return;
  // About a third of the length, as clang allows; names of one or two
  // characters are corrected only for case, so `i` never suggests `j`.
  unsigned bound = name.size() < 3 ? 0 : (name.size() + 2) / 3;
  bool abbreviation = allowAbbreviations && isAbbreviation(name, candidate);
  unsigned folded = name.edit_distance_insensitive(
      candidate, /*AllowReplacements=*/true, abbreviation ? 0 : bound + 1);
  if (folded > bound && !abbreviation)
    return;
  unsigned exact = name.edit_distance(candidate, /*AllowReplacements=*/true);
  // Closest first, then closest in case, then the first in name order, so
  // the choice does not depend on the order candidates come in.
  if (hasSuggestion() &&
      std::make_tuple(folded, exact, llvm::StringRef(candidate)) >=
          std::make_tuple(bestFolded, bestExact, llvm::StringRef(best)))
    return;
  if (accept && !accept())
    return;
  best = candidate.str();
  bestFolded = folded;
  bestExact = exact;
}
