//===- ASTDumperImpl.h - The AST dumper's walker (private) -----*- C++ -*-===//
//
// Shared by ASTDumper.cpp (expressions) and ASTDumpDecl.cpp (statements and
// declarations). See ASTDumper.h for the format.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_AST_ASTDUMPERIMPL_H
#define MOJOC_AST_ASTDUMPERIMPL_H

#include "compiler/AST/ASTDumper.h"

namespace mojo::ast {

class Dumper {
public:
  Dumper(const ASTContext &ctx, const SourceManager &sources,
         llvm::raw_ostream &os)
      : ctx(ctx), sources(sources), os(os) {}

  /// One more level of indentation for its lifetime.
  class Indent {
  public:
    explicit Indent(Dumper &d) : d(d) { ++d.depth; }
    ~Indent() { --d.depth; }

  private:
    Dumper &d;
  };

  void expr(ExprId id, llvm::StringRef role = "");
  void stmt(StmtId id);
  void decl(DeclId id);
  void quoted(llvm::StringRef text);

private:
  // Lines and attributes (ASTDumper.cpp).
  void position(SourceLoc loc);
  void range(SourceRange r);
  llvm::raw_ostream &line(llvm::StringRef role, llvm::StringRef kind,
                          SourceRange r);
  void label(llvm::StringRef text);
  void block(llvm::StringRef name, Block body);
  void args(llvm::ArrayRef<Argument> arguments);
  void optional(ExprId id, llvm::StringRef role);
  bool leafAttributes(const Expr &e);
  void operatorAttributes(const Expr &e);
  void effects(const FunctionEffects &fx);
  void exprChildren(const Expr &e);

  // Statements and declarations (ASTDumpDecl.cpp).
  void simpleStmt(const Stmt &s);
  void compoundStmt(const Stmt &s);
  void ifStmt(const IfStmt &s);
  void tryStmt(const TryStmt &s);
  void params(llvm::StringRef name, llvm::ArrayRef<DeclId> list);
  void paramList(llvm::StringRef name, const ParamList &list);
  void decorators(llvm::ArrayRef<Decorator> list);
  void docstring(llvm::StringRef text);
  void funcDecl(const FuncDecl &f);
  void typeDecl(const Decl &d);
  void paramDecl(const ParamDecl &p);
  void importDecl(const Decl &d);

  const ASTContext &ctx;
  const SourceManager &sources;
  llvm::raw_ostream &os;
  unsigned depth = 0;
};

} // namespace mojo::ast

#endif
