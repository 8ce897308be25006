//===- ASTContext.h - Storage for one module's AST -------------*- C++ -*-===//
//
// The ASTContext owns every node of one module: the nodes themselves live in
// a bump-pointer arena, and three tables map ExprId / StmtId / DeclId to
// them. Child lists and decoded strings are copied into the same arena;
// identifiers are interned so equal names share storage. Nodes are never
// freed individually and must be trivially destructible.
//
//   ExprId id = ctx.create<NameExpr>(range, ctx.intern("x"));
//   if (auto *call = llvm::dyn_cast<CallExpr>(&ctx.get(id))) ...
//   std::vector<TypeId> typeOf(ctx.getNumExprs());   // a Sema side table
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_AST_ASTCONTEXT_H
#define MOJOC_AST_ASTCONTEXT_H

#include "compiler/AST/Decl.h"
#include "compiler/AST/Expr.h"
#include "compiler/AST/Stmt.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/Casting.h"

#include <array>
#include <cassert>
#include <type_traits>
#include <vector>

namespace mojo::ast {

class ASTContext {
public:
  ASTContext() = default;
  ASTContext(const ASTContext &) = delete;
  ASTContext &operator=(const ASTContext &) = delete;

  /// Allocates a node of class `NodeT` in the arena, registers it in its
  /// table and returns its id.
  template <typename NodeT, typename... Args>
  typename NodeT::IdType create(Args &&...args) {
    static_assert(std::is_trivially_destructible<NodeT>::value,
                  "AST nodes are never destroyed");
    void *mem = arena.Allocate(sizeof(NodeT), alignof(NodeT));
    auto *node = new (mem) NodeT(std::forward<Args>(args)...);
    return registerNode(node);
  }

  const Expr &get(ExprId id) const {
    assert(id.isValid() && id.getIndex() < exprs.size() && "bad ExprId");
    return *exprs[id.getIndex()];
  }
  const Stmt &get(StmtId id) const {
    assert(id.isValid() && id.getIndex() < stmts.size() && "bad StmtId");
    return *stmts[id.getIndex()];
  }
  const Decl &get(DeclId id) const {
    assert(id.isValid() && id.getIndex() < decls.size() && "bad DeclId");
    return *decls[id.getIndex()];
  }
  /// `get` followed by `llvm::cast<NodeT>`.
  template <typename NodeT>
  const NodeT &getAs(typename NodeT::IdType id) const {
    return llvm::cast<NodeT>(get(id));
  }

  /// The number of nodes of each table: side tables indexed by
  /// `id.getIndex()` need this many entries.
  unsigned getNumExprs() const { return exprs.size(); }
  unsigned getNumStmts() const { return stmts.size(); }
  unsigned getNumDecls() const { return decls.size(); }
  /// The number of nodes of one kind.
  unsigned getCount(Expr::Kind kind) const { return exprCounts[unsigned(kind)]; }
  unsigned getCount(Stmt::Kind kind) const { return stmtCounts[unsigned(kind)]; }
  unsigned getCount(Decl::Kind kind) const { return declCounts[unsigned(kind)]; }

  /// Returns the unique copy of `name`; equal names give equal pointers.
  llvm::StringRef intern(llvm::StringRef name);
  /// Copies arbitrary text (a decoded string literal) into the arena.
  llvm::StringRef copyString(llvm::StringRef text);
  /// Copies a list of trivially copyable values into the arena.
  template <typename T> llvm::ArrayRef<T> copyArray(llvm::ArrayRef<T> items) {
    static_assert(std::is_trivially_destructible<T>::value,
                  "arena arrays are never destroyed");
    if (items.empty())
      return {};
    T *mem = arena.Allocate<T>(items.size());
    std::uninitialized_copy(items.begin(), items.end(), mem);
    return llvm::ArrayRef<T>(mem, items.size());
  }

  /// Bytes held by the arena (for statistics).
  size_t getMemoryUsed() const { return arena.getTotalMemory(); }

private:
  ExprId registerNode(Expr *node);
  StmtId registerNode(Stmt *node);
  DeclId registerNode(Decl *node);

  llvm::BumpPtrAllocator arena;
  llvm::StringSet<> identifiers;
  std::vector<Expr *> exprs;
  std::vector<Stmt *> stmts;
  std::vector<Decl *> decls;
  std::array<unsigned, kNumExprKinds> exprCounts{};
  std::array<unsigned, kNumStmtKinds> stmtCounts{};
  std::array<unsigned, kNumDeclKinds> declCounts{};
};

} // namespace mojo::ast

#endif
