//===- InterpreterPlaces.cpp - Where the interpreter's values live ---------===//
//
// A place is a variable's storage in a frame (a Value, or a part of one)
// or memory (Memory.h). Reads, writes and destructions go through one of
// each kind; a `mut` argument is the caller's place; a Deref is memory.
//
//===----------------------------------------------------------------------===//
#include "compiler/Comptime/Interpreter.h"

#include "compiler/Comptime/Layout.h"
#include "compiler/SemIR/Program.h"

using namespace mojo;
using namespace mojo::comptime;
using sema::CExpr;
using Kind = sema::CExpr::Kind;

std::optional<Interpreter::Place>
Interpreter::localPlace(const sema::LocalVar *var) {
  Frame &frame = *frames.back();
  auto ref = frame.refs.find(var);
  if (ref != frame.refs.end())
    return ref->second;
  Place p;
  p.value = &local(var);
  p.type = var->type;
  p.owner = var;
  p.ownerFrame = frames.size() - 1;
  return p;
}

std::optional<Interpreter::Place> Interpreter::place(const CExpr &expr) {
  switch (expr.kind) {
  case Kind::Local:
    return localPlace(expr.local);
  case Kind::Temporary: {
    std::optional<Value> value = eval(*expr.operands[0]);
    if (!value)
      return std::nullopt;
    std::optional<Place> slot = localPlace(expr.local);
    if (!store(*slot, std::move(*value), expr.range))
      return std::nullopt;
    return slot;
  }
  case Kind::Field:
    return fieldPlace(expr);
  case Kind::Deref: {
    std::optional<Value> pointer = eval(*expr.operands[0]);
    if (!pointer)
      return std::nullopt;
    if (pointer->kind != Value::Kind::Pointer)
      return stop(expr.range, "it dereferences a pointer it does not know");
    return Place::at(Address::of(*pointer), expr.type);
  }
  case Kind::Call:
    if (expr.refResult) {
      returnedPlace.reset();
      if (!evalCall(expr))
        return std::nullopt;
      if (returnedPlace)
        return returnedPlace;
    }
    [[fallthrough]];
  default:
    return stop(expr.range, "it needs the address of a value that has none");
  }
}

std::optional<Interpreter::Place> Interpreter::fieldPlace(const CExpr &expr) {
  std::optional<Place> base = place(*expr.operands[0]);
  if (!base)
    return std::nullopt;
  if (base->inMemory()) {
    sema::Type type = expr.operands[0]->type;
    Address field = base->address;
    field.offset += getLayouts().getFieldOffset(type, expr.fieldIndex);
    return Place::at(field, sema::getFieldType(type, expr.fieldIndex));
  }
  Place part = *base;
  part.type = sema::getFieldType(expr.operands[0]->type, expr.fieldIndex);
  if (part.owner)
    part.ownerPath.push_back(expr.fieldIndex);
  Value &value = *base->value;
  if (value.kind == Value::Kind::Literal) { // `IntLiteral.value`.
    std::optional<Value> leaf = indexLeaf(value.literal, expr.range);
    if (!leaf)
      return std::nullopt;
    value = Value::ofFields({std::move(*leaf)});
  }
  if (value.kind == Value::Kind::String) { // Taken apart for good.
    std::optional<Value> ptr = stringField(value, 0, expr.range);
    std::optional<Value> length = stringField(value, 1, expr.range);
    if (!ptr || !length)
      return std::nullopt;
    value = Value::ofFields({std::move(*ptr), std::move(*length)});
  }
  if (value.kind != Value::Kind::Aggregate ||
      expr.fieldIndex >= value.fields.size())
    return stop(expr.range, "it reads a field of a value it cannot take "
                            "apart");
  part.value = &value.fields[expr.fieldIndex];
  return part;
}

std::optional<Value> Interpreter::load(const Place &place, SourceRange range) {
  if (!place.inMemory()) {
    if (place.value->isUndef())
      return stop(range, "it reads a value that was never initialized");
    return *place.value;
  }
  std::string why;
  std::optional<Value> value = getMemory().load(place.address, place.type, why);
  if (!value)
    return stop(range, why);
  return value;
}

bool Interpreter::store(const Place &place, Value value, SourceRange range) {
  if (!place.inMemory()) {
    *place.value = std::move(value);
    return true;
  }
  std::string why;
  return getMemory().store(place.address, value, place.type, why) ||
         failedIn(std::move(why), range);
}

/// Whether a value of `type` has a destructor to run, or parts that do.
static bool needsDestroy(sema::Type type) {
  if (auto *tuple = llvm::dyn_cast<sema::TupleType>(type))
    return llvm::any_of(tuple->getElements(), needsDestroy);
  auto *st = llvm::dyn_cast<sema::StructType>(type);
  return st && st->getInfo()->lifecycle.needsDestroy;
}

bool Interpreter::destroyAt(const Place &place, sema::Type type,
                            SourceRange range) {
  if (!place.inMemory())
    return destroy(*place.value, type, range);
  if (!needsDestroy(type))
    return true; // Nothing to run; the bytes stay as they are.
  std::optional<Value> value = load(place, range);
  if (!value || !destroy(*value, type, range))
    return false;
  std::optional<Layouts::Size> size = getLayouts().getSize(type);
  std::string why;
  return !size || getMemory().forget(place.address, size->bytes, why) ||
         failedIn(std::move(why), range);
}

/// Mirrors IRGen's destruction (IRGenLifecycle.cpp): a struct's own
/// `__del__` ends its fields' lives itself; a tuple, or a struct without
/// one, destroys its fields.
bool Interpreter::destroy(Value &value, sema::Type type, SourceRange range) {
  if (auto *tuple = llvm::dyn_cast<sema::TupleType>(type)) {
    for (unsigned i = 0, e = tuple->getElements().size(); i < e; ++i)
      if (value.kind == Value::Kind::Aggregate &&
          !destroy(value.fields[i], tuple->getElements()[i], range))
        return false;
    return true;
  }
  auto *st = llvm::dyn_cast<sema::StructType>(type);
  if (!st || !st->getInfo()->lifecycle.needsDestroy || value.isUndef())
    return true;
  const sema::Lifecycle &life = st->getInfo()->lifecycle;
  if (life.destructor) {
    Value self = std::move(value);
    value = Value();
    return call(*life.destructor, {std::move(self)}, {std::nullopt}, range)
        .has_value();
  }
  const auto &fields = st->getInfo()->fields;
  for (unsigned i = 0; i < fields.size(); ++i)
    if (value.kind == Value::Kind::Aggregate &&
        !destroy(value.fields[i], fields[i].type, range))
      return false;
  return true;
}
