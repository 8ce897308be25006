//===- SemaScopes.cpp - Local names, local aliases and poisoned names -----===//
//
// A body's names live in a stack of scopes: variables (`var`, parameters,
// implicit declarations, which are function-scoped) and the places of
// local `alias`es, whose values are compile-time bindings.
//
// A construct the checker rejects or does not implement yet (`try`, `with`,
// a `for` it cannot iterate, a value that fails to check) still declares
// the names it would have declared. They are *poisoned*: variables of the
// error type, whose every use is silently an error. So one mistake gives one
// diagnostic, not a cascade of "use of undeclared name" behind it.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

LocalVar *BodyChecker::declareLocal(llvm::StringRef name, Type type,
                                    SourceRange range, bool functionScope) {
  LocalVar *local = &instance.locals.emplace_back();
  local->name = name.str();
  local->type = type;
  local->range = range;
  (functionScope ? scopes.front() : scopes.back()).vars[name] = local;
  if (sema.options.resolutions)
    recordDeclaration(*local);
  return local;
}

LocalVar *BodyChecker::newTemporary(Type type, SourceRange range) {
  LocalVar *local = &instance.locals.emplace_back();
  local->name = "<tmp>";
  local->type = type;
  local->range = range;
  return local;
}

LocalVar *BodyChecker::lookupLocal(llvm::StringRef name) {
  for (auto it = scopes.rbegin(); it != scopes.rend(); ++it)
    if (LocalVar *local = it->vars.lookup(name))
      return local;
  return enclosing || presetFromTemplate ? captureByName(name) : nullptr;
}

const CValue *BodyChecker::lookupBinding(llvm::StringRef name) {
  auto it = bindings.find(name);
  return it == bindings.end() ? nullptr : &it->second;
}

bool BodyChecker::isLocalAlias(llvm::StringRef name) {
  for (auto it = scopes.rbegin(); it != scopes.rend(); ++it)
    if (it->aliases.count(name))
      return true;
  return false;
}

void BodyChecker::declareLocalAlias(const ast::AliasDecl &alias) {
  Scope &scope = scopes.back();
  llvm::StringRef name = alias.getName();
  if (LocalVar *var = scope.vars.lookup(name))
    reportRedefinition(diags, alias.getNameRange(), var->range, name);
  else if (scope.aliases.count(name))
    reportRedefinition(diags, alias.getNameRange(), scope.aliases.lookup(name),
                       name);
  scope.aliases[name] = alias.getNameRange();
}

bool BodyChecker::checkAssignableName(llvm::StringRef name, SourceRange range) {
  if (lookupLocal(name))
    return true;
  if (isLocalAlias(name)) {
    diags.report(range, DiagID::err_assign_to_alias) << name;
    return false;
  }
  if (lookupBinding(name)) {
    diags.report(range, DiagID::err_assign_to_parameter) << name;
    return false;
  }
  Entity global = sema.lookupGlobal(module, name, range);
  if (global.kind == Entity::Kind::Alias) {
    diags.report(range, DiagID::err_assign_to_alias) << name;
    return false;
  }
  // A global `var` (not implemented) or a name from a broken import.
  return global.kind != Entity::Kind::Error || global.notFound;
}

void BodyChecker::declarePoisoned(llvm::StringRef name, SourceRange range,
                                  bool functionScope) {
  if (name.empty() || name == "_" || lookupLocal(name) || isLocalAlias(name))
    return;
  declareLocal(name, types.getErrorType(), range, functionScope);
}

void BodyChecker::poisonTarget(ast::ExprId id) {
  const ast::Expr &target = ast.get(id);
  if (auto *name = llvm::dyn_cast<ast::NameExpr>(&target))
    declarePoisoned(name->getName(), target.getRange(),
                    /*functionScope=*/true);
  else if (auto *tuple = llvm::dyn_cast<ast::TupleExpr>(&target))
    for (ast::ExprId element : tuple->getElements())
      poisonTarget(element);
}

void BodyChecker::markAssigned(ast::ExprId id) {
  const ast::Expr &target = ast.get(id);
  if (auto *name = llvm::dyn_cast<ast::NameExpr>(&target)) {
    if (LocalVar *local = lookupLocal(name->getName()))
      uninitialized.erase(local);
    return;
  }
  if (auto *tuple = llvm::dyn_cast<ast::TupleExpr>(&target)) {
    for (ast::ExprId element : tuple->getElements())
      markAssigned(element);
    return;
  }
  // `self.f = <error>` in a constructor (or `r.f` of a named result `r`):
  // `f` is not left uninitialized.
  auto *member = llvm::dyn_cast<ast::MemberExpr>(&target);
  auto *base = member
                   ? llvm::dyn_cast<ast::NameExpr>(&ast.get(member->getBase()))
                   : nullptr;
  if (!base || !instance.resultLocal || resultFields.empty() ||
      lookupLocal(base->getName()) != instance.resultLocal)
    return;
  auto *st = llvm::dyn_cast<StructType>(instance.result);
  for (size_t i = 0; i < resultFields.size(); ++i)
    if (st->getInfo()->fields[i].name == member->getName())
      uninitialized.erase(resultFields[i]);
}

/// `name := value` anywhere in `id` declares `name` in the function.
void BodyChecker::poisonWalruses(ast::ExprId id) {
  if (!id)
    return;
  const ast::Expr &expr = ast.get(id);
  if (auto *walrus = llvm::dyn_cast<ast::WalrusExpr>(&expr))
    declarePoisoned(walrus->getName(), walrus->getNameRange(),
                    /*functionScope=*/true);
  ast::forEachChildExpr(expr,
                        [&](ast::ExprId child) { poisonWalruses(child); });
}

void BodyChecker::poisonBlock(ast::Block block) {
  for (ast::StmtId id : block)
    poisonStmt(ast.get(id));
}

/// The names `stmt` would declare beyond its own blocks: assignments and
/// `:=` (function-scoped), `with ... as x` and `except e`. A `var` in an
/// unchecked block is scoped to that block, so nothing after sees it.
void BodyChecker::poisonStmt(const ast::Stmt &stmt) {
  if (auto *e = llvm::dyn_cast<ast::ExprStmt>(&stmt))
    return poisonWalruses(e->getExpr());
  if (auto *assign = llvm::dyn_cast<ast::AssignStmt>(&stmt)) {
    for (ast::ExprId target : assign->getTargets())
      poisonTarget(target);
    return poisonWalruses(assign->getValue());
  }
  if (auto *var = llvm::dyn_cast<ast::VarStmt>(&stmt))
    return poisonWalruses(var->getInit());
  if (auto *ifStmt = llvm::dyn_cast<ast::IfStmt>(&stmt)) {
    for (const ast::IfClause &clause : ifStmt->getClauses()) {
      poisonWalruses(clause.condition);
      poisonBlock(clause.body);
    }
    return poisonBlock(ifStmt->getElse());
  }
  if (auto *loop = llvm::dyn_cast<ast::WhileStmt>(&stmt)) {
    poisonWalruses(loop->getCondition());
    poisonBlock(loop->getBody());
    return poisonBlock(loop->getElse());
  }
  if (auto *loop = llvm::dyn_cast<ast::ForStmt>(&stmt)) {
    poisonWalruses(loop->getIterable());
    poisonBlock(loop->getBody());
    return poisonBlock(loop->getElse());
  }
  if (auto *tryStmt = llvm::dyn_cast<ast::TryStmt>(&stmt)) {
    poisonBlock(tryStmt->getBody());
    const ast::ExceptClause &handler = tryStmt->getExcept();
    declarePoisoned(handler.name, handler.nameRange, /*functionScope=*/true);
    poisonBlock(handler.body);
    poisonBlock(tryStmt->getElse());
    return poisonBlock(tryStmt->getFinally());
  }
  if (auto *with = llvm::dyn_cast<ast::WithStmt>(&stmt)) {
    for (const ast::WithItem &item : with->getItems())
      if (item.target)
        poisonTarget(item.target);
    return poisonBlock(with->getBody());
  }
  if (auto *decl = llvm::dyn_cast<ast::DeclStmt>(&stmt)) {
    // A nested `fn` or `struct` is visible in the rest of its block.
    const ast::Decl &d = ast.get(decl->getDecl());
    if (!llvm::isa<ast::AliasDecl, ast::ImportDecl, ast::FromImportDecl>(d))
      declarePoisoned(d.getName(), d.getNameRange());
  }
}
