//===- SemaMemoryBuiltins.cpp - The compiler's memory primitives ----------===//
//
// The few builtins `UnsafePointer` and the `memory` module are written
// over (docs/compiler/memory.md). A pointer is an opaque `!llvm.ptr`, so
// each names the type of the memory it reads as a parameter:
//
//   __get_address_as_lvalue[T](p)          the `T` at `p`: an lvalue
//   __get_address_as_uninit_lvalue[T](p)   the same, holding no value yet:
//                                          only assigned (`= v^`), which
//                                          initializes it
//   __get_address_as_owned_value[T](p)     the `T` at `p`, moved out; the
//                                          memory holds no value after
//   __get_lvalue_as_address(x)             the address of the place `x`
//   __sizeof[T]()  __alignof[T]()          T's size and alignment in bytes
//   __stack_allocation[T, n, align]()      a buffer for n T's in the frame
//
// The sizes are the target's data layout of T's storage (IRGen), so they
// are run-time constants that LLVM folds; the compile-time interpreter
// does not know them yet.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

#include "compiler/Basic/Budgets.h"

#include "llvm/ADT/StringSwitch.h"

using namespace mojo;
using namespace mojo::sema;

namespace {
enum class MemoryBuiltin {
  None,
  LValue,
  UninitLValue,
  OwnedValue,
  AddressOf,
  Size,
  Align,
  StackAlloc
};
} // namespace

static MemoryBuiltin getMemoryBuiltin(llvm::StringRef name) {
  return llvm::StringSwitch<MemoryBuiltin>(name)
      .Case("__get_address_as_lvalue", MemoryBuiltin::LValue)
      .Case("__get_address_as_uninit_lvalue", MemoryBuiltin::UninitLValue)
      .Case("__get_address_as_owned_value", MemoryBuiltin::OwnedValue)
      .Case("__get_lvalue_as_address", MemoryBuiltin::AddressOf)
      .Case("__sizeof", MemoryBuiltin::Size)
      .Case("__alignof", MemoryBuiltin::Align)
      .Case("__stack_allocation", MemoryBuiltin::StackAlloc)
      .Default(MemoryBuiltin::None);
}

/// What `builtin` takes, for the message of a misuse.
static const char *getUsage(MemoryBuiltin builtin) {
  switch (builtin) {
  case MemoryBuiltin::Size:
  case MemoryBuiltin::Align:
    return "one type parameter and no arguments";
  case MemoryBuiltin::AddressOf:
    return "one variable, field or reference, and no parameters";
  case MemoryBuiltin::StackAlloc:
    return "a type, a count and an alignment as parameters, and no arguments";
  default:
    return "one type parameter and one address";
  }
}

/// `__get_lvalue_as_address(x)`: `x` must be a place; a `read` argument
/// in registers gets one (IRGen spills it once).
Entity BodyChecker::checkAddressOf(const ast::CallExpr &call) {
  SourceRange range = call.getRange();
  if (call.getArgs().size() != 1 || call.getArgs()[0].hasKeyword()) {
    diags.report(range, DiagID::err_memory_builtin_arity)
        << "__get_lvalue_as_address" << getUsage(MemoryBuiltin::AddressOf);
    return Entity::error(range);
  }
  CExprPtr place = checkValue(call.getArgs()[0].value);
  if (!place)
    return Entity::error(range);
  if (!place->isLValue() || place->kind == CExpr::Kind::Temporary) {
    diags.report(place->range, DiagID::err_memory_builtin_arity)
        << "__get_lvalue_as_address" << "a variable, a field or a reference";
    return Entity::error(range);
  }
  auto address = makeExpr(CExpr::Kind::AddressOf,
                          sema.program->types.getMLIRType("!llvm.ptr"), range);
  address->operands.push_back(std::move(place));
  return valueEntity(std::move(address));
}

/// The type a memory builtin's parameter names, with its fields resolved
/// (IRGen lays it out); null when the parameter is not a type. Unknown in
/// a generic body checked against its bounds: each instance is checked
/// again with it known (the node's type there is a placeholder).
Type BodyChecker::getLayoutType(const CValue &param) {
  if (param.kind == CValue::Kind::Unknown) {
    instance.substitutable = false;
    return sema.program->types.getErrorType();
  }
  if (param.kind != CValue::Kind::Type)
    return nullptr;
  if (auto *st = llvm::dyn_cast<StructType>(param.type))
    sema.resolveFields(st->getInfo());
  return param.type;
}

/// `__stack_allocation[T, count, alignment]()`: both numbers are
/// compile-time constants, so the buffer is one static alloca.
Entity BodyChecker::checkStackAllocation(const ast::SubscriptExpr &subscript,
                                         const ast::CallExpr &call) {
  SourceRange range = call.getRange();
  llvm::ArrayRef<ast::Argument> params = subscript.getIndices();
  auto misused = [&] {
    diags.report(range, DiagID::err_memory_builtin_arity)
        << "__stack_allocation" << getUsage(MemoryBuiltin::StackAlloc);
    return Entity::error(range);
  };
  if (params.size() != 3 || !call.getArgs().empty())
    return misused();
  std::optional<CValue> type = evaluateParameter(params[0].value);
  std::optional<CValue> count = evaluateParameter(params[1].value);
  std::optional<CValue> align = evaluateParameter(params[2].value);
  if (!type || !count || !align)
    return Entity::error(range);
  auto alloc = makeExpr(CExpr::Kind::StackAlloc,
                        sema.program->types.getMLIRType("!llvm.ptr"), range);
  alloc->typeOperand = getLayoutType(*type);
  // A generic body checked against its bounds: each instance is checked
  // again with the numbers known.
  if (count->kind == CValue::Kind::Unknown ||
      align->kind == CValue::Kind::Unknown) {
    instance.substitutable = false;
    return valueEntity(std::move(alloc));
  }
  if (!alloc->typeOperand || count->kind != CValue::Kind::Int ||
      align->kind != CValue::Kind::Int)
    return misused();
  if (llvm::isa<ErrorType>(alloc->typeOperand))
    return valueEntity(std::move(alloc));
  int64_t n = count->intValue.getExtValue();
  int64_t a = align->intValue.getExtValue();
  if (n < 0 || n > budget::kMaxStackAllocation || a < 1 || (a & (a - 1))) {
    diags.report(range, DiagID::err_stack_allocation_size)
        << n << a << budget::kMaxStackAllocation;
    return Entity::error(range);
  }
  alloc->intValue = llvm::APSInt(llvm::APInt(64, n), false);
  alloc->fieldIndex = unsigned(a);
  return valueEntity(std::move(alloc));
}

std::optional<Entity>
BodyChecker::checkMemoryBuiltin(const ast::CallExpr &call) {
  SourceRange range = call.getRange();
  auto misused = [&](llvm::StringRef name, MemoryBuiltin builtin) {
    diags.report(range, DiagID::err_memory_builtin_arity)
        << name << getUsage(builtin);
    return Entity::error(range);
  };
  // `__get_lvalue_as_address(x)`, or another written without its type.
  if (auto *bare = llvm::dyn_cast<ast::NameExpr>(&ast.get(call.getCallee()))) {
    MemoryBuiltin builtin = getMemoryBuiltin(bare->getName());
    if (builtin == MemoryBuiltin::None || lookupLocal(bare->getName()))
      return std::nullopt;
    if (builtin == MemoryBuiltin::AddressOf)
      return checkAddressOf(call);
    return misused(bare->getName(), builtin);
  }
  auto *subscript =
      llvm::dyn_cast<ast::SubscriptExpr>(&ast.get(call.getCallee()));
  auto *base = subscript ? llvm::dyn_cast<ast::NameExpr>(
                               &ast.get(subscript->getBase()))
                         : nullptr;
  MemoryBuiltin builtin =
      base ? getMemoryBuiltin(base->getName()) : MemoryBuiltin::None;
  if (builtin == MemoryBuiltin::None || lookupLocal(base->getName()))
    return std::nullopt;
  llvm::StringRef name = base->getName();
  if (builtin == MemoryBuiltin::StackAlloc)
    return checkStackAllocation(*subscript, call);
  bool isQuery = builtin == MemoryBuiltin::Size ||
                 builtin == MemoryBuiltin::Align;
  size_t numArgs = isQuery ? 0 : 1;
  if (builtin == MemoryBuiltin::AddressOf ||
      subscript->getIndices().size() != 1 ||
      subscript->getIndices()[0].hasKeyword() ||
      call.getArgs().size() != numArgs ||
      (numArgs && call.getArgs()[0].hasKeyword()))
    return misused(name, builtin);
  std::optional<CValue> param =
      evaluateParameter(subscript->getIndices()[0].value);
  if (!param)
    return Entity::error(range);
  Type type = getLayoutType(*param);
  if (!type) {
    diags.report(ast.get(subscript->getIndices()[0].value).getRange(),
                 DiagID::err_memory_builtin_arity)
        << name << "a type as its parameter";
    return Entity::error(range);
  }
  Type intType = sema.getHookType("Int");
  if (isQuery) {
    auto query = makeExpr(builtin == MemoryBuiltin::Size
                              ? CExpr::Kind::SizeOf
                              : CExpr::Kind::AlignOf,
                          intType, range);
    query->typeOperand = type;
    return valueEntity(std::move(query));
  }

  CExprPtr address = checkValue(call.getArgs()[0].value);
  if (!address)
    return Entity::error(range);
  auto *ptrType = llvm::dyn_cast<MLIRType>(address->type);
  if (!ptrType || ptrType->getSpelling() != "!llvm.ptr") {
    diags.report(address->range, DiagID::err_memory_builtin_address)
        << name << getTypeName(address->type);
    return Entity::error(range);
  }
  auto place = makeExpr(CExpr::Kind::Deref, type, range);
  place->operands.push_back(ownedValue(std::move(address)));
  if (builtin == MemoryBuiltin::LValue)
    return valueEntity(std::move(place));
  if (builtin == MemoryBuiltin::UninitLValue) {
    // Only an assignment's target may name it (isInitialization).
    if (!checkingAssignTarget) {
      diags.report(range, DiagID::err_uninitialized_place_read) << name;
      return Entity::error(range);
    }
    place->uninitialized = true;
    return valueEntity(std::move(place));
  }
  if (sema.isTrivial(type))
    return valueEntity(std::move(place)); // Its bits, read as they are.
  CExprPtr moved = moveValue(std::move(place), range);
  if (!moved)
    return Entity::error(range);
  return valueEntity(std::move(moved));
}
