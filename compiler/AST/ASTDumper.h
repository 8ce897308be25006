//===- ASTDumper.h - Printing the AST as text ------------------*- C++ -*-===//
//
// `mojoc parse --dump-ast` output: one node per line, indented two spaces per
// depth, `Kind <line:col, line:col> attributes...`. The end position is the
// column of the node's last character. Optional children carry a role
// prefix (`type: Name <1:8, 1:10> Int`); keyword arguments are prefixed with
// their keyword (`sep= StringLiteral ...`). Blocks print as a `Block`
// (`Else`, `Finally`) line with the statements below; DeclStmts print as the
// declaration they hold. The format is stable: tests FileCheck it.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_AST_ASTDUMPER_H
#define MOJOC_AST_ASTDUMPER_H

#include "compiler/AST/Module.h"

#include "llvm/Support/raw_ostream.h"

namespace mojo {

/// Prints the whole module.
void dumpAST(const ast::Module &module, const SourceManager &sources,
             llvm::raw_ostream &os);

/// Prints one expression subtree (for debugging and unit tests).
void dumpExpr(const ast::ASTContext &ctx, ast::ExprId id,
              const SourceManager &sources, llvm::raw_ostream &os);

} // namespace mojo

#endif
