//===- ParseAtom.cpp - Atoms, displays, call and subscript arguments ------===//
//
// The leaves of the expression grammar: names, literals (decoded with
// LiteralSupport), parenthesized expressions and tuples, list displays, and
// the argument lists of calls and subscripts, including slices. Also the
// Python forms Mojo rejects: comprehensions, dict/set displays, `lambda`,
// `yield`, and prefixed strings.
//
//===----------------------------------------------------------------------===//
#include "compiler/Basic/Budgets.h"
#include "compiler/Lex/LiteralSupport.h"
#include "compiler/Parse/ParserImpl.h"

#include "llvm/ADT/StringSwitch.h"

using namespace mojo;
using namespace mojo::parse;

// atom: NAME | NUMBER | STRING+ | 'True' | 'False' | 'None' | '...'
//     | '(' ... ')' | '[' ... ']' | function_type
ExprId Parser::parseAtom() {
  SourceRange here = currentRange();
  switch (tok().getKind()) {
  case TokenKind::identifier:
    return parseName();
  case TokenKind::integer:
  case TokenKind::floating:
    return parseNumber();
  case TokenKind::string:
    return parseStrings();
  case TokenKind::kw_True:
  case TokenKind::kw_False:
    return makeExpr<BoolLiteralExpr>(here, consume().is(TokenKind::kw_True));
  case TokenKind::kw_None:
    consume();
    return makeExpr<NoneLiteralExpr>(here);
  case TokenKind::ellipsis:
    consume();
    return makeExpr<EllipsisExpr>(here);
  case TokenKind::l_paren:
    return parseParenthesized();
  case TokenKind::l_square:
    return parseListDisplay();
  case TokenKind::l_brace:
    diag(here, DiagID::err_display_unsupported);
    consume();
    skipPastClosing(TokenKind::r_brace);
    return makeError(rangeFrom(here.Start));
  case TokenKind::kw_fn:
    return parseFunctionType();
  case TokenKind::kw_lambda:
    return parseUnsupportedExpr(DiagID::err_lambda_unsupported);
  case TokenKind::kw_yield:
    return parseUnsupportedExpr(DiagID::err_yield_unsupported);
  case TokenKind::r_paren:
  case TokenKind::r_square:
  case TokenKind::r_brace:
    if (atUnmatchedCloser())
      diag(here, DiagID::err_unmatched_closing) << tok().getText();
    else
      diag(here, DiagID::err_expected_expression) << describe(tok());
    return makeError(here);
  case TokenKind::error:
    markRecovering(); // the lexer reported it
    consume();
    return makeError(here);
  default:
    diag(here, DiagID::err_expected_expression) << describe(tok());
    return makeError(here);
  }
}

/// Reports `lambda`/`yield` and abandons the rest of the line.
ExprId Parser::parseUnsupportedExpr(DiagID id) {
  SourceLoc start = tok().getLoc();
  diag(tok().getRange(), id);
  skipToLineEnd();
  return makeError(rangeFrom(start));
}

/// Python string prefixes other than `r`, which the lexer keeps in the
/// string token.
static bool isUnsupportedStringPrefix(llvm::StringRef text) {
  return llvm::StringSwitch<bool>(text.lower())
      .Cases("f", "b", "u", "rb", "br", "fr", "rf", true)
      .Default(false);
}

// NAME, or a rejected `f"..."` / `b"..."`
ExprId Parser::parseName() {
  const Token &next = peek();
  if (next.is(TokenKind::string) &&
      next.getLoc().getPointer() == tok().getEndLoc().getPointer() &&
      isUnsupportedStringPrefix(tok().getText()))
    return parseStringPrefix();
  Token name = consume();
  return makeExpr<NameExpr>(name.getRange(), intern(name.getIdentifier()));
}

/// `f"..."`: reported, then skipped as one string.
ExprId Parser::parseStringPrefix() {
  Token prefix = consume();
  diag(SourceRange(prefix.getLoc(), tok().getEndLoc()),
       DiagID::err_string_prefix_unsupported)
      << prefix.getText();
  while (at(TokenKind::string))
    consume();
  return makeError(rangeFrom(prefix.getLoc()));
}

// NUMBER: an `integer` or `floating` token
ExprId Parser::parseNumber() {
  Token number = consume();
  if (number.is(TokenKind::integer)) {
    llvm::APInt value;
    // IntLiteral values are signed: the magnitude leaves a bit for the sign.
    IntegerLiteralStatus status = parseIntegerLiteral(
        number.getText(), value, budget::kMaxIntLiteralBits - 1);
    if (status == IntegerLiteralStatus::Malformed) {
      markRecovering(); // malformed digits were reported by the lexer
      return makeError(number.getRange());
    }
    if (status == IntegerLiteralStatus::TooLarge) {
      diag(number.getRange(), DiagID::err_integer_literal_too_large)
          << budget::kMaxIntLiteralBits;
      return makeError(number.getRange());
    }
    llvm::ArrayRef<uint64_t> words(value.getRawData(), value.getNumWords());
    return makeExpr<IntegerLiteralExpr>(number.getRange(), number.getText(),
                                        value.getBitWidth(), copy(words));
  }
  llvm::APFloat value(llvm::APFloat::IEEEdouble());
  if (!parseFloatLiteral(number.getText(), value)) {
    markRecovering();
    return makeError(number.getRange());
  }
  return makeExpr<FloatLiteralExpr>(number.getRange(), number.getText(),
                                    value.convertToDouble());
}

// strings: STRING+        (adjacent literals are concatenated)
ExprId Parser::parseStrings() {
  SourceLoc start = tok().getLoc();
  std::string value;
  unsigned pieces = 0;
  while (at(TokenKind::string)) {
    std::string piece;
    decodeStringLiteral(consume(), piece, diags); // reports bad escapes
    value += piece;
    ++pieces;
  }
  return makeExpr<StringLiteralExpr>(rangeFrom(start), ctx->copyString(value),
                                     pieces);
}

/// Reports a comprehension at its `for`.
bool Parser::diagComprehension() {
  if (!at(TokenKind::kw_for))
    return false;
  diag(tok().getRange(), DiagID::err_comprehension_unsupported);
  return true;
}

// paren: '(' ')' | '(' named_expr ')' | '(' named_expr ',' [expr_list] ')'
ExprId Parser::parseParenthesized() {
  Token open = consume();
  SourceLoc start = open.getLoc();
  if (consumeIf(TokenKind::r_paren))
    return makeExpr<TupleExpr>(rangeFrom(start), llvm::ArrayRef<ExprId>(),
                               /*parenthesized=*/true);
  ExprId first = parseNamedExpr();
  if (diagComprehension()) {
    skipPastClosing(TokenKind::r_paren);
    return makeError(rangeFrom(start));
  }
  if (!at(TokenKind::comma)) {
    expectClosing(TokenKind::r_paren, open);
    return first; // parentheses are not nodes
  }
  llvm::SmallVector<ExprId, 4> elements{first};
  while (consumeIf(TokenKind::comma) && !at(TokenKind::r_paren) &&
         !atLineEnd())
    elements.push_back(parseNamedExpr());
  expectClosing(TokenKind::r_paren, open);
  return makeExpr<TupleExpr>(rangeFrom(start), copy(llvm::ArrayRef(elements)),
                             /*parenthesized=*/true);
}

// list_display: '[' [named_expr (',' named_expr)* [',']] ']'
ExprId Parser::parseListDisplay() {
  Token open = consume();
  SourceLoc start = open.getLoc();
  llvm::SmallVector<ExprId, 4> elements;
  while (!at(TokenKind::r_square) && !atLineEnd()) {
    elements.push_back(parseNamedExpr());
    if (diagComprehension()) {
      skipPastClosing(TokenKind::r_square);
      return makeError(rangeFrom(start));
    }
    if (!consumeIf(TokenKind::comma))
      break;
  }
  expectClosing(TokenKind::r_square, open);
  return makeExpr<ListDisplayExpr>(rangeFrom(start),
                                   copy(llvm::ArrayRef(elements)));
}

// arguments: [argument (',' argument)* [',']]      (up to `close`)
void Parser::parseArguments(TokenKind close, bool allowSlices,
                            llvm::SmallVectorImpl<Argument> &out) {
  while (!at(close) && !atLineEnd()) {
    out.push_back(parseArgument(allowSlices));
    if (diagComprehension()) {
      skipToLineEnd();
      return;
    }
    if (!consumeIf(TokenKind::comma))
      return;
  }
}

// argument: NAME '=' named_expr | '*' ternary | '**' ternary
//         | named_expr | slice (in subscripts)
Argument Parser::parseArgument(bool allowSlices) {
  SourceLoc start = tok().getLoc();
  Argument arg;
  if (at(TokenKind::identifier) && peek().is(TokenKind::equal)) {
    Token keyword = consume();
    consume(); // =
    arg.keyword = intern(keyword.getIdentifier());
    arg.keywordRange = keyword.getRange();
    arg.value = parseNamedExpr();
  } else if (at(TokenKind::star) || at(TokenKind::starstar)) {
    bool doubleStar = consume().is(TokenKind::starstar);
    ExprId operand = parseTernary();
    arg.value = makeExpr<UnpackExpr>(rangeFrom(start), operand, doubleStar);
  } else {
    arg.value = parseSliceOrExpr(allowSlices);
  }
  arg.range = rangeFrom(start);
  return arg;
}

// subscript: named_expr | [ternary] ':' [ternary] [':' [ternary]]
ExprId Parser::parseSliceOrExpr(bool allowSlices) {
  SourceLoc start = tok().getLoc();
  if (allowSlices && at(TokenKind::colon))
    return parseSliceRest(start, ExprId());
  ExprId value = parseNamedExpr();
  if (allowSlices && at(TokenKind::colon))
    return parseSliceRest(start, value);
  return value;
}

/// The rest of a slice from its first `:`.
ExprId Parser::parseSliceRest(SourceLoc start, ExprId lower) {
  consume(); // :
  ExprId upper, step;
  if (canStartExpression(tok()))
    upper = parseTernary();
  if (consumeIf(TokenKind::colon) && canStartExpression(tok()))
    step = parseTernary();
  return makeExpr<SliceExpr>(rangeFrom(start), lower, upper, step);
}
