//===- ParseStmt.cpp - Statement dispatch and simple statements -----------===//
//
// The statement entry point (which starts a fresh recovery scope), the
// struct/trait member check, and the simple statements that fit on a line:
// expression statements, assignments, `var`, `return`, `raise`, and the
// Python statements Mojo rejects.
//
//===----------------------------------------------------------------------===//
#include "compiler/Parse/ParserImpl.h"

#include <optional>

using namespace mojo;
using namespace mojo::parse;

/// Statements a struct or trait body may hold.
static bool startsMember(const Token &t, BodyKind kind) {
  switch (t.getKind()) {
  case TokenKind::kw_fn:
  case TokenKind::kw_def:
  case TokenKind::kw_async:
  case TokenKind::at:
  case TokenKind::kw_alias:
  case TokenKind::kw_pass:
  case TokenKind::ellipsis:
  case TokenKind::string:
  case TokenKind::kw_struct:
  case TokenKind::kw_trait:
  case TokenKind::kw_class:
  case TokenKind::error:
    return true;
  case TokenKind::kw_var:
  case TokenKind::kw_let:
    return kind == BodyKind::Struct;
  default:
    return false;
  }
}

/// In a struct or trait body, reports a statement that cannot be a member
/// and skips its line. Returns false when it did.
bool Parser::checkMemberStart() {
  if (bodyKind != BodyKind::Struct && bodyKind != BodyKind::Trait)
    return true;
  if (startsMember(tok(), bodyKind))
    return true;
  bool isStruct = bodyKind == BodyKind::Struct;
  diag(currentRange(), DiagID::err_invalid_member)
      << describe(tok()) << (isStruct ? "struct" : "trait")
      << (isStruct ? "`var`, `fn`, `def` or `alias`" : "`fn`, `def` or `alias`");
  skipToLineEnd();
  return false;
}

// statement: compound_stmt | simple_stmt_list
// compound_stmt: if_stmt | while_stmt | for_stmt | try_stmt | with_stmt
//              | funcdef | structdef | traitdef | decorated | async_stmt
void Parser::parseStatement(llvm::SmallVectorImpl<StmtId> &out) {
  if (at(TokenKind::indent)) {
    // Only reachable after a line that ended in `:` but opened no block.
    // After an error on that line (`match x:`) the block is skipped
    // silently; otherwise it is reported and parsed.
    if (recovering)
      return skipIndentedBlock();
    diag(tok().getRange(), DiagID::err_unexpected_indented_block);
    Block nested = parseIndentedBlock();
    out.append(nested.begin(), nested.end());
    return;
  }
  recovering = false;
  if (!checkMemberStart()) {
    consumeIf(TokenKind::newline);
    if (at(TokenKind::indent))
      skipIndentedBlock();
    return;
  }
  SourceLoc start = tok().getLoc();
  switch (tok().getKind()) {
  case TokenKind::kw_if:
    return out.push_back(parseIf(start, /*isParameter=*/false));
  case TokenKind::kw_while:
    return out.push_back(parseWhile());
  case TokenKind::kw_for:
    return out.push_back(parseFor(start, /*isParameter=*/false));
  case TokenKind::kw_try:
    return out.push_back(parseTry());
  case TokenKind::kw_with:
    return out.push_back(parseWith());
  case TokenKind::kw_fn:
  case TokenKind::kw_def:
    return out.push_back(parseFuncStmt(start, {}));
  case TokenKind::kw_struct:
  case TokenKind::kw_class:
    return out.push_back(parseStructStmt(start, {}));
  case TokenKind::kw_trait:
    return out.push_back(parseTraitStmt(start, {}));
  case TokenKind::at:
    return out.push_back(parseDecorated());
  case TokenKind::kw_async:
    return out.push_back(parseAsync());
  default:
    return parseSimpleStatementList(out);
  }
}

// simple_stmt_list: simple_stmt (';' simple_stmt)* [';'] NEWLINE
void Parser::parseSimpleStatementList(llvm::SmallVectorImpl<StmtId> &out) {
  for (;;) {
    out.push_back(parseSimpleStatement());
    if (!at(TokenKind::semi) || recovering)
      break;
    consume();
    if (atLineEnd())
      break;
  }
  finishSimpleStatement();
}

/// Expects the end of a logical line; reports and skips anything left.
void Parser::finishSimpleStatement() {
  if (!atLineEnd()) {
    if (at(TokenKind::error))
      markRecovering();
    else if (atUnmatchedCloser())
      diag(currentRange(), DiagID::err_unmatched_closing) << tok().getText();
    else
      diag(currentRange(), DiagID::err_expected_end_of_statement)
          << describe(tok());
    skipToLineEnd();
  }
  consumeIf(TokenKind::newline);
}

static bool isEllipsisStatement(const Parser &p) {
  const Token &next = p.peek();
  return next.isAny(TokenKind::newline, TokenKind::semi, TokenKind::dedent,
                    TokenKind::eof);
}

// simple_stmt: 'pass' | 'break' | 'continue' | '...' | return_stmt
//            | raise_stmt | var_stmt | alias_stmt | import_stmt
//            | from_import | expr_stmt
StmtId Parser::parseSimpleStatement() {
  SourceLoc start = tok().getLoc();
  if (!checkMemberStart())
    return makeErrorStmt(rangeFrom(start));
  switch (tok().getKind()) {
  case TokenKind::kw_pass:
    consume();
    return makeStmt<PassStmt>(rangeFrom(start));
  case TokenKind::kw_break:
    consume();
    return makeStmt<BreakStmt>(rangeFrom(start));
  case TokenKind::kw_continue:
    consume();
    return makeStmt<ContinueStmt>(rangeFrom(start));
  case TokenKind::ellipsis:
    if (!isEllipsisStatement(*this))
      return parseExprStatement();
    consume();
    return makeStmt<EllipsisStmt>(rangeFrom(start));
  case TokenKind::kw_return:
    return parseReturn();
  case TokenKind::kw_raise:
    return parseRaise();
  case TokenKind::kw_let:
    diag(tok().getRange(), DiagID::err_let_removed);
    return parseVar();
  case TokenKind::kw_var:
    return parseVar();
  case TokenKind::kw_alias:
    return parseAlias();
  case TokenKind::kw_import:
    return parseImport();
  case TokenKind::kw_from:
    return parseFromImport();
  case TokenKind::kw_global:
  case TokenKind::kw_nonlocal:
  case TokenKind::kw_del:
    return parseUnsupportedStatement(DiagID::err_statement_unsupported,
                                     tok().getText());
  case TokenKind::kw_assert:
    return parseUnsupportedStatement(DiagID::err_assert_unsupported, "");
  default:
    return parseExprStatement();
  }
}

/// Reports a statement Mojo does not have and skips it.
StmtId Parser::parseUnsupportedStatement(DiagID id, llvm::StringRef arg) {
  SourceLoc start = tok().getLoc();
  diag(tok().getRange(), id) << arg;
  skipToLineEnd();
  return makeErrorStmt(rangeFrom(start));
}

/// The operator of an augmented assignment token, if it is one.
static std::optional<BinaryOp> augmentedOp(TokenKind kind) {
  switch (kind) {
  case TokenKind::plusequal: return BinaryOp::Add;
  case TokenKind::minusequal: return BinaryOp::Sub;
  case TokenKind::starequal: return BinaryOp::Mul;
  case TokenKind::atequal: return BinaryOp::MatMul;
  case TokenKind::slashequal: return BinaryOp::Div;
  case TokenKind::slashslashequal: return BinaryOp::FloorDiv;
  case TokenKind::percentequal: return BinaryOp::Mod;
  case TokenKind::starstarequal: return BinaryOp::Pow;
  case TokenKind::lesslessequal: return BinaryOp::LShift;
  case TokenKind::greatergreaterequal: return BinaryOp::RShift;
  case TokenKind::ampequal: return BinaryOp::BitAnd;
  case TokenKind::caretequal: return BinaryOp::BitXor;
  case TokenKind::pipeequal: return BinaryOp::BitOr;
  default: return std::nullopt;
  }
}

// expr_stmt: expr_list ( ('=' expr_list)+ | augassign expr_list
//                      | ':' type ['=' expr_list] )?
StmtId Parser::parseExprStatement() {
  SourceLoc start = tok().getLoc();
  ExprId first = parseExprList();
  if (at(TokenKind::equal)) {
    llvm::SmallVector<ExprId, 2> targets{first};
    ExprId value;
    while (consumeIf(TokenKind::equal)) {
      value = parseExprList();
      if (at(TokenKind::equal))
        targets.push_back(value);
    }
    return makeStmt<AssignStmt>(rangeFrom(start), copy(llvm::ArrayRef(targets)),
                                value);
  }
  if (std::optional<BinaryOp> op = augmentedOp(tok().getKind())) {
    Token opTok = consume();
    ExprId value = parseExprList();
    return makeStmt<AugAssignStmt>(rangeFrom(start), *op, opTok.getRange(),
                                   first, value);
  }
  if (at(TokenKind::colon) && !recovering)
    return parseAnnotatedAssign(first, start);
  return makeStmt<ExprStmt>(rangeFrom(start), first);
}

/// `x: T = v` without `var`: reported, then kept as an assignment.
StmtId Parser::parseAnnotatedAssign(ExprId target, SourceLoc start) {
  auto *name = llvm::dyn_cast<NameExpr>(&node(target));
  if (!name) // `f(x): ...` and the like: a stray colon
    return makeStmt<ExprStmt>(rangeFrom(start), target);
  diag(tok().getRange(), DiagID::err_annotation_requires_var)
      << name->getName();
  consume();
  parseType();
  if (!consumeIf(TokenKind::equal))
    return makeStmt<ExprStmt>(rangeFrom(start), target);
  ExprId value = parseExprList();
  ExprId targets[] = {target};
  return makeStmt<AssignStmt>(rangeFrom(start), copy(llvm::ArrayRef(targets)),
                              value);
}

// return_stmt: 'return' [expr_list]
StmtId Parser::parseReturn() {
  SourceLoc start = consume().getLoc();
  ExprId value;
  if (!atStatementEnd())
    value = parseExprList();
  return makeStmt<ReturnStmt>(rangeFrom(start), value);
}

// raise_stmt: 'raise' [expr_list]
StmtId Parser::parseRaise() {
  SourceLoc start = consume().getLoc();
  ExprId value;
  if (!atStatementEnd())
    value = parseExprList();
  if (at(TokenKind::kw_from)) {
    diag(tok().getRange(), DiagID::err_raise_from_unsupported);
    skipToLineEnd();
  }
  return makeStmt<RaiseStmt>(rangeFrom(start), value);
}

// var_stmt: 'var' NAME (',' NAME)* [':' type] ['=' expr_list]
//   (in a struct body each name is a field)
StmtId Parser::parseVar() {
  SourceLoc start = consume().getLoc(); // `var`, or a reported `let`
  llvm::SmallVector<std::pair<llvm::StringRef, SourceRange>, 2> names;
  do {
    llvm::StringRef name;
    SourceRange nameRange;
    if (!parseDeclName("a variable name", name, nameRange))
      return makeErrorStmt(rangeFrom(start));
    names.push_back({name, nameRange});
  } while (consumeIf(TokenKind::comma));
  ExprId type, init;
  if (at(TokenKind::colon)) {
    if (names.size() > 1)
      diag(tok().getRange(), DiagID::err_var_annotation_multiple);
    consume();
    type = parseType();
  }
  SourceLoc declEnd = prevEnd();
  bool field = bodyKind == BodyKind::Struct;
  if (at(TokenKind::equal)) {
    SourceRange eq = consume().getRange();
    init = parseExprList();
    if (field)
      diag(SourceRange(eq.Start, prevEnd()), DiagID::err_field_initializer)
          << names.front().first;
  }
  llvm::SmallVector<DeclId, 2> vars;
  for (auto &[name, nameRange] : names) {
    SourceRange range = names.size() == 1 ? SourceRange(start, declEnd)
                                          : nameRange;
    vars.push_back(makeDecl<VarDecl>(range, name, nameRange, type, field));
  }
  return makeStmt<VarStmt>(rangeFrom(start), copy(llvm::ArrayRef(vars)),
                           init);
}
