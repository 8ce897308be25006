//===- SourceSnippet.h - A source line with its caret line -----*- C++ -*-===//
//
// The two lines under a text diagnostic, as clang draws them:
//
//   var s = "héllo"; print(undefined_x)
//                          ^~~~~~~~~~~
//
// Columns count display cells, not bytes, so the caret lines up under any
// UTF-8 text: wide characters take two cells, combining marks none, a tab
// runs to the next multiple of 8, and what cannot be shown as is becomes
// `<U+XXXX>` (an unprintable character) or `<XX>` (a byte that is not valid
// UTF-8). A line wider than the window is cut around the caret, with `...`
// at each cut end, so one diagnostic prints a bounded amount of text however
// long its line is.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_BASIC_SOURCESNIPPET_H
#define MOJOC_BASIC_SOURCESNIPPET_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace mojo {

struct SourceSnippet {
  std::string sourceLine;
  std::string caretLine; ///< Without trailing spaces.
};

/// The widest snippet drawn, in display cells, `...` included.
constexpr unsigned kSnippetWidth = 120;

/// Draws `line` (without its newline) with a caret under byte `caret` and
/// `~` under the bytes in [rangeBegin, rangeEnd); offsets are from the start
/// of `line`, and `caret` may equal `line.size()` (the end of the line).
SourceSnippet renderSnippet(llvm::StringRef line, size_t caret,
                            size_t rangeBegin, size_t rangeEnd,
                            unsigned width = kSnippetWidth);

} // namespace mojo

#endif
