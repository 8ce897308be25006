//===- Checked.h - The checked program Sema hands to IRGen -----*- C++ -*-===//
//
// Sema does not annotate the AST; it produces this separate, fully resolved
// tree, one per function instance (a function with its compile-time
// parameters bound). Everything implicit in the source is explicit here:
// operators are calls of the dunder methods they resolve to, implicit
// conversions are constructor calls, `for` loops are iterator protocol calls,
// `with` is a Try of `__enter__`/`__exit__` calls, conditions are
// `__mlir_i1__` values, literals are folded constants. IRGen
// is therefore a plain walk with no lookups, and each node keeps the source
// range of the construct it came from, for diagnostics and debug info.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_SEMA_CHECKED_H
#define MOJOC_SEMA_CHECKED_H

#include "compiler/AST/Ids.h"
#include "compiler/Basic/SourceManager.h"
#include "compiler/SemIR/Types.h"

#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/SmallVector.h"

#include <memory>
#include <string>
#include <vector>

namespace mojo::sema {

struct FuncInstance;

/// A variable of a function instance: a parameter, a `var`, an implicitly
/// declared name, or a compiler temporary (a `for` loop's iterator).
struct LocalVar {
  std::string name;
  Type type;
  Convention convention = Convention::Owned; ///< Mut: lives in the caller.
  /// A `read` argument of an `fn`: it may not be assigned or passed `mut`.
  /// (In a `def`, such an argument is a private copy and may change.)
  bool readOnly = false;
  /// A `read` argument of a `def`: the body changes a private copy, made
  /// on entry when it does change it (`mutated`).
  bool copiedIfMutated = false;
  bool mutated = false;
  /// The `owned self` of `__del__` and the `owned existing` of
  /// `__moveinit__`: their lifetime ends without a destruction.
  bool neverDestroyed = false;
  /// `__del__`'s `self`: where its life ends, its fields' lives end (the
  /// fields not moved out of it).
  bool endsWithFields = false;
  /// Holds the rvalue of a Temporary node: made and last used within one
  /// expression.
  bool isTemporaryValue = false;
  /// A `ref` argument bound, in this instance, to a value that cannot
  /// change: read-only, for the reason its diagnostic gives.
  bool immutableRef = false;
  /// A nested function's reference to this variable of an enclosing one
  /// (docs/compiler/closures.md).
  LocalVar *capturedFrom = nullptr;
  /// For a variable initialized with a view (`var v = s.as_string_slice()`):
  /// the variables the call making it borrowed. Each read of this variable
  /// reads them too, so they outlive it (mojoc does not track origins;
  /// docs/compiler/ownership.md).
  std::vector<LocalVar *> viewSources;
  SourceRange range;
};

struct CExpr;
struct CStmt;
using CExprPtr = std::unique_ptr<CExpr>;
using CStmtPtr = std::unique_ptr<CStmt>;
using CBlock = std::vector<CStmtPtr>;

struct CExpr {
  enum class Kind : uint8_t {
    IntConst,    ///< an IntLiteral value, folded (`intValue`)
    StringConst, ///< a StringLiteral value (`text`)
    MLIRConst,   ///< a constant of MLIR type written as an attribute (`text`)
    Local,       ///< a LocalVar (`local`); an lvalue
    Field,       ///< operand 0's field (or tuple element) `fieldIndex`; an
                 ///< lvalue if operand 0 is
    Call,        ///< `callee(operands...)`
    MLIROp,      ///< `__mlir_op.name[attrs](operands)` (`text` = op name)
    And,         ///< operand 0 and operand 1 (both i1 conditions)
    Or,          ///< operand 0 or operand 1 (both i1 conditions)
    Not,         ///< not operand 0 (an i1 condition)
    Select,      ///< operand 1 if operand 0 (i1) else operand 2
    Bind,        ///< store operand 0 into `local`, then yield it (`x := v`)
    None,        ///< the value `None`
    Tuple,       ///< a new tuple of the owned values `operands`; its
                 ///< elements are Field nodes over it. Also a struct
                 ///< value built field by field, for a compile-time
                 ///< constant (`type` is then the struct): its bits, not
                 ///< a constructor's work
    // Ownership (placed by Sema; see docs/compiler/ownership.md).
    Copy,        ///< a new value copied from the lvalue operand 0 by
                 ///< `callee` (`__copyinit__`), or bit by bit if null
    Move,        ///< the value of the lvalue operand 0 (`x^`), moved by
                 ///< `callee` (`__moveinit__`), or bit by bit if null; the
                 ///< lvalue is uninitialized afterwards
    Temporary,   ///< operand 0 (an rvalue) held in the compiler temporary
                 ///< `local`, so it has an address and can be destroyed;
                 ///< an lvalue
    Cleanup,     ///< operand 0, then the `cleanups` (destructions of values
                 ///< whose last use was inside operand 0); yields operand 0
    // Memory (docs/compiler/memory.md).
    Deref,       ///< the value of `type` at the address operand 0 (an
                 ///< `!llvm.ptr`); an lvalue. `uninitialized`: the memory
                 ///< holds no value yet, so it may only be assigned
    AddressOf,   ///< the address (`!llvm.ptr`) of the lvalue operand 0
    SizeOf,      ///< the size in bytes of `typeOperand`, an `Int`
    AlignOf,     ///< the alignment in bytes of `typeOperand`, an `Int`
    ConstAddress, ///< the address (`!llvm.ptr`) `intValue` bytes into the
                  ///< block `fieldIndex` of the program's constant memory
                  ///< (ConstantMemory.h), where a compile-time constant's
                  ///< pointer points; block 0 is null
    StackAlloc,  ///< the address (`!llvm.ptr`) of a buffer in this frame
                 ///< for `intValue` values of `typeOperand`, aligned to
                 ///< `fieldIndex` bytes: one static alloca, in the entry
                 ///< block, so inlining moves it to the caller's
    VariadicList, ///< the arguments `operands` of a homogeneous variadic
                  ///< argument, as the list struct `type` (`VariadicList`,
                  ///< `VariadicListMem`): one static alloca of this frame
                  ///< holds the elements' values of `typeOperand` (or, with
                  ///< `elementsByAddress`, the address of each operand, an
                  ///< lvalue or an owned rvalue); the list is that buffer's
                  ///< address and its length (docs/compiler/variadics.md)
    // Function values (docs/compiler/closures.md).
    FuncRef,      ///< the function `callee` as a value of `type` (a
                  ///< FunctionType); null `callee` while `type` is an
                  ///< OverloadSetType not yet converted
    CallIndirect, ///< call the function value operand 0 with operands 1...;
                  ///< `callee` is the signature instance of its type
    /// The value of the compile-time parameter `fieldIndex` of a generic
    /// instance checked against its bounds; substitution replaces it with
    /// the constant (SemaSubstitution.cpp). With an operand: the value
    /// that operand, a compile-time expression over such parameters
    /// (`n * 2`), computes, which substitution computes for each instance
    /// by running it. Never emitted.
    Parameter,
    /// An expression that failed to check (reported already; see
    /// SemaErrorNodes.cpp). `operands` holds those of its parts that did
    /// check, and its failed parts as Error nodes of their own; `type` is
    /// the error type. Only a program with errors has one, and such a
    /// program reaches neither the ownership pass nor IRGen.
    Error,
  };

  Kind kind;
  /// The expression this node was checked from, in the AST of the module
  /// it was written in (for a default argument, the callee's; `range`
  /// says which buffer); invalid for a node the checker made up (a
  /// conversion, a copy). It fits in the padding after `kind`, so it costs
  /// no memory.
  ast::ExprId origin;
  Type type;
  SourceRange range;

  llvm::APSInt intValue;
  std::string text;
  LocalVar *local = nullptr;
  unsigned fieldIndex = 0;
  FuncInstance *callee = nullptr;
  std::vector<CExprPtr> operands;
  /// MLIROp: attribute names and their textual values, parsed by IRGen.
  std::vector<std::pair<std::string, std::string>> attributes;
  /// Move: `callee` is a `__copyinit__`, and the original is destroyed
  /// after the copy (a type without `__moveinit__`).
  bool movesByCopy = false;
  /// SizeOf, AlignOf, StackAlloc: the type asked about; VariadicList: the
  /// element type.
  Type typeOperand = nullptr;
  /// Call: the callee returns a reference (`-> ref T`), so the call is an
  /// lvalue; `refMutable` says whether it may be assigned through.
  bool refResult = false;
  bool refMutable = false;
  /// Deref: see Kind::Deref.
  bool uninitialized = false;
  /// VariadicList: the buffer holds the elements' addresses.
  bool elementsByAddress = false;
  /// Cleanup: the Destroy statements run after operand 0.
  std::vector<std::unique_ptr<CStmt>> cleanups;
  /// Call of a raising callee: statements run on this error edge before
  /// control reaches the handler (the ownership pass puts destructor calls
  /// of the values live here; IRGen emits them right after the test).
  CBlock onError;

  CExpr(Kind kind, Type type, SourceRange range)
      : kind(kind), type(type), range(range) {}

  bool isLValue() const {
    return kind == Kind::Local || kind == Kind::Temporary ||
           kind == Kind::Deref || (kind == Kind::Call && refResult) ||
           (kind == Kind::Field && operands[0]->isLValue());
  }
  /// An lvalue that is not part of a variable of this function: memory a
  /// pointer or a returned reference designates (`p[]`, `list[i].x`).
  bool isReference() const {
    if (kind == Kind::Field)
      return operands[0]->isReference();
    return kind == Kind::Deref || (kind == Kind::Call && refResult);
  }
  /// A reference that may be assigned through (see Deref, Call).
  bool isMutableReference() const {
    if (kind == Kind::Field)
      return operands[0]->isMutableReference();
    return kind == Kind::Deref || refMutable;
  }
  /// The variable an lvalue is part of (`p` for `p.x.y`); null for a
  /// reference.
  const LocalVar *getRootLocal() const {
    if (kind == Kind::Local || kind == Kind::Temporary)
      return local;
    return kind == Kind::Field ? operands[0]->getRootLocal() : nullptr;
  }
};

struct CStmt {
  enum class Kind : uint8_t {
    Expr,     ///< evaluate `value`, drop the result
    Init,     ///< initialize `local` with `value`
    Assign,   ///< store `value` into the lvalue `target`
    If,       ///< if `cond` then `body`, elif each of `elifs`, else `orElse`
    While,    ///< while `cond`: `body`; `orElse` runs unless a break left
    Break,
    Continue,
    Return,   ///< `value` may be null (None)
    Block,    ///< `body`, in order (an unrolled `@parameter for` iteration)
    Destroy,  ///< end the lifetime of the lvalue `target`: its type's
              ///< `__del__`, then its fields' destructions (placed by the
              ///< ownership pass)
    /// Raise `value` (an `Error`). A bare `raise` inside an `except` has a
    /// null `value` and re-raises the error that `except` caught, which
    /// Sema names in `local` (the innermost enclosing handler's `local`).
    Raise,
    /// try: `body`
    /// except `local`: `handler`   (only if `hasHandler`; `local` always
    ///                              set then: the `e` of `except e` or a
    ///                              temporary holding the caught error)
    /// else: `orElse`              (runs when `body` ends without raising)
    /// finally: `finally`          (runs on every exit of the other parts)
    /// A `with` is lowered into this too (SemaErrors.cpp).
    Try,
  };

  Kind kind;
  /// The statement this one was checked from; invalid for one the checker
  /// or the ownership pass made up (a destruction).
  ast::StmtId origin;
  SourceRange range;
  LocalVar *local = nullptr;
  CExprPtr target;
  CExprPtr value;
  CExprPtr cond;
  CBlock body;
  CBlock orElse;
  /// Assign only: the target holds no value yet (a field of a
  /// constructor's `self`, a variable declared without a value), so no old
  /// value is destroyed.
  bool initializes = false;
  /// Assign only: the target is a reference (CExpr::isReference) whose old
  /// value dies once the new one is computed. IRGen destroys it at the
  /// target's address, evaluated once: a second copy of the target, as a
  /// variable's destruction is placed, would call its function again.
  bool destroysOld = false;
  /// If only: the `elif` clauses, in order, each an If with an empty
  /// `orElse`. A flat list, so a chain of any length is walked without
  /// recursion.
  CBlock elifs;
  /// If only: a `@parameter if` whose conditions a generic body checked
  /// against its bounds does not know. Each `cond` is a Parameter node,
  /// with or without an operand (a `Bool`, not an i1); substitution keeps
  /// the branch an instance takes, as a Block. Never emitted.
  bool atCompileTime = false;
  /// Try only: the `except` clause's block and whether there is one (an
  /// `except: pass` has an empty handler).
  CBlock handler;
  bool hasHandler = false;
  /// Try only: the `finally` block (empty when there is none).
  CBlock finally;
  /// Return, Break, Continue leaving a `try` with a `finally`: the
  /// destructions run after the `finally` copies, of the values they kept
  /// alive (filled by the ownership pass).
  CBlock afterFinally;
  /// Raise only: statements run on this error edge before control reaches
  /// the handler (filled by the ownership pass, like CExpr::onError).
  CBlock onError;

  CStmt(Kind kind, SourceRange range) : kind(kind), range(range) {}
};

} // namespace mojo::sema

#endif
