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
#include "compiler/Sema/Program.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/Builders.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

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

  mlir::func::FuncOp getFunction(const sema::FuncInstance *instance);
  /// A `func.func private` declaration for a runtime or C symbol, created on
  /// first use (at `loc`) with the given signature.
  mlir::func::FuncOp getOrDeclareExternal(llvm::StringRef name,
                                          mlir::FunctionType type,
                                          mlir::Location loc);
  /// The address of a NUL-terminated constant holding `text`.
  mlir::Value getStringConstant(mlir::OpBuilder &builder, mlir::Location loc,
                                llvm::StringRef text);

  /// The `FileLineColLoc` of `range`'s start; unknown outside any buffer.
  mlir::Location getLoc(SourceRange range);

  mlir::MLIRContext &context;
  DiagnosticEngine &diags;
  const SourceManager &sources;
  const sema::Program &program;
  mlir::ModuleOp module;
  bool failed = false;

private:
  void emitEntryPoint();

  llvm::DenseMap<const sema::FuncInstance *, mlir::func::FuncOp> functions;
  llvm::DenseMap<const sema::FuncInstance *, SignatureLowering> signatures;
  llvm::StringMap<mlir::Type> parsedTypes;
  llvm::StringMap<mlir::LLVM::GlobalOp> strings;
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
  /// Whether code emitted now could run: false after a terminator, until
  /// emission continues in a block something branches to.
  bool isReachable() { return builder.getInsertionBlock() != nullptr; }
  /// Continues emission in `block` (a join point, not yet in the function),
  /// or, when nothing branches to it, drops it: what follows is unreachable.
  void continueAt(mlir::Block *block);

  // Expressions (IRGenExpr.cpp).
  llvm::SmallVector<mlir::Value> emitValue(const sema::CExpr &expr);
  Address emitAddress(const sema::CExpr &expr);
  /// A call; with `dest`, its result is built there and nothing returned.
  llvm::SmallVector<mlir::Value> emitCall(const sema::CExpr &expr,
                                         std::optional<Address> dest = {});
  /// Calls `callee` with lowered `args` (its result pointer not included).
  llvm::SmallVector<mlir::Value> emitInvoke(const sema::FuncInstance *callee,
                                           llvm::SmallVector<mlir::Value, 8> args,
                                           std::optional<Address> dest,
                                           mlir::Location l);
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
  /// Ends the life of the value at `address`: its `__del__` (which ends
  /// its fields' lives), or else each field's destruction.
  void emitDestroy(Address address);
  void emitCleanups(const sema::CBlock &cleanups);

  // Memory (IRGenMemory.cpp).
  Address getLocalAddress(const sema::LocalVar *local);
  /// The value of `local`, from its slot or its leaves.
  llvm::SmallVector<mlir::Value> loadLocal(const sema::LocalVar *local);
  Address createSlot(Type type);
  Address getFieldAddress(Address base, unsigned fieldIndex);
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
  /// Read-only parameters held as their leaf values, without a slot: most
  /// stdlib methods then touch no memory, which keeps what the inliner
  /// copies small and leaves LLVM no slots to promote.
  llvm::DenseMap<const sema::LocalVar *, llvm::SmallVector<mlir::Value>>
      readOnlyParams;

  struct Loop {
    mlir::Block *continueTarget;
    mlir::Block *breakTarget;
  };
  llvm::SmallVector<Loop, 4> loops;
};

} // namespace mojo::irgen

#endif
