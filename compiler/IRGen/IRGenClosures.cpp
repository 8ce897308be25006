//===- IRGenClosures.cpp - Function values and closure environments -------===//
//
// A value of a function type without `capturing` is one pointer, the
// function's address. A value of a `capturing` (or `escaping`) type is two:
// the function's address and its environment. A closure's environment is an
// array of the addresses of the variables it captures, built in a slot of
// the frame that declares it; the closure takes it as a hidden argument
// after its parameters (ValueLowering.cpp). A function that captures
// nothing travels as a capturing value through a trampoline that takes the
// function itself as the environment and calls it.
//
// Addresses come from `func.constant` and calls through values are
// `func.call_indirect`; both are on MLIR function types, which the
// conversion to LLVM turns into pointers, so the casts between the two
// cancel out there.
//
//===----------------------------------------------------------------------===//
#include "compiler/IRGen/IRGenImpl.h"

#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mojo;
using namespace mojo::irgen;

mlir::Value ModuleEmitter::getFunctionPointer(mlir::OpBuilder &builder,
                                              mlir::Location l,
                                              mlir::func::FuncOp func) {
  mlir::Value fn = builder.create<mlir::func::ConstantOp>(
      l, func.getFunctionType(), mlir::SymbolRefAttr::get(func));
  auto ptrType = mlir::LLVM::LLVMPointerType::get(&context);
  return builder
      .create<mlir::UnrealizedConversionCastOp>(l, mlir::TypeRange{ptrType},
                                                fn)
      .getResult(0);
}

/// `type` with an environment pointer added before the error slot.
static mlir::FunctionType withEnvironment(mlir::FunctionType type,
                                          bool raises) {
  llvm::SmallVector<mlir::Type, 8> inputs(type.getInputs());
  auto ptrType = mlir::LLVM::LLVMPointerType::get(type.getContext());
  inputs.insert(inputs.end() - (raises ? 1 : 0), ptrType);
  return mlir::FunctionType::get(type.getContext(), inputs, type.getResults());
}

/// func.func @"__trampoline(...)"(%args..., %env, [%error]) {
///   %f = cast %env to (args..., [error]) -> results
///   %r = call_indirect %f(%args..., [%error]); return %r
/// }
mlir::func::FuncOp ModuleEmitter::getTrampoline(mlir::FunctionType type,
                                                bool raises,
                                                mlir::Location l) {
  mlir::func::FuncOp &slot = trampolines[type];
  if (slot)
    return slot;
  mlir::OpBuilder builder(&context);
  builder.setInsertionPointToEnd(module.getBody());
  std::string name;
  llvm::raw_string_ostream os(name);
  os << "__trampoline" << trampolines.size() << type;
  slot = builder.create<mlir::func::FuncOp>(l, name,
                                            withEnvironment(type, raises));
  slot.setPrivate();
  mlir::Block *entry = slot.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  llvm::SmallVector<mlir::Value, 8> args(entry->getArguments());
  size_t envIndex = args.size() - 1 - (raises ? 1 : 0);
  mlir::Value env = args[envIndex];
  args.erase(args.begin() + envIndex);
  mlir::Value fn =
      builder.create<mlir::UnrealizedConversionCastOp>(l, type, env)
          .getResult(0);
  auto call = builder.create<mlir::func::CallIndirectOp>(l, fn, args);
  builder.create<mlir::func::ReturnOp>(l, call.getResults());
  return slot;
}

llvm::SmallVector<mlir::Value>
FunctionEmitter::emitFuncRef(const sema::CExpr &expr) {
  mlir::Location l = loc(expr.range);
  const sema::FuncInstance *callee = expr.callee;
  mlir::func::FuncOp func = module.getFunction(callee);
  mlir::Value pointer = module.getFunctionPointer(builder, l, func);
  auto *type = llvm::cast<sema::FunctionType>(expr.type);
  if (!type->hasEnvironment())
    return {pointer};
  if (!callee->captures.empty())
    return {pointer, getClosureEnv(callee, l)};
  mlir::func::FuncOp trampoline = module.getTrampoline(
      func.getFunctionType(), ModuleEmitter::usesErrorABI(callee), l);
  return {module.getFunctionPointer(builder, l, trampoline), pointer};
}

/// The value operand 0, then the call through it:
///   %f = cast %pointer to (lowered signature); call_indirect %f(args..., [env])
llvm::SmallVector<mlir::Value>
FunctionEmitter::emitIndirectCall(const sema::CExpr &expr,
                                  std::optional<Address> dest) {
  mlir::Location l = loc(expr.range);
  const sema::FuncInstance *signature = expr.callee;
  const SignatureLowering &sig = module.getSignature(signature);
  llvm::SmallVector<mlir::Value> value = emitValue(*expr.operands[0]);
  llvm::SmallVector<mlir::Value, 8> args;
  for (size_t i = 1; i < expr.operands.size(); ++i) {
    const sema::CExpr &operand = *expr.operands[i];
    if (sig.byAddress[i - 1])
      args.push_back(emitAddressOf(operand).ptr);
    else
      args.append(emitValue(operand));
  }
  if (value.size() > 1)
    args.push_back(value[1]); // The environment.
  mlir::Value fn = builder
                       .create<mlir::UnrealizedConversionCastOp>(
                           l, mlir::TypeRange{sig.type}, value[0])
                       .getResult(0);
  return emitInvoke(signature, std::move(args), dest, l, &expr.onError, fn);
}

Address FunctionEmitter::getCapturedAddress(const sema::LocalVar *var,
                                            const sema::FuncInstance *owner) {
  if (owner == &instance)
    return getLocalAddress(var);
  auto it = reached.find(var);
  assert(it != reached.end() && "Sema captured what every closure needs");
  return getLocalAddress(it->second);
}

mlir::Value FunctionEmitter::getClosureEnv(const sema::FuncInstance *closure,
                                           mlir::Location l) {
  // The instances of a parametric closure share its template's layout.
  closure = sema::getEnvironmentOwner(closure);
  auto it = closureEnvs.find(closure);
  if (it != closureEnvs.end())
    return it->second;
  auto ptrType = mlir::LLVM::LLVMPointerType::get(&module.context);
  auto arrayType =
      mlir::LLVM::LLVMArrayType::get(ptrType, closure->captures.size());
  mlir::Value env;
  {
    mlir::OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(entryBlock);
    mlir::Value one = builder.create<mlir::arith::ConstantIntOp>(l, 1, 64);
    env = builder.create<mlir::LLVM::AllocaOp>(l, ptrType, arrayType, one);
  }
  for (size_t k = 0; k < closure->captures.size(); ++k) {
    Address address =
        getCapturedAddress(closure->captures[k].first, closure->closureParent);
    mlir::Value slot = builder.create<mlir::LLVM::GEPOp>(
        l, ptrType, arrayType, env,
        llvm::ArrayRef<mlir::LLVM::GEPArg>{0, int32_t(k)});
    builder.create<mlir::LLVM::StoreOp>(l, address.ptr, slot);
  }
  return env;
}

void FunctionEmitter::bindEnvironments(unsigned &argIndex) {
  for (const sema::FuncInstance *closure :
       sema::getEnvironmentArgs(instance))
    closureEnvs[closure] = entryBlock->getArgument(argIndex++);
  if (instance.captures.empty())
    return;
  // What each capture reaches, up the chain of enclosing closures: a
  // closure may need the environment of one declared further out.
  for (const auto &[outer, local] : instance.captures)
    for (const sema::LocalVar *var = outer; var; var = var->capturedFrom)
      reached.try_emplace(var, local);
  // A closure reaches what it captures through its own environment.
  mlir::Location l = func.getLoc();
  mlir::Value env = closureEnvs[sema::getEnvironmentOwner(&instance)];
  auto ptrType = mlir::LLVM::LLVMPointerType::get(&module.context);
  auto arrayType =
      mlir::LLVM::LLVMArrayType::get(ptrType, instance.captures.size());
  for (size_t k = 0; k < instance.captures.size(); ++k) {
    mlir::Value slot = builder.create<mlir::LLVM::GEPOp>(
        l, ptrType, arrayType, env,
        llvm::ArrayRef<mlir::LLVM::GEPArg>{0, int32_t(k)});
    mlir::Value address = builder.create<mlir::LLVM::LoadOp>(l, ptrType, slot);
    const sema::LocalVar *local = instance.captures[k].second;
    locals[local] = {address, local->type};
  }
}
