//===- IRGenStmt.cpp - Function bodies and statements ---------------------===//
//
// Control flow is emitted as `cf` branches between blocks:
//
//   if c: A else: B     ->  cond_br c, ^then, ^else; ^then: A; br ^end; ...
//   while c: A else: B  ->  br ^head; ^head: cond_br c, ^body, ^else;
//                           ^body: A; br ^head; ^else: B; br ^end
//
// `break` branches to ^end (skipping the else), `continue` to ^head.
// `try`, `raise` and the error edges of raising calls are in IRGenErrors.cpp.
//
// Only reachable code is emitted. After a terminator (`return`, `break`,
// `continue`) the builder has no insertion point and the rest of the block
// is skipped (Sema checked it); a join block nothing branches to (^end of an
// `if` whose branches all return) is dropped. So every block has a
// predecessor and ends in a terminator, which the lowering relies on: the
// dialect conversion only visits reachable blocks.
//
//===----------------------------------------------------------------------===//
#include "compiler/IRGen/IRGenImpl.h"

#include "compiler/Basic/Budgets.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"

using namespace mojo;
using namespace mojo::irgen;

FunctionEmitter::FunctionEmitter(ModuleEmitter &module,
                                 const sema::FuncInstance &instance)
    : module(module), instance(instance), builder(&module.context) {}

void FunctionEmitter::emit() {
  func = module.getFunction(&instance);
  entryBlock = func.addEntryBlock();
  builder.setInsertionPointToStart(entryBlock);

  // Parameters: one passed by address (`mut`, `ref`, a memory value) is
  // used in place; a read-only register value stays the entry block's
  // arguments (a slot only if its address is needed); the others are
  // copied into slots, as they may be assigned.
  const SignatureLowering &sig = module.getSignature(&instance);
  unsigned argIndex = 0;
  if (sig.indirectResult) {
    resultPtr = entryBlock->getArgument(argIndex++);
    // A constructor (or an `out` argument) builds its value in place.
    if (instance.hasNamedResult())
      locals[instance.resultLocal] = {resultPtr, instance.result};
  }
  for (size_t i = 0; i < instance.params.size(); ++i) {
    const sema::ParamSlot &slot = instance.params[i];
    const sema::LocalVar *local = instance.paramLocals[i];
    if (sig.byAddress[i]) {
      Address address{entryBlock->getArgument(argIndex++), slot.type};
      // A `def`'s `read` argument is its own copy, which it may change.
      if (slot.convention == sema::Convention::Read && !local->readOnly) {
        Address copy = getLocalAddress(local);
        store(copy, load(address));
        continue;
      }
      locals[local] = address;
      continue;
    }
    unsigned n = module.getNumLeaves(slot.type);
    llvm::SmallVector<mlir::Value> leaves;
    for (unsigned j = 0; j < n; ++j)
      leaves.push_back(entryBlock->getArgument(argIndex++));
    if (local->readOnly)
      readOnlyParams[local] = leaves;
    else
      store(getLocalAddress(local), leaves);
  }
  bindEnvironments(argIndex);
  if (ModuleEmitter::usesErrorABI(&instance))
    errorArg = entryBlock->getArgument(argIndex++);
  emitBlock(instance.body);
  if (isReachable())
    emitImplicitReturn(func.getLoc());
}

void FunctionEmitter::continueAt(mlir::Block *block) {
  if (block->hasNoPredecessors()) {
    delete block;
    builder.clearInsertionPoint();
    return;
  }
  func.getBody().push_back(block);
  builder.setInsertionPointToStart(block);
}

void FunctionEmitter::emitImplicitReturn(mlir::Location l) {
  if (instance.hasNamedResult()) {
    // Built in place when returned indirectly; else returned by value.
    if (resultPtr)
      emitReturnOp(l, {});
    else
      emitReturnOp(l, loadLocal(instance.resultLocal));
    return;
  }
  if (module.getNumLeaves(instance.result) == 0) {
    emitReturnOp(l, {});
    return;
  }
  // Sema proved every path returns; this block is unreachable.
  builder.create<mlir::LLVM::UnreachableOp>(l);
}

void FunctionEmitter::emitBlock(const sema::CBlock &block) {
  for (const sema::CStmtPtr &stmt : block) {
    if (!isReachable() || copyLimitReached)
      return;
    if (finallyCopyDepth &&
        ++copiedStatements > budget::kMaxFinallyCopyStatements) {
      copyLimitReached = true;
      module.diags.report(stmt->range, DiagID::err_finally_copy_limit)
          << budget::kMaxFinallyCopyStatements;
      module.failed = true;
      return;
    }
    emitStmt(*stmt);
  }
}

void FunctionEmitter::emitStmt(const sema::CStmt &stmt) {
  using Kind = sema::CStmt::Kind;
  switch (stmt.kind) {
  case Kind::Expr:
    (void)emitValue(*stmt.value);
    return;
  case Kind::Init:
    // A new variable: its value is built in its slot.
    return emitInto(*stmt.value, getLocalAddress(stmt.local));
  case Kind::Assign: {
    // The value may read the target (`p = f(p)`), so a memory value is
    // built aside and then moved in, bit by bit.
    if (stmt.destroysOld) { // `p[] = v`: the old value dies in place.
      Address value = emitAddressOf(*stmt.value);
      Address target = emitAddress(*stmt.target);
      emitDestroy(target);
      store(target, load(value));
      return;
    }
    if (module.isHeldInMemory(stmt.value->type)) {
      Address value = emitAddressOf(*stmt.value);
      store(emitAddress(*stmt.target), load(value));
      return;
    }
    llvm::SmallVector<mlir::Value> value = emitValue(*stmt.value);
    store(emitAddress(*stmt.target), value);
    return;
  }
  case Kind::Destroy:
    return emitDestroy(emitAddress(*stmt.target));
  case Kind::If:
    return emitIf(stmt);
  case Kind::While:
    return emitWhile(stmt);
  case Kind::Break:
  case Kind::Continue: {
    // The loop is read first: a `finally` copy may push its own loops.
    Loop loop = loops.back();
    emitFinallyBlocks(loop.regionDepth);
    if (!isReachable())
      return; // A `finally` left by its own `return`, `break` or `raise`.
    emitCleanups(stmt.afterFinally);
    builder.create<mlir::cf::BranchOp>(
        loc(stmt.range),
        stmt.kind == Kind::Break ? loop.breakTarget : loop.continueTarget);
    builder.clearInsertionPoint();
    return;
  }
  case Kind::Return:
    return emitReturn(stmt);
  case Kind::Block:
    return emitBlock(stmt.body);
  case Kind::Raise:
    return emitRaise(stmt);
  case Kind::Try:
    return emitTry(stmt);
  }
}

/// Emits `stmts` into `block`, appended to the function, then falls through
/// to `next` unless the code ended in a terminator.
void FunctionEmitter::emitBlockInto(mlir::Block *block,
                                    const sema::CBlock &stmts,
                                    mlir::Block *next, mlir::Location l) {
  func.getBody().push_back(block);
  builder.setInsertionPointToStart(block);
  emitBlock(stmts);
  if (isReachable())
    builder.create<mlir::cf::BranchOp>(l, next);
}

/// Each clause tests its condition where the previous ones were false; a
/// loop over the flat `elif` list, so a long chain costs no recursion.
void FunctionEmitter::emitIf(const sema::CStmt &stmt) {
  mlir::Location l = loc(stmt.range);
  auto *endBlock = new mlir::Block();
  auto emitClause = [&](const sema::CStmt &clause) {
    mlir::Value cond = emitCondition(*clause.cond);
    auto *thenBlock = new mlir::Block(), *elseBlock = new mlir::Block();
    builder.create<mlir::cf::CondBranchOp>(loc(clause.range), cond, thenBlock,
                                           elseBlock);
    emitBlockInto(thenBlock, clause.body, endBlock, l);
    return elseBlock;
  };
  mlir::Block *elseBlock = emitClause(stmt);
  for (const sema::CStmtPtr &elif : stmt.elifs) {
    func.getBody().push_back(elseBlock);
    builder.setInsertionPointToStart(elseBlock);
    elseBlock = emitClause(*elif);
  }
  emitBlockInto(elseBlock, stmt.orElse, endBlock, l);
  continueAt(endBlock);
}

void FunctionEmitter::emitWhile(const sema::CStmt &stmt) {
  mlir::Location l = loc(stmt.range);
  mlir::Region &region = func.getBody();
  auto *head = new mlir::Block(), *body = new mlir::Block(),
       *orElse = new mlir::Block(), *end = new mlir::Block();
  region.push_back(head);
  builder.create<mlir::cf::BranchOp>(l, head);
  builder.setInsertionPointToStart(head);
  mlir::Value cond = emitCondition(*stmt.cond);
  builder.create<mlir::cf::CondBranchOp>(l, cond, body, orElse);

  loops.push_back({head, end, regions.size()});
  emitBlockInto(body, stmt.body, head, l);
  loops.pop_back();
  emitBlockInto(orElse, stmt.orElse, end, l);
  continueAt(end);
}

/// The value is computed before the enclosing `finally` blocks run (they
/// cannot change it), and a `finally` that returns itself wins.
void FunctionEmitter::emitReturn(const sema::CStmt &stmt) {
  mlir::Location l = loc(stmt.range);
  if (instance.hasNamedResult()) {
    emitFinallyBlocks(0);
    if (isReachable()) {
      emitCleanups(stmt.afterFinally);
      emitImplicitReturn(l);
    }
    builder.clearInsertionPoint();
    return;
  }
  llvm::SmallVector<mlir::Value> values;
  if (instance.resultIsRef && stmt.value)
    values.push_back(emitAddress(*stmt.value).ptr);
  else if (resultPtr && stmt.value)
    emitInto(*stmt.value, {resultPtr, instance.result});
  else if (stmt.value)
    values = emitValue(*stmt.value);
  if (!isReachable())
    return;
  emitFinallyBlocks(0);
  if (!isReachable())
    return;
  emitCleanups(stmt.afterFinally);
  emitReturnOp(l, values);
  builder.clearInsertionPoint();
}

void FunctionEmitter::emitReturnOp(mlir::Location l,
                                   llvm::SmallVector<mlir::Value> values) {
  if (errorArg)
    values.push_back(builder.create<mlir::arith::ConstantIntOp>(l, 0, 1));
  builder.create<mlir::func::ReturnOp>(l, values);
}
