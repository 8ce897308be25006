//===- Parser.cpp - Token stream, recovery helpers, module ----------------===//
//
// The parser's infrastructure: walking the token vector, reporting at most
// one diagnostic per statement, skipping to statement boundaries, building
// nodes with a bounded tree depth; and the module production itself.
//
//===----------------------------------------------------------------------===//
#include "compiler/Parse/Parser.h"
#include "compiler/Lex/Lexer.h"
#include "compiler/Parse/ParserImpl.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>

using namespace mojo;
using namespace mojo::parse;

Parser::Parser(const SourceManager &sources, unsigned bufferId,
               DiagnosticEngine &diags, std::vector<Token> toks)
    : sources(sources), bufferId(bufferId), diags(diags),
      tokens(std::move(toks)), ctx(std::make_unique<ASTContext>()) {
  llvm::StringRef text = sources.getBufferText(bufferId);
  if (tokens.empty() || tokens.back().isNot(TokenKind::eof))
    tokens.emplace_back(TokenKind::eof, text.substr(text.size()));
  lastEnd = SourceLoc::getFromPointer(text.data());
  markUnmatchedClosers();
}

static TokenKind closerOf(TokenKind open) {
  return open == TokenKind::l_paren    ? TokenKind::r_paren
         : open == TokenKind::l_square ? TokenKind::r_square
                                       : TokenKind::r_brace;
}

/// Finds the closing brackets that close nothing, so that the parser can
/// call them "unmatched" rather than "expected expression". Lines end at
/// NEWLINE tokens, which the lexer never emits inside brackets.
void Parser::markUnmatchedClosers() {
  unmatchedCloser.assign(tokens.size(), false);
  llvm::SmallVector<TokenKind, 16> open;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token &t = tokens[i];
    if (t.isAny(TokenKind::l_paren, TokenKind::l_square, TokenKind::l_brace))
      open.push_back(t.getKind());
    else if (t.isAny(TokenKind::r_paren, TokenKind::r_square,
                     TokenKind::r_brace)) {
      if (!open.empty() && closerOf(open.back()) == t.getKind())
        open.pop_back();
      else
        unmatchedCloser[i] = true;
    } else if (t.is(TokenKind::newline)) {
      open.clear();
    }
  }
}

//===----------------------------------------------------------------------===//
// Token stream
//===----------------------------------------------------------------------===//

const Token &Parser::peek(unsigned n) const {
  return tokens[std::min(pos + n, tokens.size() - 1)];
}

bool Parser::atWord(llvm::StringRef spelling) const {
  return at(TokenKind::identifier) && tok().getText() == spelling;
}

static bool isLayout(const Token &token) {
  return token.isAny(TokenKind::newline, TokenKind::indent, TokenKind::dedent,
                     TokenKind::eof);
}

Token Parser::consume() {
  Token current = tok();
  if (current.is(TokenKind::eof))
    return current;
  if (!isLayout(current))
    lastEnd = current.getEndLoc();
  ++pos;
  return current;
}

bool Parser::consumeIf(TokenKind kind) {
  if (!at(kind))
    return false;
  consume();
  return true;
}

bool Parser::atLineEnd() const {
  return tok().isAny(TokenKind::newline, TokenKind::dedent, TokenKind::eof);
}

bool Parser::atStatementEnd() const {
  return atLineEnd() || at(TokenKind::semi);
}

SourceRange Parser::rangeFrom(SourceLoc start) const {
  if (lastEnd.getPointer() < start.getPointer())
    return SourceRange(start, start);
  return SourceRange(start, lastEnd);
}

SourceRange Parser::currentRange() const {
  if (isLayout(tok()))
    return SourceRange(lastEnd, lastEnd);
  return tok().getRange();
}

/// The current token begins a continuation line (a deeper-indented line the
/// lexer joined to the statement, or a new line inside brackets).
bool Parser::atContinuationLine() const {
  if (isLayout(tok()))
    return false;
  const char *from = lastEnd.getPointer();
  const char *to = tok().getLoc().getPointer();
  return from && from < to && llvm::StringRef(from, to - from).contains('\n');
}

SourceRange Parser::expectedRange() const {
  return atContinuationLine() ? SourceRange(lastEnd, lastEnd) : currentRange();
}

std::string Parser::describeFound() const {
  return atContinuationLine() ? "end of line" : describe(tok());
}

/// True for the current token when only layout tokens follow it.
bool Parser::atEndOfFile(const Token &token) const {
  if (&token != &tok())
    return token.is(TokenKind::eof);
  for (size_t i = pos + 1; i < tokens.size(); ++i)
    if (tokens[i].isNot(TokenKind::dedent) &&
        tokens[i].isNot(TokenKind::eof))
      return false;
  return true;
}

std::string Parser::describe(const Token &token) const {
  switch (token.getKind()) {
  case TokenKind::eof:
    return "end of file";
  case TokenKind::newline:
    return atEndOfFile(token) ? "end of file" : "end of line";
  case TokenKind::indent:
    return "indented block";
  case TokenKind::dedent:
    return atEndOfFile(token) ? "end of file" : "end of block";
  case TokenKind::error:
    return "invalid token";
  case TokenKind::identifier:
    return "identifier `" + token.getText().str() + "`";
  case TokenKind::integer:
  case TokenKind::floating:
    return "number `" + token.getText().str() + "`";
  case TokenKind::string:
    return "string literal";
  default:
    break;
  }
  if (llvm::StringRef spelling = getTokenSpelling(token.getKind());
      !spelling.empty() && llvm::isAlpha(spelling.front()))
    return "keyword `" + spelling.str() + "`";
  return "`" + token.getText().str() + "`";
}

//===----------------------------------------------------------------------===//
// Diagnostics and recovery
//===----------------------------------------------------------------------===//

InFlightDiagnostic Parser::diag(SourceRange range, DiagID id) {
  InFlightDiagnostic pending = diags.report(range, id);
  if (recovering)
    pending.abandon();
  recovering = true;
  return pending;
}

void Parser::diagExpected(llvm::StringRef what) {
  if (at(TokenKind::error)) {
    markRecovering(); // the lexer reported it
    return;
  }
  diag(expectedRange(), DiagID::err_expected) << what << describeFound();
}

bool Parser::expect(TokenKind kind, llvm::StringRef what) {
  if (consumeIf(kind))
    return true;
  diagExpected(what);
  return false;
}

bool Parser::expectClosing(TokenKind close, const Token &open) {
  if (consumeIf(close))
    return true;
  if (at(TokenKind::error)) {
    markRecovering();
    return false;
  }
  bool first = !recovering;
  InFlightDiagnostic pending =
      diag(expectedRange(), DiagID::err_expected_closing);
  pending << getTokenSpelling(close) << open.getText() << describeFound();
  if (first)
    pending.note(open.getRange(), DiagID::note_opening_bracket)
        << open.getText();
  return false;
}

void Parser::skipToLineEnd() {
  while (!atLineEnd())
    consume();
}

static bool isOpening(const Token &t) {
  return t.isAny(TokenKind::l_paren, TokenKind::l_square, TokenKind::l_brace);
}
static bool isClosing(const Token &t) {
  return t.isAny(TokenKind::r_paren, TokenKind::r_square, TokenKind::r_brace);
}

void Parser::skipPastClosing(TokenKind close) {
  unsigned depth = 0;
  while (!atLineEnd()) {
    Token t = consume();
    if (isOpening(t))
      ++depth;
    else if (isClosing(t) && depth-- == 0)
      return;
  }
}

void Parser::skipIndentedBlock() {
  unsigned depth = 0;
  while (!at(TokenKind::eof)) {
    Token t = consume();
    if (t.is(TokenKind::indent))
      ++depth;
    else if (t.is(TokenKind::dedent) && --depth == 0)
      return;
  }
}

//===----------------------------------------------------------------------===//
// Nodes
//===----------------------------------------------------------------------===//

ExprId Parser::makeError(SourceRange range) {
  ExprId id = ctx->create<ErrorExpr>(range);
  exprDepth.resize(ctx->getNumExprs(), 1);
  return id;
}

StmtId Parser::makeErrorStmt(SourceRange range) {
  return ctx->create<ErrorStmt>(range);
}

/// Records the depth of a new node; a tree deeper than kMaxExprDepth is
/// replaced by an Error node so later recursive walks stay bounded.
ExprId Parser::checkDepth(ExprId id) {
  unsigned depth = 1;
  forEachChildExpr(ctx->get(id), [&](ExprId child) {
    if (child.getIndex() < exprDepth.size())
      depth = std::max(depth, exprDepth[child.getIndex()] + 1u);
  });
  exprDepth.resize(ctx->getNumExprs(), 1);
  exprDepth[id.getIndex()] = uint16_t(std::min(depth, 60000u));
  if (depth <= kMaxExprDepth)
    return id;
  SourceRange range = ctx->get(id).getRange();
  diag(range, DiagID::err_nesting_too_deep)
      << unsigned(kMaxExprDepth) << "operators in one expression";
  return makeError(range);
}

//===----------------------------------------------------------------------===//
// Module
//===----------------------------------------------------------------------===//

/// The declarations among top-level statements, in order.
static void collectModuleDecls(const ASTContext &ctx, Block body,
                               llvm::SmallVectorImpl<DeclId> &decls) {
  for (StmtId id : body) {
    const Stmt &stmt = ctx.get(id);
    if (auto *declStmt = llvm::dyn_cast<DeclStmt>(&stmt))
      decls.push_back(declStmt->getDecl());
    else if (auto *var = llvm::dyn_cast<VarStmt>(&stmt))
      decls.append(var->getVars().begin(), var->getVars().end());
  }
}

// module: statement* EOF      (the first string statement is the docstring)
std::unique_ptr<Module> Parser::parseModule() {
  BodyKindScope scope(*this, BodyKind::Module);
  llvm::SmallVector<StmtId, 32> stmts;
  while (!at(TokenKind::eof)) {
    size_t before = pos;
    if (at(TokenKind::dedent) || at(TokenKind::newline))
      consume(); // stray layout after an earlier problem
    else
      parseStatement(stmts);
    if (pos == before)
      consume();
  }
  Block body = copy(llvm::ArrayRef<StmtId>(stmts));
  llvm::StringRef docstring = takeDocstring(body);
  llvm::SmallVector<DeclId, 32> decls;
  collectModuleDecls(*ctx, body, decls);
  llvm::StringRef text = sources.getBufferText(bufferId);
  SourceRange range(SourceLoc::getFromPointer(text.begin()),
                    SourceLoc::getFromPointer(text.end()));
  llvm::ArrayRef<DeclId> declList = copy(llvm::ArrayRef<DeclId>(decls));
  return std::make_unique<Module>(std::move(ctx), bufferId, range, body,
                                  declList, docstring);
}

llvm::StringRef Parser::takeDocstring(Block &body) {
  if (body.empty())
    return {};
  auto *exprStmt = llvm::dyn_cast<ExprStmt>(&ctx->get(body.front()));
  if (!exprStmt)
    return {};
  auto *literal =
      llvm::dyn_cast<StringLiteralExpr>(&ctx->get(exprStmt->getExpr()));
  if (!literal)
    return {};
  body = body.drop_front();
  return literal->getValue();
}

std::unique_ptr<ast::Module> mojo::parseModule(const SourceManager &sources,
                                               unsigned bufferId,
                                               DiagnosticEngine &diags) {
  std::vector<Token> tokens = lexBuffer(sources, bufferId, diags);
  Parser parser(sources, bufferId, diags, std::move(tokens));
  return parser.parseModule();
}
