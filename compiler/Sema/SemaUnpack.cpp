//===- SemaUnpack.cpp - Unpacking a tuple into several targets -------------===//
//
//   a, b = value        tmp = value              (the whole right side first)
//   var a, b = value    a = move(tmp[0])         (or its bits, if trivial)
//                       b = move(tmp[1])
//
// The right side is evaluated completely into a temporary before any
// target is written, which is what makes `a, b = b, a` a swap: the tuple
// `(b, a)` holds copies of both values when `a` is assigned. Each element
// is then moved out of the temporary; the ownership pass follows the moved
// elements like moved fields, so nothing is left in it to destroy. A target
// may itself be a tuple of targets (`(a, b), c = ...`). A `for` loop's
// targets unpack each element the same way (`for a, b in pairs`).
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

bool BodyChecker::unpackTuple(CExprPtr value, size_t count,
                              SourceRange valueRange, SourceRange stmtRange,
                              CBlock &out, std::vector<CExprPtr> &elements) {
  if (!value)
    return false;
  auto *tuple = llvm::dyn_cast<TupleType>(value->type);
  if (!tuple) {
    if (!llvm::isa<ErrorType>(value->type))
      diags.report(valueRange, DiagID::err_unpack_not_tuple)
          << getTypeName(sema.materialize(value->type)) << unsigned(count);
    return false;
  }
  size_t size = tuple->getElements().size();
  if (size != count) {
    diags.report(valueRange, DiagID::err_unpack_count)
        << getTypeName(tuple) << unsigned(size) << unsigned(count);
    return false;
  }
  value = ownedValue(std::move(value));
  if (!value)
    return false;
  LocalVar *whole = newTemporary(tuple, stmtRange);
  auto init = makeStmt(CStmt::Kind::Init, stmtRange);
  init->local = whole;
  init->value = std::move(value);
  out.push_back(std::move(init));
  for (unsigned i = 0; i < size; ++i) {
    CExprPtr element =
        makeFieldRef(makeLocalRef(whole, valueRange), i, valueRange);
    if (!sema.isTrivial(element->type))
      element = moveValue(std::move(element), valueRange);
    if (!element)
      return false;
    elements.push_back(std::move(element));
  }
  return true;
}

void BodyChecker::assignToTuple(const ast::TupleExpr &targets, CExprPtr value,
                                SourceRange valueRange, SourceRange stmtRange,
                                CBlock &out) {
  llvm::ArrayRef<ast::ExprId> ids = targets.getElements();
  std::vector<CExprPtr> elements;
  if (!unpackTuple(std::move(value), ids.size(), valueRange, stmtRange, out,
                   elements)) {
    for (ast::ExprId id : ids) {
      poisonTarget(id);
      markAssigned(id);
    }
    return;
  }
  for (size_t i = 0; i < ids.size(); ++i)
    assignTo(ids[i], std::move(elements[i]), valueRange, stmtRange, out);
}

/// `var a, b = value`: each name is a new variable of its element's type.
void BodyChecker::checkVarUnpack(const ast::VarStmt &stmt, CBlock &out) {
  llvm::ArrayRef<ast::DeclId> vars = stmt.getVars();
  std::vector<CExprPtr> elements;
  bool ok = false;
  // An annotation on several names was reported by the parser.
  if (!stmt.getInit()) {
    for (ast::DeclId id : vars) {
      const auto &var = ast.getAs<ast::VarDecl>(id);
      if (!var.getType())
        diags.report(var.getNameRange(), DiagID::err_cannot_infer_type)
            << var.getName();
    }
  } else {
    SourceRange valueRange = ast.get(stmt.getInit()).getRange();
    ok = unpackTuple(checkValue(stmt.getInit()), vars.size(), valueRange,
                     stmt.getRange(), out, elements);
  }
  for (size_t i = 0; i < vars.size(); ++i) {
    const auto &var = ast.getAs<ast::VarDecl>(vars[i]);
    if (!ok) {
      declarePoisoned(var.getName(), var.getNameRange());
      continue;
    }
    LocalVar *local = declareVar(var, elements[i]->type);
    auto s = makeStmt(CStmt::Kind::Init, stmt.getRange());
    s->local = local;
    s->value = std::move(elements[i]);
    out.push_back(std::move(s));
  }
}

bool BodyChecker::isLoopTarget(ast::ExprId target) {
  const ast::Expr &expr = ast.get(target);
  if (auto *tuple = llvm::dyn_cast<ast::TupleExpr>(&expr))
    return llvm::all_of(tuple->getElements(),
                        [&](ast::ExprId id) { return isLoopTarget(id); });
  return llvm::isa<ast::NameExpr>(expr);
}

void BodyChecker::bindLoopTarget(ast::ExprId target, CExprPtr value,
                                 SourceRange valueRange, CBlock &out) {
  const ast::Expr &expr = ast.get(target);
  if (auto *name = llvm::dyn_cast<ast::NameExpr>(&expr)) {
    LocalVar *var = declareLocal(name->getName(), value->type, expr.getRange());
    auto bind = makeStmt(CStmt::Kind::Init, expr.getRange());
    bind->local = var;
    bind->value = std::move(value);
    out.push_back(std::move(bind));
    return;
  }
  llvm::ArrayRef<ast::ExprId> ids =
      llvm::cast<ast::TupleExpr>(expr).getElements();
  std::vector<CExprPtr> elements;
  if (!unpackTuple(std::move(value), ids.size(), valueRange, expr.getRange(),
                   out, elements)) {
    for (ast::ExprId id : ids)
      poisonTarget(id);
    return;
  }
  for (size_t i = 0; i < ids.size(); ++i)
    bindLoopTarget(ids[i], std::move(elements[i]), valueRange, out);
}
