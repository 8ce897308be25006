//===- Stmt.h - Statement nodes --------------------------------*- C++ -*-===//
//
// Statement nodes. A block (the suite of a compound statement, or a function
// body) is an `ArrayRef<StmtId>`; it is not a node of its own. Declarations
// that appear among statements (a nested `fn`, an `alias`, an `import`) are
// wrapped in a DeclStmt; `var` statements are VarStmts that own one VarDecl
// per declared name.
//
// `elif` is not nested: an IfStmt holds a flat list of clauses (the `if`
// and each `elif`) and an optional `else` block.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_AST_STMT_H
#define MOJOC_AST_STMT_H

#include "compiler/AST/Expr.h"

namespace mojo::ast {

/// The statements of one suite, in order.
using Block = llvm::ArrayRef<StmtId>;

/// The number of Stmt kinds (size of per-kind tables).
constexpr unsigned kNumStmtKinds = 0
#define STMT(Name) +1
#include "compiler/AST/StmtNodes.def"
    ;

/// Base of every statement node.
class Stmt {
public:
  enum class Kind : uint8_t {
#define STMT(Name) Name,
#include "compiler/AST/StmtNodes.def"
  };
  using IdType = StmtId;

  Stmt(const Stmt &) = delete;
  Stmt &operator=(const Stmt &) = delete;

  Kind getKind() const { return kind; }
  StmtId getId() const { return id; }
  SourceRange getRange() const { return range; }
  SourceLoc getStartLoc() const { return range.Start; }
  SourceLoc getEndLoc() const { return range.End; }

  /// "ExprStmt", "IfStmt", ... as printed by the dumper.
  static llvm::StringRef getKindName(Kind kind);

protected:
  Stmt(Kind kind, SourceRange range) : kind(kind), range(range) {}

private:
  friend class ASTContext;
  Kind kind;
  StmtId id;
  SourceRange range;
};

//===-- Simple statements -------------------------------------------------===//

/// An expression evaluated for its effect.
class ExprStmt : public Stmt {
public:
  ExprStmt(SourceRange range, ExprId expr) : Stmt(Kind::Expr, range), expr(expr) {}
  ExprId getExpr() const { return expr; }
  MOJO_AST_CLASSOF(Stmt, Expr)

private:
  ExprId expr;
};

/// `t1 = t2 = value`: targets left to right (a Tuple target destructures).
class AssignStmt : public Stmt {
public:
  AssignStmt(SourceRange range, llvm::ArrayRef<ExprId> targets, ExprId value)
      : Stmt(Kind::Assign, range), targets(targets), value(value) {}
  llvm::ArrayRef<ExprId> getTargets() const { return targets; }
  ExprId getValue() const { return value; }
  MOJO_AST_CLASSOF(Stmt, Assign)

private:
  llvm::ArrayRef<ExprId> targets;
  ExprId value;
};

/// `target op= value`.
class AugAssignStmt : public Stmt {
public:
  AugAssignStmt(SourceRange range, BinaryOp op, SourceRange opRange,
                ExprId target, ExprId value)
      : Stmt(Kind::AugAssign, range), op(op), opRange(opRange),
        target(target), value(value) {}
  /// The underlying operator: `+=` gives BinaryOp::Add.
  BinaryOp getOp() const { return op; }
  SourceRange getOpRange() const { return opRange; }
  ExprId getTarget() const { return target; }
  ExprId getValue() const { return value; }
  MOJO_AST_CLASSOF(Stmt, AugAssign)

private:
  BinaryOp op;
  SourceRange opRange;
  ExprId target, value;
};

/// `var x: T = v`, `var c: String` (late init), `var a, b = t`. Each name
/// is a VarDecl (holding its annotation); the initializer, if any, is here.
class VarStmt : public Stmt {
public:
  VarStmt(SourceRange range, llvm::ArrayRef<DeclId> vars, ExprId init)
      : Stmt(Kind::Var, range), vars(vars), init(init) {}
  llvm::ArrayRef<DeclId> getVars() const { return vars; }
  ExprId getInit() const { return init; }
  MOJO_AST_CLASSOF(Stmt, Var)

private:
  llvm::ArrayRef<DeclId> vars;
  ExprId init;
};

/// A declaration in statement position: fn, def, struct, trait, alias,
/// import, from-import.
class DeclStmt : public Stmt {
public:
  DeclStmt(SourceRange range, DeclId decl) : Stmt(Kind::Decl, range), decl(decl) {}
  DeclId getDecl() const { return decl; }
  MOJO_AST_CLASSOF(Stmt, Decl)

private:
  DeclId decl;
};

/// `pass`.
class PassStmt : public Stmt {
public:
  explicit PassStmt(SourceRange range) : Stmt(Kind::Pass, range) {}
  MOJO_AST_CLASSOF(Stmt, Pass)
};

/// `...` alone on a line: a no-op, used as a body placeholder.
class EllipsisStmt : public Stmt {
public:
  explicit EllipsisStmt(SourceRange range) : Stmt(Kind::Ellipsis, range) {}
  MOJO_AST_CLASSOF(Stmt, Ellipsis)
};

/// `return` or `return value` (a bare `a, b` is a Tuple).
class ReturnStmt : public Stmt {
public:
  ReturnStmt(SourceRange range, ExprId value)
      : Stmt(Kind::Return, range), value(value) {}
  /// None for a bare `return`.
  ExprId getValue() const { return value; }
  MOJO_AST_CLASSOF(Stmt, Return)

private:
  ExprId value;
};

/// `break`.
class BreakStmt : public Stmt {
public:
  explicit BreakStmt(SourceRange range) : Stmt(Kind::Break, range) {}
  MOJO_AST_CLASSOF(Stmt, Break)
};

/// `continue`.
class ContinueStmt : public Stmt {
public:
  explicit ContinueStmt(SourceRange range) : Stmt(Kind::Continue, range) {}
  MOJO_AST_CLASSOF(Stmt, Continue)
};

/// `raise value` or a bare `raise` (re-raise inside `except`).
class RaiseStmt : public Stmt {
public:
  RaiseStmt(SourceRange range, ExprId value)
      : Stmt(Kind::Raise, range), value(value) {}
  ExprId getValue() const { return value; }
  MOJO_AST_CLASSOF(Stmt, Raise)

private:
  ExprId value;
};

//===-- Compound statements -----------------------------------------------===//

/// One `if cond: body` or `elif cond: body` arm of an IfStmt.
struct IfClause {
  ExprId condition;
  Block body;
  SourceRange range; ///< From the `if`/`elif` keyword to the end of the body.
};

/// `if c1: b1 elif c2: b2 ... else: e`. The `if` and every `elif` are
/// clauses of one node (clause 0 is the `if`), so a long `elif` chain is a
/// flat list rather than a deep tree. `@parameter` applies to the chain.
class IfStmt : public Stmt {
public:
  IfStmt(SourceRange range, llvm::ArrayRef<IfClause> clauses, bool hasElse,
         Block elseBody, bool isParameter)
      : Stmt(Kind::If, range), clauses(clauses), elseBody(elseBody),
        hasElseBlock(hasElse), parameter(isParameter) {}
  /// The `if` clause followed by the `elif` clauses; never empty.
  llvm::ArrayRef<IfClause> getClauses() const { return clauses; }
  ExprId getCondition() const { return clauses.front().condition; }
  Block getThen() const { return clauses.front().body; }
  bool hasElse() const { return hasElseBlock; }
  Block getElse() const { return elseBody; }
  /// `@parameter if`: evaluated at compile time.
  bool isParameter() const { return parameter; }
  MOJO_AST_CLASSOF(Stmt, If)

private:
  llvm::ArrayRef<IfClause> clauses;
  Block elseBody;
  bool hasElseBlock, parameter;
};

/// `while cond: body [else: else]`.
class WhileStmt : public Stmt {
public:
  WhileStmt(SourceRange range, ExprId condition, Block body, bool hasElse,
            Block elseBody)
      : Stmt(Kind::While, range), condition(condition), body(body),
        elseBody(elseBody), hasElseBlock(hasElse) {}
  ExprId getCondition() const { return condition; }
  Block getBody() const { return body; }
  bool hasElse() const { return hasElseBlock; }
  Block getElse() const { return elseBody; }
  MOJO_AST_CLASSOF(Stmt, While)

private:
  ExprId condition;
  Block body, elseBody;
  bool hasElseBlock;
};

/// `for target in iterable: body [else: else]`; the target is a Name, a
/// Tuple of targets, or any assignable expression.
class ForStmt : public Stmt {
public:
  ForStmt(SourceRange range, ExprId target, ExprId iterable, Block body,
          bool hasElse, Block elseBody, bool isParameter)
      : Stmt(Kind::For, range), target(target), iterable(iterable),
        body(body), elseBody(elseBody), hasElseBlock(hasElse),
        parameter(isParameter) {}
  ExprId getTarget() const { return target; }
  ExprId getIterable() const { return iterable; }
  Block getBody() const { return body; }
  bool hasElse() const { return hasElseBlock; }
  Block getElse() const { return elseBody; }
  /// `@parameter for`: unrolled at compile time.
  bool isParameter() const { return parameter; }
  MOJO_AST_CLASSOF(Stmt, For)

private:
  ExprId target, iterable;
  Block body, elseBody;
  bool hasElseBlock, parameter;
};

/// The single `except` clause of a `try`: `except:` or `except e:`.
struct ExceptClause {
  bool present = false;
  llvm::StringRef name; ///< Empty for a bare `except:`.
  SourceRange nameRange;
  Block body;
  SourceRange range; ///< From `except` to the end of its block.
};

/// `try: body except [e]: ... else: ... finally: ...`.
class TryStmt : public Stmt {
public:
  TryStmt(SourceRange range, Block body, ExceptClause handler, bool hasElse,
          Block elseBody, bool hasFinally, Block finallyBody)
      : Stmt(Kind::Try, range), body(body), handler(handler),
        elseBody(elseBody), finallyBody(finallyBody), hasElseBlock(hasElse),
        hasFinallyBlock(hasFinally) {}
  Block getBody() const { return body; }
  bool hasExcept() const { return handler.present; }
  const ExceptClause &getExcept() const { return handler; }
  bool hasElse() const { return hasElseBlock; }
  Block getElse() const { return elseBody; }
  bool hasFinally() const { return hasFinallyBlock; }
  Block getFinally() const { return finallyBody; }
  MOJO_AST_CLASSOF(Stmt, Try)

private:
  Block body;
  ExceptClause handler;
  Block elseBody, finallyBody;
  bool hasElseBlock, hasFinallyBlock;
};

/// One `context [as target]` of a `with`.
struct WithItem {
  ExprId context;
  ExprId target; ///< None without `as`.
  SourceRange range;
};

/// `with a as x, b: body`.
class WithStmt : public Stmt {
public:
  WithStmt(SourceRange range, llvm::ArrayRef<WithItem> items, Block body)
      : Stmt(Kind::With, range), items(items), body(body) {}
  llvm::ArrayRef<WithItem> getItems() const { return items; }
  Block getBody() const { return body; }
  MOJO_AST_CLASSOF(Stmt, With)

private:
  llvm::ArrayRef<WithItem> items;
  Block body;
};

/// Calls `onExpr` on each expression `stmt` holds directly (not those of
/// declarations: a nested function's body is its own) and `onBlock` on each
/// of its blocks, in source order.
void forEachStmtPart(const Stmt &stmt, llvm::function_ref<void(ExprId)> onExpr,
                     llvm::function_ref<void(Block)> onBlock);

/// A malformed statement; a diagnostic was already issued.
class ErrorStmt : public Stmt {
public:
  explicit ErrorStmt(SourceRange range) : Stmt(Kind::Error, range) {}
  MOJO_AST_CLASSOF(Stmt, Error)
};

} // namespace mojo::ast

#endif
