//===- Layout.cpp - NEWLINE, INDENT and DEDENT from line structure --------===//
//
// The upper layer of the lexer. It reads the raw scanner's tokens, where
// every physical line break is a `newline`, and produces the token stream
// the parser sees:
//
//   - a logical line that has tokens ends with one NEWLINE, located (empty)
//     at the line break after its last token, or at the end of the buffer;
//   - a line indented deeper than a line that ended in `:` opens a block
//     (INDENT, located at the line's first token); a line indented less
//     closes blocks (one DEDENT per block, located there too);
//   - blank and comment-only lines, and line breaks inside (), [] and {},
//     produce nothing; the raw scanner already dropped backslash-newline;
//   - Mojo's continuation rule: a line indented deeper than the statement
//     before it, when that statement did not end in `:`, continues it.
//
// Because of the continuation rule, the NEWLINE that ends a line is only
// decided when the next line's first token shows its indentation.
//
// Indentation is compared as text, not as a width: a deeper level must
// extend the enclosing level's whitespace prefix exactly, so mixing tabs and
// spaces in a way whose meaning depends on the tab width is reported.
//
//===----------------------------------------------------------------------===//
#include "compiler/Lex/Lexer.h"
#include "compiler/Lex/RawLexer.h"

#include "llvm/ADT/SmallVector.h"

#include <cassert>

using namespace mojo;

namespace {

/// One open indentation level.
struct IndentLevel {
  /// The exact whitespace that starts lines at this level.
  llvm::StringRef prefix;
  /// False for levels adopted silently while recovering from an error: they
  /// have no INDENT, so closing them yields no DEDENT.
  bool hasIndentToken;
};

/// How a line's indentation relates to an open level.
enum class IndentOrder { Shallower, Same, Deeper };

class Layout {
public:
  Layout(RawLexer &raw, DiagnosticEngine &diags, std::vector<Token> &out)
      : raw(raw), diags(diags), out(out), lineStart(raw.getCursor()) {
    levels.push_back({llvm::StringRef(lineStart, 0), true});
  }

  /// Consumes the raw scanner up to and including `eof`.
  void run();

private:
  void beginLine(const Token &first);
  void closeBlocksTo(llvm::StringRef prefix, const Token &first);
  void finish(const Token &eof);
  IndentOrder compare(llvm::StringRef prefix, llvm::StringRef level);
  llvm::StringRef indentationAt(const char *start) const;
  void emitLayout(TokenKind kind, const char *at);

  RawLexer &raw;
  DiagnosticEngine &diags;
  std::vector<Token> &out;
  /// Open levels; levels[0] is the file's own (empty) level.
  llvm::SmallVector<IndentLevel, 8> levels;
  /// Nesting of (), [] and {}; line breaks inside them are not layout.
  unsigned bracketDepth = 0;
  /// The start of the physical line the next token is on, when atLineStart.
  const char *lineStart;
  /// True until the first token of a new line (outside brackets) is seen.
  bool atLineStart = true;
  /// The current logical line has tokens, so a NEWLINE is owed.
  bool lineOpen = false;
  /// The line break after the last token of the open line, if seen yet.
  const char *newlineAt = nullptr;
  /// The last token of the open line; `:` there means a block follows.
  TokenKind lastKind = TokenKind::eof;
  /// Set while the current line's indentation was diagnosed as mixing tabs
  /// and spaces, so one line gets one diagnostic.
  bool reportedInconsistency = false;
};

} // namespace

void Layout::emitLayout(TokenKind kind, const char *at) {
  out.emplace_back(kind, llvm::StringRef(at, 0));
}

/// The whitespace that indents the line starting at `start`. A form feed
/// resets it, as in Python, so only what follows the last one counts.
llvm::StringRef Layout::indentationAt(const char *start) const {
  const char *p = start, *begin = start;
  // The run ends at the first non-blank byte; the buffer's NUL terminator
  // guarantees one.
  while (*p == ' ' || *p == '\t' || *p == '\f') {
    if (*p == '\f')
      begin = p + 1;
    ++p;
  }
  return llvm::StringRef(begin, p - begin);
}

/// Width of an indentation with tab stops every 8 columns; used only to
/// recover from a prefix that neither extends nor is extended by the level.
static unsigned indentWidth(llvm::StringRef prefix) {
  unsigned width = 0;
  for (char c : prefix)
    width = c == '\t' ? (width / 8 + 1) * 8 : width + 1;
  return width;
}

IndentOrder Layout::compare(llvm::StringRef prefix, llvm::StringRef level) {
  if (prefix == level)
    return IndentOrder::Same;
  if (prefix.starts_with(level))
    return IndentOrder::Deeper;
  if (level.starts_with(prefix))
    return IndentOrder::Shallower;
  if (!reportedInconsistency) {
    reportedInconsistency = true;
    diags.report(SourceRange(SourceLoc::getFromPointer(prefix.begin()),
                             SourceLoc::getFromPointer(prefix.end())),
                 DiagID::err_inconsistent_tabs);
  }
  unsigned a = indentWidth(prefix), b = indentWidth(level);
  return a == b  ? IndentOrder::Same
         : a > b ? IndentOrder::Deeper
                 : IndentOrder::Shallower;
}

void Layout::closeBlocksTo(llvm::StringRef prefix, const Token &first) {
  while (levels.size() > 1 &&
         compare(prefix, levels.back().prefix) == IndentOrder::Shallower) {
    if (levels.back().hasIndentToken)
      emitLayout(TokenKind::dedent, first.getText().data());
    levels.pop_back();
  }
  if (compare(prefix, levels.back().prefix) != IndentOrder::Deeper)
    return;
  // Between two levels: the line belongs to the enclosing block. Adopting
  // its indentation as a silent level keeps the following lines of the same
  // block from reading as continuations or raising the error again.
  if (!reportedInconsistency)
    diags.report(first.getLoc(), DiagID::err_unindent_mismatch);
  levels.push_back({prefix, false});
}

void Layout::beginLine(const Token &first) {
  reportedInconsistency = false;
  llvm::StringRef prefix = indentationAt(lineStart);

  if (!lineOpen) {
    // The first statement of the file: there is no block to be inside.
    if (!prefix.empty()) {
      diags.report(first.getLoc(), DiagID::err_unexpected_indent);
      levels.push_back({prefix, false});
    }
    return;
  }

  IndentOrder order = compare(prefix, levels.back().prefix);
  bool opensBlock = lastKind == TokenKind::colon;
  if (order == IndentOrder::Deeper && !opensBlock)
    return; // Mojo's continuation rule: the statement goes on.

  emitLayout(TokenKind::newline, newlineAt ? newlineAt : lineStart);
  lineOpen = false;
  if (order == IndentOrder::Deeper) {
    levels.push_back({prefix, true});
    emitLayout(TokenKind::indent, first.getText().data());
  } else if (order == IndentOrder::Shallower) {
    closeBlocksTo(prefix, first);
  }
}

void Layout::finish(const Token &eof) {
  const char *end = eof.getText().data();
  if (lineOpen)
    emitLayout(TokenKind::newline, newlineAt ? newlineAt : end);
  while (levels.size() > 1) {
    if (levels.back().hasIndentToken)
      emitLayout(TokenKind::dedent, end);
    levels.pop_back();
  }
  emitLayout(TokenKind::eof, end);
}

void Layout::run() {
  for (;;) {
    Token tok = raw.next();
    switch (tok.getKind()) {
    case TokenKind::eof:
      finish(tok);
      return;
    case TokenKind::newline:
      if (bracketDepth > 0)
        continue;
      if (lineOpen && !newlineAt)
        newlineAt = tok.getText().data();
      atLineStart = true;
      lineStart = tok.getText().end();
      continue;
    default:
      break;
    }

    if (atLineStart) {
      beginLine(tok);
      atLineStart = false;
    }
    out.push_back(tok);
    lineOpen = true;
    newlineAt = nullptr;
    lastKind = tok.getKind();
    if (tok.isAny(TokenKind::l_paren, TokenKind::l_square, TokenKind::l_brace))
      ++bracketDepth;
    else if (tok.isAny(TokenKind::r_paren, TokenKind::r_square,
                       TokenKind::r_brace) &&
             bracketDepth > 0)
      --bracketDepth;
  }
}

std::vector<Token> mojo::lexBuffer(const SourceManager &sources,
                                   unsigned bufferId, DiagnosticEngine &diags) {
  llvm::StringRef text = sources.getBufferText(bufferId);
  // The raw scanner relies on the NUL that llvm::MemoryBuffer puts after
  // every buffer the SourceManager owns.
  assert(text.data()[text.size()] == '\0' && "buffer is not NUL-terminated");
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 4);
  RawLexer raw(text, diags);
  Layout(raw, diags, tokens).run();
  return tokens;
}
