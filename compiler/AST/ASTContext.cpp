//===- ASTContext.cpp - Storage for one module's AST ----------------------===//
#include "compiler/AST/ASTContext.h"

using namespace mojo;
using namespace mojo::ast;

ExprId ASTContext::registerNode(Expr *node) {
  node->id = ExprId(exprs.size());
  exprs.push_back(node);
  ++exprCounts[unsigned(node->getKind())];
  return node->id;
}

StmtId ASTContext::registerNode(Stmt *node) {
  node->id = StmtId(stmts.size());
  stmts.push_back(node);
  ++stmtCounts[unsigned(node->getKind())];
  return node->id;
}

DeclId ASTContext::registerNode(Decl *node) {
  node->id = DeclId(decls.size());
  decls.push_back(node);
  ++declCounts[unsigned(node->getKind())];
  return node->id;
}

llvm::StringRef ASTContext::intern(llvm::StringRef name) {
  return identifiers.insert(name).first->getKey();
}

llvm::StringRef ASTContext::copyString(llvm::StringRef text) {
  if (text.empty())
    return llvm::StringRef("", 0);
  char *mem = arena.Allocate<char>(text.size());
  std::copy(text.begin(), text.end(), mem);
  return llvm::StringRef(mem, text.size());
}
