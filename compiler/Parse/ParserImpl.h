//===- ParserImpl.h - The recursive-descent parser (private) ---*- C++ -*-===//
//
// The Parser class behind `parseModule`. Its methods are spread over files by
// grammar area: Parser.cpp (token stream, diagnostics, recovery, module),
// ParseStmt.cpp, ParseCompound.cpp, ParseDecl.cpp, ParseParams.cpp,
// ParseExpr.cpp and ParseAtom.cpp. Each parse function documents the
// production it parses.
//
// Error recovery: the first error in a statement is reported and sets
// `recovering`; further diagnostics are dropped until the next statement
// starts. The failing function returns an Error node (or partial node) and
// the statement is skipped to its end (NEWLINE, DEDENT or EOF), so every
// mistake yields exactly one diagnostic.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_PARSE_PARSERIMPL_H
#define MOJOC_PARSE_PARSERIMPL_H

#include "compiler/AST/Module.h"
#include "compiler/Basic/Diagnostic.h"
#include "compiler/Lex/Token.h"

#include "llvm/ADT/SmallVector.h"

#include <memory>
#include <vector>

namespace mojo::parse {

using namespace mojo::ast;

/// How deep parentheses, unary chains and blocks may nest.
constexpr unsigned kMaxNesting = 256;

/// Which kind of body the statements being parsed belong to; decides how
/// `var` is read (a local or a field) and what a member list may hold.
enum class BodyKind : uint8_t { Module, Function, Struct, Trait };

/// Which list `parseParamList` reads.
enum class ParamListKind : uint8_t {
  CompileTime,   ///< `[T: AnyType, //, n: Int = 4]`
  Runtime,       ///< `(self, mut x: Int, *rest: Int, **kw: Int)`
  FunctionType,  ///< `fn (Int, mut x: Int) -> R`: names are optional
};

struct PendingParam;
struct PendingParams;

class Parser {
public:
  Parser(const SourceManager &sources, unsigned bufferId,
         DiagnosticEngine &diags, std::vector<Token> tokens);

  std::unique_ptr<Module> parseModule();

  //===-- Token stream (Parser.cpp) --------------------------------------===//
  const Token &tok() const { return tokens[pos]; }
  const Token &peek(unsigned n = 1) const;
  bool at(TokenKind kind) const { return tok().is(kind); }
  /// At an identifier spelled `spelling` (contextual keywords).
  bool atWord(llvm::StringRef spelling) const;
  Token consume();
  bool consumeIf(TokenKind kind);
  /// At NEWLINE, `;`, DEDENT or EOF.
  bool atStatementEnd() const;
  /// At NEWLINE, DEDENT or EOF.
  bool atLineEnd() const;
  /// The end of the last consumed token that has text.
  SourceLoc prevEnd() const { return lastEnd; }
  SourceRange rangeFrom(SourceLoc start) const;
  /// Where to point at the current token: its range, or the end of the
  /// previous token for NEWLINE/INDENT/DEDENT/EOF.
  SourceRange currentRange() const;
  /// "`)`", "identifier `x`", "new line", "end of file".
  std::string describe(const Token &token) const;
  bool atEndOfFile(const Token &token) const;
  bool atContinuationLine() const;
  /// Where an expected token was missing: the current token, or the end of
  /// the line before it when it starts a continuation line.
  SourceRange expectedRange() const;
  /// What was found instead, matching expectedRange().
  std::string describeFound() const;

  //===-- Diagnostics and recovery (Parser.cpp) ---------------------------===//
  /// Reports unless this statement already has an error.
  InFlightDiagnostic diag(SourceRange range, DiagID id);
  /// "expected {what}, found <current>" at the current token.
  void diagExpected(llvm::StringRef what);
  /// Consumes `kind` or reports "expected {what}".
  bool expect(TokenKind kind, llvm::StringRef what);
  /// Consumes the closing bracket matching `open`, or reports.
  bool expectClosing(TokenKind close, const Token &open);
  /// Marks the statement as failed without a new diagnostic (the lexer
  /// already reported an `error` token).
  void markRecovering() { recovering = true; }
  /// Skips to NEWLINE/DEDENT/EOF without consuming it.
  void skipToLineEnd();
  /// Skips to and past the bracket closing `open`, stopping at a line end.
  void skipPastClosing(TokenKind close);
  /// Skips an INDENT ... DEDENT block without parsing it.
  void skipIndentedBlock();

  //===-- Node construction ----------------------------------------------===//
  template <typename NodeT, typename... Args> ExprId makeExpr(Args &&...args) {
    return checkDepth(ctx->create<NodeT>(std::forward<Args>(args)...));
  }
  template <typename NodeT, typename... Args> StmtId makeStmt(Args &&...args) {
    return ctx->create<NodeT>(std::forward<Args>(args)...);
  }
  template <typename NodeT, typename... Args> DeclId makeDecl(Args &&...args) {
    return ctx->create<NodeT>(std::forward<Args>(args)...);
  }
  template <typename T> llvm::ArrayRef<T> copy(llvm::ArrayRef<T> items) {
    return ctx->copyArray(items);
  }
  ExprId makeError(SourceRange range);
  /// Removes a leading string-literal statement from `body`; returns its
  /// value (empty if there is none).
  llvm::StringRef takeDocstring(Block &body);
  StmtId makeErrorStmt(SourceRange range);
  llvm::StringRef intern(llvm::StringRef name) { return ctx->intern(name); }
  const Expr &node(ExprId id) const { return ctx->get(id); }
  const Stmt &node(StmtId id) const { return ctx->get(id); }
  const Decl &node(DeclId id) const { return ctx->get(id); }

  //===-- Statements (ParseStmt.cpp) --------------------------------------===//
  void parseStatement(llvm::SmallVectorImpl<StmtId> &out);
  bool checkMemberStart();
  void parseSimpleStatementList(llvm::SmallVectorImpl<StmtId> &out);
  StmtId parseSimpleStatement();
  StmtId parseExprStatement();
  StmtId parseAnnotatedAssign(ExprId target, SourceLoc start);
  StmtId parseReturn();
  StmtId parseRaise();
  StmtId parseVar();
  StmtId parseUnsupportedStatement(DiagID id, llvm::StringRef arg);
  void finishSimpleStatement();

  //===-- Blocks and compound statements (ParseCompound.cpp) -------------===//
  Block parseSuite(llvm::StringRef after);
  Block parseIndentedBlock();
  Block parseBlockStatements();
  StmtId parseIf(SourceLoc start, bool isParameter);
  StmtId parseWhile();
  StmtId parseFor(SourceLoc start, bool isParameter);
  StmtId parseTry();
  StmtId parseWith();
  StmtId parseAsync();
  ExprId parseTargetList();
  ExprId parseCondition(llvm::StringRef keyword);
  StmtId parseDecorated();
  void parseDecorators(llvm::SmallVectorImpl<Decorator> &out);

  //===-- Declarations (ParseDecl.cpp) ------------------------------------===//
  StmtId parseFuncStmt(SourceLoc start, llvm::ArrayRef<Decorator> decorators);
  DeclId parseFunc(SourceLoc start, llvm::ArrayRef<Decorator> decorators);
  StmtId parseStructStmt(SourceLoc start,
                         llvm::ArrayRef<Decorator> decorators);
  StmtId parseTraitStmt(SourceLoc start, llvm::ArrayRef<Decorator> decorators);
  StmtId parseAlias();
  StmtId parseImport();
  StmtId parseFromImport();
  Block parseBody(BodyKind kind, llvm::StringRef after,
                  llvm::StringRef &docstring);
  void collectMembers(Block body, llvm::StringRef what,
                      llvm::SmallVectorImpl<DeclId> &members);
  bool parseDeclName(llvm::StringRef what, llvm::StringRef &name,
                     SourceRange &range);
  bool parseDottedPath(llvm::SmallVectorImpl<llvm::StringRef> &path,
                       SourceRange &range);
  void parseExprListInBrackets(const Token &open, TokenKind close,
                               llvm::SmallVectorImpl<ExprId> &out);

  //===-- Parameters and signatures (ParseParams.cpp) ---------------------===//
  ParamList parseParamList(ParamListKind kind);
  bool parseParamEntry(ParamListKind kind, PendingParams &pending);
  bool parseOneParam(ParamListKind kind, PendingParam &out);
  bool parseFunctionTypeArg(PendingParam &out);
  void addMarker(uint32_t &marker, const Token &token, PendingParams &pending);
  llvm::ArrayRef<DeclId> finishParams(PendingParams &pending);
  Convention parseConvention(ParamListKind kind, bool &hasOrigins,
                             llvm::ArrayRef<ExprId> &origins);
  FunctionEffects parseEffects();
  ExprId parseResultType();
  ExprId parseFunctionType();

  //===-- Expressions (ParseExpr.cpp) -------------------------------------===//
  ExprId parseExprList();
  ExprId parseNamedExpr();
  ExprId parseType() { return parseTernary(); }
  ExprId parseTernary();
  ExprId parseOr();
  ExprId parseAnd();
  ExprId parseNot();
  ExprId parseComparison();
  ExprId parseBinary(unsigned minPrec);
  ExprId parseUnary();
  ExprId parsePower();
  ExprId parsePostfix();
  ExprId parsePostfixSuffix(SourceLoc start, ExprId base);
  bool canStartExpression(const Token &token) const;
  ExprId nestingTooDeep(llvm::StringRef what);

  //===-- Atoms, calls, subscripts (ParseAtom.cpp) ------------------------===//
  ExprId parseAtom();
  ExprId parseName();
  ExprId parseNumber();
  ExprId parseStrings();
  ExprId parseParenthesized();
  ExprId parseListDisplay();
  ExprId parseUnsupportedExpr(DiagID id);
  ExprId parseStringPrefix();
  void parseArguments(TokenKind close, bool allowSlices,
                      llvm::SmallVectorImpl<Argument> &out);
  Argument parseArgument(bool allowSlices);
  ExprId parseSliceOrExpr(bool allowSlices);
  ExprId parseSliceRest(SourceLoc start, ExprId lower);
  bool diagComprehension();

  /// The current token is a closing bracket that closes nothing.
  bool atUnmatchedCloser() const { return unmatchedCloser[pos]; }

private:
  ExprId checkDepth(ExprId id);
  void markUnmatchedClosers();

public:
  const SourceManager &sources;
  unsigned bufferId;
  DiagnosticEngine &diags;
  std::vector<Token> tokens;
  size_t pos = 0;
  std::vector<bool> unmatchedCloser;
  SourceLoc lastEnd;

  std::unique_ptr<ASTContext> ctx;
  /// Depth of each expression tree, indexed by ExprId.
  std::vector<uint16_t> exprDepth;

  bool recovering = false;
  unsigned nesting = 0;
  BodyKind bodyKind = BodyKind::Module;
};

/// Counts one level of nesting for its lifetime.
class NestingGuard {
public:
  explicit NestingGuard(Parser &parser) : parser(parser) { ++parser.nesting; }
  ~NestingGuard() { --parser.nesting; }
  bool tooDeep() const { return parser.nesting > kMaxNesting; }

private:
  Parser &parser;
};

/// Sets the body kind for its lifetime.
class BodyKindScope {
public:
  BodyKindScope(Parser &parser, BodyKind kind)
      : parser(parser), saved(parser.bodyKind) {
    parser.bodyKind = kind;
  }
  ~BodyKindScope() { parser.bodyKind = saved; }

private:
  Parser &parser;
  BodyKind saved;
};

} // namespace mojo::parse

#endif
