//===- ParseDecl.cpp - Functions, structs, traits, aliases, imports -------===//
//
// Declarations. Bodies are parsed with the ordinary statement parser under
// a BodyKind that makes `var` declare fields and rejects statements that
// cannot be members; the members are then read off the statements.
//
//===----------------------------------------------------------------------===//
#include "compiler/Parse/ParserImpl.h"

using namespace mojo;
using namespace mojo::parse;

/// Reads a declared name (plain or backtick identifier) or reports.
bool Parser::parseDeclName(llvm::StringRef what, llvm::StringRef &name,
                           SourceRange &range) {
  if (!at(TokenKind::identifier)) {
    diagExpected(what);
    return false;
  }
  Token token = consume();
  name = intern(token.getIdentifier());
  range = token.getRange();
  return true;
}

/// Type expressions up to the closing bracket, comma-separated, trailing
/// comma allowed; the opening bracket was consumed.
void Parser::parseExprListInBrackets(const Token &open, TokenKind close,
                                     llvm::SmallVectorImpl<ExprId> &out) {
  while (!at(close) && !atLineEnd()) {
    out.push_back(parseType());
    if (!consumeIf(TokenKind::comma))
      break;
  }
  expectClosing(close, open);
}

/// A declaration body under `kind`, with its docstring taken out.
Block Parser::parseBody(BodyKind kind, llvm::StringRef after,
                        llvm::StringRef &docstring) {
  BodyKindScope scope(*this, kind);
  Block body = parseSuite(after);
  docstring = takeDocstring(body);
  return body;
}

/// The declarations among a struct or trait body's statements. Everything
/// else was already reported by checkMemberStart or is a no-op.
void Parser::collectMembers(Block body, llvm::StringRef /*what*/,
                            llvm::SmallVectorImpl<DeclId> &members) {
  for (StmtId id : body) {
    const Stmt &stmt = node(id);
    if (auto *declStmt = llvm::dyn_cast<DeclStmt>(&stmt))
      members.push_back(declStmt->getDecl());
    else if (auto *var = llvm::dyn_cast<VarStmt>(&stmt))
      members.append(var->getVars().begin(), var->getVars().end());
  }
}

StmtId Parser::parseFuncStmt(SourceLoc start,
                             llvm::ArrayRef<Decorator> decorators) {
  DeclId decl = parseFunc(start, decorators);
  return makeStmt<DeclStmt>(node(decl).getRange(), decl);
}

/// True when the body is exactly `...` (a trait requirement or stub).
static bool isStubBody(const ASTContext &ctx, Block body) {
  return body.size() == 1 && llvm::isa<EllipsisStmt>(ctx.get(body.front()));
}

// funcdef: ['async'] ('fn' | 'def') NAME ['[' param_list ']']
//          '(' param_list ')' effects ['->' result_type ['as' NAME]] suite
DeclId Parser::parseFunc(SourceLoc start,
                         llvm::ArrayRef<Decorator> decorators) {
  FuncDecl::Info info;
  info.decorators = copy(decorators);
  info.isAsync = consumeIf(TokenKind::kw_async);
  info.isDef = consume().is(TokenKind::kw_def);
  llvm::StringRef name;
  SourceRange nameRange;
  bool ok = parseDeclName("a function name", name, nameRange);
  if (ok && at(TokenKind::l_square))
    info.params = parseParamList(ParamListKind::CompileTime);
  if (ok && !at(TokenKind::l_paren)) {
    diagExpected("`(` to start the argument list");
    ok = false;
  }
  if (ok) {
    info.args = parseParamList(ParamListKind::Runtime);
    info.effects = parseEffects();
    if (consumeIf(TokenKind::arrow)) {
      info.result = parseResultType();
      if (consumeIf(TokenKind::kw_as))
        parseDeclName("a result name after `as`", info.resultName,
                      info.resultNameRange);
    }
  }
  // After an error the suite skips the rest of the header.
  info.body = parseBody(BodyKind::Function, "the function signature",
                        info.docstring);
  info.isStub = isStubBody(*ctx, info.body);
  return makeDecl<FuncDecl>(rangeFrom(start), name, nameRange, info);
}

// structdef: ('struct' | 'class') NAME ['[' param_list ']']
//            ['(' [type (',' type)* [',']] ')'] suite
StmtId Parser::parseStructStmt(SourceLoc start,
                               llvm::ArrayRef<Decorator> decorators) {
  if (at(TokenKind::kw_class))
    diag(tok().getRange(), DiagID::err_class_unsupported);
  consume();
  StructDecl::Info info;
  info.decorators = copy(decorators);
  llvm::StringRef name;
  SourceRange nameRange;
  if (parseDeclName("a struct name", name, nameRange)) {
    if (at(TokenKind::l_square))
      info.params = parseParamList(ParamListKind::CompileTime);
    if (at(TokenKind::l_paren)) {
      Token open = consume();
      llvm::SmallVector<ExprId, 4> traits;
      parseExprListInBrackets(open, TokenKind::r_paren, traits);
      info.hasTraitList = true;
      info.traits = copy(llvm::ArrayRef(traits));
    }
  }
  Block body = parseBody(BodyKind::Struct, "the struct header", info.docstring);
  llvm::SmallVector<DeclId, 16> members;
  collectMembers(body, "struct", members);
  info.members = copy(llvm::ArrayRef(members));
  DeclId decl = makeDecl<StructDecl>(rangeFrom(start), name, nameRange, info);
  return makeStmt<DeclStmt>(rangeFrom(start), decl);
}

// traitdef: 'trait' NAME ['(' [type (',' type)* [',']] ')'] suite
StmtId Parser::parseTraitStmt(SourceLoc start,
                              llvm::ArrayRef<Decorator> decorators) {
  consume();
  TraitDecl::Info info;
  info.decorators = copy(decorators);
  llvm::StringRef name;
  SourceRange nameRange;
  if (parseDeclName("a trait name", name, nameRange) &&
      at(TokenKind::l_paren)) {
    Token open = consume();
    llvm::SmallVector<ExprId, 4> parents;
    parseExprListInBrackets(open, TokenKind::r_paren, parents);
    info.parents = copy(llvm::ArrayRef(parents));
  }
  Block body = parseBody(BodyKind::Trait, "the trait header", info.docstring);
  llvm::SmallVector<DeclId, 16> members;
  collectMembers(body, "trait", members);
  info.members = copy(llvm::ArrayRef(members));
  DeclId decl = makeDecl<TraitDecl>(rangeFrom(start), name, nameRange, info);
  return makeStmt<DeclStmt>(rangeFrom(start), decl);
}

// alias_stmt: 'alias' NAME [':' type] ['=' expr_list]
//   (`alias NAME[params]` is reported: not supported in 24.6)
StmtId Parser::parseAlias() {
  SourceLoc start = consume().getLoc();
  llvm::StringRef name;
  SourceRange nameRange;
  if (!parseDeclName("an alias name", name, nameRange))
    return makeErrorStmt(rangeFrom(start));
  if (at(TokenKind::l_square)) {
    diag(tok().getRange(), DiagID::err_alias_parameters_unsupported);
    parseParamList(ParamListKind::CompileTime);
  }
  ExprId type, value;
  if (consumeIf(TokenKind::colon))
    type = parseType();
  if (consumeIf(TokenKind::equal))
    value = parseExprList();
  else if (!type)
    diagExpected("`=` or `:` after the alias name");
  DeclId decl =
      makeDecl<AliasDecl>(rangeFrom(start), name, nameRange, type, value);
  return makeStmt<DeclStmt>(rangeFrom(start), decl);
}

// dotted_name: NAME ('.' NAME)*
bool Parser::parseDottedPath(llvm::SmallVectorImpl<llvm::StringRef> &path,
                             SourceRange &range) {
  SourceLoc start = tok().getLoc();
  do {
    llvm::StringRef part;
    SourceRange partRange;
    if (!parseDeclName("a module name", part, partRange))
      return false;
    path.push_back(part);
  } while (consumeIf(TokenKind::period));
  range = rangeFrom(start);
  return true;
}

/// `as NAME` after an imported module or name, if present.
static bool parseImportAs(Parser &p, llvm::StringRef &name,
                          SourceRange &range) {
  if (!p.consumeIf(TokenKind::kw_as))
    return true;
  return p.parseDeclName("a name after `as`", name, range);
}

// import_stmt: 'import' dotted_name ['as' NAME] (',' dotted_name ['as' NAME])*
StmtId Parser::parseImport() {
  SourceLoc start = consume().getLoc();
  llvm::SmallVector<ImportedModule, 2> modules;
  do {
    SourceLoc itemStart = tok().getLoc();
    llvm::SmallVector<llvm::StringRef, 4> path;
    ImportedModule module;
    if (!parseDottedPath(path, module.pathRange) ||
        !parseImportAs(*this, module.asName, module.asNameRange))
      break;
    module.path = copy(llvm::ArrayRef(path));
    module.range = rangeFrom(itemStart);
    modules.push_back(module);
  } while (consumeIf(TokenKind::comma));
  DeclId decl =
      makeDecl<ImportDecl>(rangeFrom(start), copy(llvm::ArrayRef(modules)));
  return makeStmt<DeclStmt>(rangeFrom(start), decl);
}

/// import_names: NAME ['as' NAME] (',' NAME ['as' NAME])* [',']
static void parseImportNames(Parser &p, TokenKind close,
                             llvm::SmallVectorImpl<ImportedName> &names) {
  do {
    if (close != TokenKind::eof && p.at(close))
      break; // trailing comma inside parentheses
    SourceLoc start = p.tok().getLoc();
    ImportedName item;
    if (!p.parseDeclName("a name to import", item.name, item.nameRange) ||
        !parseImportAs(p, item.asName, item.asNameRange))
      return;
    item.range = p.rangeFrom(start);
    names.push_back(item);
  } while (p.consumeIf(TokenKind::comma));
}

// from_import: 'from' ('.'* dotted_name | '.'+) 'import'
//              ('*' | '(' import_names ')' | import_names)
StmtId Parser::parseFromImport() {
  SourceLoc start = consume().getLoc();
  unsigned level = 0;
  for (;; consume()) {
    if (at(TokenKind::period))
      level += 1;
    else if (at(TokenKind::ellipsis))
      level += 3;
    else
      break;
  }
  llvm::SmallVector<llvm::StringRef, 4> path;
  SourceRange pathRange;
  bool ok = (level > 0 && at(TokenKind::kw_import)) ||
            parseDottedPath(path, pathRange);
  bool wildcard = false;
  llvm::SmallVector<ImportedName, 4> names;
  if (ok && expect(TokenKind::kw_import, "`import` after the module name")) {
    if (consumeIf(TokenKind::star)) {
      wildcard = true;
    } else if (at(TokenKind::l_paren)) {
      Token open = consume();
      parseImportNames(*this, TokenKind::r_paren, names);
      expectClosing(TokenKind::r_paren, open);
    } else {
      parseImportNames(*this, TokenKind::eof, names);
    }
  }
  DeclId decl = makeDecl<FromImportDecl>(
      rangeFrom(start), level, copy(llvm::ArrayRef(path)), pathRange,
      wildcard, copy(llvm::ArrayRef(names)));
  return makeStmt<DeclStmt>(rangeFrom(start), decl);
}
