//===- ValueLowering.cpp - How values are held and passed -----------------===//
//
// The two questions every call, function entry and return asks, answered
// in one place (DESIGN.md, "Value representation, decided once"):
//
// How is a value of a type held? In registers, as its leaves, when the
// type is `@register_passable` (or an MLIR type, or a tuple of register
// types); in memory otherwise: a stack slot, reached by address. Copying
// such a value is its `__copyinit__`, never an implicit load of its bytes.
//
// How does each argument and the result of an instance travel?
//
//   read    register type: its leaves     memory type: its address
//   owned   register type: its leaves     memory type: the address of a
//                                         value the callee now owns
//   mut/ref the address of the caller's variable
//   result  its leaves, or written through a pointer passed first, for a
//           memory type (so `__init__` builds `self` in its final place)
//           or more than kMaxDirectResultLeaves leaves
//   closure environments, one pointer each (docs/compiler/closures.md)
//   raises  a trailing pointer to the caller's Error slot, and a trailing
//           `i1` result, "raised" (IRGenErrors.cpp)
//
// Trivial register types (`Int`, `Bool`) therefore cost nothing, and a
// memory struct passed `read` through a hot loop is one pointer.
//
//===----------------------------------------------------------------------===//
#include "compiler/IRGen/IRGenImpl.h"

using namespace mojo;
using namespace mojo::irgen;

bool ModuleEmitter::isHeldInMemory(Type type) {
  // A tuple is in registers exactly when all its elements are.
  if (auto *tuple = llvm::dyn_cast<sema::TupleType>(type))
    return llvm::any_of(tuple->getElements(),
                        [&](Type element) { return isHeldInMemory(element); });
  auto *st = llvm::dyn_cast<sema::StructType>(type);
  return st && !st->getInfo()->registerPassable;
}

const SignatureLowering &
ModuleEmitter::getSignature(const sema::FuncInstance *instance) {
  std::unique_ptr<SignatureLowering> &slot = signatures[instance];
  if (slot)
    return *slot;
  slot = std::make_unique<SignatureLowering>();
  SignatureLowering &sig = *slot;
  llvm::SmallVector<mlir::Type, 8> inputs, results;
  auto ptrType = mlir::LLVM::LLVMPointerType::get(&context);
  // A reference (`-> ref T`) comes back as its address.
  sig.indirectResult =
      !instance->resultIsRef &&
      (isHeldInMemory(instance->result) ||
       getNumLeaves(instance->result) > kMaxDirectResultLeaves);
  if (sig.indirectResult)
    inputs.push_back(ptrType); // Where to build the result.
  for (size_t i = 0; i < instance->params.size(); ++i) {
    const sema::ParamSlot &slot = instance->params[i];
    // The argument a returned reference may point into must stay where
    // the caller has it, even a register value passed `read`.
    bool byAddress = slot.convention == sema::Convention::Mut ||
                     slot.convention == sema::Convention::Ref ||
                     isHeldInMemory(slot.type) ||
                     int(i) == instance->refOriginArg;
    sig.byAddress.push_back(byAddress);
    if (byAddress)
      inputs.push_back(ptrType);
    else
      getLeafTypes(slot.type, inputs);
  }
  if (instance->resultIsRef)
    results.push_back(ptrType);
  else if (!sig.indirectResult)
    getLeafTypes(instance->result, results);
  // Closures' environments (IRGenClosures.cpp): the instance's own, those
  // of the closures bound to its parameters, or, called through a value of
  // a capturing function type, the one that value carries.
  size_t environments = sema::getEnvironmentArgs(*instance).size();
  if (instance->signatureOf && instance->signatureOf->hasEnvironment())
    ++environments;
  inputs.append(environments, ptrType);
  addErrorABI(instance, inputs, results);
  sig.type = mlir::FunctionType::get(&context, inputs, results);
  return sig;
}
