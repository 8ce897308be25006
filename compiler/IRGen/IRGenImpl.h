//===- IRGenImpl.h - IR generation internals -------------------*- C++ -*-===//
//
// Private to compiler/IRGen. `ModuleEmitter` owns what is shared by the
// whole module (type lowering, function symbols, string constants);
// `FunctionEmitter` emits one function instance's body.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_IRGEN_IRGENIMPL_H
#define MOJOC_IRGEN_IRGENIMPL_H

#include "compiler/IRGen/IRGen.h"
#include "compiler/SemIR/Program.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/Builders.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"

#include <memory>
#include <optional>

namespace mojo::irgen {

using sema::Type;

/// How one function instance's arguments and result travel: computed once
/// per instance (ModuleEmitter::getSignature), and used by its entry, its
/// returns and every call of it.
struct SignatureLowering {
  /// Per parameter slot: passed as the address of the value rather than as
  /// its leaves (`mut`, `ref`, and values held in memory).
  llvm::SmallVector<bool, 4> byAddress;
  /// The result is written through a pointer passed as the first argument.
  bool indirectResult = false;
  mlir::FunctionType type;
};

class ModuleEmitter {
public:
  ModuleEmitter(const sema::Program &program, mlir::MLIRContext &context,
                DiagnosticEngine &diags);

  mlir::OwningOpRef<mlir::ModuleOp> run();

  // Type lowering (TypeLowering.cpp).
  /// The flattened values a value of `type` is made of, in field order.
  void getLeafTypes(Type type, llvm::SmallVectorImpl<mlir::Type> &leaves);
  unsigned getNumLeaves(Type type);
  /// Whether `type` holds an MLIR type that was diagnosed (so its values
  /// lack leaves, and ops on them are not built).
  bool hasInvalidLeaf(Type type);
  /// The memory layout of `type`: nested LLVM structs, `index` as i64.
  mlir::Type getStorageType(Type type);
  /// The MLIR type named by `__mlir_type.X`; null (diagnosed) if invalid.
  mlir::Type parseMLIRType(llvm::StringRef spelling, SourceRange range);
  static mlir::Type getStorageLeafType(mlir::Type leaf);

  // Value representation (ValueLowering.cpp).
  /// Whether values of `type` live in memory, passed by address (every
  /// struct that is not `@register_passable`), or in registers.
  bool isHeldInMemory(Type type);
  /// How `instance`'s arguments and result travel.
  const SignatureLowering &getSignature(const sema::FuncInstance *instance);

  /// Results of more than this many leaves are returned through memory.
  /// A value returned as N leaves is one LLVM struct built and taken apart
  /// field by field, and LLVM's IPSCCP then keeps a lattice of N entries
  /// per partial struct: quadratic (31 s and 2.8 GB for 4,000 fields).
  /// The x86-64 and AArch64 ABIs return such structs in memory anyway.
  static constexpr unsigned kMaxDirectResultLeaves = 8;

  /// The error ABI (IRGenErrors.cpp), in this one place: whether
  /// `instance` raises, and then the trailing `!llvm.ptr` argument (the
  /// caller's Error slot) and trailing `i1` result ("raised") it adds.
  static bool usesErrorABI(const sema::FuncInstance *instance);
  void addErrorABI(const sema::FuncInstance *instance,
                   llvm::SmallVectorImpl<mlir::Type> &inputs,
                   llvm::SmallVectorImpl<mlir::Type> &results);
  mlir::func::FuncOp getFunction(const sema::FuncInstance *instance);
  /// Function values (IRGenClosures.cpp): `instance`'s address.
  mlir::Value getFunctionPointer(mlir::OpBuilder &builder, mlir::Location l,
                                 mlir::func::FuncOp func);
  /// A function of `type` plus a trailing environment pointer (before the
  /// error slot) that calls the environment as a function of `type`: how
  /// a function without captures travels as a capturing function value.
  mlir::func::FuncOp getTrampoline(mlir::FunctionType type, bool raises,
                                   mlir::Location l);
  /// A `func.func private` declaration for a runtime or C symbol, created on
  /// first use (at `loc`) with the given signature.
  mlir::func::FuncOp getOrDeclareExternal(llvm::StringRef name,
                                          mlir::FunctionType type,
                                          mlir::Location loc);
  /// The address of a NUL-terminated constant holding `text`.
  mlir::Value getStringConstant(mlir::OpBuilder &builder, mlir::Location loc,
                                llvm::StringRef text);

  /// The address `at` in the program's constant memory, the globals of
  /// the blocks it reaches emitted on first use (IRGenConstants.cpp).
  mlir::Value getConstantAddress(mlir::OpBuilder &builder, mlir::Location loc,
                                 sema::ConstantAddress at);

  /// The `FileLineColLoc` of `range`'s start; unknown outside any buffer.
  mlir::Location getLoc(SourceRange range);

  mlir::MLIRContext &context;
  DiagnosticEngine &diags;
  const SourceManager &sources;
  const sema::Program &program;
  mlir::ModuleOp module;
  bool failed = false;

private:
  void emitEntryPoint(llvm::StringRef symbol,
                      const sema::FuncInstance *userMain);
  void emitConstantBlocks(unsigned first, mlir::Location loc);

  llvm::DenseMap<const sema::FuncInstance *, mlir::func::FuncOp> functions;
  llvm::DenseMap<mlir::Type, mlir::func::FuncOp> trampolines;
  /// Boxed: a reference getSignature returns stays valid while emitting
  /// the operands of its call adds the signatures of theirs.
  llvm::DenseMap<const sema::FuncInstance *, std::unique_ptr<SignatureLowering>>
      signatures;
  llvm::StringMap<mlir::Type> parsedTypes;
  llvm::StringMap<mlir::LLVM::GlobalOp> strings;
  /// The constant blocks whose globals are emitted.
  llvm::DenseSet<unsigned> constantBlocks;
  llvm::DenseMap<Type, mlir::Type> storageTypes;
  /// The offset of each line's start, per buffer, built on first use.
  llvm::DenseMap<unsigned, std::vector<unsigned>> lineStarts;
};

/// A place in memory holding a value of `type`.
struct Address {
  mlir::Value ptr;
  Type type;
};

class FunctionEmitter {
public:
  FunctionEmitter(ModuleEmitter &module, const sema::FuncInstance &instance);
  void emit();

private:
  // Statements (IRGenStmt.cpp).
  void emitBlock(const sema::CBlock &block);
  void emitBlockInto(mlir::Block *block, const sema::CBlock &stmts,
                     mlir::Block *next, mlir::Location l);
  void emitStmt(const sema::CStmt &stmt);
  void emitIf(const sema::CStmt &stmt);
  void emitWhile(const sema::CStmt &stmt);
  void emitReturn(const sema::CStmt &stmt);
  /// Returns at the end of the body, or a constructor's `self` at `l`.
  void emitImplicitReturn(mlir::Location l);
  /// `func.return` of `values`, with the "raised = false" result of a
  /// raising function appended.
  void emitReturnOp(mlir::Location l, llvm::SmallVector<mlir::Value> values);
  /// Whether code emitted now could run: false after a terminator, until
  /// emission continues in a block something branches to.
  bool isReachable() { return builder.getInsertionBlock() != nullptr; }
  /// Continues emission in `block` (a join point, not yet in the function),
  /// or, when nothing branches to it, drops it: what follows is unreachable.
  void continueAt(mlir::Block *block);

  // Errors (IRGenErrors.cpp).
  void emitTry(const sema::CStmt &stmt);
  void emitRaise(const sema::CStmt &stmt);
  /// After a call of a raising callee: tests its "raised" result and, on
  /// the error edge, runs `onError` and goes to the innermost handler.
  void emitErrorTest(mlir::Value raised, const sema::CBlock &onError,
                     mlir::Location l);
  /// With the error in `pendingError`: branches to where an error raised
  /// here goes. Ends the current block.
  void propagateError(mlir::Location l);
  /// Where an error raised inside the first `depth` regions goes: the
  /// innermost `except`, the landing of a `finally` on the way there, or
  /// the function's error exit. Each is created on first use.
  mlir::Block *getErrorTarget(size_t depth, mlir::Location l);
  /// Runs region `index`'s `finally` and passes the error on.
  mlir::Block *emitErrorLanding(size_t index, mlir::Location l);
  /// Stores the error into the caller's slot and returns raised = true.
  mlir::Block *emitErrorExit(mlir::Location l);
  /// Runs the `finally` blocks of the regions above `depth`, innermost
  /// first, before a `return`, `break` or `continue` leaves them.
  void emitFinallyBlocks(size_t depth);
  /// Emits a copy of region `index`'s `finally` block, seen from outside
  /// its `try` (its own exits go to the regions and loops around it).
  void emitFinallyCopy(size_t index);
  /// The slot raising calls report their error in (created on first use).
  Address getPendingError();
  void copyError(Address from, Address to);

  // Expressions (IRGenExpr.cpp).
  llvm::SmallVector<mlir::Value> emitValue(const sema::CExpr &expr);
  Address emitAddress(const sema::CExpr &expr);
  mlir::Value emitLayoutQuery(Type type, bool alignment, mlir::Location l);
  mlir::Value emitStackAlloc(const sema::CExpr &expr);
  /// A VariadicList node: its elements stored in one buffer of this frame,
  /// the list's leaves that buffer's address and its length.
  llvm::SmallVector<mlir::Value> emitVariadicList(const sema::CExpr &expr);
  /// A call; with `dest`, its result is built there and nothing returned.
  llvm::SmallVector<mlir::Value> emitCall(const sema::CExpr &expr,
                                         std::optional<Address> dest = {});
  /// Calls `callee` with lowered `args` (its result and error pointers
  /// not included); a raising callee's error edge runs `onError` first.
  /// With `fnValue` (a value of builtin function type), calls through it;
  /// `args` then include its environment.
  llvm::SmallVector<mlir::Value>
  emitInvoke(const sema::FuncInstance *callee,
             llvm::SmallVector<mlir::Value, 8> args,
             std::optional<Address> dest, mlir::Location l,
             const sema::CBlock *onError = nullptr,
             mlir::Value fnValue = {});

  // Function values and closures (IRGenClosures.cpp).
  llvm::SmallVector<mlir::Value> emitFuncRef(const sema::CExpr &expr);
  llvm::SmallVector<mlir::Value>
  emitIndirectCall(const sema::CExpr &expr, std::optional<Address> dest);
  /// The environment of `closure` as this function sees it: received as a
  /// hidden argument, or built here from the addresses of what it captures.
  mlir::Value getClosureEnv(const sema::FuncInstance *closure,
                            mlir::Location l);
  /// The address, in this function, of `var`, a variable of `owner`.
  Address getCapturedAddress(const sema::LocalVar *var,
                             const sema::FuncInstance *owner);
  /// On entry: the hidden environment arguments, from `argIndex` on.
  void bindEnvironments(unsigned &argIndex);
  llvm::SmallVector<mlir::Value> emitMLIROp(const sema::CExpr &expr);
  llvm::SmallVector<mlir::Value> emitShortCircuit(const sema::CExpr &expr);
  llvm::SmallVector<mlir::Value> emitSelect(const sema::CExpr &expr);
  mlir::Value emitCondition(const sema::CExpr &expr);

  // Values in memory and their lifecycles (IRGenLifecycle.cpp).
  /// Evaluates `expr` into the memory at `dest`: a call builds its result
  /// there, in place.
  void emitInto(const sema::CExpr &expr, Address dest);
  /// An address holding `expr`'s value: an lvalue's own, else a new slot.
  Address emitAddressOf(const sema::CExpr &expr);
  /// A Copy or Move node: the new value's leaves, or built at `dest`.
  llvm::SmallVector<mlir::Value> emitTransfer(const sema::CExpr &expr,
                                             std::optional<Address> dest);
  /// A tuple's copy or move (`move`) from `source` into `dest`: each
  /// element by its own lifecycle, in order.
  void emitElementwiseTransfer(Address source, Address dest, bool move);
  /// Ends the life of the value at `address`: its `__del__` (which ends
  /// its fields' lives), or else each field's (tuple element's) destruction.
  void emitDestroy(Address address);
  void emitCleanups(const sema::CBlock &cleanups);

  // Memory (IRGenMemory.cpp).
  Address getLocalAddress(const sema::LocalVar *local);
  /// The value of `local`, from its slot or its leaves.
  llvm::SmallVector<mlir::Value> loadLocal(const sema::LocalVar *local);
  Address createSlot(Type type);
  Address getFieldAddress(Address base, unsigned fieldIndex);
  mlir::Value getLeafAddress(Address address, int32_t index);
  llvm::SmallVector<mlir::Value> load(Address address);
  void store(Address address, llvm::ArrayRef<mlir::Value> leaves);

  mlir::Location loc(SourceRange range) { return module.getLoc(range); }

  ModuleEmitter &module;
  const sema::FuncInstance &instance;
  mlir::func::FuncOp func;
  mlir::OpBuilder builder;
  mlir::Block *entryBlock = nullptr;
  /// The caller's slot for the result, when it is returned indirectly.
  mlir::Value resultPtr;
  /// Slots receiving the large results of the calls this function makes.
  llvm::DenseMap<Type, Address> resultSlots;
  llvm::DenseMap<const sema::LocalVar *, Address> locals;
  /// The closure environments this function received as arguments.
  llvm::DenseMap<const sema::FuncInstance *, mlir::Value> closureEnvs;
  /// In a closure: each variable of an enclosing function that one of its
  /// captures reaches (directly, or through the closures in between), and
  /// that capture's local.
  llvm::DenseMap<const sema::LocalVar *, const sema::LocalVar *> reached;
  /// Read-only parameters held as their leaf values, without a slot: most
  /// stdlib methods then touch no memory, which keeps what the inliner
  /// copies small and leaves LLVM no slots to promote.
  llvm::DenseMap<const sema::LocalVar *, llvm::SmallVector<mlir::Value>>
      readOnlyParams;

  struct Loop {
    mlir::Block *continueTarget;
    mlir::Block *breakTarget;
    /// `regions.size()` at the loop: the `finally` blocks above it run
    /// before a `break` or `continue`.
    size_t regionDepth;
  };
  llvm::SmallVector<Loop, 4> loops;

  /// A part of a `try` being emitted. A try with a `finally` pushes a
  /// Finally region for its body, handler and else; a try with an
  /// `except` pushes a Handler region (above it) for its body alone.
  struct ErrorRegion {
    enum Kind : uint8_t { Handler, Finally } kind;
    const sema::CStmt *tryStmt;
    mlir::Block *handler; ///< Handler: the `except` block's entry.
    size_t loopDepth;     ///< `loops.size()` at the `try`.
    /// Finally: where errors raised inside go (see emitErrorLanding).
    mlir::Block *errorLanding = nullptr;
  };
  llvm::SmallVector<ErrorRegion, 4> regions;
  /// The caller's Error slot, when this function raises.
  mlir::Value errorArg;
  /// Where the error of the raising call or `raise` being handled is.
  std::optional<Address> pendingError;
  /// The shared block that returns an error to the caller.
  mlir::Block *errorExit = nullptr;
  /// `finally` copies being emitted, and the statements they have emitted
  /// (budget::kMaxFinallyCopyStatements); past the budget, reported once,
  /// no more copies are emitted.
  unsigned finallyCopyDepth = 0;
  uint64_t copiedStatements = 0;
  bool copyLimitReached = false;
};

} // namespace mojo::irgen

#endif
