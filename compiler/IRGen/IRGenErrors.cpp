//===- IRGenErrors.cpp - Raising, handling and the error ABI --------------===//
//
// Errors do not unwind. A raising function takes one extra trailing
// argument, a pointer to the caller's Error slot, and returns one extra
// trailing `i1`, "raised". To raise, it stores the Error in that slot and
// returns true (its other results are poison). A call site tests the flag:
//
//   %r:2 = call @f(%x, %pending) : (index, !llvm.ptr) -> (index, i1)
//   %raised = llvm.intr.expect %r#1, false
//   cond_br %raised, ^error, ^next
//   ^error: <onError>; br ^target
//
// where ^target is the innermost `except`, the error landing of a `finally`
// on the way there (which runs it and branches on), or the function's error
// exit (which stores the error into the caller's slot and returns true).
//
// Within one function the error travels in one slot, `pendingError`, which
// every raising call is given. An `except` copies it into its variable on
// entry; a `finally` run on the error path saves it around the block (the
// block may handle errors of its own) and restores it after. The error exit
// copies it into the caller's slot.
//
// A `finally` is emitted once per way out of its `try` (the normal end,
// each `return`, `break` and `continue` that leaves it, and one shared
// landing block for the errors that reach it), so no path needs to remember
// where it was going. Error edges share their targets: the `except` block,
// a `finally`'s landing, or the function's one error exit.
//
//   try: B except e: H else: E finally: F
//     B                  (errors -> ^except; other exits run F first)
//     E; br ^end         (errors and exits in E and H run F first)
//   ^except: e = pending; H; br ^end
//   ^end: F
//
//===----------------------------------------------------------------------===//
#include "compiler/IRGen/IRGenImpl.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/UB/IR/UBOps.h"

using namespace mojo;
using namespace mojo::irgen;

bool ModuleEmitter::usesErrorABI(const sema::FuncInstance *instance) {
  return instance->raises;
}

void ModuleEmitter::addErrorABI(const sema::FuncInstance *instance,
                                llvm::SmallVectorImpl<mlir::Type> &inputs,
                                llvm::SmallVectorImpl<mlir::Type> &results) {
  if (!usesErrorABI(instance))
    return;
  inputs.push_back(mlir::LLVM::LLVMPointerType::get(&context));
  results.push_back(mlir::IntegerType::get(&context, 1));
}

Address FunctionEmitter::getPendingError() {
  if (!pendingError)
    pendingError = createSlot(module.program.errorType);
  return *pendingError;
}

void FunctionEmitter::copyError(Address from, Address to) {
  store(to, load(from));
}

void FunctionEmitter::emitErrorTest(mlir::Value raised,
                                    const sema::CBlock &onError,
                                    mlir::Location l) {
  // Errors are the exception: LLVM lays the error edges out of the way.
  mlir::Value no = builder.create<mlir::arith::ConstantIntOp>(l, 0, 1);
  raised = builder.create<mlir::LLVM::ExpectOp>(l, raised, no);
  auto *error = new mlir::Block(), *next = new mlir::Block();
  builder.create<mlir::cf::CondBranchOp>(l, raised, error, next);
  func.getBody().push_back(error);
  builder.setInsertionPointToStart(error);
  emitBlock(onError);
  if (isReachable())
    propagateError(l);
  func.getBody().push_back(next);
  builder.setInsertionPointToStart(next);
}

void FunctionEmitter::emitRaise(const sema::CStmt &stmt) {
  mlir::Location l = loc(stmt.range);
  llvm::SmallVector<mlir::Value> error =
      stmt.value ? emitValue(*stmt.value) : loadLocal(stmt.local);
  if (!isReachable())
    return;
  store(getPendingError(), error);
  emitBlock(stmt.onError);
  if (isReachable())
    propagateError(l);
}

void FunctionEmitter::propagateError(mlir::Location l) {
  builder.create<mlir::cf::BranchOp>(l, getErrorTarget(regions.size(), l));
  builder.clearInsertionPoint();
}

mlir::Block *FunctionEmitter::getErrorTarget(size_t depth, mlir::Location l) {
  for (size_t i = depth; i-- > 0;) {
    if (regions[i].kind == ErrorRegion::Handler)
      return regions[i].handler;
    // Not a reference across the call: emitting may grow `regions`.
    if (!regions[i].errorLanding)
      regions[i].errorLanding = emitErrorLanding(i, l);
    return regions[i].errorLanding;
  }
  if (!errorExit)
    errorExit = emitErrorExit(l);
  return errorExit;
}

/// ^landing: saved = pending; <finally>; pending = saved; br <next target>
/// The `finally` may handle errors of its own in `pending`, hence the copy.
mlir::Block *FunctionEmitter::emitErrorLanding(size_t index, mlir::Location l) {
  mlir::OpBuilder::InsertionGuard guard(builder);
  auto *block = new mlir::Block();
  func.getBody().push_back(block);
  builder.setInsertionPointToStart(block);
  Address pending = getPendingError();
  Address saved = createSlot(pending.type);
  copyError(pending, saved);
  emitFinallyCopy(index);
  if (isReachable()) { // Unless the `finally` left by `return`, `break`...
    copyError(saved, pending);
    builder.create<mlir::cf::BranchOp>(l, getErrorTarget(index, l));
  }
  return block;
}

/// ^exit: *errorArg = pending; return poison..., true
mlir::Block *FunctionEmitter::emitErrorExit(mlir::Location l) {
  mlir::OpBuilder::InsertionGuard guard(builder);
  auto *block = new mlir::Block();
  func.getBody().push_back(block);
  builder.setInsertionPointToStart(block);
  if (!errorArg) {
    // Sema lets no error reach the end of a function that does not raise.
    builder.create<mlir::LLVM::UnreachableOp>(l);
    return block;
  }
  Address pending = getPendingError();
  copyError(pending, {errorArg, pending.type});
  llvm::SmallVector<mlir::Value> values;
  for (mlir::Type type : func.getFunctionType().getResults().drop_back())
    values.push_back(builder.create<mlir::ub::PoisonOp>(l, type));
  values.push_back(builder.create<mlir::arith::ConstantIntOp>(l, 1, 1));
  builder.create<mlir::func::ReturnOp>(l, values);
  return block;
}

void FunctionEmitter::emitFinallyBlocks(size_t depth) {
  for (size_t i = regions.size(); i-- > depth && isReachable();)
    if (regions[i].kind == ErrorRegion::Finally)
      emitFinallyCopy(i);
}

void FunctionEmitter::emitFinallyCopy(size_t index) {
  const ErrorRegion region = regions[index];
  auto savedRegions = regions;
  auto savedLoops = loops;
  regions.truncate(index);
  loops.truncate(region.loopDepth);
  ++finallyCopyDepth;
  emitBlock(region.tryStmt->finally);
  --finallyCopyDepth;
  regions = std::move(savedRegions);
  loops = std::move(savedLoops);
}

void FunctionEmitter::emitTry(const sema::CStmt &stmt) {
  mlir::Location l = loc(stmt.range);
  bool hasFinally = !stmt.finally.empty();
  if (hasFinally)
    regions.push_back(
        {ErrorRegion::Finally, &stmt, nullptr, size_t(loops.size())});
  mlir::Block *handler = stmt.hasHandler ? new mlir::Block() : nullptr;
  if (handler)
    regions.push_back(
        {ErrorRegion::Handler, &stmt, handler, size_t(loops.size())});
  emitBlock(stmt.body);
  if (handler)
    regions.pop_back();

  auto *end = new mlir::Block();
  emitBlock(stmt.orElse);
  if (isReachable())
    builder.create<mlir::cf::BranchOp>(l, end);
  // A handler nothing raises into is not emitted.
  if (handler && handler->hasNoPredecessors()) {
    delete handler;
  } else if (handler) {
    func.getBody().push_back(handler);
    builder.setInsertionPointToStart(handler);
    copyError(getPendingError(), getLocalAddress(stmt.local));
    emitBlock(stmt.handler);
    if (isReachable())
      builder.create<mlir::cf::BranchOp>(l, end);
  }
  if (hasFinally)
    regions.pop_back();
  continueAt(end);
  if (isReachable())
    emitBlock(stmt.finally);
}
