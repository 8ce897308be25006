//===- Stmt.cpp - Statement nodes -----------------------------------------===//
#include "compiler/AST/Stmt.h"

using namespace mojo;
using namespace mojo::ast;

llvm::StringRef Stmt::getKindName(Kind kind) {
  switch (kind) {
#define STMT(Name)                                                             \
  case Kind::Name:                                                             \
    return #Name "Stmt";
#include "compiler/AST/StmtNodes.def"
  }
  return "Stmt";
}

void ast::forEachStmtPart(const Stmt &stmt,
                          llvm::function_ref<void(ExprId)> onExpr,
                          llvm::function_ref<void(Block)> onBlock) {
  auto expr = [&](ExprId id) {
    if (id)
      onExpr(id);
  };
  switch (stmt.getKind()) {
  case Stmt::Kind::Expr:
    return expr(llvm::cast<ExprStmt>(stmt).getExpr());
  case Stmt::Kind::Assign: {
    const auto &assign = llvm::cast<AssignStmt>(stmt);
    for (ExprId target : assign.getTargets())
      expr(target);
    return expr(assign.getValue());
  }
  case Stmt::Kind::AugAssign: {
    const auto &assign = llvm::cast<AugAssignStmt>(stmt);
    expr(assign.getTarget());
    return expr(assign.getValue());
  }
  case Stmt::Kind::Var:
    return expr(llvm::cast<VarStmt>(stmt).getInit());
  case Stmt::Kind::Return:
    return expr(llvm::cast<ReturnStmt>(stmt).getValue());
  case Stmt::Kind::Raise:
    return expr(llvm::cast<RaiseStmt>(stmt).getValue());
  case Stmt::Kind::If: {
    const auto &ifStmt = llvm::cast<IfStmt>(stmt);
    for (const IfClause &clause : ifStmt.getClauses()) {
      expr(clause.condition);
      onBlock(clause.body);
    }
    return onBlock(ifStmt.getElse());
  }
  case Stmt::Kind::While: {
    const auto &loop = llvm::cast<WhileStmt>(stmt);
    expr(loop.getCondition());
    onBlock(loop.getBody());
    return onBlock(loop.getElse());
  }
  case Stmt::Kind::For: {
    const auto &loop = llvm::cast<ForStmt>(stmt);
    expr(loop.getTarget());
    expr(loop.getIterable());
    onBlock(loop.getBody());
    return onBlock(loop.getElse());
  }
  case Stmt::Kind::Try: {
    const auto &tryStmt = llvm::cast<TryStmt>(stmt);
    onBlock(tryStmt.getBody());
    onBlock(tryStmt.getExcept().body);
    onBlock(tryStmt.getElse());
    return onBlock(tryStmt.getFinally());
  }
  case Stmt::Kind::With: {
    const auto &with = llvm::cast<WithStmt>(stmt);
    for (const WithItem &item : with.getItems()) {
      expr(item.context);
      expr(item.target);
    }
    return onBlock(with.getBody());
  }
  case Stmt::Kind::Decl:
  case Stmt::Kind::Pass:
  case Stmt::Kind::Ellipsis:
  case Stmt::Kind::Break:
  case Stmt::Kind::Continue:
  case Stmt::Kind::Error:
    return;
  }
}
