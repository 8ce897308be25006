//===- Token.cpp - Token kind names and spellings -------------------------===//
//
// Both tables are generated from TokenKinds.def, so a new token needs no
// change here.
//
//===----------------------------------------------------------------------===//
#include "compiler/Lex/Token.h"

using namespace mojo;

llvm::StringRef mojo::getTokenKindName(TokenKind kind) {
  switch (kind) {
#define TOK(Name)                                                              \
  case TokenKind::Name:                                                        \
    return #Name;
#include "compiler/Lex/TokenKinds.def"
  case TokenKind::NumTokenKinds:
    break;
  }
  return "<invalid>";
}

llvm::StringRef mojo::getTokenSpelling(TokenKind kind) {
  switch (kind) {
#define KEYWORD(Name, Spelling)                                                \
  case TokenKind::kw_##Name:                                                   \
    return Spelling;
#define PUNCT(Name, Spelling)                                                  \
  case TokenKind::Name:                                                        \
    return Spelling;
#include "compiler/Lex/TokenKinds.def"
  default:
    return "";
  }
}
