//===- SemaErrorNodes.cpp - Failed expressions kept in the tree -----------===//
//
// Inside the checker a failed expression is null: every check returns null
// once something was reported, and its callers give up quietly, which is
// how errors do not cascade. At the few places that build statements and
// calls, a null becomes an Error node, so a client walking the checked tree
// of a file with errors (an editor, `--emit=typed`) finds every statement
// and every argument that checked:
//
//   f(1, undefined_name, 3)   ->   <error>(1, <error>, 3)
//   var x = undefined_name    ->   var x: <error> = <error>
//
// An Error node is never reported: it stands for a diagnostic already
// emitted. An instance holding one is marked `bodyOk = false`, and its
// ownership is not checked (it would only repeat the error); the driver
// stops at errors before IRGen, which asserts it.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

CExprPtr BodyChecker::makeErrorExpr(SourceRange range, ast::ExprId origin,
                                    std::vector<CExprPtr> parts) {
  auto e = makeExpr(CExpr::Kind::Error, types.getErrorType(), range);
  e->origin = origin;
  for (CExprPtr &part : parts)
    if (part)
      e->operands.push_back(std::move(part));
  instance.bodyOk = false;
  return e;
}

CExprPtr BodyChecker::takeFailure(ast::ExprId id) {
  CExprPtr left = std::move(failure);
  // What a nested check left is only this expression's when it was made
  // for it (`g(f(1, x))` fails in `f(...)`; `f(1, x) + 2` in the sum).
  if (left && left->origin == id)
    return left;
  return makeErrorExpr(ast.get(id).getRange(), id);
}

Entity BodyChecker::failedCall(SourceRange range, std::vector<CExprPtr> args) {
  // checkEntity gives it the call's origin; checkValue moves it to
  // `failure`, for the statement or call around it to take.
  Entity e = Entity::error(range);
  e.value = makeErrorExpr(range, ast::ExprId(), std::move(args));
  return e;
}

void BodyChecker::keepFailedAssign(ast::ExprId targetId, CExprPtr target,
                                   CExprPtr value, SourceRange valueRange,
                                   SourceRange stmtRange, CBlock &out) {
  auto s = makeStmt(CStmt::Kind::Assign, stmtRange);
  std::vector<CExprPtr> targetParts;
  targetParts.push_back(std::move(target));
  s->target = makeErrorExpr(ast.get(targetId).getRange(), targetId,
                            std::move(targetParts));
  // A value that checked but did not fit the target is kept as the part
  // of an Error node, so that the Assign is of Error nodes only.
  if (!value || value->kind != CExpr::Kind::Error) {
    std::vector<CExprPtr> valueParts;
    valueParts.push_back(std::move(value));
    value = makeErrorExpr(valueRange, ast::ExprId(), std::move(valueParts));
  }
  s->value = std::move(value);
  out.push_back(std::move(s));
}
