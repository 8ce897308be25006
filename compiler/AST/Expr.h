//===- Expr.h - Expression nodes -------------------------------*- C++ -*-===//
//
// Expression nodes, types included: in Mojo `List[Int]` or
// `SIMD[DType.float32, 4]` is an ordinary expression, so annotations are
// ExprIds. Nodes are allocated by an ASTContext, refer to their children by
// id, and are immutable once built. Parentheses are not nodes; the range of
// a node never includes the parentheses around it (the enclosing node's
// range does).
//
// Use LLVM-style RTTI: `llvm::dyn_cast<CallExpr>(ctx.get(id))`.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_AST_EXPR_H
#define MOJOC_AST_EXPR_H

#include "compiler/AST/Ids.h"
#include "compiler/Basic/SourceManager.h"

#include "llvm/ADT/APInt.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

namespace mojo::ast {

class ASTContext;

/// The maximum depth of an expression tree the parser builds. Deeper input is
/// diagnosed, so recursive walkers in later phases stay within the stack.
constexpr unsigned kMaxExprDepth = 1000;

/// The number of Expr kinds (size of per-kind tables).
constexpr unsigned kNumExprKinds = 0
#define EXPR(Name) +1
#include "compiler/AST/ExprNodes.def"
    ;

/// Base of every expression node.
class Expr {
public:
  enum class Kind : uint8_t {
#define EXPR(Name) Name,
#include "compiler/AST/ExprNodes.def"
  };
  using IdType = ExprId;

  Expr(const Expr &) = delete;
  Expr &operator=(const Expr &) = delete;

  Kind getKind() const { return kind; }
  ExprId getId() const { return id; }
  /// From the first character of the first token to the end of the last one.
  SourceRange getRange() const { return range; }
  SourceLoc getStartLoc() const { return range.Start; }
  SourceLoc getEndLoc() const { return range.End; }

  /// "Call", "Binary", ... as printed by the dumper.
  static llvm::StringRef getKindName(Kind kind);

protected:
  Expr(Kind kind, SourceRange range) : kind(kind), range(range) {}

private:
  friend class ASTContext;
  Kind kind;
  ExprId id;
  SourceRange range;
};

/// Defines `classof` for a concrete node class of the given kind.
#define MOJO_AST_CLASSOF(Base, Name)                                         \
  static bool classof(const Base *node) {                                    \
    return node->getKind() == Base::Kind::Name;                               \
  }

//===-- Operators ---------------------------------------------------------===//

enum class UnaryOp : uint8_t { Neg, Pos, Invert };
enum class BinaryOp : uint8_t {
  Add, Sub, Mul, MatMul, Div, FloorDiv, Mod, Pow,
  LShift, RShift, BitAnd, BitXor, BitOr
};
enum class CompareOp : uint8_t { Eq, Ne, Lt, Le, Gt, Ge, In, NotIn, Is, IsNot };
enum class BoolOpKind : uint8_t { And, Or };

/// Source spellings: "-", "**", "not in", "and".
llvm::StringRef getSpelling(UnaryOp op);
llvm::StringRef getSpelling(BinaryOp op);
llvm::StringRef getSpelling(CompareOp op);
llvm::StringRef getSpelling(BoolOpKind op);

/// One entry of a call or subscript: `value` or `keyword=value`.
struct Argument {
  llvm::StringRef keyword; ///< Empty for a positional argument.
  SourceRange keywordRange;
  ExprId value;
  SourceRange range; ///< The whole entry, keyword included.

  bool hasKeyword() const { return !keyword.empty(); }
};

//===-- Literals ----------------------------------------------------------===//

/// `42`, `0xFF_FF`: the token text and the exact value.
class IntegerLiteralExpr : public Expr {
public:
  IntegerLiteralExpr(SourceRange range, llvm::StringRef text,
                     unsigned bitWidth, llvm::ArrayRef<uint64_t> words)
      : Expr(Kind::IntegerLiteral, range), text(text), bitWidth(bitWidth),
        words(words) {}
  llvm::StringRef getText() const { return text; }
  /// The value, unsigned, as wide as it needs to be.
  llvm::APInt getValue() const { return llvm::APInt(bitWidth, words); }
  MOJO_AST_CLASSOF(Expr, IntegerLiteral)

private:
  llvm::StringRef text;
  unsigned bitWidth;
  llvm::ArrayRef<uint64_t> words;
};

/// `3.5`, `1e-9`: the token text (for exact re-parsing) and its double value.
class FloatLiteralExpr : public Expr {
public:
  FloatLiteralExpr(SourceRange range, llvm::StringRef text, double value)
      : Expr(Kind::FloatLiteral, range), text(text), value(value) {}
  llvm::StringRef getText() const { return text; }
  double getValue() const { return value; }
  MOJO_AST_CLASSOF(Expr, FloatLiteral)

private:
  llvm::StringRef text;
  double value;
};

/// One or more adjacent string literals, escapes decoded and concatenated.
class StringLiteralExpr : public Expr {
public:
  StringLiteralExpr(SourceRange range, llvm::StringRef value,
                    unsigned numPieces)
      : Expr(Kind::StringLiteral, range), value(value), numPieces(numPieces) {}
  llvm::StringRef getValue() const { return value; }
  /// How many literal tokens were concatenated (1 for a plain literal).
  unsigned getNumPieces() const { return numPieces; }
  MOJO_AST_CLASSOF(Expr, StringLiteral)

private:
  llvm::StringRef value;
  unsigned numPieces;
};

/// `True` / `False`.
class BoolLiteralExpr : public Expr {
public:
  BoolLiteralExpr(SourceRange range, bool value)
      : Expr(Kind::BoolLiteral, range), value(value) {}
  bool getValue() const { return value; }
  MOJO_AST_CLASSOF(Expr, BoolLiteral)

private:
  bool value;
};

/// `None`.
class NoneLiteralExpr : public Expr {
public:
  explicit NoneLiteralExpr(SourceRange range) : Expr(Kind::NoneLiteral, range) {}
  MOJO_AST_CLASSOF(Expr, NoneLiteral)
};

/// `...` in expression position.
class EllipsisExpr : public Expr {
public:
  explicit EllipsisExpr(SourceRange range) : Expr(Kind::Ellipsis, range) {}
  MOJO_AST_CLASSOF(Expr, Ellipsis)
};

//===-- Names and postfix forms -------------------------------------------===//

/// A use of a name. Backtick names are stored without their backticks.
class NameExpr : public Expr {
public:
  NameExpr(SourceRange range, llvm::StringRef name)
      : Expr(Kind::Name, range), name(name) {}
  llvm::StringRef getName() const { return name; }
  MOJO_AST_CLASSOF(Expr, Name)

private:
  llvm::StringRef name;
};

/// `base.name` (`__mlir_op.`index.add`` has the name "index.add").
class MemberExpr : public Expr {
public:
  MemberExpr(SourceRange range, ExprId base, llvm::StringRef name,
             SourceRange nameRange)
      : Expr(Kind::Member, range), base(base), name(name),
        nameRange(nameRange) {}
  ExprId getBase() const { return base; }
  llvm::StringRef getName() const { return name; }
  SourceRange getNameRange() const { return nameRange; }
  MOJO_AST_CLASSOF(Expr, Member)

private:
  ExprId base;
  llvm::StringRef name;
  SourceRange nameRange;
};

/// `callee(args)`. `f[p](a)` is a Call whose callee is a Subscript.
class CallExpr : public Expr {
public:
  CallExpr(SourceRange range, ExprId callee, llvm::ArrayRef<Argument> args)
      : Expr(Kind::Call, range), callee(callee), args(args) {}
  ExprId getCallee() const { return callee; }
  llvm::ArrayRef<Argument> getArgs() const { return args; }
  MOJO_AST_CLASSOF(Expr, Call)

private:
  ExprId callee;
  llvm::ArrayRef<Argument> args;
};

/// `base[i, j, k=v]`, `base[a:b]`, `base[]` (no indices). Compile-time
/// parameter binding (`List[Int]`) has the same shape.
class SubscriptExpr : public Expr {
public:
  SubscriptExpr(SourceRange range, ExprId base,
                llvm::ArrayRef<Argument> indices)
      : Expr(Kind::Subscript, range), base(base), indices(indices) {}
  ExprId getBase() const { return base; }
  llvm::ArrayRef<Argument> getIndices() const { return indices; }
  MOJO_AST_CLASSOF(Expr, Subscript)

private:
  ExprId base;
  llvm::ArrayRef<Argument> indices;
};

/// `lower:upper:step` as a subscript index; every part is optional.
class SliceExpr : public Expr {
public:
  SliceExpr(SourceRange range, ExprId lower, ExprId upper, ExprId step)
      : Expr(Kind::Slice, range), lower(lower), upper(upper), step(step) {}
  ExprId getLower() const { return lower; }
  ExprId getUpper() const { return upper; }
  ExprId getStep() const { return step; }
  MOJO_AST_CLASSOF(Expr, Slice)

private:
  ExprId lower, upper, step;
};

/// Postfix `x^`: ends `x`'s lifetime and yields an owned value.
class TransferExpr : public Expr {
public:
  TransferExpr(SourceRange range, ExprId operand)
      : Expr(Kind::Transfer, range), operand(operand) {}
  ExprId getOperand() const { return operand; }
  MOJO_AST_CLASSOF(Expr, Transfer)

private:
  ExprId operand;
};

//===-- Operators ---------------------------------------------------------===//

/// `-x`, `+x`, `~x`.
class UnaryExpr : public Expr {
public:
  UnaryExpr(SourceRange range, UnaryOp op, ExprId operand)
      : Expr(Kind::Unary, range), op(op), operand(operand) {}
  UnaryOp getOp() const { return op; }
  ExprId getOperand() const { return operand; }
  MOJO_AST_CLASSOF(Expr, Unary)

private:
  UnaryOp op;
  ExprId operand;
};

/// `lhs op rhs` for arithmetic, bitwise and shift operators.
class BinaryExpr : public Expr {
public:
  BinaryExpr(SourceRange range, BinaryOp op, SourceRange opRange, ExprId lhs,
             ExprId rhs)
      : Expr(Kind::Binary, range), op(op), opRange(opRange), lhs(lhs),
        rhs(rhs) {}
  BinaryOp getOp() const { return op; }
  SourceRange getOpRange() const { return opRange; }
  ExprId getLHS() const { return lhs; }
  ExprId getRHS() const { return rhs; }
  MOJO_AST_CLASSOF(Expr, Binary)

private:
  BinaryOp op;
  SourceRange opRange;
  ExprId lhs, rhs;
};

/// One operator of a comparison chain, with its spelling's range.
struct CompareOperator {
  CompareOp op;
  SourceRange range;
};

/// `a < b <= c`: N+1 operands and N operators; means `a < b and b <= c`
/// with each middle operand evaluated once.
class CompareExpr : public Expr {
public:
  CompareExpr(SourceRange range, llvm::ArrayRef<ExprId> operands,
              llvm::ArrayRef<CompareOperator> ops)
      : Expr(Kind::Compare, range), operands(operands), ops(ops) {}
  llvm::ArrayRef<ExprId> getOperands() const { return operands; }
  llvm::ArrayRef<CompareOperator> getOps() const { return ops; }
  MOJO_AST_CLASSOF(Expr, Compare)

private:
  llvm::ArrayRef<ExprId> operands;
  llvm::ArrayRef<CompareOperator> ops;
};

/// `lhs and rhs`, `lhs or rhs` (short-circuit; left-associative).
class BoolOpExpr : public Expr {
public:
  BoolOpExpr(SourceRange range, BoolOpKind op, ExprId lhs, ExprId rhs)
      : Expr(Kind::BoolOp, range), op(op), lhs(lhs), rhs(rhs) {}
  BoolOpKind getOp() const { return op; }
  ExprId getLHS() const { return lhs; }
  ExprId getRHS() const { return rhs; }
  MOJO_AST_CLASSOF(Expr, BoolOp)

private:
  BoolOpKind op;
  ExprId lhs, rhs;
};

/// `not x`.
class NotExpr : public Expr {
public:
  NotExpr(SourceRange range, ExprId operand)
      : Expr(Kind::Not, range), operand(operand) {}
  ExprId getOperand() const { return operand; }
  MOJO_AST_CLASSOF(Expr, Not)

private:
  ExprId operand;
};

/// `thenValue if condition else elseValue`.
class TernaryExpr : public Expr {
public:
  TernaryExpr(SourceRange range, ExprId thenValue, ExprId condition,
              ExprId elseValue)
      : Expr(Kind::Ternary, range), thenValue(thenValue),
        condition(condition), elseValue(elseValue) {}
  ExprId getThenValue() const { return thenValue; }
  ExprId getCondition() const { return condition; }
  ExprId getElseValue() const { return elseValue; }
  MOJO_AST_CLASSOF(Expr, Ternary)

private:
  ExprId thenValue, condition, elseValue;
};

/// `name := value`.
class WalrusExpr : public Expr {
public:
  WalrusExpr(SourceRange range, llvm::StringRef name, SourceRange nameRange,
             ExprId value)
      : Expr(Kind::Walrus, range), name(name), nameRange(nameRange),
        value(value) {}
  llvm::StringRef getName() const { return name; }
  SourceRange getNameRange() const { return nameRange; }
  ExprId getValue() const { return value; }
  MOJO_AST_CLASSOF(Expr, Walrus)

private:
  llvm::StringRef name;
  SourceRange nameRange;
  ExprId value;
};

/// `*x` or `**x`, only as an argument, subscript index or parameter type:
/// `Tuple[*Ts]`, `SIMD[*_]`, `Grid[**_]`, `*args: *Ts`.
class UnpackExpr : public Expr {
public:
  UnpackExpr(SourceRange range, ExprId operand, bool doubleStar)
      : Expr(Kind::Unpack, range), operand(operand), doubleStar(doubleStar) {}
  ExprId getOperand() const { return operand; }
  /// True for `**x`.
  bool isDoubleStar() const { return doubleStar; }
  MOJO_AST_CLASSOF(Expr, Unpack)

private:
  ExprId operand;
  bool doubleStar;
};

/// `await x`.
class AwaitExpr : public Expr {
public:
  AwaitExpr(SourceRange range, ExprId operand)
      : Expr(Kind::Await, range), operand(operand) {}
  ExprId getOperand() const { return operand; }
  MOJO_AST_CLASSOF(Expr, Await)

private:
  ExprId operand;
};

//===-- Displays ----------------------------------------------------------===//

/// `()`, `(a,)`, `(a, b)`, or unparenthesized `a, b` where a list is allowed.
/// In type position `(Int, String)` means `Tuple[Int, String]`.
class TupleExpr : public Expr {
public:
  TupleExpr(SourceRange range, llvm::ArrayRef<ExprId> elements,
            bool parenthesized)
      : Expr(Kind::Tuple, range), elements(elements),
        parenthesized(parenthesized) {}
  llvm::ArrayRef<ExprId> getElements() const { return elements; }
  bool isParenthesized() const { return parenthesized; }
  MOJO_AST_CLASSOF(Expr, Tuple)

private:
  llvm::ArrayRef<ExprId> elements;
  bool parenthesized;
};

/// `[a, b]`: a ListLiteral value.
class ListDisplayExpr : public Expr {
public:
  ListDisplayExpr(SourceRange range, llvm::ArrayRef<ExprId> elements)
      : Expr(Kind::ListDisplay, range), elements(elements) {}
  llvm::ArrayRef<ExprId> getElements() const { return elements; }
  MOJO_AST_CLASSOF(Expr, ListDisplay)

private:
  llvm::ArrayRef<ExprId> elements;
};

//===-- Type-only forms ---------------------------------------------------===//

/// The effects written after a signature: `raises capturing [o] escaping`.
struct FunctionEffects {
  bool raises = false;
  bool capturing = false;
  bool escaping = false;
  /// `capturing [o1, o2]`; empty with `hasCaptureOrigins` false when
  /// `capturing` stands alone.
  bool hasCaptureOrigins = false;
  llvm::ArrayRef<ExprId> captureOrigins;
};

/// `fn [T: Writable] (T, mut x: Int) raises capturing [_] -> R`. Parameters
/// are ParamDecls whose name may be empty; the result may be a RefType.
class FunctionTypeExpr : public Expr {
public:
  FunctionTypeExpr(SourceRange range, bool hasParams,
                   llvm::ArrayRef<DeclId> params, llvm::ArrayRef<DeclId> args,
                   FunctionEffects effects, ExprId result)
      : Expr(Kind::FunctionType, range), hasParamList(hasParams),
        params(params), args(args), effects(effects), result(result) {}
  /// True when a `[...]` compile-time parameter list was written.
  bool hasParams() const { return hasParamList; }
  llvm::ArrayRef<DeclId> getParams() const { return params; }
  llvm::ArrayRef<DeclId> getArgs() const { return args; }
  const FunctionEffects &getEffects() const { return effects; }
  /// None when no `->` was written (the result is `None`).
  ExprId getResult() const { return result; }
  MOJO_AST_CLASSOF(Expr, FunctionType)

private:
  bool hasParamList;
  llvm::ArrayRef<DeclId> params, args;
  FunctionEffects effects;
  ExprId result;
};

/// `ref [o] T` or `ref T` as a result type (`-> ref [self] Int`).
class RefTypeExpr : public Expr {
public:
  RefTypeExpr(SourceRange range, bool hasOrigins,
              llvm::ArrayRef<ExprId> origins, ExprId type)
      : Expr(Kind::RefType, range), hasOriginList(hasOrigins),
        origins(origins), type(type) {}
  /// False for plain `ref T`, which means `ref [_] T`.
  bool hasOrigins() const { return hasOriginList; }
  llvm::ArrayRef<ExprId> getOrigins() const { return origins; }
  ExprId getType() const { return type; }
  MOJO_AST_CLASSOF(Expr, RefType)

private:
  bool hasOriginList;
  llvm::ArrayRef<ExprId> origins;
  ExprId type;
};

/// A malformed expression; a diagnostic was already issued. Later phases
/// give it an error type and stay silent about it.
class ErrorExpr : public Expr {
public:
  explicit ErrorExpr(SourceRange range) : Expr(Kind::Error, range) {}
  MOJO_AST_CLASSOF(Expr, Error)
};

/// Calls `fn` on each direct child expression of `expr`, in source order.
/// Parameter declarations of a FunctionType are not visited (they are decls).
void forEachChildExpr(const Expr &expr, llvm::function_ref<void(ExprId)> fn);

} // namespace mojo::ast

#endif
