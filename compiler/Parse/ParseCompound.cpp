//===- ParseCompound.cpp - Blocks and compound statements -----------------===//
//
// Suites (an inline statement list after `:` or an indented block), the
// control-flow statements, and decorators, which precede either a
// declaration or a `@parameter if`/`@parameter for`.
//
//===----------------------------------------------------------------------===//
#include "compiler/Parse/ParserImpl.h"

using namespace mojo;
using namespace mojo::parse;

/// Statements that need their own line.
static bool isCompoundKeyword(const Token &t) {
  return t.isAny(TokenKind::kw_if, TokenKind::kw_while, TokenKind::kw_for,
                 TokenKind::kw_try, TokenKind::kw_with, TokenKind::kw_fn,
                 TokenKind::kw_def, TokenKind::kw_struct, TokenKind::kw_trait,
                 TokenKind::kw_class, TokenKind::at);
}

// suite: ':' simple_stmt_list | ':' NEWLINE INDENT statement+ DEDENT
//   `after` names the header for messages ("`if` condition").
Block Parser::parseSuite(llvm::StringRef after) {
  if (!consumeIf(TokenKind::colon)) {
    if (at(TokenKind::error))
      markRecovering();
    else
      diag(expectedRange(), DiagID::err_expected_colon_after)
          << after << describeFound();
    skipToLineEnd();
    // The block may still follow (`if x y:` ends in `:`): parse it anyway.
    if (at(TokenKind::newline) && peek().is(TokenKind::indent)) {
      consume();
      return parseIndentedBlock();
    }
    consumeIf(TokenKind::newline);
    return {};
  }
  if (at(TokenKind::newline)) {
    consume();
    if (at(TokenKind::indent))
      return parseIndentedBlock();
    diag(currentRange(), DiagID::err_expected_indented_block) << after;
    return {};
  }
  llvm::SmallVector<StmtId, 4> stmts;
  if (isCompoundKeyword(tok())) {
    diag(tok().getRange(), DiagID::err_compound_on_same_line)
        << tok().getText();
    parseStatement(stmts);
  } else {
    parseSimpleStatementList(stmts);
  }
  return copy(llvm::ArrayRef<StmtId>(stmts));
}

// block: INDENT statement+ DEDENT
Block Parser::parseIndentedBlock() {
  NestingGuard guard(*this);
  if (guard.tooDeep()) {
    diag(tok().getRange(), DiagID::err_nesting_too_deep)
        << unsigned(kMaxNesting) << "nested blocks";
    skipIndentedBlock();
    return {};
  }
  consume(); // INDENT
  Block body = parseBlockStatements();
  consumeIf(TokenKind::dedent);
  return body;
}

/// Statements up to the DEDENT (or EOF) that closes the current block.
Block Parser::parseBlockStatements() {
  llvm::SmallVector<StmtId, 16> stmts;
  while (!at(TokenKind::dedent) && !at(TokenKind::eof)) {
    size_t before = pos;
    parseStatement(stmts);
    if (pos == before)
      consume();
  }
  return copy(llvm::ArrayRef<StmtId>(stmts));
}

/// The condition of `if`, `elif` or `while`; a walrus is allowed bare.
ExprId Parser::parseCondition(llvm::StringRef keyword) {
  if (at(TokenKind::colon)) {
    diagExpected(("a condition after `" + keyword + "`").str());
    return makeError(currentRange());
  }
  return parseNamedExpr();
}

// if_stmt: 'if' named_expr suite ('elif' named_expr suite)* ['else' suite]
StmtId Parser::parseIf(SourceLoc start, bool isParameter) {
  llvm::SmallVector<IfClause, 2> clauses;
  do {
    recovering = false; // each clause header is a line of its own
    Token keyword = consume();
    ExprId condition = parseCondition(keyword.getText());
    Block body = parseSuite(keyword.is(TokenKind::kw_if) ? "`if` condition"
                                                         : "`elif` condition");
    clauses.push_back({condition, body, rangeFrom(keyword.getLoc())});
  } while (at(TokenKind::kw_elif));
  bool hasElse = at(TokenKind::kw_else);
  Block elseBody;
  if (hasElse) {
    recovering = false;
    consume();
    elseBody = parseSuite("`else`");
  }
  return makeStmt<IfStmt>(rangeFrom(start), copy(llvm::ArrayRef(clauses)),
                          hasElse, elseBody, isParameter);
}

/// An optional `else: ...` after a loop.
static bool parseLoopElse(Parser &p, Block &elseBody) {
  if (!p.at(TokenKind::kw_else))
    return false;
  p.recovering = false;
  p.consume();
  elseBody = p.parseSuite("`else`");
  return true;
}

// while_stmt: 'while' named_expr suite ['else' suite]
StmtId Parser::parseWhile() {
  SourceLoc start = consume().getLoc();
  ExprId condition = parseCondition("while");
  Block body = parseSuite("`while` condition");
  Block elseBody;
  bool hasElse = parseLoopElse(*this, elseBody);
  return makeStmt<WhileStmt>(rangeFrom(start), condition, body, hasElse,
                             elseBody);
}

// target_list: target (',' target)* [',']      target: bitwise_or
ExprId Parser::parseTargetList() {
  SourceLoc start = tok().getLoc();
  ExprId first = parseBinary(1);
  if (!at(TokenKind::comma))
    return first;
  llvm::SmallVector<ExprId, 4> targets{first};
  while (consumeIf(TokenKind::comma) && canStartExpression(tok()))
    targets.push_back(parseBinary(1));
  return makeExpr<TupleExpr>(rangeFrom(start), copy(llvm::ArrayRef(targets)),
                             /*parenthesized=*/false);
}

// for_stmt: 'for' target_list 'in' expr_list suite ['else' suite]
StmtId Parser::parseFor(SourceLoc start, bool isParameter) {
  consume();
  ExprId target = parseTargetList();
  ExprId iterable;
  if (expect(TokenKind::kw_in, "`in` after the `for` target"))
    iterable = parseExprList();
  else
    iterable = makeError(currentRange());
  Block body = parseSuite("`for` header");
  Block elseBody;
  bool hasElse = parseLoopElse(*this, elseBody);
  return makeStmt<ForStmt>(rangeFrom(start), target, iterable, body, hasElse,
                           elseBody, isParameter);
}

// except_clause: 'except' [NAME] suite
static ExceptClause parseExcept(Parser &p) {
  ExceptClause clause;
  clause.present = true;
  SourceLoc start = p.consume().getLoc();
  if (p.at(TokenKind::identifier)) {
    Token name = p.consume();
    clause.name = p.intern(name.getIdentifier());
    clause.nameRange = name.getRange();
  }
  if (!p.at(TokenKind::colon) && !p.atLineEnd()) {
    p.diag(p.currentRange(), DiagID::err_typed_except);
    p.skipToLineEnd();
  }
  clause.body = p.parseSuite("`except`");
  clause.range = p.rangeFrom(start);
  return clause;
}

// try_stmt: 'try' suite [except_clause] ['else' suite] ['finally' suite]
StmtId Parser::parseTry() {
  Token tryTok = consume();
  Block body = parseSuite("`try`");
  ExceptClause handler;
  while (at(TokenKind::kw_except)) {
    recovering = false;
    if (handler.present)
      diag(tok().getRange(), DiagID::err_duplicate_except);
    ExceptClause clause = parseExcept(*this);
    if (!handler.present)
      handler = clause;
  }
  Block elseBody, finallyBody;
  bool hasElse = at(TokenKind::kw_else);
  if (hasElse) {
    recovering = false;
    consume();
    elseBody = parseSuite("`else`");
  }
  bool hasFinally = at(TokenKind::kw_finally);
  if (hasFinally) {
    recovering = false;
    consume();
    finallyBody = parseSuite("`finally`");
  }
  if (!handler.present && !hasFinally && !recovering)
    diag(tryTok.getRange(), DiagID::err_try_without_handler);
  return makeStmt<TryStmt>(rangeFrom(tryTok.getLoc()), body, handler, hasElse,
                           elseBody, hasFinally, finallyBody);
}

// with_stmt: 'with' with_item (',' with_item)* suite
// with_item: ternary ['as' target]
StmtId Parser::parseWith() {
  SourceLoc start = consume().getLoc();
  llvm::SmallVector<WithItem, 2> items;
  do {
    SourceLoc itemStart = tok().getLoc();
    WithItem item;
    item.context = parseTernary();
    if (consumeIf(TokenKind::kw_as))
      item.target = parseBinary(1);
    item.range = rangeFrom(itemStart);
    items.push_back(item);
  } while (consumeIf(TokenKind::comma) && !at(TokenKind::colon));
  Block body = parseSuite("`with` items");
  return makeStmt<WithStmt>(rangeFrom(start), copy(llvm::ArrayRef(items)),
                            body);
}

// async_stmt: 'async' (funcdef | for_stmt | with_stmt)
StmtId Parser::parseAsync() {
  SourceLoc start = tok().getLoc();
  if (peek().isAny(TokenKind::kw_fn, TokenKind::kw_def))
    return parseFuncStmt(start, {});
  consume();
  diag(SourceRange(start, currentRange().End),
       DiagID::err_async_statement_unsupported)
      << tok().getText();
  if (at(TokenKind::kw_for))
    return parseFor(start, false);
  if (at(TokenKind::kw_with))
    return parseWith();
  skipToLineEnd();
  return makeErrorStmt(rangeFrom(start));
}

// decorator: '@' NAME ('.' NAME)* ['(' arguments ')'] NEWLINE
void Parser::parseDecorators(llvm::SmallVectorImpl<Decorator> &out) {
  while (at(TokenKind::at)) {
    SourceLoc start = consume().getLoc();
    if (!at(TokenKind::identifier)) {
      diag(currentRange(), DiagID::err_expected_decorator_name)
          << describe(tok());
      skipToLineEnd();
      consumeIf(TokenKind::newline);
      continue;
    }
    Decorator decorator;
    std::string name = tok().getIdentifier().str();
    SourceLoc nameStart = consume().getLoc();
    while (at(TokenKind::period) && peek().is(TokenKind::identifier)) {
      consume();
      name += "." + consume().getIdentifier().str();
    }
    decorator.name = intern(name);
    decorator.nameRange = rangeFrom(nameStart);
    if (at(TokenKind::l_paren)) {
      Token open = consume();
      llvm::SmallVector<Argument, 2> args;
      parseArguments(TokenKind::r_paren, /*allowSlices=*/false, args);
      expectClosing(TokenKind::r_paren, open);
      decorator.hasArgs = true;
      decorator.args = copy(llvm::ArrayRef(args));
    }
    decorator.range = rangeFrom(start);
    out.push_back(decorator);
    finishSimpleStatement(); // the decorator's own line
  }
}

// decorated: decorator+ (funcdef | structdef | traitdef | if_stmt | for_stmt)
StmtId Parser::parseDecorated() {
  SourceLoc start = tok().getLoc();
  llvm::SmallVector<Decorator, 2> decorators;
  parseDecorators(decorators);
  switch (tok().getKind()) {
  case TokenKind::kw_fn:
  case TokenKind::kw_def:
  case TokenKind::kw_async:
    return parseFuncStmt(start, decorators);
  case TokenKind::kw_struct:
  case TokenKind::kw_class:
    return parseStructStmt(start, decorators);
  case TokenKind::kw_trait:
    return parseTraitStmt(start, decorators);
  case TokenKind::kw_if:
  case TokenKind::kw_for:
    for (const Decorator &d : decorators)
      if (d.name != "parameter" || d.hasArgs)
        diag(d.range, DiagID::err_statement_decorator)
            << d.name << tok().getText();
    if (at(TokenKind::kw_if))
      return parseIf(start, /*isParameter=*/true);
    return parseFor(start, /*isParameter=*/true);
  default:
    if (at(TokenKind::error))
      markRecovering();
    diag(currentRange(), DiagID::err_decorator_target) << describe(tok());
    return makeErrorStmt(rangeFrom(start));
  }
}
