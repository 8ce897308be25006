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
    if (expr.refResult)
      break; // A reference: its value is loaded and stored.
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
  case Kind::Tuple: // Each element is built in its place.
    for (unsigned i = 0, e = expr.operands.size(); i < e; ++i)
      emitInto(*expr.operands[i], getFieldAddress(dest, i));
    return;
  default:
    break;
  }
  store(dest, emitValue(expr));
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
  if (!expr.callee && llvm::isa<sema::TupleType>(expr.type)) {
    Address to = dest ? *dest : createSlot(expr.type);
    emitElementwiseTransfer(emitAddress(source), to, expr.kind == Kind::Move);
    if (dest)
      return {};
    return load(to);
  }
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

/// Whether ending the life of a value of `type` runs code (Sema resolved
/// the lifecycles of every type it let reach IRGen).
static bool needsDestroy(Type type) {
  if (auto *tuple = llvm::dyn_cast<sema::TupleType>(type))
    return llvm::any_of(tuple->getElements(), needsDestroy);
  auto *st = llvm::dyn_cast<sema::StructType>(type);
  return st && st->getInfo()->lifecycle.needsDestroy;
}

void FunctionEmitter::emitElementwiseTransfer(Address source, Address dest,
                                              bool move) {
  for (unsigned i = 0, e = sema::getNumFields(source.type); i < e; ++i) {
    Address from = getFieldAddress(source, i), to = getFieldAddress(dest, i);
    if (llvm::isa<sema::TupleType>(from.type)) {
      emitElementwiseTransfer(from, to, move);
      continue;
    }
    const sema::FuncInstance *callee = nullptr;
    bool byCopy = false; // A move without `__moveinit__`: copy, destroy.
    if (auto *st = llvm::dyn_cast<sema::StructType>(from.type)) {
      const sema::Lifecycle &life = st->getInfo()->lifecycle;
      if (!move || life.move == sema::Transfer::Unavailable) {
        byCopy = move;
        if (life.copy == sema::Transfer::Method)
          callee = life.copyInit;
      } else if (life.move == sema::Transfer::Method) {
        callee = life.moveInit;
      }
    }
    if (!callee) {
      store(to, load(from));
    } else {
      llvm::SmallVector<mlir::Value, 8> args;
      if (module.getSignature(callee).byAddress[0])
        args.push_back(from.ptr);
      else
        args.append(load(from));
      (void)emitInvoke(callee, std::move(args), to, from.ptr.getLoc());
    }
    if (byCopy)
      emitDestroy(from);
  }
}

void FunctionEmitter::emitDestroy(Address address) {
  if (llvm::isa<sema::TupleType>(address.type)) {
    for (unsigned i = 0, e = sema::getNumFields(address.type); i < e; ++i)
      if (needsDestroy(sema::getFieldType(address.type, i)))
        emitDestroy(getFieldAddress(address, i));
    return;
  }
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
    if (needsDestroy(info->fields[i].type))
      emitDestroy(getFieldAddress(address, i));
}

void FunctionEmitter::emitCleanups(const sema::CBlock &cleanups) {
  for (const sema::CStmtPtr &destroy : cleanups)
    emitStmt(*destroy);
}
