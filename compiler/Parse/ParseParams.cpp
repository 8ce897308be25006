//===- ParseParams.cpp - Parameter lists, effects, result types -----------===//
//
// The `[...]` compile-time and `(...)` run-time parameter lists of
// functions and structs, the argument list of function types, the effects
// after a signature (`raises capturing [o] escaping`), and result types
// (`-> ref [o] T`). Entries are collected first and turned into ParamDecls
// at the end, once the `//`, `/` and `*` markers say what kind each is.
//
//===----------------------------------------------------------------------===//
#include "compiler/Parse/ParserImpl.h"

#include "llvm/ADT/StringSwitch.h"

using namespace mojo;
using namespace mojo::parse;

namespace mojo::parse {
/// One parameter, before its kind is known.
struct PendingParam {
  llvm::StringRef name;
  SourceRange nameRange;
  SourceRange range;
  ParamDecl::Info info;
};

/// A parameter list being parsed.
struct PendingParams {
  ParamListKind kind;
  llvm::SmallVector<PendingParam, 8> entries;
  uint32_t inferOnlyEnd = ParamList::kNoMarker;
  uint32_t positionalOnlyEnd = ParamList::kNoMarker;
  uint32_t bareStar = ParamList::kNoMarker;
  /// The first entry after a bare `*` or a `*args`.
  uint32_t keywordOnlyStart = ParamList::kNoMarker;
};
} // namespace mojo::parse

// param_list: [param_entry (',' param_entry)* [',']]  between [] or ()
ParamList Parser::parseParamList(ParamListKind kind) {
  Token open = consume();
  TokenKind close = open.is(TokenKind::l_square) ? TokenKind::r_square
                                                 : TokenKind::r_paren;
  PendingParams pending;
  pending.kind = kind;
  while (!at(close) && !atLineEnd()) {
    if (!parseParamEntry(kind, pending) || !consumeIf(TokenKind::comma))
      break;
  }
  expectClosing(close, open);
  ParamList list;
  list.present = true;
  list.range = rangeFrom(open.getLoc());
  list.inferOnlyEnd = pending.inferOnlyEnd;
  list.positionalOnlyEnd = pending.positionalOnlyEnd;
  list.bareStar = pending.bareStar;
  list.params = finishParams(pending);
  return list;
}

/// Records a `//`, `/` or bare `*` marker at the current position.
void Parser::addMarker(uint32_t &marker, const Token &token,
                       PendingParams &pending) {
  if (marker != ParamList::kNoMarker)
    diag(token.getRange(), DiagID::err_duplicate_marker) << token.getText();
  else
    marker = pending.entries.size();
}

static bool atListEnd(const Parser &p) {
  return p.peek().isAny(TokenKind::comma, TokenKind::r_paren,
                        TokenKind::r_square);
}

// param_entry: '//' | '/' | '*' | param
bool Parser::parseParamEntry(ParamListKind kind, PendingParams &pending) {
  if (at(TokenKind::slashslash) || at(TokenKind::slash)) {
    Token marker = consume();
    bool inferOnly = marker.is(TokenKind::slashslash);
    if (inferOnly && kind != ParamListKind::CompileTime)
      diag(marker.getRange(), DiagID::err_marker_not_allowed)
          << "//" << "a run-time argument list";
    else
      addMarker(inferOnly ? pending.inferOnlyEnd : pending.positionalOnlyEnd,
                marker, pending);
    return true;
  }
  if (at(TokenKind::star) && atListEnd(*this)) {
    Token marker = consume();
    addMarker(pending.bareStar, marker, pending);
    if (pending.keywordOnlyStart == ParamList::kNoMarker)
      pending.keywordOnlyStart = pending.entries.size();
    return true;
  }
  PendingParam param;
  bool ok = kind == ParamListKind::FunctionType ? parseFunctionTypeArg(param)
                                                : parseOneParam(kind, param);
  if (!ok)
    return false;
  pending.entries.push_back(param);
  if (param.info.variadic &&
      pending.keywordOnlyStart == ParamList::kNoMarker)
    pending.keywordOnlyStart = pending.entries.size();
  return true;
}

/// `*` or `**` before a parameter name; `**` is rejected in `[...]`.
static void parseStars(Parser &p, ParamListKind kind, ParamDecl::Info &info) {
  if (p.consumeIf(TokenKind::star)) {
    info.variadic = true;
  } else if (p.at(TokenKind::starstar)) {
    Token stars = p.consume();
    info.kwVariadic = true;
    if (kind == ParamListKind::CompileTime)
      p.diag(stars.getRange(), DiagID::err_kwvariadic_parameter);
  }
}

/// A parameter type; `*Ts` (a variadic pack type) is an Unpack.
static ExprId parseParamType(Parser &p) {
  if (!p.at(TokenKind::star))
    return p.parseType();
  Token star = p.consume();
  ExprId operand = p.parseType();
  return p.makeExpr<UnpackExpr>(p.rangeFrom(star.getLoc()), operand, false);
}

// param: [convention] ['*' | '**'] NAME [':' type] ['=' default]
//   (compile-time lists have no convention)
bool Parser::parseOneParam(ParamListKind kind, PendingParam &out) {
  SourceLoc start = tok().getLoc();
  ParamDecl::Info &info = out.info;
  info.compileTime = kind == ParamListKind::CompileTime;
  if (!info.compileTime)
    info.convention =
        parseConvention(kind, info.hasRefOrigins, info.refOrigins);
  parseStars(*this, kind, info);
  if (!parseDeclName("a parameter name", out.name, out.nameRange))
    return false;
  if (consumeIf(TokenKind::colon))
    info.type = parseParamType(*this);
  if (consumeIf(TokenKind::equal))
    info.defaultValue = parseTernary();
  out.range = rangeFrom(start);
  return true;
}

// fn_type_arg: [convention] ['*'] [NAME ':'] type
bool Parser::parseFunctionTypeArg(PendingParam &out) {
  SourceLoc start = tok().getLoc();
  ParamDecl::Info &info = out.info;
  info.convention = parseConvention(ParamListKind::FunctionType,
                                    info.hasRefOrigins, info.refOrigins);
  parseStars(*this, ParamListKind::FunctionType, info);
  if (at(TokenKind::identifier) && peek().is(TokenKind::colon)) {
    Token name = consume();
    out.name = intern(name.getIdentifier());
    out.nameRange = name.getRange();
    consume();
  }
  if (!canStartExpression(tok()) && !at(TokenKind::star)) {
    diagExpected("a parameter type");
    return false;
  }
  info.type = parseParamType(*this);
  if (consumeIf(TokenKind::equal))
    info.defaultValue = parseTernary();
  out.range = rangeFrom(start);
  return true;
}

// convention: 'read' | 'mut' | 'owned' | 'out' | 'inout' | 'borrowed'
//           | 'ref' ['[' [origin (',' origin)*] ']']
//   A word is a convention only when a name, `*` or (for `ref`) `[`
//   follows, so `fn f(mut: Int)` still declares a parameter named `mut`.
Convention Parser::parseConvention(ParamListKind kind, bool &hasOrigins,
                                   llvm::ArrayRef<ExprId> &origins) {
  if (!at(TokenKind::identifier))
    return Convention::Default;
  Convention convention =
      llvm::StringSwitch<Convention>(tok().getText())
          .Case("read", Convention::Read)
          .Case("mut", Convention::Mut)
          .Case("owned", Convention::Owned)
          .Case("out", Convention::Out)
          .Case("ref", Convention::Ref)
          .Case("inout", Convention::Inout)
          .Case("borrowed", Convention::Borrowed)
          .Default(Convention::Default);
  const Token &next = peek();
  bool isRef = convention == Convention::Ref;
  if (convention == Convention::Default ||
      !(next.isAny(TokenKind::identifier, TokenKind::star,
                   TokenKind::starstar) ||
        (isRef && next.is(TokenKind::l_square))))
    return Convention::Default;
  consume();
  if (isRef && at(TokenKind::l_square)) {
    Token open = consume();
    llvm::SmallVector<ExprId, 2> list;
    parseExprListInBrackets(open, TokenKind::r_square, list);
    hasOrigins = true;
    origins = copy(llvm::ArrayRef(list));
  }
  return convention;
}

/// Assigns each entry its kind from the markers and creates the decls.
llvm::ArrayRef<DeclId> Parser::finishParams(PendingParams &pending) {
  llvm::SmallVector<DeclId, 8> decls;
  for (uint32_t i = 0; i < pending.entries.size(); ++i) {
    PendingParam &entry = pending.entries[i];
    ParamKind kind = ParamKind::PositionalOrKeyword;
    if (pending.inferOnlyEnd != ParamList::kNoMarker &&
        i < pending.inferOnlyEnd)
      kind = ParamKind::InferOnly;
    else if (pending.positionalOnlyEnd != ParamList::kNoMarker &&
             i < pending.positionalOnlyEnd)
      kind = ParamKind::PositionalOnly;
    else if (entry.info.kwVariadic ||
             (pending.keywordOnlyStart != ParamList::kNoMarker &&
              i >= pending.keywordOnlyStart))
      kind = ParamKind::KeywordOnly;
    entry.info.kind = kind;
    decls.push_back(makeDecl<ParamDecl>(entry.range, entry.name,
                                        entry.nameRange, entry.info));
  }
  return copy(llvm::ArrayRef(decls));
}

// effects: ('raises' | 'capturing' ['[' [origin (',' origin)*] ']']
//          | 'escaping')*
FunctionEffects Parser::parseEffects() {
  FunctionEffects effects;
  for (;;) {
    if (consumeIf(TokenKind::kw_raises)) {
      effects.raises = true;
    } else if (atWord("escaping")) {
      consume();
      effects.escaping = true;
    } else if (atWord("capturing")) {
      consume();
      effects.capturing = true;
      if (at(TokenKind::l_square)) {
        Token open = consume();
        llvm::SmallVector<ExprId, 2> origins;
        parseExprListInBrackets(open, TokenKind::r_square, origins);
        effects.hasCaptureOrigins = true;
        effects.captureOrigins = copy(llvm::ArrayRef(origins));
      }
    } else {
      return effects;
    }
  }
}

// result_type: 'ref' ['[' [origin (',' origin)*] ']'] type | type
ExprId Parser::parseResultType() {
  if (!atWord("ref") ||
      !peek().isAny(TokenKind::l_square, TokenKind::identifier))
    return parseType();
  SourceLoc start = consume().getLoc();
  bool hasOrigins = false;
  llvm::SmallVector<ExprId, 2> origins;
  if (at(TokenKind::l_square)) {
    Token open = consume();
    parseExprListInBrackets(open, TokenKind::r_square, origins);
    hasOrigins = true;
  }
  ExprId type = parseType();
  return makeExpr<RefTypeExpr>(rangeFrom(start), hasOrigins,
                               copy(llvm::ArrayRef(origins)), type);
}

// function_type: 'fn' ['[' param_list ']'] '(' param_list ')' effects
//                ['->' result_type]
ExprId Parser::parseFunctionType() {
  SourceLoc start = consume().getLoc();
  ParamList params;
  if (at(TokenKind::l_square))
    params = parseParamList(ParamListKind::CompileTime);
  if (!at(TokenKind::l_paren)) {
    diagExpected("`(` in a function type");
    return makeError(rangeFrom(start));
  }
  ParamList args = parseParamList(ParamListKind::FunctionType);
  FunctionEffects effects = parseEffects();
  ExprId result;
  if (consumeIf(TokenKind::arrow))
    result = parseResultType();
  return makeExpr<FunctionTypeExpr>(rangeFrom(start), params.present,
                                    params.params, args.params, effects,
                                    result);
}
