//===- SemaErrors.cpp - raise, try, with and the raising-call rule --------===//
//
// Errors do not unwind (DESIGN.md "Errors"): a raising call is an ordinary
// call whose error edge IRGen branches to the innermost handler. Sema's part
// is to check where an error may arise (a raising call or a `raise` must be
// inside a function that raises or inside a `try` body with an `except`),
// and to produce the two checked nodes, CStmt::Raise and CStmt::Try. A
// `with` is lowered here into a Try, so that IRGen and the compile-time
// interpreter know one construct.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

bool BodyChecker::mayRaiseHere() const {
  return instance.raises || catchDepth > 0 || synthesizingErrorPath;
}

void BodyChecker::checkRaisingCall(const FuncInstance *callee,
                                   SourceRange range) {
  if (!callee->raises || mayRaiseHere())
    return;
  InFlightDiagnostic diag = diags.report(
      range, func.isComptimeExpression ? DiagID::err_comptime_raising_call
                                       : DiagID::err_raising_call_in_non_raising);
  diag << callee->info->name;
  const FuncInfo &info = *callee->info;
  if (info.decl && info.nameRange.isValid())
    diag.note(info.nameRange, DiagID::note_raising_callee)
        << info.name
        << (info.decl->isDef() ? "a `def` always may raise"
                               : "it is marked `raises`");
}

/// raise            ->  Raise(local = the innermost `except`'s error)
/// raise value      ->  Raise(value converted to Error)
void BodyChecker::checkRaise(const ast::RaiseStmt &stmt, CBlock &out) {
  auto s = makeStmt(CStmt::Kind::Raise, stmt.getRange());
  if (!stmt.getValue()) {
    if (caughtErrors.empty()) {
      diags.report(stmt.getRange(), DiagID::err_bare_raise_outside_except);
      return;
    }
    s->local = caughtErrors.back();
  } else {
    s->value = checkValueAs(stmt.getValue(), sema.getHookType("Error"));
    if (!s->value) { // Kept, and not checked further (no cascade).
      s->value = takeFailure(stmt.getValue());
      out.push_back(std::move(s));
      return;
    }
  }
  if (!mayRaiseHere()) {
    diags.report(stmt.getRange(), DiagID::err_raise_in_non_raising);
    return;
  }
  out.push_back(std::move(s));
}

/// Definite initialization: the body can stop at any raising call, so the
/// handler starts from the state before the `try`; after the statement a
/// variable is initialized if both the normal path (body, then `else`) and
/// the handler initialize it. The `finally` is checked from that merged
/// state, which is optimistic for the paths that reach it by an error.
void BodyChecker::checkTry(const ast::TryStmt &stmt, CBlock &out) {
  auto s = makeStmt(CStmt::Kind::Try, stmt.getRange());
  size_t start = uninitialized.mark();
  size_t firstImplicit = implicitLocals.size();

  // The normal path: body and else, one arm.
  UninitializedVars::Arm normal;
  normal.start = start;
  if (stmt.hasExcept())
    ++catchDepth;
  scopes.emplace_back();
  checkBlock(stmt.getBody(), s->body);
  scopes.pop_back();
  if (stmt.hasExcept())
    --catchDepth;
  scopes.emplace_back();
  checkBlock(stmt.getElse(), s->orElse);
  scopes.pop_back();
  if (!alwaysReturns(s->body) && !alwaysReturns(s->orElse))
    normal.changes = uninitialized.changesSince(start);
  uninitialized.rollback(start);
  for (size_t i = firstImplicit; i < implicitLocals.size(); ++i)
    uninitialized.insert(implicitLocals[i]);

  llvm::SmallVector<UninitializedVars::Arm, 2> arms;
  arms.push_back(std::move(normal));
  size_t firstHandlerImplicit = implicitLocals.size();
  if (stmt.hasExcept()) {
    const ast::ExceptClause &clause = stmt.getExcept();
    s->hasHandler = true;
    // `except e` binds the error in the handler's scope only.
    scopes.emplace_back();
    Type errorType = sema.getHookType("Error");
    if (!clause.name.empty())
      s->local = declareLocal(clause.name, errorType, clause.nameRange);
    else
      s->local = newTemporary(errorType, clause.range);
    caughtErrors.push_back(s->local);
    arms.push_back(checkArm(clause.body, s->handler, /*newScope=*/false));
    caughtErrors.pop_back();
    scopes.pop_back();
  }
  uninitialized.mergeArms(start, arms);
  // A name the handler declared by assignment is unassigned where the
  // normal path falls through (mergeArms sees only the arms after it).
  if (arms.front().changes)
    for (size_t i = firstHandlerImplicit; i < implicitLocals.size(); ++i)
      uninitialized.insert(implicitLocals[i]);

  scopes.emplace_back();
  checkBlock(stmt.getFinally(), s->finally);
  scopes.pop_back();
  out.push_back(std::move(s));
}

void BodyChecker::checkWith(const ast::WithStmt &stmt, CBlock &out) {
  scopes.emplace_back();
  checkWithItems(stmt, 0, out);
  scopes.pop_back();
}

/// One item of `with ctx as x, ...: body` (the later items nest inside):
///
///   mgr = ctx                      (or `ctx` itself when it is a variable)
///   x = mgr.__enter__()
///   try:
///       <the next items, then body>
///   finally:
///       mgr.__exit__()
///
/// and, when the manager has `__exit__(self, e: Error) raises -> Bool`:
///
///   handled = False
///   try:
///       <the next items, then body>
///   except e:
///       handled = True
///       if not mgr.__exit__(e): raise     (True suppresses the error)
///   finally:
///       if not handled: mgr.__exit__()
///
/// Definite initialization reads the body as straight-line code, so a
/// variable it assigns counts as initialized after the `with` even when a
/// manager could suppress an error raised before the assignment (not yet
/// diagnosed).
void BodyChecker::checkWithItems(const ast::WithStmt &stmt, size_t index,
                                 CBlock &out) {
  if (index == stmt.getItems().size()) {
    checkBlock(stmt.getBody(), out);
    return;
  }
  const ast::WithItem &item = stmt.getItems()[index];
  SourceRange range = item.range;
  auto poisonRest = [&] {
    for (const ast::WithItem &later : stmt.getItems().slice(index))
      if (later.target)
        poisonTarget(later.target);
    poisonBlock(stmt.getBody());
  };
  CExprPtr ctx = materializeValue(checkValue(item.context));
  if (!ctx)
    return poisonRest();
  if (llvm::isa<ErrorType>(ctx->type))
    return poisonRest();

  LocalVar *manager = nullptr;
  if (ctx->kind == CExpr::Kind::Local) {
    manager = ctx->local;
  } else {
    manager = newTemporary(ctx->type, range);
    auto init = makeStmt(CStmt::Kind::Init, range);
    init->local = manager;
    init->value = std::move(ctx);
    out.push_back(std::move(init));
  }
  std::vector<CExprPtr> none;
  auto callOn = [&](llvm::StringRef name, std::vector<CExprPtr> &args) {
    CExprPtr self = makeLocalRef(manager, range);
    return callOperator(self, name, args, range);
  };
  CExprPtr enter = callOn("__enter__", none);
  CExprPtr plainExit = callOn("__exit__", none);
  for (auto [call, name] : {std::pair(enter.get(), "__enter__"),
                            std::pair(plainExit.get(), "__exit__")}) {
    if (call)
      continue;
    diags.report(ast.get(item.context).getRange(),
                 DiagID::err_with_missing_method)
        << getTypeName(manager->type) << name;
    return poisonRest();
  }

  if (!item.target) {
    auto e = makeStmt(CStmt::Kind::Expr, range);
    e->value = std::move(enter);
    out.push_back(std::move(e));
  } else if (!bindWithTarget(item.target, std::move(enter), out)) {
    return poisonRest();
  }

  // The error-taking `__exit__`, if the manager has one.
  Type errorType = sema.getHookType("Error");
  LocalVar *caught = newTemporary(errorType, range);
  std::vector<CExprPtr> errorArgs;
  errorArgs.push_back(makeLocalRef(caught, range));
  synthesizingErrorPath = true;
  CExprPtr errorExit = callOn("__exit__", errorArgs);
  synthesizingErrorPath = false;

  auto s = makeStmt(CStmt::Kind::Try, stmt.getRange());
  checkWithItems(stmt, index + 1, s->body);
  addWithExits(*s, caught, std::move(plainExit), std::move(errorExit), out);
  out.push_back(std::move(s));
}

/// Fills the handler and `finally` of a `with` item's Try (see above);
/// `handled`'s initialization goes to `out`, before the Try.
void BodyChecker::addWithExits(CStmt &tryStmt, LocalVar *caught,
                               CExprPtr plainExit, CExprPtr errorExit,
                               CBlock &out) {
  SourceRange range = plainExit->range;
  auto exitStmt = makeStmt(CStmt::Kind::Expr, range);
  exitStmt->value = std::move(plainExit);
  // What the error-taking `__exit__` returns must be a condition (reported
  // if not; the error path is then left out).
  CExprPtr suppress = errorExit ? makeCondition(std::move(errorExit)) : nullptr;
  if (!suppress) {
    tryStmt.finally.push_back(std::move(exitStmt));
    return;
  }
  Type i1 = types.getMLIRType("i1");
  LocalVar *handled = newTemporary(i1, range);
  auto setHandled = [&](bool value, CBlock &block) {
    auto c = makeExpr(CExpr::Kind::MLIRConst, i1, range);
    c->text = value ? "true" : "false";
    auto store =
        makeStmt(value ? CStmt::Kind::Assign : CStmt::Kind::Init, range);
    if (value)
      store->target = makeLocalRef(handled, range);
    else
      store->local = handled;
    store->value = std::move(c);
    block.push_back(std::move(store));
  };
  auto notExpr = [&](CExprPtr cond) {
    auto e = makeExpr(CExpr::Kind::Not, i1, range);
    e->operands.push_back(std::move(cond));
    return e;
  };
  setHandled(false, out);

  tryStmt.hasHandler = true;
  tryStmt.local = caught;
  setHandled(true, tryStmt.handler);
  auto reraise = makeStmt(CStmt::Kind::If, range);
  reraise->cond = notExpr(std::move(suppress));
  auto raise = makeStmt(CStmt::Kind::Raise, range);
  raise->local = caught;
  reraise->body.push_back(std::move(raise));
  tryStmt.handler.push_back(std::move(reraise));

  auto runExit = makeStmt(CStmt::Kind::If, range);
  runExit->cond = notExpr(makeLocalRef(handled, range));
  runExit->body.push_back(std::move(exitStmt));
  tryStmt.finally.push_back(std::move(runExit));
}

/// `with ... as name`: a new variable in the `with`'s scope, or an
/// assignment when `name` is a variable already.
bool BodyChecker::bindWithTarget(ast::ExprId targetId, CExprPtr value,
                                 CBlock &out) {
  const ast::Expr &target = ast.get(targetId);
  auto *name = llvm::dyn_cast<ast::NameExpr>(&target);
  if (!name) {
    diags.report(target.getRange(), DiagID::err_not_yet_implemented)
        << "`with ... as` targets other than a name";
    return false;
  }
  if (!checkAssignableName(name->getName(), target.getRange()))
    return false;
  LocalVar *local = lookupLocal(name->getName());
  if (!local) {
    value = materializeValue(std::move(value));
    if (!value)
      return false;
    local = declareLocal(name->getName(), value->type, target.getRange());
  } else {
    if (!checkMutable(*makeLocalRef(local, target.getRange()),
                      target.getRange()))
      return false;
    value = convert(std::move(value), local->type, target.getRange());
    if (!value)
      return false;
    uninitialized.erase(local);
  }
  auto s = makeStmt(CStmt::Kind::Init, target.getRange());
  s->local = local;
  s->value = std::move(value);
  out.push_back(std::move(s));
  return true;
}
