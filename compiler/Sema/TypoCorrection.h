//===- TypoCorrection.h - "Did you mean ...?" suggestions ------*- C++ -*-===//
//
// When a name, member, keyword argument, type or decorator is unknown, the
// checker offers the candidate the user most likely meant, as clang's typo
// correction does: the candidate at the smallest edit distance, where a
// difference of case alone counts as no distance at all (`int` -> `Int`,
// `true` -> `True`), and a candidate further away than about a third of
// the name's length is not worth suggesting.
//
//   TypoCorrector corrector(name);
//   for (llvm::StringRef candidate : visibleNames)
//     corrector.add(candidate);
//   if (corrector.hasSuggestion()) ... corrector.getSuggestion() ...
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_SEMA_TYPOCORRECTION_H
#define MOJOC_SEMA_TYPOCORRECTION_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace mojo::sema {

class TypoCorrector {
public:
  /// With `allowAbbreviations`, a candidate that is a prefix of the name,
  /// or the name a prefix of it, qualifies at any distance (keyword
  /// arguments are often abbreviated: `sep` for `separator`).
  explicit TypoCorrector(llvm::StringRef typo, bool allowAbbreviations = false);

  /// Considers `candidate`. `accept`, if given, is asked only when the
  /// candidate would be the best so far: a check too costly to run on every
  /// name in scope (is it a type?).
  void add(llvm::StringRef candidate,
           llvm::function_ref<bool()> accept = nullptr);

  bool hasSuggestion() const { return !best.empty(); }
  llvm::StringRef getSuggestion() const { return best; }

private:
  std::string typo;
  bool allowAbbreviations;
  std::string best;
  unsigned bestFolded = 0;
  unsigned bestExact = 0;
};

} // namespace mojo::sema

#endif
