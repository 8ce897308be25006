//===- Expr.cpp - Expression nodes: names, spellings, children ------------===//
#include "compiler/AST/Expr.h"

#include "llvm/Support/Casting.h"

using namespace mojo;
using namespace mojo::ast;

llvm::StringRef Expr::getKindName(Kind kind) {
  switch (kind) {
#define EXPR(Name)                                                             \
  case Kind::Name:                                                             \
    return #Name;
#include "compiler/AST/ExprNodes.def"
  }
  return "Expr";
}

llvm::StringRef ast::getSpelling(UnaryOp op) {
  switch (op) {
  case UnaryOp::Neg:
    return "-";
  case UnaryOp::Pos:
    return "+";
  case UnaryOp::Invert:
    return "~";
  }
  return "?";
}

llvm::StringRef ast::getSpelling(BinaryOp op) {
  static const char *const spellings[] = {"+",  "-",  "*", "@", "/",
                                          "//", "%",  "**", "<<", ">>",
                                          "&",  "^",  "|"};
  return spellings[unsigned(op)];
}

llvm::StringRef ast::getSpelling(CompareOp op) {
  static const char *const spellings[] = {"==", "!=", "<",  "<=",
                                          ">",  ">=", "in", "not in",
                                          "is", "is not"};
  return spellings[unsigned(op)];
}

llvm::StringRef ast::getSpelling(BoolOpKind op) {
  return op == BoolOpKind::And ? "and" : "or";
}

namespace {
void visitArgs(llvm::ArrayRef<Argument> args,
               llvm::function_ref<void(ExprId)> fn) {
  for (const Argument &arg : args)
    fn(arg.value);
}
void visitIfValid(ExprId id, llvm::function_ref<void(ExprId)> fn) {
  if (id)
    fn(id);
}
} // namespace

/// Children of the operator kinds; false if `expr` is not one of them.
static bool forEachOperatorChild(const Expr &expr,
                                 llvm::function_ref<void(ExprId)> fn) {
  using llvm::cast;
  switch (expr.getKind()) {
  case Expr::Kind::Unary:
    fn(cast<UnaryExpr>(expr).getOperand());
    return true;
  case Expr::Kind::Binary:
    fn(cast<BinaryExpr>(expr).getLHS());
    fn(cast<BinaryExpr>(expr).getRHS());
    return true;
  case Expr::Kind::Compare:
    for (ExprId operand : cast<CompareExpr>(expr).getOperands())
      fn(operand);
    return true;
  case Expr::Kind::BoolOp:
    fn(cast<BoolOpExpr>(expr).getLHS());
    fn(cast<BoolOpExpr>(expr).getRHS());
    return true;
  case Expr::Kind::Not:
    fn(cast<NotExpr>(expr).getOperand());
    return true;
  case Expr::Kind::Ternary:
    fn(cast<TernaryExpr>(expr).getThenValue());
    fn(cast<TernaryExpr>(expr).getCondition());
    fn(cast<TernaryExpr>(expr).getElseValue());
    return true;
  case Expr::Kind::Walrus:
    fn(cast<WalrusExpr>(expr).getValue());
    return true;
  case Expr::Kind::Unpack:
    fn(cast<UnpackExpr>(expr).getOperand());
    return true;
  case Expr::Kind::Await:
    fn(cast<AwaitExpr>(expr).getOperand());
    return true;
  default:
    return false;
  }
}

/// Children of the postfix, display and type kinds (leaves have none).
void ast::forEachChildExpr(const Expr &expr,
                           llvm::function_ref<void(ExprId)> fn) {
  using llvm::cast;
  if (forEachOperatorChild(expr, fn))
    return;
  switch (expr.getKind()) {
  case Expr::Kind::Member:
    return fn(cast<MemberExpr>(expr).getBase());
  case Expr::Kind::Call:
    fn(cast<CallExpr>(expr).getCallee());
    return visitArgs(cast<CallExpr>(expr).getArgs(), fn);
  case Expr::Kind::Subscript:
    fn(cast<SubscriptExpr>(expr).getBase());
    return visitArgs(cast<SubscriptExpr>(expr).getIndices(), fn);
  case Expr::Kind::Slice:
    visitIfValid(cast<SliceExpr>(expr).getLower(), fn);
    visitIfValid(cast<SliceExpr>(expr).getUpper(), fn);
    return visitIfValid(cast<SliceExpr>(expr).getStep(), fn);
  case Expr::Kind::Transfer:
    return fn(cast<TransferExpr>(expr).getOperand());
  case Expr::Kind::Tuple:
    for (ExprId element : cast<TupleExpr>(expr).getElements())
      fn(element);
    return;
  case Expr::Kind::ListDisplay:
    for (ExprId element : cast<ListDisplayExpr>(expr).getElements())
      fn(element);
    return;
  case Expr::Kind::FunctionType:
    for (ExprId origin :
         cast<FunctionTypeExpr>(expr).getEffects().captureOrigins)
      fn(origin);
    return visitIfValid(cast<FunctionTypeExpr>(expr).getResult(), fn);
  case Expr::Kind::RefType:
    for (ExprId origin : cast<RefTypeExpr>(expr).getOrigins())
      fn(origin);
    return fn(cast<RefTypeExpr>(expr).getType());
  default:
    return; // literals, names, errors
  }
}
