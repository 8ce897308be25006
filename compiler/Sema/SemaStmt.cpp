//===- SemaStmt.cpp - Function bodies, scopes and statements --------------===//
#include "compiler/Sema/BodyChecker.h"
#include "compiler/Sema/SemaPacks.h"
#include "compiler/Sema/Dunders.h"

using namespace mojo;
using namespace mojo::sema;

BodyChecker::BodyChecker(Sema &sema, FuncInstance &instance)
    : sema(sema), instance(instance), func(*instance.info),
      module(instance.info->module), ast(module->ast->getContext()),
      diags(sema.diags), types(sema.program->types) {}

/// True when `block` has a `break` for the loop it is the body of.
static bool containsBreak(const CBlock &block) {
  for (const CStmtPtr &stmt : block) {
    if (stmt->kind == CStmt::Kind::Break)
      return true;
    if (stmt->kind == CStmt::Kind::While) // Its breaks are its own.
      continue;
    if (containsBreak(stmt->body) || containsBreak(stmt->orElse) ||
        containsBreak(stmt->handler) || containsBreak(stmt->finally))
      return true;
    for (const CStmtPtr &elif : stmt->elifs)
      if (containsBreak(elif->body))
        return true;
  }
  return false;
}

bool mojo::sema::alwaysReturns(const CBlock &block) {
  for (const CStmtPtr &stmt : block) {
    if (stmt->kind == CStmt::Kind::Return || stmt->kind == CStmt::Kind::Raise)
      return true;
    // A `try` ends if its `finally` does, or if its normal path (body,
    // then `else`) and its handler (if any) both do.
    if (stmt->kind == CStmt::Kind::Try &&
        (alwaysReturns(stmt->finally) ||
         ((alwaysReturns(stmt->body) || alwaysReturns(stmt->orElse)) &&
          (!stmt->hasHandler || alwaysReturns(stmt->handler)))))
      return true;
    // A loop without `break` can only be left through its `else`.
    if (stmt->kind == CStmt::Kind::While && !containsBreak(stmt->body) &&
        alwaysReturns(stmt->orElse))
      return true;
    if (stmt->kind == CStmt::Kind::If && alwaysReturns(stmt->body) &&
        alwaysReturns(stmt->orElse) &&
        llvm::all_of(stmt->elifs, [](const CStmtPtr &elif) {
          return alwaysReturns(elif->body);
        }))
      return true;
    if (stmt->kind == CStmt::Kind::Block && alwaysReturns(stmt->body))
      return true;
  }
  return false;
}

void BodyChecker::run() {
  declareParameters();
  if (func.synthesized != Synthesized::None)
    return synthesizeBody();
  const ast::FuncDecl &decl = *func.decl;
  if (decl.isStub())
    return;
  checkBlock(decl.getBody(), instance.body);
  if (instance.hasNamedResult() && !alwaysReturns(instance.body))
    checkResultComplete(decl.getNameRange());
  if (!instance.hasNamedResult() &&
      !llvm::isa<NoneType, ErrorType>(instance.result) &&
      !alwaysReturns(instance.body))
    diags.report(decl.getNameRange(), DiagID::err_missing_return)
        << getTypeName(instance.result);
  copyMutatedDefArguments();
}

bool BodyChecker::isMutable(const CExpr &lvalue) const {
  if (lvalue.isReference())
    return lvalue.isMutableReference();
  const LocalVar *root = lvalue.getRootLocal();
  return !root || !root->readOnly;
}

bool BodyChecker::checkMutable(const CExpr &lvalue, SourceRange range) {
  const LocalVar *root = lvalue.getRootLocal();
  if (root && root->copiedIfMutated)
    const_cast<LocalVar *>(root)->mutated = true;
  if (isMutable(lvalue))
    return true;
  if (!root) {
    const CExpr *call = &lvalue;
    while (call->kind == CExpr::Kind::Field)
      call = call->operands[0].get();
    diags.report(range, DiagID::err_immutable_reference)
        << call->callee->info->name;
    return false;
  }
  if (root->immutableRef) {
    auto diag = diags.report(range, DiagID::err_ref_bound_immutable);
    diag << root->name;
    diag.note(instance.instantiatedAt, DiagID::note_ref_bound_here)
        << root->name;
    return false;
  }
  diags.report(range, DiagID::err_read_only) << root->name;
  return false;
}

bool BodyChecker::isInitialization(const CExpr &lhs) {
  // A result tracked field by field; one tracked whole (an MLIR type, an
  // archetype) is a plain variable.
  if (lhs.kind == CExpr::Kind::Local && lhs.local == instance.resultLocal &&
      lhs.local && !resultFields.empty())
    return llvm::any_of(resultFields,
                        [&](LocalVar *f) { return uninitialized.count(f); });
  if (lhs.kind == CExpr::Kind::Local)
    return uninitialized.count(lhs.local);
  if (lhs.kind == CExpr::Kind::Deref)
    return lhs.uninitialized;
  if (lhs.kind == CExpr::Kind::Field &&
      lhs.operands[0]->kind == CExpr::Kind::Local &&
      lhs.operands[0]->local == instance.resultLocal && instance.resultLocal &&
      lhs.fieldIndex < resultFields.size())
    return uninitialized.count(resultFields[lhs.fieldIndex]);
  return false;
}

void BodyChecker::checkResultComplete(SourceRange range) {
  if (instance.isInit) {
    for (LocalVar *field : resultFields) {
      if (!uninitialized.count(field))
        continue;
      diags.report(range, DiagID::err_field_not_initialized) << field->name;
      uninitialized.erase(field); // Once is enough.
    }
    return;
  }
  // A named result: the whole variable when none of it is set (the usual
  // `result = T(...)` missing on a path), else each field still missing.
  auto isMissing = [&](LocalVar *v) { return uninitialized.count(v) != 0; };
  bool wholeMissing =
      isMissing(instance.resultLocal) ||
      (!resultFields.empty() && llvm::all_of(resultFields, isMissing));
  if (wholeMissing) {
    diags.report(range, DiagID::err_named_result_not_initialized)
        << instance.resultName << func.name;
    uninitialized.erase(instance.resultLocal);
    for (LocalVar *field : resultFields)
      uninitialized.erase(field);
    return;
  }
  for (LocalVar *field : resultFields) {
    if (!isMissing(field))
      continue;
    diags.report(range, DiagID::err_named_result_not_initialized)
        << field->name << func.name;
    uninitialized.erase(field);
  }
}

void BodyChecker::checkInitialized(const LocalVar *local, SourceRange range) {
  if (!uninitialized.count(local))
    return;
  diags.report(range, DiagID::err_use_before_assignment) << local->name;
  uninitialized.erase(local); // Once is enough.
}

UninitializedVars::Arm BodyChecker::checkArm(ast::Block block, CBlock &out,
                                             bool newScope) {
  UninitializedVars::Arm arm;
  arm.start = uninitialized.mark();
  size_t firstImplicit = implicitLocals.size();
  if (newScope)
    scopes.emplace_back();
  checkBlock(block, out);
  if (newScope)
    scopes.pop_back();
  if (!alwaysReturns(out))
    arm.changes = uninitialized.changesSince(arm.start);
  uninitialized.rollback(arm.start);
  // A name this arm declared by assignment exists after the branch but is
  // unassigned on every path that skipped the arm.
  for (size_t i = firstImplicit; i < implicitLocals.size(); ++i)
    uninitialized.insert(implicitLocals[i]);
  return arm;
}

void BodyChecker::checkBlock(ast::Block block, CBlock &out) {
  for (ast::StmtId id : block) {
    size_t first = out.size();
    checkStmt(ast.get(id), out);
    for (size_t i = first; i < out.size(); ++i)
      if (!out[i]->origin.isValid())
        out[i]->origin = id;
  }
}

void BodyChecker::checkStmt(const ast::Stmt &stmt, CBlock &out) {
  switch (stmt.getKind()) {
  case ast::Stmt::Kind::Expr: {
    auto &e = llvm::cast<ast::ExprStmt>(stmt);
    // A string statement is a docstring or a comment; nothing to run.
    if (llvm::isa<ast::StringLiteralExpr>(ast.get(e.getExpr())))
      return;
    // `values.each[f]()` over a pack: one call per element (SemaPacks.h).
    if (checkPackEach(*this, ast.get(e.getExpr()), out))
      return;
    CExprPtr value = borrowedValue(checkValue(e.getExpr()));
    auto s = makeStmt(CStmt::Kind::Expr, stmt.getRange());
    s->value = orFailure(std::move(value), e.getExpr());
    out.push_back(std::move(s));
    return;
  }
  case ast::Stmt::Kind::Var:
    return checkVar(llvm::cast<ast::VarStmt>(stmt), out);
  case ast::Stmt::Kind::Assign:
    return checkAssign(llvm::cast<ast::AssignStmt>(stmt), out);
  case ast::Stmt::Kind::AugAssign:
    return checkAugAssign(llvm::cast<ast::AugAssignStmt>(stmt), out);
  case ast::Stmt::Kind::If:
    return checkIf(llvm::cast<ast::IfStmt>(stmt), out);
  case ast::Stmt::Kind::While:
    return checkWhile(llvm::cast<ast::WhileStmt>(stmt), out);
  case ast::Stmt::Kind::For:
    return checkFor(llvm::cast<ast::ForStmt>(stmt), out);
  case ast::Stmt::Kind::Return:
    return checkReturn(llvm::cast<ast::ReturnStmt>(stmt), out);
  case ast::Stmt::Kind::Break:
  case ast::Stmt::Kind::Continue: {
    bool isBreak = stmt.getKind() == ast::Stmt::Kind::Break;
    if (unrollDepth && !loopDepth) {
      diags.report(stmt.getRange(), DiagID::err_not_yet_implemented)
          << "`break`/`continue` in `@parameter for`";
      return;
    }
    if (!loopDepth) {
      diags.report(stmt.getRange(), isBreak ? DiagID::err_break_outside_loop
                                            : DiagID::err_continue_outside_loop);
      return;
    }
    out.push_back(makeStmt(isBreak ? CStmt::Kind::Break : CStmt::Kind::Continue,
                           stmt.getRange()));
    return;
  }
  case ast::Stmt::Kind::Pass:
  case ast::Stmt::Kind::Ellipsis:
  case ast::Stmt::Kind::Error:
    return;
  case ast::Stmt::Kind::Decl: {
    const ast::Decl &decl = ast.get(llvm::cast<ast::DeclStmt>(stmt).getDecl());
    if (auto *alias = llvm::dyn_cast<ast::AliasDecl>(&decl)) {
      declareLocalAlias(*alias);
      // `alias T = __type_of(x)`: the type of a value of this body.
      if (alias->getValue())
        if (std::optional<Type> type = checkTypeOf(alias->getValue())) {
          if (!llvm::isa<ErrorType>(*type))
            bindings[alias->getName()] = CValue::ofType(*type);
          return;
        }
      // A local alias may use the instance's parameters, so it is
      // evaluated per instance and bound like a parameter.
      if (std::optional<CValue> value =
              sema.evaluateAlias(module, alias, bindings))
        bindings[alias->getName()] = *value;
      return;
    }
    if (auto *nested = llvm::dyn_cast<ast::FuncDecl>(&decl))
      return checkNestedFunc(*nested, out);
    diags.report(stmt.getRange(), DiagID::err_not_yet_implemented)
        << "nested declarations";
    return poisonStmt(stmt);
  }
  case ast::Stmt::Kind::Raise:
    return checkRaise(llvm::cast<ast::RaiseStmt>(stmt), out);
  case ast::Stmt::Kind::Try:
    return checkTry(llvm::cast<ast::TryStmt>(stmt), out);
  case ast::Stmt::Kind::With:
    return checkWith(llvm::cast<ast::WithStmt>(stmt), out);
  }
}

void BodyChecker::checkVar(const ast::VarStmt &stmt, CBlock &out) {
  llvm::ArrayRef<ast::DeclId> vars = stmt.getVars();
  if (vars.size() != 1)
    return checkVarUnpack(stmt, out);
  const auto &var = ast.getAs<ast::VarDecl>(vars.front());
  Type type = nullptr;
  if (var.getType())
    type = resolveBodyType(var.getType());
  CExprPtr init;
  bool hasInit = bool(stmt.getInit());
  if (hasInit) {
    init = ownedValue(type ? checkValueAs(stmt.getInit(), type)
                           : materializeValue(checkValue(stmt.getInit())));
    if (!type)
      type = init ? init->type : types.getErrorType();
  }
  if (!type) {
    diags.report(var.getNameRange(), DiagID::err_cannot_infer_type)
        << var.getName();
    type = types.getErrorType();
  }
  LocalVar *local = declareVar(var, type);
  if (!init) {
    // A bad initializer was reported already; do not report reads too.
    if (!hasInit) {
      uninitialized.insert(local);
      return;
    }
    init = takeFailure(stmt.getInit());
  }
  recordViewSources(*local, *init);
  auto s = makeStmt(CStmt::Kind::Init, stmt.getRange());
  s->local = local;
  s->value = std::move(init);
  out.push_back(std::move(s));
}

static void addViewSources(Sema &sema, LocalVar &var, const CExpr &producer);

void BodyChecker::recordViewSources(LocalVar &var, const CExpr &init) {
  if (!isViewType(var.type))
    return;
  addViewSources(sema, var, init);
}

/// The locals that `producer`, a call making a view, borrowed from.
static void addViewSources(Sema &sema, LocalVar &var, const CExpr &producer) {
  const CExpr *call = &producer;
  while (call->kind == CExpr::Kind::Cleanup)
    call = call->operands[0].get();
  if (call->kind != CExpr::Kind::Call)
    return;
  for (const CExprPtr &operand : call->operands) {
    const LocalVar *root = operand->isLValue() ? operand->getRootLocal() : nullptr;
    if (!root) {
      // `text.as_string_slice().splitlines()`: a temporary view borrows
      // what its own call borrowed; `Pointer.address_of(items[0])`: the
      // place a `ref` result gives is in what its call borrowed.
      if (isViewType(operand->type) ||
          (operand->kind == CExpr::Kind::Call && operand->refResult))
        addViewSources(sema, var, *operand);
      continue;
    }
    // A view made from a view points where that one does.
    for (LocalVar *source : root->viewSources)
      var.viewSources.push_back(source);
    if (sema.getLifecycle(root->type).needsDestroy)
      var.viewSources.push_back(const_cast<LocalVar *>(root));
  }
}

LocalVar *BodyChecker::declareVar(const ast::VarDecl &var, Type type) {
  if (LocalVar *previous = scopes.back().vars.lookup(var.getName()))
    reportRedefinition(diags, var.getNameRange(), previous->range,
                       var.getName());
  else if (scopes.back().aliases.count(var.getName()))
    reportRedefinition(diags, var.getNameRange(),
                       scopes.back().aliases.lookup(var.getName()),
                       var.getName());
  return declareLocal(var.getName(), type, var.getNameRange());
}

void BodyChecker::checkAssign(const ast::AssignStmt &stmt, CBlock &out) {
  llvm::ArrayRef<ast::ExprId> targets = stmt.getTargets();
  // A list display assigned to one variable takes the variable's type
  // (`items = []`), as it does the declared type of a `var`.
  LocalVar *typedTarget = nullptr;
  if (targets.size() == 1 &&
      llvm::isa<ast::ListDisplayExpr>(ast.get(stmt.getValue())))
    if (auto *name = llvm::dyn_cast<ast::NameExpr>(&ast.get(targets[0])))
      typedTarget = lookupLocal(name->getName());
  // `a = b = v`: evaluate v once into a temporary.
  CExprPtr value = typedTarget
                       ? checkValueAs(stmt.getValue(), typedTarget->type)
                       : checkValue(stmt.getValue());
  SourceRange valueRange = ast.get(stmt.getValue()).getRange();
  if (!value) {
    value = takeFailure(stmt.getValue());
    for (ast::ExprId target : targets) {
      poisonTarget(target);
      markAssigned(target);
      keepFailedAssign(target, nullptr, std::move(value), valueRange,
                       stmt.getRange(), out);
    }
    return;
  }
  LocalVar *shared = nullptr;
  if (targets.size() > 1) {
    value = materializeValue(std::move(value));
    if (!value) {
      for (ast::ExprId target : targets)
        keepFailedAssign(target, nullptr, nullptr, valueRange,
                         stmt.getRange(), out);
      return;
    }
    shared = newTemporary(value->type, stmt.getRange());
    auto s = makeStmt(CStmt::Kind::Init, stmt.getRange());
    s->local = shared;
    s->value = std::move(value);
    out.push_back(std::move(s));
  }
  for (ast::ExprId targetId : targets) {
    CExprPtr v = std::move(value);
    if (shared)
      v = makeLocalRef(shared, stmt.getRange());
    assignTo(targetId, std::move(v), ast.get(stmt.getValue()).getRange(),
             stmt.getRange(), out);
  }
}

void BodyChecker::assignTo(ast::ExprId targetId, CExprPtr v,
                           SourceRange valueRange, SourceRange stmtRange,
                           CBlock &out) {
  const ast::Expr &target = ast.get(targetId);
  if (auto *tuple = llvm::dyn_cast<ast::TupleExpr>(&target))
    return assignToTuple(*tuple, std::move(v), valueRange, stmtRange, out);
  auto *name = llvm::dyn_cast<ast::NameExpr>(&target);
  // `_ = __get_address_as_owned_value[T](p)` ends the pointee's life in
  // place, with no move out of it first.
  if (name && name->getName() == "_" && v && v->kind == CExpr::Kind::Move &&
      v->operands[0]->kind == CExpr::Kind::Deref) {
    auto s = makeStmt(CStmt::Kind::Destroy, stmtRange);
    s->target = std::move(v->operands[0]);
    out.push_back(std::move(s));
    return;
  }
  if (name && !lookupLocal(name->getName())) {
    if (!checkAssignableName(name->getName(), target.getRange()))
      return keepFailedAssign(targetId, nullptr, std::move(v), valueRange,
                              stmtRange, out);
    // An implicit declaration: function-scoped, typed by its value.
    v = ownedValue(materializeValue(std::move(v)));
    if (!v)
      return keepFailedAssign(targetId, nullptr, nullptr, valueRange,
                              stmtRange, out);
    LocalVar *local = declareLocal(name->getName(), v->type,
                                   target.getRange(), /*functionScope=*/true);
    implicitLocals.push_back(local);
    auto s = makeStmt(CStmt::Kind::Init, stmtRange);
    s->local = local;
    s->value = std::move(v);
    out.push_back(std::move(s));
    return;
  }
  if (name && name->getName() == "_") {
    // Discarded as an expression statement's value is: an owned value
    // (`_ = x^` again) is a temporary, destroyed at once.
    auto s = makeStmt(CStmt::Kind::Expr, stmtRange);
    s->value = borrowedValue(std::move(v));
    out.push_back(std::move(s));
    return;
  }
  if (auto *subscript = llvm::dyn_cast<ast::SubscriptExpr>(&target))
    if (assignThroughSetItem(targetId, *subscript, v, stmtRange, out))
      return;
  CExprPtr lhs;
  if (name) { // Assigning a variable is not a read of it.
    lhs = makeLocalRef(lookupLocal(name->getName()), target.getRange());
    noteAssignedName(targetId, *lhs);
  } else {
    checkingAssignTarget = true;
    lhs = checkValue(targetId);
    checkingAssignTarget = false;
  }
  if (!lhs) {
    poisonTarget(targetId);
    return keepFailedAssign(targetId, nullptr, std::move(v), valueRange,
                            stmtRange, out);
  }
  bool initializes = isInitialization(*lhs);
  // `self.f = v` in a constructor initializes the field; `self = v` all
  // (likewise for a named result).
  if (lhs->kind == CExpr::Kind::Field &&
      lhs->operands[0]->kind == CExpr::Kind::Local &&
      lhs->operands[0]->local == instance.resultLocal &&
      instance.resultLocal && lhs->fieldIndex < resultFields.size())
    uninitialized.erase(resultFields[lhs->fieldIndex]);
  if (lhs->kind == CExpr::Kind::Local && lhs->local == instance.resultLocal &&
      instance.resultLocal)
    for (LocalVar *field : resultFields)
      uninitialized.erase(field);
  if (!lhs->isLValue()) {
    diags.report(target.getRange(), DiagID::err_not_assignable);
    return keepFailedAssign(targetId, std::move(lhs), std::move(v),
                            valueRange, stmtRange, out);
  }
  if (!checkMutable(*lhs, target.getRange()))
    return keepFailedAssign(targetId, std::move(lhs), std::move(v),
                            valueRange, stmtRange, out);
  // Initialized even if the value does not convert: that was reported.
  if (lhs->kind == CExpr::Kind::Local)
    uninitialized.erase(lhs->local);
  v = ownedValue(convert(std::move(v), lhs->type, valueRange));
  if (!v)
    return keepFailedAssign(targetId, std::move(lhs), nullptr, valueRange,
                            stmtRange, out);
  auto s = makeStmt(CStmt::Kind::Assign, stmtRange);
  s->initializes = initializes;
  s->target = std::move(lhs);
  s->value = std::move(v);
  out.push_back(std::move(s));
}

/// `v[i] = x` -> `v.__setitem__(i, x)`, when `v` is a value whose type has
/// `__setitem__` (LANGUAGE.md §6). Returns false, having checked nothing
/// that reports, when the assignment is not one: a tuple element, or a
/// type without the method, is assigned as an lvalue by the caller.
bool BodyChecker::assignThroughSetItem(ast::ExprId targetId,
                                       const ast::SubscriptExpr &target,
                                       CExprPtr &value, SourceRange stmtRange,
                                       CBlock &out) {
  const ast::Expr &baseExpr = ast.get(target.getBase());
  // Only names and fields, which checking twice costs nothing and reports
  // nothing new: `f()[i] = x` goes the usual way.
  if (!llvm::isa<ast::NameExpr, ast::MemberExpr>(baseExpr))
    return false;
  unsigned errors = diags.getNumErrors();
  Entity base = checkEntity(target.getBase());
  auto *st = base.kind == Entity::Kind::Value && base.value
                 ? llvm::dyn_cast<StructType>(base.value->type)
                 : nullptr;
  if (diags.getNumErrors() != errors || !st ||
      !st->getInfo()->methods.count("__setitem__"))
    return false;
  std::vector<CExprPtr> args;
  for (const ast::Argument &index : target.getIndices()) {
    CExprPtr arg = checkValue(index.value);
    if (!arg) {
      keepFailedAssign(targetId, nullptr, std::move(value), stmtRange,
                       stmtRange, out);
      return true;
    }
    args.push_back(std::move(arg));
  }
  args.push_back(std::move(value));
  std::vector<llvm::StringRef> keywords(args.size());
  CExprPtr call = resolveCall(st->getInfo()->methods["__setitem__"],
                              base.value, args, keywords, nullptr,
                              target.getRange(), "__setitem__",
                              /*quiet=*/false);
  auto s = makeStmt(CStmt::Kind::Expr, stmtRange);
  s->value = orFailure(std::move(call), targetId);
  out.push_back(std::move(s));
  return true;
}

/// `a += b` -> `a.__iadd__(b)` with `a` passed `mut`.
void BodyChecker::checkAugAssign(const ast::AugAssignStmt &stmt, CBlock &out) {
  const ast::Expr &targetExpr = ast.get(stmt.getTarget());
  if (auto *name = llvm::dyn_cast<ast::NameExpr>(&targetExpr))
    if (!checkAssignableName(name->getName(), targetExpr.getRange()))
      return;
  CExprPtr target = checkValue(stmt.getTarget());
  CExprPtr value = checkValue(stmt.getValue());
  // A failed `a += b` is kept as an Error node over the parts that checked.
  auto keepFailed = [&] {
    auto s = makeStmt(CStmt::Kind::Expr, stmt.getRange());
    std::vector<CExprPtr> parts;
    parts.push_back(std::move(target));
    parts.push_back(std::move(value));
    s->value = makeErrorExpr(stmt.getRange(), ast::ExprId(), std::move(parts));
    out.push_back(std::move(s));
  };
  if (!target || !value)
    return keepFailed();
  if (!target->isLValue()) {
    diags.report(ast.get(stmt.getTarget()).getRange(),
                 DiagID::err_not_assignable);
    return keepFailed();
  }
  if (!checkMutable(*target, ast.get(stmt.getTarget()).getRange()))
    return keepFailed();
  std::string targetType = getTypeName(target->type);
  std::string valueType = getTypeName(value->type);
  std::vector<CExprPtr> args;
  args.push_back(std::move(value));
  const char *dunder = getInPlaceDunder(stmt.getOp());
  CExprPtr call = callOperator(target, dunder, args, stmt.getRange());
  if (!call) {
    diags.report(stmt.getOpRange(), DiagID::err_invalid_augmented_operands)
        << targetType << dunder << valueType
        << (getSpelling(stmt.getOp()) + "=").str();
    return keepFailed();
  }
  auto s = makeStmt(CStmt::Kind::Expr, stmt.getRange());
  s->value = std::move(call);
  out.push_back(std::move(s));
}

/// `if c0: b0 elif c1: b1 ... else: e`, one flat If, clause by clause:
/// each condition is checked where the previous ones were false, each body
/// as an arm from there, and a variable is initialized after the statement
/// only if every arm that falls through initialized it.
void BodyChecker::checkIf(const ast::IfStmt &stmt, CBlock &out) {
  if (stmt.isParameter())
    return checkParameterIf(stmt, out);
  size_t start = uninitialized.mark(), afterFirstArm = 0;
  llvm::SmallVector<UninitializedVars::Arm, 4> arms;
  CStmtPtr result;
  for (const ast::IfClause &c : stmt.getClauses()) {
    // The `elif`s and the `else` share a scope, so that names their
    // conditions bind (`:=`) stay out of the `if`'s; one scope, not one
    // per clause, keeps lookups in a long chain from getting slower.
    if (result && result->elifs.empty())
      scopes.emplace_back();
    CExprPtr cond = checkValue(c.condition);
    auto s = makeStmt(CStmt::Kind::If, c.range);
    if (cond)
      s->cond = makeCondition(std::move(cond));
    if (!s->cond)
      s->cond = takeFailure(c.condition);
    arms.push_back(checkArm(c.body, s->body));
    if (arms.size() == 1)
      afterFirstArm = uninitialized.mark();
    if (!result)
      result = std::move(s);
    else
      result->elifs.push_back(std::move(s));
  }
  arms.push_back(checkArm(stmt.getElse(), result->orElse));
  if (!result->elifs.empty())
    scopes.pop_back();
  // If nothing falls through, what follows is unreachable; it is checked
  // as if it followed the first arm alone.
  if (llvm::none_of(arms, [](auto &arm) { return bool(arm.changes); }))
    uninitialized.rollback(afterFirstArm);
  else
    uninitialized.mergeArms(start, arms);
  // A clause whose condition failed is kept, its condition an Error node
  // (SemaErrorNodes.cpp): the tree has every statement the source has.
  out.push_back(std::move(result));
}

void BodyChecker::checkWhile(const ast::WhileStmt &stmt, CBlock &out) {
  CExprPtr cond = checkValue(stmt.getCondition());
  auto s = makeStmt(CStmt::Kind::While, stmt.getRange());
  if (cond)
    s->cond = makeCondition(std::move(cond));
  if (!s->cond)
    s->cond = takeFailure(stmt.getCondition());
  // The body may run zero times, so what it assigns stays uninitialized
  // after the loop; the else arm runs on every exit but a `break`.
  ++loopDepth;
  (void)checkArm(stmt.getBody(), s->body);
  --loopDepth;
  (void)checkArm(stmt.getElse(), s->orElse);
  out.push_back(std::move(s));
}

/// for x in seq: body   ->   it = seq.__iter__()
///                           while it.__has_next__(): x = it.__next__(); body
void BodyChecker::checkFor(const ast::ForStmt &stmt, CBlock &out) {
  if (stmt.isParameter())
    return checkParameterFor(stmt, out);
  if (checkVariadicFor(stmt, out))
    return;
  if (!isLoopTarget(stmt.getTarget())) {
    diags.report(ast.get(stmt.getTarget()).getRange(),
                 DiagID::err_not_yet_implemented)
        << "`for` targets other than names";
    return poisonStmt(stmt);
  }
  CExprPtr seq = checkValue(stmt.getIterable());
  if (!seq) {
    // The loop is not checked; its failed iterable stands for it.
    auto s = makeStmt(CStmt::Kind::Expr, stmt.getRange());
    s->value = takeFailure(stmt.getIterable());
    out.push_back(std::move(s));
    return poisonStmt(stmt);
  }
  SourceRange range = ast.get(stmt.getIterable()).getRange();
  // The iterator may point into the sequence (a `List`'s yields its
  // elements' addresses), so the sequence lives until the loop ends: a
  // temporary is held in a variable, and the variable is read after the
  // loop. (Mojo keeps it alive by the iterator's origin, which mojoc does
  // not track yet.)
  if (!seq->isLValue() && sema.getLifecycle(seq->type).needsDestroy) {
    LocalVar *held = newTemporary(seq->type, range);
    auto hold = makeStmt(CStmt::Kind::Init, range);
    hold->local = held;
    hold->value = std::move(seq);
    out.push_back(std::move(hold));
    seq = makeExpr(CExpr::Kind::Local, held->type, range);
    seq->local = held;
  }
  // So does what a call producing it borrows: `reversed(items)`.
  std::vector<LocalVar *> sequences;
  auto keepRoot = [&](const CExpr &e) {
    const LocalVar *root = e.isLValue() ? e.getRootLocal() : nullptr;
    if (!root)
      return;
    if (sema.getLifecycle(root->type).needsDestroy)
      sequences.push_back(const_cast<LocalVar *>(root));
    // `for x in reversed(view)`: what the view points into, too.
    for (LocalVar *source : root->viewSources)
      sequences.push_back(source);
  };
  keepRoot(*seq);
  const CExpr *producer = seq.get();
  while (producer->kind == CExpr::Kind::Cleanup)
    producer = producer->operands[0].get();
  if (producer->kind == CExpr::Kind::Call)
    for (const CExprPtr &operand : producer->operands)
      keepRoot(*operand);
  std::vector<CExprPtr> none;
  CExprPtr iter = callOperator(seq, "__iter__", none, range);
  if (!iter) {
    diags.report(range, DiagID::err_no_member)
        << getTypeName(seq->type) << "__iter__";
    return poisonStmt(stmt);
  }
  if (llvm::isa<ErrorType>(iter->type)) // `__iter__`'s signature failed.
    return poisonStmt(stmt);
  LocalVar *it = newTemporary(iter->type, range);
  auto init = makeStmt(CStmt::Kind::Init, range);
  init->local = it;
  init->value = std::move(iter);
  out.push_back(std::move(init));

  auto itRef = [&] {
    auto e = makeExpr(CExpr::Kind::Local, it->type, range);
    e->local = it;
    return e;
  };
  CExprPtr itForHas = itRef(), itForNext = itRef();
  CExprPtr hasNext = callOperator(itForHas, "__has_next__", none, range);
  CExprPtr next = callOperator(itForNext, "__next__", none, range);
  if (!hasNext || !next) {
    diags.report(range, DiagID::err_no_member)
        << getTypeName(it->type) << "__next__";
    return poisonStmt(stmt);
  }
  auto loop = makeStmt(CStmt::Kind::While, stmt.getRange());
  loop->cond = makeCondition(std::move(hasNext));
  scopes.emplace_back();
  bindLoopTarget(stmt.getTarget(), std::move(next), range, loop->body);
  // As for `while`: the body may run zero times.
  ++loopDepth;
  (void)checkArm(stmt.getBody(), loop->body, /*newScope=*/false);
  --loopDepth;
  scopes.pop_back();
  (void)checkArm(stmt.getElse(), loop->orElse);
  out.push_back(std::move(loop));
  for (LocalVar *sequence : sequences) {
    auto keep = makeStmt(CStmt::Kind::Expr, range);
    keep->value = makeExpr(CExpr::Kind::Local, sequence->type, range);
    keep->value->local = sequence;
    out.push_back(std::move(keep));
  }
}

void BodyChecker::checkReturn(const ast::ReturnStmt &stmt, CBlock &out) {
  auto s = makeStmt(CStmt::Kind::Return, stmt.getRange());
  if (instance.hasNamedResult())
    checkResultComplete(stmt.getRange());
  if (stmt.getValue() &&
      (llvm::isa<NoneType>(instance.result) || instance.hasNamedResult())) {
    // Bare `return` means `return None` (LANGUAGE.md §4), so a function
    // returning `None` may return any `None` value, and nothing else.
    CExprPtr value = checkValue(stmt.getValue());
    if (value && !llvm::isa<NoneType>(value->type)) {
      if (func.decl->isDef() && !func.decl->getResult() &&
          !instance.hasNamedResult())
        diags.report(value->range, DiagID::err_not_yet_implemented)
            << "returning a value from a `def` with no result type (`object`)";
      else if (instance.hasNamedResult() && !instance.isInit)
        diags.report(value->range, DiagID::err_return_value_named_result)
            << func.name << instance.resultName;
      else
        diags.report(value->range, DiagID::err_return_value_from_none)
            << func.name;
      std::vector<CExprPtr> parts;
      SourceRange range = value->range;
      parts.push_back(std::move(value));
      s->value = makeErrorExpr(range, stmt.getValue(), std::move(parts));
      out.push_back(std::move(s));
      return;
    }
    if (!value)
      s->value = takeFailure(stmt.getValue());
    if (value && value->kind != CExpr::Kind::None) { // `return f()`
      auto e = makeStmt(CStmt::Kind::Expr, value->range);
      e->value = std::move(value);
      out.push_back(std::move(e));
    }
  } else if (stmt.getValue() && instance.resultIsRef) {
    s->value = orFailure(returnedReference(stmt.getValue()), stmt.getValue());
  } else if (stmt.getValue()) {
    // On error the statement is still a return, so that the function is
    // not also reported as missing one.
    s->value = orFailure(
        returnedValue(checkValueAs(stmt.getValue(), instance.result)),
        stmt.getValue());
  } else if (!llvm::isa<NoneType, ErrorType>(instance.result) &&
             !instance.hasNamedResult()) {
    diags.report(stmt.getRange(), DiagID::err_missing_return)
        << getTypeName(instance.result);
  }
  out.push_back(std::move(s));
}
