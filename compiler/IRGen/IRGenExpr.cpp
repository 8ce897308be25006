//===- IRGenExpr.cpp - Expressions ----------------------------------------===//
#include "compiler/IRGen/IRGenImpl.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Index/IR/IndexOps.h"
#include "mlir/IR/Verifier.h"

using namespace mojo;
using namespace mojo::irgen;
using Kind = sema::CExpr::Kind;

Address FunctionEmitter::emitAddress(const sema::CExpr &expr) {
  if (expr.kind == Kind::Local)
    return getLocalAddress(expr.local);
  if (expr.kind == Kind::Temporary) {
    Address slot = getLocalAddress(expr.local);
    emitInto(*expr.operands[0], slot);
    return slot;
  }
  if (expr.kind == Kind::Deref)
    return {emitValue(*expr.operands[0])[0], expr.type};
  if (expr.kind == Kind::Call && expr.refResult)
    return {emitCall(expr)[0], expr.type}; // The callee returns an address.
  assert(expr.kind == Kind::Field && "not an lvalue");
  return getFieldAddress(emitAddress(*expr.operands[0]), expr.fieldIndex);
}

/// The size of `type`'s storage, or its alignment: the offset of the
/// element after it (`gep null[1]`), or of it after one byte
/// (`gep {i8, T} null[0, 1]`). LLVM folds either to the target's constant.
mlir::Value FunctionEmitter::emitLayoutQuery(Type type, bool alignment,
                                             mlir::Location l) {
  auto ptrType = mlir::LLVM::LLVMPointerType::get(builder.getContext());
  mlir::Type storage = module.getStorageType(type);
  mlir::Value null = builder.create<mlir::LLVM::ZeroOp>(l, ptrType);
  mlir::Value end;
  if (alignment) {
    auto padded = mlir::LLVM::LLVMStructType::getLiteral(
        builder.getContext(), {builder.getI8Type(), storage});
    end = builder.create<mlir::LLVM::GEPOp>(
        l, ptrType, padded, null, llvm::ArrayRef<mlir::LLVM::GEPArg>{0, 1});
  } else {
    end = builder.create<mlir::LLVM::GEPOp>(
        l, ptrType, storage, null, llvm::ArrayRef<mlir::LLVM::GEPArg>{1});
  }
  mlir::Value bytes =
      builder.create<mlir::LLVM::PtrToIntOp>(l, builder.getI64Type(), end);
  return builder.create<mlir::index::CastUOp>(l, builder.getIndexType(),
                                              bytes);
}

/// `__stack_allocation[T, n, align]()`: a static alloca of `n` T's storage
/// in the entry block. A buffer sized at run time would be a dynamic
/// alloca, which inlining brackets with stacksave/stackrestore: freed as
/// soon as the inlined `stack_allocation` returns.
mlir::Value FunctionEmitter::emitStackAlloc(const sema::CExpr &expr) {
  mlir::OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(entryBlock);
  mlir::Location l = loc(expr.range);
  mlir::Value count = builder.create<mlir::arith::ConstantIntOp>(
      l, expr.intValue.getSExtValue(), 64);
  auto ptrType = mlir::LLVM::LLVMPointerType::get(builder.getContext());
  return builder.create<mlir::LLVM::AllocaOp>(
      l, ptrType, module.getStorageType(expr.typeOperand), count,
      unsigned(expr.fieldIndex));
}

mlir::Value FunctionEmitter::emitCondition(const sema::CExpr &expr) {
  llvm::SmallVector<mlir::Value> leaves = emitValue(expr);
  assert(leaves.size() == 1 && "a condition is one i1");
  return leaves[0];
}

llvm::SmallVector<mlir::Value>
FunctionEmitter::emitValue(const sema::CExpr &expr) {
  mlir::Location l = loc(expr.range);
  switch (expr.kind) {
  case Kind::IntConst: {
    // An IntLiteral's runtime image is one `index` (Sema checked the range).
    int64_t value = expr.intValue.extOrTrunc(64).getExtValue();
    return {builder.create<mlir::index::ConstantOp>(l, value)};
  }
  case Kind::StringConst: {
    mlir::Value ptr = module.getStringConstant(builder, l, expr.text);
    mlir::Value length =
        builder.create<mlir::index::ConstantOp>(l, int64_t(expr.text.size()));
    return {ptr, length};
  }
  case Kind::MLIRConst: {
    llvm::SmallVector<mlir::Type, 1> leafTypes;
    module.getLeafTypes(expr.type, leafTypes);
    if (leafTypes.size() != 1)
      return {}; // The type was reported.
    mlir::ScopedDiagnosticHandler silence(
        &module.context, [](mlir::Diagnostic &) { return mlir::success(); });
    auto attr = mlir::dyn_cast_or_null<mlir::TypedAttr>(
        mlir::parseAttribute(expr.text, &module.context, leafTypes[0]));
    if (!attr) {
      module.diags.report(expr.range, DiagID::err_invalid_mlir_attr)
          << expr.text;
      module.failed = true;
      return {};
    }
    return {builder.create<mlir::arith::ConstantOp>(l, attr)};
  }
  case Kind::ConstAddress:
    return {module.getConstantAddress(
        builder, l, {expr.fieldIndex, expr.intValue.getZExtValue()})};
  case Kind::Local:
    return loadLocal(expr.local);
  case Kind::Field: {
    const sema::LocalVar *root = expr.getRootLocal();
    if ((root && !readOnlyParams.count(root)) || expr.isReference())
      return load(emitAddress(expr));
    // A field of a temporary: take its leaves out of the whole.
    llvm::SmallVector<mlir::Value> whole = emitValue(*expr.operands[0]);
    Type base = expr.operands[0]->type;
    unsigned offset = 0;
    for (unsigned i = 0; i < expr.fieldIndex; ++i)
      offset += module.getNumLeaves(sema::getFieldType(base, i));
    unsigned n = module.getNumLeaves(expr.type);
    return llvm::SmallVector<mlir::Value>(
        llvm::ArrayRef(whole).slice(offset, n));
  }
  case Kind::Call:
    if (expr.refResult)
      return load(emitAddress(expr));
    return emitCall(expr);
  case Kind::Deref:
    return load(emitAddress(expr));
  case Kind::AddressOf:
    return {emitAddress(*expr.operands[0]).ptr};
  case Kind::SizeOf:
  case Kind::AlignOf:
    return {emitLayoutQuery(expr.typeOperand, expr.kind == Kind::AlignOf, l)};
  case Kind::StackAlloc:
    return {emitStackAlloc(expr)};
  case Kind::VariadicList:
    return emitVariadicList(expr);
  case Kind::FuncRef:
    return emitFuncRef(expr);
  case Kind::CallIndirect:
    return emitIndirectCall(expr, std::nullopt);
  case Kind::MLIROp:
    return emitMLIROp(expr);
  case Kind::And:
  case Kind::Or:
    return emitShortCircuit(expr);
  case Kind::Not: {
    mlir::Value value = emitCondition(*expr.operands[0]);
    mlir::Value one = builder.create<mlir::arith::ConstantIntOp>(l, 1, 1);
    return {builder.create<mlir::arith::XOrIOp>(l, value, one)};
  }
  case Kind::Select:
    return emitSelect(expr);
  case Kind::Bind: {
    llvm::SmallVector<mlir::Value> value = emitValue(*expr.operands[0]);
    store(getLocalAddress(expr.local), value);
    return value;
  }
  case Kind::None:
    return {};
  case Kind::Tuple: {
    llvm::SmallVector<mlir::Value> leaves;
    for (const sema::CExprPtr &element : expr.operands)
      leaves.append(emitValue(*element));
    return leaves;
  }
  case Kind::Copy:
  case Kind::Move:
    return emitTransfer(expr, std::nullopt);
  case Kind::Temporary:
    return load(emitAddress(expr));
  case Kind::Cleanup: {
    llvm::SmallVector<mlir::Value> value = emitValue(*expr.operands[0]);
    emitCleanups(expr.cleanups);
    return value;
  }
  case Kind::Parameter:
    llvm_unreachable("only check-only instances, never emitted, hold one");
  case Kind::Error:
    llvm_unreachable("a program with errors is never emitted");
  }
  return {};
}

llvm::SmallVector<mlir::Value>
FunctionEmitter::emitCall(const sema::CExpr &expr,
                          std::optional<Address> dest) {
  const sema::FuncInstance *callee = expr.callee;
  const SignatureLowering &sig = module.getSignature(callee);
  llvm::SmallVector<mlir::Value, 8> args;
  for (size_t i = 0; i < expr.operands.size(); ++i) {
    const sema::CExpr &operand = *expr.operands[i];
    if (sig.byAddress[i])
      args.push_back(emitAddressOf(operand).ptr);
    else
      args.append(emitValue(operand));
  }
  return emitInvoke(callee, std::move(args), dest, loc(expr.range),
                    &expr.onError);
}

llvm::SmallVector<mlir::Value>
FunctionEmitter::emitInvoke(const sema::FuncInstance *callee,
                            llvm::SmallVector<mlir::Value, 8> args,
                            std::optional<Address> dest, mlir::Location l,
                            const sema::CBlock *onError,
                            mlir::Value fnValue) {
  const SignatureLowering &sig = module.getSignature(callee);
  for (const sema::FuncInstance *closure : sema::getEnvironmentArgs(*callee))
    args.push_back(getClosureEnv(closure, l));
  std::optional<Address> result = dest;
  if (sig.indirectResult && !result) {
    // A result nobody placed comes back in a slot of this frame, one per
    // type: it is loaded right after the call, so the next call may reuse
    // the slot.
    auto [it, inserted] = resultSlots.try_emplace(callee->result);
    if (inserted)
      it->second = createSlot(callee->result);
    result = it->second;
  }
  if (sig.indirectResult)
    args.insert(args.begin(), result->ptr);
  bool raises = ModuleEmitter::usesErrorABI(callee);
  if (raises)
    args.push_back(getPendingError().ptr);
  mlir::Operation *call =
      fnValue ? builder.create<mlir::func::CallIndirectOp>(l, fnValue, args)
                    .getOperation()
              : builder
                    .create<mlir::func::CallOp>(l, module.getFunction(callee),
                                                args)
                    .getOperation();
  llvm::SmallVector<mlir::Value> values(call->getResults());
  if (raises) {
    static const sema::CBlock none;
    emitErrorTest(values.pop_back_val(), onError ? *onError : none, l);
  }
  if (dest) {
    if (!sig.indirectResult)
      store(*dest, values);
    return {};
  }
  if (result)
    return load(*result);
  return values;
}

/// `__mlir_op.`name`[attr = value, _type = T](operands)`: any registered
/// op, built generically. A `func.call` to a symbol not defined in the
/// module declares it with the call's signature, which is how the stdlib
/// reaches the C runtime.
llvm::SmallVector<mlir::Value>
FunctionEmitter::emitMLIROp(const sema::CExpr &expr) {
  mlir::Location l = loc(expr.range);
  mlir::MLIRContext &ctx = module.context;
  auto registered = mlir::RegisteredOperationName::lookup(expr.text, &ctx);
  if (!registered) {
    module.diags.report(expr.range, DiagID::err_unknown_mlir_op) << expr.text;
    module.failed = true;
    return {};
  }
  mlir::OperationState state(l, *registered);
  // An operand that failed (its op was diagnosed, or its type) has lost
  // its leaves; building this op would only add a second, confusing error.
  bool complete = !module.hasInvalidLeaf(expr.type);
  for (const sema::CExprPtr &operand : expr.operands) {
    llvm::SmallVector<mlir::Value> leaves = emitValue(*operand);
    complete &= !module.hasInvalidLeaf(operand->type) &&
                leaves.size() == module.getNumLeaves(operand->type);
    state.addOperands(leaves);
  }
  if (!complete) {
    module.failed = true;
    return {};
  }
  for (const auto &[name, text] : expr.attributes) {
    mlir::ScopedDiagnosticHandler silence(&ctx, [](mlir::Diagnostic &) {
      return mlir::success();
    });
    mlir::Attribute attr = mlir::parseAttribute(text, &ctx);
    if (!attr) {
      module.diags.report(expr.range, DiagID::err_invalid_mlir_attr) << text;
      module.failed = true;
      return {};
    }
    state.addAttribute(name, attr);
  }
  llvm::SmallVector<mlir::Type, 2> resultTypes;
  module.getLeafTypes(expr.type, resultTypes);
  state.addTypes(resultTypes);

  if (expr.text == "func.call") {
    if (auto callee = mlir::dyn_cast_or_null<mlir::FlatSymbolRefAttr>(
            state.attributes.get("callee"))) {
      llvm::SmallVector<mlir::Type, 4> inputs;
      for (mlir::Value v : state.operands)
        inputs.push_back(v.getType());
      module.getOrDeclareExternal(
          callee.getValue(),
          mlir::FunctionType::get(&ctx, inputs, resultTypes), l);
    }
  }
  mlir::Operation *op = builder.create(state);
  // An inherent attribute of the wrong kind is dropped when the op stores
  // it in its properties, and the verifier would then only say that it is
  // missing.
  for (const auto &[name, text] : expr.attributes) {
    std::optional<mlir::Attribute> kept = op->getInherentAttr(name);
    if (kept && *kept != state.attributes.get(name)) {
      module.diags.report(expr.range, DiagID::err_wrong_kind_mlir_attr)
          << text << name << expr.text;
      module.failed = true;
      return {};
    }
  }
  if (mlir::failed(mlir::verify(op))) {
    module.failed = true;
    return {};
  }
  return llvm::SmallVector<mlir::Value>(op->getResults());
}

/// `a and b` -> cond_br a, ^rhs, ^end(false); ^rhs: br ^end(b); ^end(%r: i1)
///
/// A chain `a and b and c` (left-nested: a chained comparison of thousands
/// of operands is one) is emitted as one sequence of tests branching to one
/// join block, walking the chain in a loop rather than recursing into it.
llvm::SmallVector<mlir::Value>
FunctionEmitter::emitShortCircuit(const sema::CExpr &expr) {
  mlir::Location l = loc(expr.range);
  bool isAnd = expr.kind == Kind::And;
  llvm::SmallVector<const sema::CExpr *, 4> operands;
  const sema::CExpr *spine = &expr;
  for (; spine->kind == expr.kind; spine = spine->operands[0].get())
    operands.push_back(spine->operands[1].get());
  operands.push_back(spine);
  std::reverse(operands.begin(), operands.end());

  mlir::Region &region = func.getBody();
  auto *end = new mlir::Block();
  end->addArgument(builder.getI1Type(), l);
  for (const sema::CExpr *operand : llvm::ArrayRef(operands).drop_back()) {
    mlir::Value value = emitCondition(*operand);
    auto *next = new mlir::Block();
    // The value that decides the chain is its result.
    if (isAnd)
      builder.create<mlir::cf::CondBranchOp>(l, value, next,
                                             mlir::ValueRange{}, end,
                                             mlir::ValueRange{value});
    else
      builder.create<mlir::cf::CondBranchOp>(l, value, end,
                                             mlir::ValueRange{value}, next,
                                             mlir::ValueRange{});
    region.push_back(next);
    builder.setInsertionPointToStart(next);
  }
  mlir::Value last = emitCondition(*operands.back());
  builder.create<mlir::cf::BranchOp>(l, end, mlir::ValueRange{last});
  region.push_back(end);
  builder.setInsertionPointToStart(end);
  return {end->getArgument(0)};
}

/// `a if c else b` -> cond_br c, ^a, ^b; ... ^end(leaves...)
llvm::SmallVector<mlir::Value>
FunctionEmitter::emitSelect(const sema::CExpr &expr) {
  mlir::Location l = loc(expr.range);
  mlir::Value cond = emitCondition(*expr.operands[0]);
  mlir::Region &region = func.getBody();
  auto *thenBlock = new mlir::Block(), *elseBlock = new mlir::Block(),
       *end = new mlir::Block();
  llvm::SmallVector<mlir::Type, 4> leafTypes;
  module.getLeafTypes(expr.type, leafTypes);
  for (mlir::Type t : leafTypes)
    end->addArgument(t, l);
  builder.create<mlir::cf::CondBranchOp>(l, cond, thenBlock, elseBlock);
  region.push_back(thenBlock);
  builder.setInsertionPointToStart(thenBlock);
  builder.create<mlir::cf::BranchOp>(l, end, emitValue(*expr.operands[1]));
  region.push_back(elseBlock);
  builder.setInsertionPointToStart(elseBlock);
  builder.create<mlir::cf::BranchOp>(l, end, emitValue(*expr.operands[2]));
  region.push_back(end);
  builder.setInsertionPointToStart(end);
  return llvm::SmallVector<mlir::Value>(end->getArguments());
}
