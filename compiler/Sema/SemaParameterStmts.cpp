//===- SemaParameterStmts.cpp - `@parameter if` and `@parameter for` ------===//
//
// Statements decided at compile time. A `@parameter if` checks and keeps
// only its live branch; a `@parameter for` over a constant `range` checks
// its body once per value, the loop variable a parameter in each copy,
// within the function's unrolling budget. In a generic body checked
// against its bounds, a condition or range that depends on an unknown
// parameter checks every branch, or the body once (SemaGenerics.cpp).
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

#include "compiler/Basic/Budgets.h"

#include "llvm/ADT/StringExtras.h"

using namespace mojo;
using namespace mojo::sema;

/// `@parameter if`: the conditions are evaluated at compile time and only
/// the live branch is checked and emitted.
bool BodyChecker::usesRuntimeValue(ast::ExprId id) {
  const ast::Expr &expr = ast.get(id);
  if (auto *name = llvm::dyn_cast<ast::NameExpr>(&expr)) {
    if (!lookupLocal(name->getName()) || lookupBinding(name->getName()))
      return false;
    diags.report(expr.getRange(), DiagID::err_runtime_value_in_parameter)
        << name->getName();
    return true;
  }
  bool found = false;
  ast::forEachChildExpr(expr, [&](ast::ExprId child) {
    found = found || usesRuntimeValue(child);
  });
  return found;
}

void BodyChecker::checkParameterIf(const ast::IfStmt &stmt, CBlock &out) {
  llvm::ArrayRef<ast::IfClause> clauses = stmt.getClauses();
  for (size_t i = 0; i < clauses.size(); ++i) {
    const ast::IfClause &clause = clauses[i];
    if (usesRuntimeValue(clause.condition))
      return;
    unsigned errors = diags.getNumErrors();
    std::optional<CValue> cond =
        sema.evaluateConstant(module, clause.condition, bindings);
    if (instance.checkOnly && cond && cond->kind == CValue::Kind::Unknown)
      return checkSymbolicParameterIf(stmt, i, *cond, out);
    if (instance.checkOnly && !cond && diags.getNumErrors() == errors)
      return checkAllParameterBranches(stmt, out);
    if (!cond)
      return;
    if (cond->kind != CValue::Kind::Bool) {
      diags.report(ast.get(clause.condition).getRange(),
                   DiagID::err_parameter_if_condition);
      return;
    }
    if (!cond->boolValue)
      continue;
    auto block = makeStmt(CStmt::Kind::Block, clause.range);
    scopes.emplace_back();
    checkBlock(clause.body, block->body);
    scopes.pop_back();
    out.push_back(std::move(block));
    return;
  }
  auto block = makeStmt(CStmt::Kind::Block, stmt.getRange());
  scopes.emplace_back();
  checkBlock(stmt.getElse(), block->body);
  scopes.pop_back();
  out.push_back(std::move(block));
}

/// A `@parameter if` whose condition `first` is a parameter or computed
/// from them (`b`, `n > 4`), in a generic body checked against its
/// bounds: every branch
/// from that clause on is checked, as each may be the one an instance
/// keeps, and the statement keeps the conditions, which substitution
/// computes for each instance to keep one branch (atCompileTime). Its
/// conditions are all evaluated before any branch is checked: a branch
/// is checked once, whether the statement can keep them all or not.
///
///   @parameter if n > 4: A        @parameter if parameter(n > 4): A
///   elif False: B            ->   elif parameter(n > 1): C
///   elif n > 1: C                 else: D
///   else: D
void BodyChecker::checkSymbolicParameterIf(const ast::IfStmt &stmt,
                                           size_t first, const CValue &cond,
                                           CBlock &out) {
  llvm::ArrayRef<ast::IfClause> clauses = stmt.getClauses();
  Type boolType = sema.getHookType("Bool");
  std::vector<std::pair<size_t, CValue>> kept;
  ast::Block orElse = stmt.getElse();
  // A `Bool` parameter itself (`if b:`), or a value computed from them.
  auto keep = [&](size_t i, const CValue &value) {
    if (!(value.symbolic || value.parameter) || value.type != boolType)
      return false;
    kept.emplace_back(i, value);
    return true;
  };
  bool symbolic = keep(first, cond);
  for (size_t i = first + 1; symbolic && i < clauses.size(); ++i) {
    if (usesRuntimeValue(clauses[i].condition))
      return;
    unsigned errors = diags.getNumErrors();
    std::optional<CValue> value =
        sema.evaluateConstant(module, clauses[i].condition, bindings);
    if (diags.getNumErrors() != errors)
      return;
    if (value && value->kind == CValue::Kind::Bool) {
      if (value->boolValue) { // Later clauses are dead in every instance.
        orElse = clauses[i].body;
        break;
      }
      continue;
    }
    symbolic = value && keep(i, *value);
  }
  if (!symbolic)
    return checkAllParameterBranches(stmt, out);
  auto check = [&](ast::Block body, CBlock &into) {
    scopes.emplace_back();
    checkBlock(body, into);
    scopes.pop_back();
  };
  auto result = makeStmt(CStmt::Kind::If, stmt.getRange());
  result->atCompileTime = true;
  for (auto &[i, value] : kept) {
    CStmt *clause = result.get();
    if (clause->cond)
      clause = result->elifs
                   .emplace_back(makeStmt(CStmt::Kind::If, clauses[i].range))
                   .get();
    clause->cond = constantEntity(value, ast.get(clauses[i].condition).getRange())
                       .value;
    check(clauses[i].body, clause->body);
  }
  check(orElse, result->orElse);
  out.push_back(std::move(result));
}

/// A `@parameter if` whose condition depends on what a check against the
/// bounds does not know and cannot keep (`T.N > 2`): every branch is
/// checked, as each may be the one an instance keeps, and instances check
/// the body from the AST.
void BodyChecker::checkAllParameterBranches(const ast::IfStmt &stmt,
                                            CBlock &out) {
  instance.substitutable = false;
  auto check = [&](ast::Block body, SourceRange range) {
    auto block = makeStmt(CStmt::Kind::Block, range);
    scopes.emplace_back();
    checkBlock(body, block->body);
    scopes.pop_back();
    out.push_back(std::move(block));
  };
  for (const ast::IfClause &clause : stmt.getClauses())
    check(clause.body, clause.range);
  check(stmt.getElse(), stmt.getRange());
}

/// One unrolled iteration of a `@parameter for`: the body checked with
/// `target` bound to `value`, as a Block. False when it reported errors:
/// the next values would mostly repeat them, and a long loop would report
/// them (and keep them) a million times, so unrolling stops.
bool BodyChecker::checkUnrolledIteration(const ast::ForStmt &stmt,
                                         llvm::StringRef target,
                                         const CValue &value, CBlock &out) {
  bindings[target] = value;
  auto block = makeStmt(CStmt::Kind::Block, stmt.getRange());
  unsigned errors = diags.getNumErrors() + diags.getNumDropped();
  scopes.emplace_back();
  checkBlock(stmt.getBody(), block->body);
  scopes.pop_back();
  out.push_back(std::move(block));
  return diags.getNumErrors() + diags.getNumDropped() == errors;
}

/// One argument of a `@parameter for`'s `range`, widened to 128 bits. A
/// literal or a parameter folds while it is checked; anything else
/// (`len(shape)` of a struct-valued parameter) is run by the interpreter.
/// `unknown`: a generic body checked against its bounds cannot know it.
std::optional<llvm::APInt>
BodyChecker::evaluateRangeBound(const ast::Argument &arg, bool &unknown) {
  CExprPtr v = checkValue(arg.value);
  if (!v)
    return std::nullopt;
  llvm::APSInt value = v->intValue;
  if (v->kind != CExpr::Kind::IntConst && instance.checkOnly) {
    unknown = true;
    return std::nullopt;
  }
  if (v->kind != CExpr::Kind::IntConst) {
    if (usesRuntimeValue(arg.value))
      return std::nullopt;
    unsigned errors = diags.getNumErrors();
    std::optional<CValue> c =
        sema.evaluateConstant(module, arg.value, bindings);
    if (!c || c->kind != CValue::Kind::Int) {
      if (diags.getNumErrors() == errors)
        diags.report(arg.range, DiagID::err_not_compile_time);
      return std::nullopt;
    }
    value = c->intValue;
  }
  if (!value.isSignedIntN(64)) {
    diags.report(arg.range, DiagID::err_integer_too_large)
        << describeInteger(value) << "Int";
    return std::nullopt;
  }
  return value.sextOrTrunc(128);
}

/// `@parameter for i in range(n)`: the body is checked once per value of
/// `i`, which is a compile-time parameter in each copy.
void BodyChecker::checkParameterFor(const ast::ForStmt &stmt, CBlock &out) {
  auto *target = llvm::dyn_cast<ast::NameExpr>(&ast.get(stmt.getTarget()));
  auto *call = llvm::dyn_cast<ast::CallExpr>(&ast.get(stmt.getIterable()));
  auto *callee = call ? llvm::dyn_cast<ast::NameExpr>(&ast.get(call->getCallee()))
                      : nullptr;
  // `@parameter for s in sizes`: each value of a variadic parameter.
  std::optional<Variadic> list = findVariadic(stmt.getIterable());
  if (target && list && list->list) {
    SourceRange range = ast.get(stmt.getIterable()).getRange();
    if (!reserveUnrolledIterations(llvm::APInt(64, list->size()), range))
      return;
    ++unrollDepth;
    unsigned savedLoopDepth = loopDepth;
    loopDepth = 0;
    for (const CValue &value : list->list->fields)
      if (!checkUnrolledIteration(stmt, target->getName(), value, out))
        break;
    bindings.erase(target->getName());
    loopDepth = savedLoopDepth;
    --unrollDepth;
    return;
  }
  if (!target || !callee || callee->getName() != "range" ||
      call->getArgs().empty() || call->getArgs().size() > 3) {
    diags.report(stmt.getRange(), DiagID::err_not_yet_implemented)
        << "`@parameter for` over anything but `range(...)`";
    return poisonStmt(stmt);
  }
  // The bounds are `Int`s; the arithmetic on them is exact (128 bits), so
  // no step wraps around and the trip count is known before unrolling.
  std::vector<llvm::APInt> bounds;
  for (const ast::Argument &arg : call->getArgs()) {
    bool unknown = false;
    std::optional<llvm::APInt> bound = evaluateRangeBound(arg, unknown);
    if (unknown)
      return checkUnknownParameterFor(stmt, target->getName(), out);
    if (!bound)
      return;
    bounds.push_back(*bound);
  }
  llvm::APInt zero(128, 0), one(128, 1);
  llvm::APInt start = bounds.size() > 1 ? bounds[0] : zero;
  llvm::APInt end = bounds.size() > 1 ? bounds[1] : bounds[0];
  llvm::APInt step = bounds.size() > 2 ? bounds[2] : one;
  if (step.isZero()) {
    diags.report(call->getArgs()[2].range, DiagID::err_range_zero_step);
    return;
  }
  llvm::APInt distance = step.isNegative() ? start - end : end - start;
  llvm::APInt stride = step.abs();
  llvm::APInt trips = distance.isStrictlyPositive()
                          ? (distance + stride - 1).udiv(stride)
                          : zero;
  if (!reserveUnrolledIterations(trips, ast.get(stmt.getIterable()).getRange()))
    return;
  Type intType = sema.getHookType("Int");
  ++unrollDepth;
  unsigned savedLoopDepth = loopDepth;
  loopDepth = 0;
  llvm::APInt i = start;
  for (uint64_t n = trips.getZExtValue(); n > 0 && !unrollLimitReached;
       --n, i += step) {
    CValue value = CValue::ofInt(llvm::APSInt(i.trunc(64), false));
    value.type = intType;
    if (!checkUnrolledIteration(stmt, target->getName(), value, out))
      break;
  }
  bindings.erase(target->getName());
  loopDepth = savedLoopDepth;
  --unrollDepth;
}

/// A `@parameter for` whose range a generic body checked against its
/// bounds does not know (`range(n)`, `n: Int` a parameter): the body is
/// checked once, the loop variable an unknown `Int`. A range that is not a
/// compile-time value at all is reported by the concrete instances.
void BodyChecker::checkUnknownParameterFor(const ast::ForStmt &stmt,
                                           llvm::StringRef target,
                                           CBlock &out) {
  instance.substitutable = false;
  ++unrollDepth;
  unsigned savedLoopDepth = loopDepth;
  loopDepth = 0;
  bindings[target] = CValue::unknown(sema.getHookType("Int"));
  auto block = makeStmt(CStmt::Kind::Block, stmt.getRange());
  scopes.emplace_back();
  checkBlock(stmt.getBody(), block->body);
  scopes.pop_back();
  out.push_back(std::move(block));
  bindings.erase(target);
  loopDepth = savedLoopDepth;
  --unrollDepth;
}

/// Counts `trips` more unrolled copies against the function's budget
/// (budget::kMaxUnrolledIterations); past it, reports once at `range` and
/// makes every enclosing `@parameter for` stop.
bool BodyChecker::reserveUnrolledIterations(const llvm::APInt &trips,
                                            SourceRange range) {
  if (unrollLimitReached)
    return false;
  llvm::APInt total = trips + unrolledIterations;
  if (total.ule(budget::kMaxUnrolledIterations)) {
    unrolledIterations = total.getZExtValue();
    return true;
  }
  unrollLimitReached = true;
  diags.report(range, DiagID::err_unroll_limit)
      << llvm::toString(total, 10, /*Signed=*/false)
      << budget::kMaxUnrolledIterations;
  return false;
}
