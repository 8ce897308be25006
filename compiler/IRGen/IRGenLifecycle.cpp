//===- IRGenLifecycle.cpp - Building, copying, moving, destroying values --===//
//
// The ownership nodes Sema placed, executed. A memory value is built where
// it will live: `var p = Point(1, 2)` passes `p`'s slot as the
// constructor's result pointer, and a Copy or Move into a variable calls
// `__copyinit__`/`__moveinit__` with that variable's slot as `self`.
// Bitwise transfers are loads and stores of the leaves; trivial
// destructions emit nothing.
//
//===----------------------------------------------------------------------===//
#include "compiler/IRGen/IRGenImpl.h"

using namespace mojo;
using namespace mojo::irgen;
using Kind = sema::CExpr::Kind;

void FunctionEmitter::emitInto(const sema::CExpr &expr, Address dest) {
  switch (expr.kind) {
  case Kind::Call:
    (void)emitCall(expr, dest);
    return;
  case Kind::CallIndirect:
    (void)emitIndirectCall(expr, dest);
    return;
  case Kind::Copy:
  case Kind::Move:
    (void)emitTransfer(expr, dest);
    return;
  case Kind::Cleanup:
    emitInto(*expr.operands[0], dest);
    emitCleanups(expr.cleanups);
    return;
  default:
    store(dest, emitValue(expr));
    return;
  }
}

Address FunctionEmitter::emitAddressOf(const sema::CExpr &expr) {
  if (expr.isLValue())
    return emitAddress(expr);
  Address slot = createSlot(expr.type);
  emitInto(expr, slot);
  return slot;
}

llvm::SmallVector<mlir::Value>
FunctionEmitter::emitTransfer(const sema::CExpr &expr,
                              std::optional<Address> dest) {
  const sema::CExpr &source = *expr.operands[0];
  if (!expr.callee) { // Bit by bit.
    llvm::SmallVector<mlir::Value> leaves = emitValue(source);
    if (!dest)
      return leaves;
    store(*dest, leaves);
    return {};
  }
  // `__copyinit__(out self, existing)` or `__moveinit__(out self, owned
  // existing)`: `existing` is the source itself, by address or by value; a
  // move leaves it to the callee, which never destroys it.
  const SignatureLowering &sig = module.getSignature(expr.callee);
  llvm::SmallVector<mlir::Value, 8> args;
  if (sig.byAddress[0])
    args.push_back(emitAddress(source).ptr);
  else
    args.append(emitValue(source));
  llvm::SmallVector<mlir::Value> result =
      emitInvoke(expr.callee, std::move(args), dest, loc(expr.range));
  if (expr.movesByCopy)
    emitDestroy(emitAddress(source));
  return result;
}

void FunctionEmitter::emitDestroy(Address address) {
  auto *st = llvm::dyn_cast<sema::StructType>(address.type);
  if (!st)
    return;
  const sema::StructInfo *info = st->getInfo();
  if (!info->lifecycle.needsDestroy)
    return;
  if (const sema::FuncInstance *del = info->lifecycle.destructor) {
    llvm::SmallVector<mlir::Value, 8> args;
    if (module.getSignature(del).byAddress[0])
      args.push_back(address.ptr);
    else
      args.append(load(address));
    (void)emitInvoke(del, std::move(args), std::nullopt,
                     address.ptr.getLoc());
    return; // It ends its fields' lives itself (those it did not move).
  }
  for (unsigned i = 0, e = info->fields.size(); i < e; ++i)
    if (auto *field = llvm::dyn_cast<sema::StructType>(info->fields[i].type))
      if (field->getInfo()->lifecycle.needsDestroy)
        emitDestroy(getFieldAddress(address, i));
}

void FunctionEmitter::emitCleanups(const sema::CBlock &cleanups) {
  for (const sema::CStmtPtr &destroy : cleanups)
    emitStmt(*destroy);
}
