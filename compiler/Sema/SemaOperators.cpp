//===- SemaOperators.cpp - Operators, comparisons, and/or, ternary --------===//
//
// Operators are method calls: `a + b` is `a.__add__(b)`, else
// `b.__radd__(a)` (LANGUAGE.md §6, Special methods). Operators on two
// IntLiteral constants, and `+` of two StringLiteral constants, are
// folded by the Comptime hooks instead: those types' values exist only at
// compile time.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"
#include "compiler/Sema/Dunders.h"

#include "compiler/Comptime/IntLiteralFolding.h"

using namespace mojo;
using namespace mojo::sema;

/// Folds `lhs OP rhs` when both are IntLiteral constants (the Comptime
/// literal-folding hook); nothing when it does not apply, null when the
/// result is over the value size budget (reported).
static std::optional<CExprPtr> foldLiterals(Sema &sema, llvm::StringRef dunder,
                                            CExprPtr &lhs, CExprPtr *rhs,
                                            SourceRange range) {
  Type literal = sema.getHookType("IntLiteral");
  if (lhs->kind != CExpr::Kind::IntConst || lhs->type != literal)
    return std::nullopt;
  if (rhs && ((*rhs)->kind != CExpr::Kind::IntConst || (*rhs)->type != literal))
    return std::nullopt;
  comptime::FoldFailure failure;
  std::optional<llvm::APSInt> folded = comptime::foldIntLiteral(
      dunder, lhs->intValue, rhs ? &(*rhs)->intValue : nullptr, &failure);
  if (!folded && failure == comptime::FoldFailure::TooLarge) {
    reportValueTooLarge(sema.diags, range);
    return CExprPtr();
  }
  if (!folded && failure == comptime::FoldFailure::DivisionByZero) {
    sema.diags.report(range, DiagID::err_comptime_failed)
        << "division by zero";
    return CExprPtr();
  }
  if (!folded)
    return std::nullopt;
  if (folded->getBitWidth() == 1) { // A comparison.
    auto i1 = makeExpr(CExpr::Kind::MLIRConst,
                                      sema.program->types.getMLIRType("i1"),
                                      range);
    i1->text = folded->getBoolValue() ? "true" : "false";
    return i1;
  }
  auto e = makeExpr(CExpr::Kind::IntConst, literal, range);
  e->intValue = *folded;
  return e;
}

/// `"a" + "b"`: two StringLiteral constants concatenate to one, as the
/// literals of one string do (the Comptime hook for StringLiteral, like
/// foldLiterals's for IntLiteral). Null when over the size budget
/// (reported).
static std::optional<CExprPtr> foldStrings(Sema &sema, ast::BinaryOp op,
                                           CExprPtr &lhs, CExprPtr &rhs,
                                           SourceRange range) {
  Type literal = sema.getHookType("StringLiteral");
  if (op != ast::BinaryOp::Add || lhs->kind != CExpr::Kind::StringConst ||
      rhs->kind != CExpr::Kind::StringConst || lhs->type != literal ||
      rhs->type != literal)
    return std::nullopt;
  if (!checkStringSize(sema.diags, lhs->text.size() + rhs->text.size(),
                       range))
    return CExprPtr();
  auto e = makeExpr(CExpr::Kind::StringConst, literal, range);
  e->text = lhs->text + rhs->text;
  return e;
}

CExprPtr BodyChecker::checkBinary(const ast::BinaryExpr &expr) {
  CExprPtr lhs = checkValue(expr.getLHS());
  CExprPtr rhs = checkValue(expr.getRHS());
  if (!lhs || !rhs)
    return nullptr;
  const char *dunder = getBinaryDunder(expr.getOp());
  if (std::optional<CExprPtr> folded =
          foldLiterals(sema, dunder, lhs, &rhs, expr.getRange()))
    return std::move(*folded);
  if (std::optional<CExprPtr> folded =
          foldStrings(sema, expr.getOp(), lhs, rhs, expr.getRange()))
    return std::move(*folded);
  std::string lhsType = getTypeName(lhs->type),
              rhsType = getTypeName(rhs->type);
  // a.__op__(b), else b.__rop__(a); a literal operand the other side cannot
  // take is materialized and the lookup retried (LANGUAGE.md §3).
  for (int attempt = 0; attempt < 2; ++attempt) {
    std::vector<CExprPtr> args;
    args.push_back(std::move(rhs));
    if (CExprPtr call = callOperator(lhs, dunder, args, expr.getRange()))
      return call;
    rhs = std::move(args.front());
    std::vector<CExprPtr> rargs;
    rargs.push_back(std::move(lhs));
    if (CExprPtr call = callOperator(rhs, getBinaryDunder(expr.getOp(), /*reflected=*/true),
                                     rargs, expr.getRange()))
      return call;
    lhs = std::move(rargs.front());
    lhs = materializeValue(std::move(lhs));
    rhs = materializeValue(std::move(rhs));
    if (!lhs || !rhs)
      return nullptr; // A literal that does not fit was reported.
  }
  diags.report(expr.getOpRange(), DiagID::err_invalid_binary_operands)
      << getSpelling(expr.getOp()) << lhsType << dunder << rhsType;
  return nullptr;
}

CExprPtr BodyChecker::checkUnary(const ast::UnaryExpr &expr) {
  CExprPtr operand = checkValue(expr.getOperand());
  if (!operand)
    return nullptr;
  const char *dunder = getUnaryDunder(expr.getOp());
  if (std::optional<CExprPtr> folded =
          foldLiterals(sema, dunder, operand, nullptr, expr.getRange()))
    return std::move(*folded);
  std::string typeName = getTypeName(operand->type);
  std::vector<CExprPtr> none;
  if (CExprPtr call = callOperator(operand, dunder, none, expr.getRange()))
    return call;
  diags.report(expr.getRange(), DiagID::err_invalid_unary_operand)
      << getSpelling(expr.getOp()) << typeName << dunder;
  return nullptr;
}

/// Calls the comparison `op` on `lhs` and `rhs`: the left operand's method
/// (no reflection), or the container's `__contains__` for `in`.
CExprPtr BodyChecker::compare(ast::CompareOp op, SourceRange opRange,
                              CExprPtr lhs, CExprPtr rhs, SourceRange range) {
  bool contains = op == ast::CompareOp::In || op == ast::CompareOp::NotIn;
  if (contains)
    std::swap(lhs, rhs);
  const char *dunder = getCompareDunder(op);
  if (std::optional<CExprPtr> folded =
          foldLiterals(sema, dunder, lhs, &rhs, range))
    return std::move(*folded);
  std::string lhsType = getTypeName(lhs->type),
              rhsType = getTypeName(rhs->type);
  std::vector<CExprPtr> args;
  args.push_back(std::move(rhs));
  CExprPtr cmp = callOperator(lhs, dunder, args, range);
  if (!cmp) {
    lhs = materializeValue(std::move(lhs));
    if (!lhs)
      return nullptr; // A literal that does not fit was reported.
    cmp = callOperator(lhs, dunder, args, range);
  }
  if (!cmp)
    diags.report(opRange, DiagID::err_invalid_binary_operands)
        << getSpelling(op) << lhsType << dunder << rhsType;
  return cmp;
}

/// A single comparison has its method's result type. A chain
/// `a < b < c` means `a < b and b < c` with `b` evaluated once: it is bound
/// to a temporary where it is first used.
CExprPtr BodyChecker::checkCompare(const ast::CompareExpr &expr) {
  llvm::ArrayRef<ast::ExprId> operands = expr.getOperands();
  llvm::ArrayRef<ast::CompareOperator> ops = expr.getOps();
  CExprPtr lhs = checkValue(operands[0]);
  CExprPtr result;
  for (size_t i = 0; i < ops.size(); ++i) {
    CExprPtr rhs = checkValue(operands[i + 1]);
    if (!lhs || !rhs)
      return nullptr;
    CExprPtr nextLhs;
    if (i + 1 < ops.size()) {
      rhs = materializeValue(std::move(rhs));
      if (!rhs)
        return nullptr;
      LocalVar *temp = newTemporary(rhs->type, rhs->range);
      nextLhs = makeExpr(CExpr::Kind::Local, rhs->type, rhs->range);
      nextLhs->local = temp;
      auto bind = makeExpr(CExpr::Kind::Bind, rhs->type, rhs->range);
      bind->local = temp;
      bind->operands.push_back(std::move(rhs));
      rhs = std::move(bind);
    }
    SourceRange range(ast.get(operands[i]).getStartLoc(),
                      ast.get(operands[i + 1]).getEndLoc());
    CExprPtr cmp = compare(ops[i].op, ops[i].range, std::move(lhs),
                           std::move(rhs), range);
    if (!cmp)
      return nullptr;
    bool negate = ops[i].op == ast::CompareOp::NotIn;
    if (ops.size() == 1 && !negate && cmp->type != types.getMLIRType("i1"))
      return cmp; // Whatever the method returns.
    cmp = makeCondition(std::move(cmp));
    if (!cmp)
      return nullptr;
    if (negate) {
      auto notExpr = makeExpr(CExpr::Kind::Not, cmp->type, range);
      notExpr->operands.push_back(std::move(cmp));
      cmp = std::move(notExpr);
    }
    if (!result) {
      result = std::move(cmp);
    } else {
      auto both = makeExpr(CExpr::Kind::And, result->type, expr.getRange());
      both->operands.push_back(std::move(result));
      both->operands.push_back(std::move(cmp));
      result = std::move(both);
    }
    lhs = std::move(nextLhs);
  }
  return makeBool(std::move(result));
}

/// `a or b` is `a if a else b` and `a and b` is `b if a else a`, with `a`
/// evaluated once; when the operands share no type they are compared as
/// conditions and the result is a `Bool`.
CExprPtr BodyChecker::checkBoolOp(const ast::BoolOpExpr &expr) {
  bool isAnd = expr.getOp() == ast::BoolOpKind::And;
  CExprPtr lhs = materializeValue(checkValue(expr.getLHS()));
  CExprPtr rhs = materializeValue(checkValue(expr.getRHS()));
  if (!lhs || !rhs)
    return nullptr;
  Type boolType = sema.getHookType("Bool");
  if (lhs->type == rhs->type && lhs->type != boolType &&
      llvm::isa<StructType>(lhs->type)) {
    SourceRange range = expr.getRange();
    LocalVar *temp = newTemporary(lhs->type, lhs->range);
    auto bind = makeExpr(CExpr::Kind::Bind, lhs->type, lhs->range);
    bind->local = temp;
    bind->operands.push_back(std::move(lhs));
    CExprPtr cond = makeCondition(std::move(bind));
    if (!cond)
      return nullptr;
    auto again = makeExpr(CExpr::Kind::Local, temp->type, range);
    again->local = temp;
    auto select = makeExpr(CExpr::Kind::Select, temp->type, range);
    select->operands.push_back(std::move(cond));
    select->operands.push_back(isAnd ? std::move(rhs) : std::move(again));
    select->operands.push_back(isAnd ? std::move(again) : std::move(rhs));
    return select;
  }
  lhs = makeCondition(std::move(lhs));
  rhs = makeCondition(std::move(rhs));
  if (!lhs || !rhs)
    return nullptr;
  auto e = makeExpr(isAnd ? CExpr::Kind::And : CExpr::Kind::Or, lhs->type,
                    expr.getRange());
  e->operands.push_back(std::move(lhs));
  e->operands.push_back(std::move(rhs));
  return makeBool(std::move(e));
}

/// `name := value`: assigns (declaring if needed) and yields the value.
CExprPtr BodyChecker::checkWalrus(const ast::WalrusExpr &expr) {
  CExprPtr value = checkValue(expr.getValue());
  if (!value) {
    declarePoisoned(expr.getName(), expr.getNameRange(),
                    /*functionScope=*/true);
    return nullptr;
  }
  if (!checkAssignableName(expr.getName(), expr.getNameRange()))
    return nullptr;
  LocalVar *local = lookupLocal(expr.getName());
  if (local) {
    value = convert(std::move(value), local->type, expr.getRange());
    if (!value)
      return nullptr;
  } else {
    value = materializeValue(std::move(value));
    if (!value)
      return nullptr;
    local = declareLocal(expr.getName(), value->type, expr.getNameRange(),
                         /*functionScope=*/true);
    implicitLocals.push_back(local);
  }
  uninitialized.erase(local);
  auto bind = makeExpr(CExpr::Kind::Bind, local->type, expr.getRange());
  bind->local = local;
  bind->operands.push_back(std::move(value));
  return bind;
}

CExprPtr BodyChecker::checkTernary(const ast::TernaryExpr &expr) {
  CExprPtr cond = makeCondition(checkValue(expr.getCondition()));
  CExprPtr thenValue = checkValue(expr.getThenValue());
  CExprPtr elseValue = checkValue(expr.getElseValue());
  if (!cond || !thenValue || !elseValue)
    return nullptr;
  if (thenValue->type != elseValue->type) {
    SourceRange elseRange = elseValue->range;
    if (conversionCost(elseValue->type, thenValue->type) > 0 &&
        thenValue->type != sema.getHookType("IntLiteral")) {
      elseValue = convert(std::move(elseValue), thenValue->type, elseRange);
    } else {
      thenValue = materializeValue(std::move(thenValue));
      if (!thenValue)
        return nullptr;
      elseValue = convert(materializeValue(std::move(elseValue)),
                          thenValue->type, elseRange);
    }
  } else {
    thenValue = materializeValue(std::move(thenValue));
    elseValue = materializeValue(std::move(elseValue));
  }
  if (!thenValue || !elseValue)
    return nullptr;
  // Either arm is the expression's value: a variable is copied into it.
  thenValue = ownedValue(std::move(thenValue));
  elseValue = ownedValue(std::move(elseValue));
  if (!thenValue || !elseValue)
    return nullptr;
  auto e = makeExpr(CExpr::Kind::Select, thenValue->type, expr.getRange());
  e->operands.push_back(std::move(cond));
  e->operands.push_back(std::move(thenValue));
  e->operands.push_back(std::move(elseValue));
  return e;
}
