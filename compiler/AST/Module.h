//===- Module.h - The root of one parsed file ------------------*- C++ -*-===//
//
// A Module is what the parser returns for one buffer: the top-level
// statements in source order, the declarations among them, the module
// docstring, and the ASTContext that owns every node.
//
//   for (DeclId id : module.getDecls())
//     if (auto *fn = llvm::dyn_cast<FuncDecl>(&module.getContext().get(id)))
//       ...
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_AST_MODULE_H
#define MOJOC_AST_MODULE_H

#include "compiler/AST/ASTContext.h"

#include <memory>

namespace mojo::ast {

class Module {
public:
  Module(std::unique_ptr<ASTContext> context, unsigned bufferId,
         SourceRange range, Block body, llvm::ArrayRef<DeclId> decls,
         llvm::StringRef docstring)
      : context(std::move(context)), bufferId(bufferId), range(range),
        body(body), decls(decls), docstring(docstring) {}

  const ASTContext &getContext() const { return *context; }
  unsigned getBufferId() const { return bufferId; }
  /// The whole buffer.
  SourceRange getRange() const { return range; }
  /// Every top-level statement in order; declarations appear as DeclStmt
  /// and VarStmt. The docstring statement is not included.
  Block getBody() const { return body; }
  /// The top-level declarations in order: functions, structs, traits,
  /// aliases, imports, and the VarDecls of global `var` statements.
  llvm::ArrayRef<DeclId> getDecls() const { return decls; }
  llvm::StringRef getDocstring() const { return docstring; }

private:
  std::unique_ptr<ASTContext> context;
  unsigned bufferId;
  SourceRange range;
  Block body;
  llvm::ArrayRef<DeclId> decls;
  llvm::StringRef docstring;
};

} // namespace mojo::ast

#endif
