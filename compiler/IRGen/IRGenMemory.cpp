//===- IRGenMemory.cpp - Variable slots, loads and stores -----------------===//
//
// Every variable gets an `llvm.alloca` in the function's entry block (so
// mem2reg/SROA promote it) typed by its storage layout; loads and stores
// walk the layout leaf by leaf, converting `index` to the stored i64 (and
// `vector<Nxindex>` to `vector<Nxi64>`).
// Read-only parameters need no slot: they are their entry block arguments
// until something needs their address.
//
//===----------------------------------------------------------------------===//
#include "compiler/IRGen/IRGenImpl.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Index/IR/IndexOps.h"

using namespace mojo;
using namespace mojo::irgen;

Address FunctionEmitter::createSlot(Type type) {
  mlir::OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(entryBlock);
  mlir::Location l = func.getLoc();
  mlir::Value one = builder.create<mlir::arith::ConstantIntOp>(l, 1, 64);
  auto ptrType = mlir::LLVM::LLVMPointerType::get(builder.getContext());
  mlir::Value ptr = builder.create<mlir::LLVM::AllocaOp>(
      l, ptrType, module.getStorageType(type), one);
  return {ptr, type};
}

Address FunctionEmitter::getLocalAddress(const sema::LocalVar *local) {
  auto it = locals.find(local);
  if (it != locals.end())
    return it->second;
  Address slot = createSlot(local->type);
  locals[local] = slot;
  // A read-only parameter whose address is needed (passed by `ref`): its
  // value never changes, so one copy made on entry serves every use.
  auto param = readOnlyParams.find(local);
  if (param != readOnlyParams.end()) {
    mlir::OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointAfter(slot.ptr.getDefiningOp());
    store(slot, param->second);
    readOnlyParams.erase(param);
  }
  return slot;
}

llvm::SmallVector<mlir::Value>
FunctionEmitter::loadLocal(const sema::LocalVar *local) {
  auto param = readOnlyParams.find(local);
  if (param != readOnlyParams.end())
    return param->second;
  return load(getLocalAddress(local));
}

Address FunctionEmitter::getFieldAddress(Address base, unsigned fieldIndex) {
  Type fieldType = sema::getFieldType(base.type, fieldIndex);
  // A struct of one field is stored as that field (see getStorageType).
  if (llvm::isa<sema::StructType>(base.type) &&
      sema::getNumFields(base.type) == 1)
    return {base.ptr, fieldType};
  auto ptrType = mlir::LLVM::LLVMPointerType::get(builder.getContext());
  mlir::Value ptr = builder.create<mlir::LLVM::GEPOp>(
      base.ptr.getLoc(), ptrType, module.getStorageType(base.type), base.ptr,
      llvm::ArrayRef<mlir::LLVM::GEPArg>{0, int32_t(fieldIndex)});
  return {ptr, fieldType};
}

/// Leaf `index` of a value that is not a struct but has several leaves
/// (a closure's pointer and environment).
mlir::Value FunctionEmitter::getLeafAddress(Address address, int32_t index) {
  auto ptrType = mlir::LLVM::LLVMPointerType::get(builder.getContext());
  return builder.create<mlir::LLVM::GEPOp>(
      address.ptr.getLoc(), ptrType, module.getStorageType(address.type),
      address.ptr, llvm::ArrayRef<mlir::LLVM::GEPArg>{0, index});
}

llvm::SmallVector<mlir::Value> FunctionEmitter::load(Address address) {
  llvm::SmallVector<mlir::Value> leaves;
  mlir::Location l = address.ptr.getLoc();
  if (llvm::isa<sema::StructType, sema::TupleType>(address.type)) {
    for (unsigned i = 0, e = sema::getNumFields(address.type); i < e; ++i)
      leaves.append(load(getFieldAddress(address, i)));
    return leaves;
  }
  llvm::SmallVector<mlir::Type, 1> leafTypes;
  module.getLeafTypes(address.type, leafTypes);
  if (leafTypes.empty())
    return leaves;
  if (leafTypes.size() == 2) { // A closure: its pointer and environment.
    for (int32_t i = 0; i < 2; ++i)
      leaves.push_back(builder.create<mlir::LLVM::LoadOp>(
          l, leafTypes[i], getLeafAddress(address, i)));
    return leaves;
  }
  mlir::Type leaf = leafTypes[0];
  mlir::Type storage = ModuleEmitter::getStorageLeafType(leaf);
  mlir::Value value = builder.create<mlir::LLVM::LoadOp>(l, storage,
                                                         address.ptr);
  if (leaf.isIndex())
    value = builder.create<mlir::index::CastUOp>(l, leaf, value);
  else if (storage != leaf) // A vector of `index`.
    value = builder.create<mlir::arith::IndexCastUIOp>(l, leaf, value);
  leaves.push_back(value);
  return leaves;
}

void FunctionEmitter::store(Address address,
                            llvm::ArrayRef<mlir::Value> leaves) {
  mlir::Location l = address.ptr.getLoc();
  if (llvm::isa<sema::StructType, sema::TupleType>(address.type)) {
    for (unsigned i = 0, e = sema::getNumFields(address.type); i < e; ++i) {
      Address field = getFieldAddress(address, i);
      unsigned n = module.getNumLeaves(field.type);
      store(field, leaves.take_front(n));
      leaves = leaves.drop_front(n);
    }
    return;
  }
  if (leaves.empty())
    return;
  if (leaves.size() == 2) { // A closure: its pointer and environment.
    for (int32_t i = 0; i < 2; ++i)
      builder.create<mlir::LLVM::StoreOp>(l, leaves[i],
                                          getLeafAddress(address, i));
    return;
  }
  mlir::Value value = leaves[0];
  mlir::Type storage = ModuleEmitter::getStorageLeafType(value.getType());
  if (value.getType().isIndex())
    value = builder.create<mlir::index::CastUOp>(l, storage, value);
  else if (storage != value.getType()) // A vector of `index`.
    value = builder.create<mlir::arith::IndexCastUIOp>(l, storage, value);
  builder.create<mlir::LLVM::StoreOp>(l, value, address.ptr);
}

/// The most elements of a `*values: T` list whose buffer LLVM sees as an
/// alloca (emitVariadicList); SROA splits none larger than a few hundred.
constexpr int64_t kLaunderedVariadicElements = 1024;

/// The arguments of `*values: T`, before a call:
///
///   f(a, b, c)  ->  buf = alloca [3 x T]          (entry block, once)
///                   buf[0] = a; buf[1] = b; buf[2] = c
///                   f({buf, 3})
///
/// or, for `VariadicListMem`, `buf[i] = &a` (a read element is the
/// caller's own value, or a temporary it destroys after the call; an owned
/// one a value the callee now owns). The alloca is static, as
/// `__stack_allocation`'s is, so a call in a loop reuses one buffer and
/// LLVM sees through a small constant list (SROA).
llvm::SmallVector<mlir::Value>
FunctionEmitter::emitVariadicList(const sema::CExpr &expr) {
  mlir::Location l = loc(expr.range);
  auto ptrType = mlir::LLVM::LLVMPointerType::get(builder.getContext());
  mlir::Type elementStorage = expr.elementsByAddress
                                  ? mlir::Type(ptrType)
                                  : module.getStorageType(expr.typeOperand);
  int64_t count = int64_t(expr.operands.size());
  mlir::Value buffer;
  {
    mlir::OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(entryBlock);
    mlir::Value n = builder.create<mlir::arith::ConstantIntOp>(
        l, std::max<int64_t>(count, 1), 64);
    buffer = builder.create<mlir::LLVM::AllocaOp>(l, ptrType, elementStorage,
                                                  n);
    // LLVM's InstCombine takes time quadratic in the number of addresses
    // computed from one alloca: 10,000 elements took 5 s at -O3, 100,000
    // minutes. Past a size where SROA would not split the buffer anyway,
    // the elements are addressed through a laundered copy of the pointer
    // (the same address), which is no alloca to it.
    if (count > kLaunderedVariadicElements)
      buffer = builder
                   .create<mlir::LLVM::CallIntrinsicOp>(
                       l, ptrType, "llvm.launder.invariant.group.p0",
                       mlir::ValueRange{buffer})
                   .getResult(0);
  }
  for (int64_t i = 0; i < count; ++i) {
    const sema::CExpr &element = *expr.operands[i];
    mlir::Value at = builder.create<mlir::LLVM::GEPOp>(
        l, ptrType, elementStorage, buffer,
        llvm::ArrayRef<mlir::LLVM::GEPArg>{int32_t(i)});
    if (expr.elementsByAddress)
      builder.create<mlir::LLVM::StoreOp>(l, emitAddressOf(element).ptr, at);
    else
      emitInto(element, {at, expr.typeOperand});
  }
  return {buffer, builder.create<mlir::index::ConstantOp>(l, count)};
}
