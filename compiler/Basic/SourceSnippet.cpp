//===- SourceSnippet.cpp - A source line with its caret line --------------===//
#include "compiler/Basic/SourceSnippet.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Unicode.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <vector>

using namespace mojo;

namespace {

constexpr unsigned kTabStop = 8;
constexpr llvm::StringLiteral kEllipsis = "...";

/// One displayed unit of the line: a character, a tab, or an escaped byte.
struct Cell {
  size_t begin, end; ///< Its bytes in the line.
  std::string text;  ///< What is printed for it.
  unsigned column;   ///< Where it starts, in cells from the decoded start.
  unsigned width;
};

/// The text and width of the character at `line[pos]`; sets `size` to its
/// length in bytes.
std::pair<std::string, unsigned> displayChar(llvm::StringRef line, size_t pos,
                                             unsigned column, size_t &size) {
  unsigned char first = line[pos];
  size = 1;
  if (first == '\t') {
    unsigned width = kTabStop - column % kTabStop;
    return {std::string(width, ' '), width};
  }
  if (first < 0x80 && llvm::isPrint(first))
    return {std::string(1, char(first)), 1};
  unsigned length = llvm::getNumBytesForUTF8(first);
  const auto *bytes = reinterpret_cast<const llvm::UTF8 *>(line.data() + pos);
  if (first < 0x80 || (length > 1 && pos + length <= line.size() &&
                       llvm::isLegalUTF8Sequence(bytes, bytes + length))) {
    size = first < 0x80 ? 1 : length;
    llvm::StringRef text = line.substr(pos, size);
    int width = llvm::sys::unicode::columnWidthUTF8(text);
    if (width >= 0)
      return {text.str(), unsigned(width)};
    // Unprintable (a control character, a formatting mark): name it.
    llvm::UTF32 codePoint = first;
    if (size > 1) {
      const llvm::UTF8 *source = bytes;
      llvm::convertUTF8Sequence(&source, bytes + size, &codePoint,
                                llvm::strictConversion);
    }
    std::string name =
        llvm::formatv("<U+{0}>", llvm::format_hex_no_prefix(codePoint, 4, true));
    return {name, unsigned(name.size())};
  }
  std::string hex = "<" + llvm::utohexstr(first, false, 2) + ">";
  return {hex, unsigned(hex.size())};
}

/// Decodes line[begin, end) into cells; columns count from `begin`.
std::vector<Cell> decode(llvm::StringRef line, size_t begin, size_t end) {
  std::vector<Cell> cells;
  unsigned column = 0;
  for (size_t pos = begin; pos < end;) {
    size_t size;
    auto [text, width] = displayChar(line, pos, column, size);
    size = std::min(size, end - pos);
    cells.push_back({pos, pos + size, std::move(text), column, width});
    column += width;
    pos += size;
  }
  return cells;
}

/// Moves `pos` forward off UTF-8 continuation bytes, so that decoding from
/// it starts at a character.
size_t snapToCharacter(llvm::StringRef line, size_t pos) {
  for (unsigned i = 0; i < 3 && pos < line.size() &&
                       (static_cast<unsigned char>(line[pos]) & 0xC0) == 0x80;
       ++i)
    ++pos;
  return pos;
}

} // namespace

SourceSnippet mojo::renderSnippet(llvm::StringRef line, size_t caret,
                                  size_t rangeBegin, size_t rangeEnd,
                                  unsigned width) {
  caret = std::min(caret, line.size());
  // No cell is wider than `<U+XXXXX>`, so this many bytes on either side of
  // the caret fill any window; decoding only them keeps a diagnostic on a
  // huge line cheap.
  size_t reach = size_t(width) * 9;
  size_t begin = caret > reach ? snapToCharacter(line, caret - reach) : 0;
  size_t end = std::min(line.size(), caret + reach);
  std::vector<Cell> cells = decode(line, begin, end);

  unsigned total = cells.empty() ? 0 : cells.back().column + cells.back().width;
  auto caretCell = std::find_if(cells.begin(), cells.end(),
                                [&](const Cell &c) { return c.end > caret; });
  unsigned caretColumn = caretCell == cells.end() ? total : caretCell->column;
  // The caret may sit just past the last character.
  unsigned lineWidth = std::max(total, caretColumn + 1);

  // The window [first, last) of columns shown: the whole line if it fits,
  // else as much as fits, with the caret no more than two thirds along.
  unsigned first = 0, last = lineWidth;
  bool whole = begin == 0 && end == line.size();
  if (!whole || lineWidth > width) {
    unsigned room = width - 2 * kEllipsis.size();
    first = caretColumn > room * 2 / 3 ? caretColumn - room * 2 / 3 : 0;
    last = std::min(lineWidth, first + room);
    if (last - first < room)
      first = last > room ? last - room : 0;
  }

  SourceSnippet snippet;
  bool cutLeft = begin > 0 || (!cells.empty() && cells.front().column < first);
  bool cutRight = end < line.size() || total > last;
  if (cutLeft) {
    snippet.sourceLine += kEllipsis;
    snippet.caretLine.append(kEllipsis.size(), ' ');
  }
  for (auto it = cells.begin(); it != cells.end(); ++it) {
    if (it->column < first || it->column + it->width > last)
      continue;
    snippet.sourceLine += it->text;
    char mark = it->begin >= rangeBegin && it->begin < rangeEnd ? '~' : ' ';
    if (it == caretCell) {
      // A caret on a combining mark still shows, one cell late.
      snippet.caretLine += '^';
      snippet.caretLine.append(std::max(it->width, 1u) - 1, mark);
    } else {
      snippet.caretLine.append(it->width, mark);
    }
  }
  if (caretCell == cells.end())
    snippet.caretLine += '^';
  if (cutRight)
    snippet.sourceLine += kEllipsis;
  size_t lastMark = snippet.caretLine.find_last_not_of(' ');
  snippet.caretLine.resize(lastMark == std::string::npos ? 0 : lastMark + 1);
  return snippet;
}
