//===- ParseExpr.cpp - Operators and precedence ---------------------------===//
//
// Expressions from the loosest binding to the tightest (LANGUAGE.md §1):
//
//   expr_list > named_expr (:=) > ternary > or > and > not > comparison
//   > | > ^ > & > << >> > + - > * @ / // % > unary + - ~ > ** > postfix
//
// Binary operators from `|` to `%` use precedence climbing; everything else
// is one function per level. Recursion through parentheses, unary chains
// and `if`/`else` chains is bounded by kMaxNesting.
//
//===----------------------------------------------------------------------===//
#include "compiler/Parse/ParserImpl.h"

#include <optional>

using namespace mojo;
using namespace mojo::parse;

bool Parser::canStartExpression(const Token &token) const {
  switch (token.getKind()) {
  case TokenKind::identifier:
  case TokenKind::integer:
  case TokenKind::floating:
  case TokenKind::string:
  case TokenKind::kw_True:
  case TokenKind::kw_False:
  case TokenKind::kw_None:
  case TokenKind::l_paren:
  case TokenKind::l_square:
  case TokenKind::l_brace:
  case TokenKind::minus:
  case TokenKind::plus:
  case TokenKind::tilde:
  case TokenKind::kw_not:
  case TokenKind::kw_await:
  case TokenKind::kw_fn:
  case TokenKind::kw_lambda:
  case TokenKind::kw_yield:
  case TokenKind::ellipsis:
    return true;
  default:
    return false;
  }
}

/// Reports the nesting limit once, abandons the rest of the line.
ExprId Parser::nestingTooDeep(llvm::StringRef what) {
  diag(currentRange(), DiagID::err_nesting_too_deep)
      << unsigned(kMaxNesting) << what;
  SourceRange here = currentRange();
  skipToLineEnd();
  return makeError(here);
}

// expr_list: named_expr (',' named_expr)* [',']     (a Tuple if a comma)
ExprId Parser::parseExprList() {
  SourceLoc start = tok().getLoc();
  ExprId first = parseNamedExpr();
  if (!at(TokenKind::comma))
    return first;
  llvm::SmallVector<ExprId, 4> elements{first};
  while (consumeIf(TokenKind::comma) && canStartExpression(tok()))
    elements.push_back(parseNamedExpr());
  return makeExpr<TupleExpr>(rangeFrom(start), copy(llvm::ArrayRef(elements)),
                             /*parenthesized=*/false);
}

// named_expr: NAME ':=' named_expr | ternary
ExprId Parser::parseNamedExpr() {
  SourceLoc start = tok().getLoc();
  if (at(TokenKind::identifier) && peek().is(TokenKind::colonequal)) {
    NestingGuard guard(*this);
    if (guard.tooDeep())
      return nestingTooDeep("nested expressions");
    Token name = consume();
    consume(); // :=
    ExprId value = parseNamedExpr();
    return makeExpr<WalrusExpr>(rangeFrom(start), intern(name.getIdentifier()),
                                name.getRange(), value);
  }
  ExprId value = parseTernary();
  if (!at(TokenKind::colonequal))
    return value;
  diag(tok().getRange(), DiagID::err_walrus_target);
  consume();
  parseNamedExpr();
  return makeError(rangeFrom(start));
}

// ternary: or_test ['if' or_test 'else' ternary]
ExprId Parser::parseTernary() {
  NestingGuard guard(*this);
  if (guard.tooDeep())
    return nestingTooDeep("nested expressions");
  SourceLoc start = tok().getLoc();
  ExprId value = parseOr();
  if (!at(TokenKind::kw_if))
    return value;
  consume();
  ExprId condition = parseOr();
  ExprId elseValue;
  if (expect(TokenKind::kw_else, "`else` in a conditional expression"))
    elseValue = parseTernary();
  else
    elseValue = makeError(currentRange());
  return makeExpr<TernaryExpr>(rangeFrom(start), value, condition, elseValue);
}

// or_test: and_test ('or' and_test)*
ExprId Parser::parseOr() {
  SourceLoc start = tok().getLoc();
  ExprId lhs = parseAnd();
  while (consumeIf(TokenKind::kw_or)) {
    ExprId rhs = parseAnd();
    lhs = makeExpr<BoolOpExpr>(rangeFrom(start), BoolOpKind::Or, lhs, rhs);
  }
  return lhs;
}

// and_test: not_test ('and' not_test)*
ExprId Parser::parseAnd() {
  SourceLoc start = tok().getLoc();
  ExprId lhs = parseNot();
  while (consumeIf(TokenKind::kw_and)) {
    ExprId rhs = parseNot();
    lhs = makeExpr<BoolOpExpr>(rangeFrom(start), BoolOpKind::And, lhs, rhs);
  }
  return lhs;
}

// not_test: 'not' not_test | comparison
ExprId Parser::parseNot() {
  if (!at(TokenKind::kw_not))
    return parseComparison();
  NestingGuard guard(*this);
  if (guard.tooDeep())
    return nestingTooDeep("nested expressions");
  SourceLoc start = consume().getLoc();
  ExprId operand = parseNot();
  return makeExpr<NotExpr>(rangeFrom(start), operand);
}

/// The comparison operator at `p`'s current token, and how many tokens
/// spell it (`not in` and `is not` take two).
static std::optional<CompareOp> matchCompareOp(const Parser &p,
                                               unsigned &length) {
  length = 1;
  switch (p.tok().getKind()) {
  case TokenKind::equalequal: return CompareOp::Eq;
  case TokenKind::exclaimequal: return CompareOp::Ne;
  case TokenKind::less: return CompareOp::Lt;
  case TokenKind::lessequal: return CompareOp::Le;
  case TokenKind::greater: return CompareOp::Gt;
  case TokenKind::greaterequal: return CompareOp::Ge;
  case TokenKind::kw_in: return CompareOp::In;
  case TokenKind::kw_is:
    if (p.peek().is(TokenKind::kw_not)) {
      length = 2;
      return CompareOp::IsNot;
    }
    return CompareOp::Is;
  case TokenKind::kw_not:
    if (p.peek().is(TokenKind::kw_in)) {
      length = 2;
      return CompareOp::NotIn;
    }
    return std::nullopt;
  default:
    return std::nullopt;
  }
}

// comparison: bitwise_or (comp_op bitwise_or)*
// comp_op: '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not' 'in'
//        | 'is' | 'is' 'not'
ExprId Parser::parseComparison() {
  SourceLoc start = tok().getLoc();
  ExprId first = parseBinary(1);
  unsigned length;
  if (!matchCompareOp(*this, length))
    return first;
  llvm::SmallVector<ExprId, 3> operands{first};
  llvm::SmallVector<CompareOperator, 2> ops;
  while (std::optional<CompareOp> op = matchCompareOp(*this, length)) {
    SourceLoc opStart = tok().getLoc();
    for (unsigned i = 0; i < length; ++i)
      consume();
    ops.push_back({*op, rangeFrom(opStart)});
    operands.push_back(parseBinary(1));
  }
  return makeExpr<CompareExpr>(rangeFrom(start), copy(llvm::ArrayRef(operands)),
                               copy(llvm::ArrayRef(ops)));
}

/// Binding strength of a binary operator token (0: not one).
static unsigned binaryPrecedence(TokenKind kind, BinaryOp &op) {
  switch (kind) {
  case TokenKind::pipe: op = BinaryOp::BitOr; return 1;
  case TokenKind::caret: op = BinaryOp::BitXor; return 2;
  case TokenKind::amp: op = BinaryOp::BitAnd; return 3;
  case TokenKind::lessless: op = BinaryOp::LShift; return 4;
  case TokenKind::greatergreater: op = BinaryOp::RShift; return 4;
  case TokenKind::plus: op = BinaryOp::Add; return 5;
  case TokenKind::minus: op = BinaryOp::Sub; return 5;
  case TokenKind::star: op = BinaryOp::Mul; return 6;
  case TokenKind::at: op = BinaryOp::MatMul; return 6;
  case TokenKind::slash: op = BinaryOp::Div; return 6;
  case TokenKind::slashslash: op = BinaryOp::FloorDiv; return 6;
  case TokenKind::percent: op = BinaryOp::Mod; return 6;
  default: return 0;
  }
}

// bitwise_or: precedence climbing over the left-associative levels
//   '|' < '^' < '&' < '<<' '>>' < '+' '-' < '*' '@' '/' '//' '%'
//   with unary operands
ExprId Parser::parseBinary(unsigned minPrec) {
  SourceLoc start = tok().getLoc();
  ExprId lhs = parseUnary();
  for (;;) {
    BinaryOp op;
    unsigned prec = binaryPrecedence(tok().getKind(), op);
    if (prec == 0 || prec < minPrec)
      return lhs;
    Token opTok = consume();
    ExprId rhs = parseBinary(prec + 1);
    lhs = makeExpr<BinaryExpr>(rangeFrom(start), op, opTok.getRange(), lhs,
                               rhs);
  }
}

// unary: ('-' | '+' | '~') unary | power
ExprId Parser::parseUnary() {
  UnaryOp op;
  switch (tok().getKind()) {
  case TokenKind::minus: op = UnaryOp::Neg; break;
  case TokenKind::plus: op = UnaryOp::Pos; break;
  case TokenKind::tilde: op = UnaryOp::Invert; break;
  default: return parsePower();
  }
  NestingGuard guard(*this);
  if (guard.tooDeep())
    return nestingTooDeep("nested expressions");
  SourceLoc start = consume().getLoc();
  ExprId operand = parseUnary();
  return makeExpr<UnaryExpr>(rangeFrom(start), op, operand);
}

// power: ['await'] postfix ['**' unary]
//   (`await` binds tighter than `**`;
//   `-2**2` is `-(2**2)` and `2**-1` is allowed; right-associative)
ExprId Parser::parsePower() {
  SourceLoc start = tok().getLoc();
  ExprId base;
  if (consumeIf(TokenKind::kw_await)) {
    ExprId operand = parsePostfix();
    base = makeExpr<AwaitExpr>(rangeFrom(start), operand);
  } else {
    base = parsePostfix();
  }
  if (!at(TokenKind::starstar))
    return base;
  NestingGuard guard(*this);
  if (guard.tooDeep())
    return nestingTooDeep("nested expressions");
  Token opTok = consume();
  ExprId exponent = parseUnary();
  return makeExpr<BinaryExpr>(rangeFrom(start), BinaryOp::Pow,
                              opTok.getRange(), base, exponent);
}

// postfix: atom trailer*
// trailer: '.' NAME | '(' arguments ')' | '[' [subscripts] ']' | '^'
//   `^` is the transfer operator when no expression can follow it;
//   otherwise it is left for the binary loop as xor.
ExprId Parser::parsePostfix() {
  SourceLoc start = tok().getLoc();
  ExprId expr = parseAtom();
  for (;;) {
    if (at(TokenKind::period)) {
      consume();
      if (!at(TokenKind::identifier)) {
        diagExpected("a member name after `.`");
        return makeError(rangeFrom(start));
      }
      Token name = consume();
      expr = makeExpr<MemberExpr>(rangeFrom(start), expr,
                                  intern(name.getIdentifier()),
                                  name.getRange());
    } else if (at(TokenKind::l_paren) || at(TokenKind::l_square)) {
      expr = parsePostfixSuffix(start, expr);
    } else if (at(TokenKind::caret) && !canStartExpression(peek())) {
      consume();
      expr = makeExpr<TransferExpr>(rangeFrom(start), expr);
    } else {
      return expr;
    }
  }
}

/// A call `(...)` or subscript `[...]` applied to `base`, which starts at
/// `start` (its opening parenthesis, if it has one).
ExprId Parser::parsePostfixSuffix(SourceLoc start, ExprId base) {
  Token open = consume();
  bool isCall = open.is(TokenKind::l_paren);
  TokenKind close = isCall ? TokenKind::r_paren : TokenKind::r_square;
  llvm::SmallVector<Argument, 4> args;
  parseArguments(close, /*allowSlices=*/!isCall, args);
  expectClosing(close, open);
  if (isCall)
    return makeExpr<CallExpr>(rangeFrom(start), base, copy(llvm::ArrayRef(args)));
  return makeExpr<SubscriptExpr>(rangeFrom(start), base,
                                 copy(llvm::ArrayRef(args)));
}
