//===- Token.h - A lexed token ---------------------------------*- C++ -*-===//
#ifndef MOJOC_LEX_TOKEN_H
#define MOJOC_LEX_TOKEN_H

#include "compiler/Basic/SourceManager.h"

#include "llvm/ADT/StringRef.h"

#include <cstdint>

namespace mojo {

enum class TokenKind : uint8_t {
#define TOK(Name) Name,
#include "compiler/Lex/TokenKinds.def"
  NumTokenKinds
};

/// The name of a kind for dumps ("identifier", "kw_fn", "l_paren").
llvm::StringRef getTokenKindName(TokenKind kind);
/// The fixed spelling of a keyword or punctuator ("fn", "("), else "".
llvm::StringRef getTokenSpelling(TokenKind kind);

/// A token is a kind and the exact source text it covers. Literal values are
/// decoded on demand (LiteralSupport.h) so the lexer stays allocation-free.
/// INDENT, DEDENT and NEWLINE have an empty text located where they occur.
class Token {
public:
  Token() = default;
  Token(TokenKind kind, llvm::StringRef text) : kind(kind), text(text) {}

  TokenKind getKind() const { return kind; }
  bool is(TokenKind k) const { return kind == k; }
  bool isNot(TokenKind k) const { return kind != k; }
  template <typename... Ks> bool isAny(TokenKind k, Ks... ks) const {
    return is(k) || (is(ks) || ...);
  }

  llvm::StringRef getText() const { return text; }
  SourceLoc getLoc() const { return SourceLoc::getFromPointer(text.data()); }
  SourceLoc getEndLoc() const {
    return SourceLoc::getFromPointer(text.data() + text.size());
  }
  SourceRange getRange() const { return SourceRange(getLoc(), getEndLoc()); }

  /// For identifiers: the name, with backticks removed (`n` == n).
  llvm::StringRef getIdentifier() const {
    if (text.size() >= 2 && text.front() == '`' && text.back() == '`')
      return text.drop_front().drop_back();
    return text;
  }

  /// True when at least one space or tab precedes this token on its line.
  bool hasLeadingSpace() const { return leadingSpace; }
  void setLeadingSpace(bool v) { leadingSpace = v; }

private:
  TokenKind kind = TokenKind::eof;
  bool leadingSpace = false;
  llvm::StringRef text;
};

} // namespace mojo

#endif
