//===- InterpreterMemory.cpp - Pointers and memory at compile time --------===//
//
// The interpreter's side of memory (Memory.h): the checked memory nodes
// (SemIR/Checked.h: Deref is a place, AddressOf, SizeOf, AlignOf,
// StackAlloc, VariadicList), and the `__mlir_op`s the stdlib's `UnsafePointer` and
// `memory` module are made of, which no MLIR folder evaluates:
//
//   llvm.mlir.zero            the null pointer
//   llvm.getelementptr        an offset, in elements of `elem_type`
//   llvm.ptrtoint / inttoptr  an address as an integer and back (below)
//   llvm.load / llvm.store    a leaf, at a pointer
//   llvm.intr.memcpy/memset   blocks of bytes
//   func.call @mojo_rt_alloc / @mojo_rt_free   the heap
//
// An address as an integer is the allocation's number times 2^40 plus the
// offset: equal, ordered and aligned as the pointers it came from, and
// never zero for a pointer other than null. It means nothing at run time;
// `inttoptr` turns it back into the pointer it came from, and refuses an
// integer that names no allocation.
//
//===----------------------------------------------------------------------===//
#include "compiler/Comptime/Interpreter.h"

#include "compiler/Basic/Budgets.h"
#include "compiler/Comptime/Folder.h"
#include "compiler/Comptime/Layout.h"
#include "compiler/SemIR/Program.h"

#include "mlir/Dialect/LLVMIR/LLVMTypes.h"
#include "mlir/IR/BuiltinAttributes.h"

using namespace mojo;
using namespace mojo::comptime;
using sema::CExpr;
using Kind = sema::CExpr::Kind;

/// LLVM's layouts of the two targets mojoc builds for, for a client that
/// names no target (the language server, the fuzz target): their sizes
/// are then only what `sizeof` would say on such a machine.
static llvm::StringRef getDefaultDataLayout(const TargetFacts &target) {
  if (target.arch == "aarch64")
    return "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32";
  return "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-"
         "n8:16:32:64-S128";
}

Layouts &Interpreter::getLayouts() {
  if (!layouts) {
    const TargetFacts &target = host.getTarget();
    layouts = std::make_unique<Layouts>(
        getFolder(), target.dataLayout.empty() ? getDefaultDataLayout(target)
                                               : target.dataLayout);
  }
  return *layouts;
}

Memory &Interpreter::getMemory() {
  if (!memory)
    memory = std::make_unique<Memory>(
        getLayouts(), getFolder(), getLayouts().getDataLayout().isLittleEndian());
  return *memory;
}

bool Interpreter::failedIn(std::string why, SourceRange range) {
  stop(range, std::move(why));
  return false;
}

Value Interpreter::intValue(uint64_t value) {
  return Value::ofFields({Value::ofLeaf(mlir::IntegerAttr::get(
      mlir::IndexType::get(&getContext()), llvm::APInt(64, value)))});
}

std::optional<Layouts::Size> Interpreter::layoutOf(sema::Type type,
                                                   SourceRange range) {
  std::optional<Layouts::Size> size = getLayouts().getSize(type);
  if (!size)
    stop(range, "`" + sema::getTypeName(type) + "` has no layout in memory");
  return size;
}

std::optional<Value> Interpreter::sizeValue(sema::Type type, bool alignment,
                                            SourceRange range) {
  std::optional<Layouts::Size> size = layoutOf(type, range);
  if (!size)
    return std::nullopt;
  return intValue(alignment ? size->align : size->bytes);
}

std::optional<Value> Interpreter::stringField(const Value &string,
                                              unsigned field,
                                              SourceRange range) {
  if (field == 1)
    return intValue(string.text.size());
  auto it = stringBytes.find(string.text);
  if (it == stringBytes.end()) {
    // With a terminating NUL, as the literal's bytes have at run time.
    if (!chargeElements(string.text.size() + 1, range))
      return std::nullopt;
    Address at = getMemory().allocateConstant(
        llvm::StringRef(string.text.c_str(), string.text.size() + 1));
    it = stringBytes.emplace(string.text, at).first;
  }
  return it->second.toValue();
}

std::optional<sema::ConstantAddress>
Interpreter::exportPointer(const Value &pointer, std::string &why) {
  if (pointer.kind != Value::Kind::Pointer) {
    why = "it holds a pointer it does not know";
    return std::nullopt;
  }
  return getMemory().exportAddress(Address::of(pointer), host.getConstants(),
                                   why);
}

std::optional<sema::ConstantAddress>
Interpreter::exportValue(const Value &value, sema::Type type,
                         std::string &why) {
  std::optional<Layouts::Size> size = getLayouts().getSize(type);
  if (!size) {
    why = "a `" + sema::getTypeName(type) + "` cannot be laid out in memory";
    return std::nullopt;
  }
  // Stored in an allocation of its own, exported with what it reaches.
  Memory &memory = getMemory();
  Address at = memory.allocate(size->bytes, Memory::Lifetime::Heap);
  std::optional<sema::ConstantAddress> exported;
  if (memory.store(at, value, type, why))
    exported = memory.exportAddress(at, host.getConstants(), why);
  std::string ignored;
  memory.free(at, ignored);
  return exported;
}

std::optional<Value> Interpreter::evalMemoryNode(const CExpr &expr) {
  switch (expr.kind) {
  case Kind::SizeOf:
  case Kind::AlignOf:
    return sizeValue(expr.typeOperand, expr.kind == Kind::AlignOf,
                     expr.range);
  case Kind::AddressOf: {
    std::optional<Place> target = place(*expr.operands[0]);
    if (!target)
      return std::nullopt;
    if (target->inMemory())
      return target->address.toValue();
    std::optional<Address> address = spillToMemory(*target, expr.range);
    if (!address)
      return std::nullopt;
    return address->toValue();
  }
  case Kind::StackAlloc: {
    std::optional<Layouts::Size> size = layoutOf(expr.typeOperand, expr.range);
    if (!size)
      return std::nullopt;
    std::optional<Address> buffer =
        stackBuffer(expr, size->bytes * expr.intValue.getZExtValue());
    if (!buffer)
      return std::nullopt;
    return buffer->toValue();
  }
  case Kind::ConstAddress: // A constant's pointer: its blocks, imported.
    return getMemory()
        .importAddress({expr.fieldIndex, expr.intValue.getZExtValue()},
                       host.getConstants())
        .toValue();
  default:
    return stop(expr.range, "it uses an expression the interpreter lacks");
  }
}

/// One buffer per node and frame, as one static alloca is; an
/// `@always_inline` function's is its caller's, where inlining puts it.
std::optional<Address> Interpreter::stackBuffer(const CExpr &node,
                                                uint64_t bytes) {
  size_t owner = frames.size() - 1;
  while (owner > evaluationBase && frames[owner]->function->info &&
         frames[owner]->function->info->alwaysInline)
    --owner;
  Address &buffer = frames[owner]->stackBuffers[&node];
  if (buffer.allocation)
    return buffer;
  if (!chargeElements(bytes, node.range))
    return std::nullopt;
  buffer = getMemory().allocate(bytes, Memory::Lifetime::Stack);
  return buffer;
}

/// Where a variadic element of a list of addresses lives: an lvalue's own
/// place (a variable moves into memory for it), or an owned rvalue's,
/// made in this frame, as IRGen's slot for it is.
std::optional<Address> Interpreter::addressOfElement(const CExpr &element) {
  if (element.isLValue()) {
    std::optional<Place> place = this->place(element);
    if (!place)
      return std::nullopt;
    return place->inMemory() ? place->address
                             : spillToMemory(*place, element.range);
  }
  std::optional<Value> value = eval(element);
  std::optional<Layouts::Size> size =
      value ? layoutOf(element.type, element.range) : std::nullopt;
  if (!size)
    return std::nullopt;
  if (!chargeElements(size->bytes, element.range))
    return std::nullopt;
  Address at = getMemory().allocate(size->bytes, Memory::Lifetime::Stack);
  frames.back()->spilled.push_back(at);
  std::string why;
  if (!getMemory().store(at, *value, element.type, why))
    return stop(element.range, why);
  return at;
}

std::optional<Value> Interpreter::evalVariadicList(const CExpr &expr) {
  std::optional<Layouts::Size> size =
      expr.elementsByAddress
          ? getLayouts().getLeafSize(
                mlir::LLVM::LLVMPointerType::get(&getContext()))
          : layoutOf(expr.typeOperand, expr.range);
  if (!size)
    return std::nullopt;
  std::optional<Address> buffer =
      stackBuffer(expr, size->bytes * expr.operands.size());
  if (!buffer)
    return std::nullopt;
  std::string why;
  for (size_t i = 0; i < expr.operands.size(); ++i) {
    Address at{buffer->allocation, buffer->offset + i * size->bytes};
    const CExpr &element = *expr.operands[i];
    if (!expr.elementsByAddress) {
      std::optional<Value> value = eval(element);
      if (!value)
        return std::nullopt;
      if (!getMemory().store(at, *value, expr.typeOperand, why))
        return stop(element.range, why);
      continue;
    }
    std::optional<Address> address = addressOfElement(element);
    if (!address)
      return std::nullopt;
    if (!getMemory().storeLeaf(at, address->toValue(),
                               mlir::LLVM::LLVMPointerType::get(&getContext()),
                               why))
      return stop(element.range, why);
  }
  return Value::ofFields(
      {Value::ofFields({buffer->toValue()}), intValue(expr.operands.size())});
}

/// A variable is a value in its frame until its address is taken; then
/// it moves into memory for the rest of its frame's life, and every place
/// that named its storage (its own frame's, and those of the callees it
/// was passed to by reference) names the memory instead.
std::optional<Address> Interpreter::spillToMemory(const Place &place,
                                                  SourceRange range) {
  if (!place.owner)
    return stop(range, "it takes the address of a value that is not in a "
                       "variable");
  const sema::LocalVar *var = place.owner;
  Frame &frame = *frames[place.ownerFrame];
  std::optional<Layouts::Size> size = layoutOf(var->type, range);
  if (!size)
    return std::nullopt;
  if (!chargeElements(size->bytes, range))
    return std::nullopt;
  Address base = getMemory().allocate(size->bytes, Memory::Lifetime::Stack);
  frame.spilled.push_back(base);
  Value &storage = *frame.vars[var];
  std::string why;
  if (!getMemory().store(base, storage, var->type, why))
    return stop(range, why);
  storage = Value();
  frame.refs[var] = Place::at(base, var->type);
  for (size_t i = place.ownerFrame; i < frames.size(); ++i)
    for (auto &[param, ref] : frames[i]->refs)
      if (ref.owner == var && ref.ownerFrame == place.ownerFrame)
        ref = Place::at({base.allocation, offsetInOwner(ref)}, ref.type);
  return Address{base.allocation, offsetInOwner(place)};
}

uint64_t Interpreter::offsetInOwner(const Place &place) {
  uint64_t offset = 0;
  sema::Type type = place.owner->type;
  for (unsigned field : place.ownerPath) {
    offset += getLayouts().getFieldOffset(type, field);
    type = sema::getFieldType(type, field);
  }
  return offset;
}

/// The attribute `name` of an op, as written; empty if absent.
static llvm::StringRef getAttribute(const CExpr &expr, llvm::StringRef name) {
  for (const auto &[key, text] : expr.attributes)
    if (key == name)
      return text;
  return {};
}

/// An integer operand's value, sign-extended.
static std::optional<int64_t> getInteger(const Value &value) {
  auto attr = value.kind == Value::Kind::Leaf
                  ? mlir::dyn_cast<mlir::IntegerAttr>(value.leaf)
                  : nullptr;
  if (!attr)
    return std::nullopt;
  return attr.getValue().sextOrTrunc(64).getSExtValue();
}

std::optional<Value> Interpreter::evalMemoryOp(const CExpr &expr,
                                               llvm::ArrayRef<Value> operands,
                                               bool &handled) {
  llvm::StringRef name = expr.text;
  handled = false;
  if (!name.starts_with("llvm.") && name != "func.call")
    return std::nullopt; // The common case, on every op: cheap.
  llvm::StringRef callee = getAttribute(expr, "callee");
  handled = llvm::is_contained(
                {"llvm.mlir.zero", "llvm.getelementptr", "llvm.ptrtoint",
                 "llvm.inttoptr", "llvm.load", "llvm.store", "llvm.intr.memcpy",
                 "llvm.intr.memmove", "llvm.intr.memset"},
                name) ||
            (name == "func.call" &&
             (callee == "@mojo_rt_alloc" || callee == "@mojo_rt_free"));
  if (!handled)
    return std::nullopt;
  auto pointerAt = [&](size_t i) -> std::optional<Address> {
    if (i >= operands.size() || operands[i].kind != Value::Kind::Pointer) {
      stop(expr.range, "an operand of `" + name.str() +
                           "` is not a pointer it knows");
      return std::nullopt;
    }
    return Address::of(operands[i]);
  };
  auto integerAt = [&](size_t i) -> std::optional<int64_t> {
    std::optional<int64_t> v =
        i < operands.size() ? getInteger(operands[i]) : std::nullopt;
    if (!v)
      stop(expr.range, "an operand of `" + name.str() +
                           "` is not a known integer");
    return v;
  };
  auto resultType = [&]() -> mlir::Type {
    auto *mlirType = llvm::dyn_cast<sema::MLIRType>(expr.type);
    return mlirType ? getFolder().getType(mlirType->getSpelling()) : nullptr;
  };
  std::string why;

  if (name == "llvm.mlir.zero" &&
      mlir::isa_and_nonnull<mlir::LLVM::LLVMPointerType>(resultType()))
    return Address().toValue();
  if (name == "llvm.getelementptr") {
    std::optional<Address> base = pointerAt(0);
    if (!base)
      return std::nullopt;
    // One index: dynamic (the operand) or constant.
    llvm::StringRef indices = getAttribute(expr, "rawConstantIndices");
    indices.consume_front("array<i32:");
    indices.consume_back(">");
    int64_t index = 0;
    if (indices.trim().getAsInteger(10, index) || indices.contains(','))
      return stop(expr.range, "it offsets a pointer by more than one index");
    if (index == INT32_MIN) {
      std::optional<int64_t> dynamic = integerAt(1);
      if (!dynamic)
        return std::nullopt;
      index = *dynamic;
    }
    mlir::Type element = getFolder().getType(getAttribute(expr, "elem_type"));
    std::optional<Layouts::Size> size =
        element ? getLayouts().getLeafSize(element) : std::nullopt;
    if (!size)
      return stop(expr.range, "it offsets a pointer by elements it cannot "
                              "measure");
    base->offset += uint64_t(index) * size->bytes;
    return base->toValue();
  }
  if (name == "llvm.ptrtoint") {
    std::optional<Address> at = pointerAt(0);
    auto type = mlir::dyn_cast_or_null<mlir::IntegerType>(resultType());
    if (!at || !type)
      return at ? stop(expr.range, "it converts a pointer to a type that is "
                                   "not an integer")
                : std::nullopt;
    uint64_t address = (uint64_t(at->allocation) << 40) + at->offset;
    return Value::ofLeaf(mlir::IntegerAttr::get(
        type, llvm::APInt(64, address).zextOrTrunc(type.getWidth())));
  }
  if (name == "llvm.inttoptr") {
    std::optional<int64_t> bits = integerAt(0);
    if (!bits)
      return std::nullopt;
    Address at{unsigned(uint64_t(*bits) >> 40),
               uint64_t(*bits) & ((uint64_t(1) << 40) - 1)};
    bool known = at.allocation ? getMemory().exists(at.allocation)
                               : at.offset == 0; // null
    if (!known)
      return stop(expr.range, "it turns an integer into a pointer, and the "
                              "integer is no address it made");
    return at.toValue();
  }
  if (name == "llvm.load") {
    std::optional<Address> at = pointerAt(0);
    mlir::Type type = resultType();
    if (!at)
      return std::nullopt;
    std::optional<Value> value =
        type ? getMemory().loadLeaf(*at, type, why) : std::nullopt;
    if (!value)
      return stop(expr.range, type ? why : "it loads a value of no MLIR type");
    return value;
  }
  if (name == "llvm.store") {
    std::optional<Address> at = pointerAt(1);
    if (!at)
      return std::nullopt;
    mlir::Type type = operands[0].kind == Value::Kind::Pointer
                          ? mlir::LLVM::LLVMPointerType::get(&getContext())
                      : operands[0].kind == Value::Kind::Leaf
                          ? operands[0].leaf.getType()
                          : mlir::Type();
    if (!type || !getMemory().storeLeaf(*at, operands[0], type, why))
      return stop(expr.range, type ? why : "it stores a value it does not "
                                           "know");
    return Value::ofNone();
  }
  if (name == "llvm.intr.memcpy" || name == "llvm.intr.memmove" ||
      name == "llvm.intr.memset") {
    std::optional<Address> to = pointerAt(0);
    std::optional<int64_t> size = to ? integerAt(2) : std::nullopt;
    if (!size)
      return std::nullopt;
    if (*size < 0)
      return stop(expr.range, "it copies a negative number of bytes");
    bool ok;
    if (name == "llvm.intr.memset") {
      std::optional<int64_t> byte = integerAt(1);
      if (!byte)
        return std::nullopt;
      ok = getMemory().fill(*to, uint8_t(*byte), uint64_t(*size), why);
    } else {
      std::optional<Address> from = pointerAt(1);
      if (!from)
        return std::nullopt;
      ok = getMemory().copy(*to, *from, uint64_t(*size), why);
    }
    if (!ok)
      return stop(expr.range, why);
    return Value::ofNone();
  }
  if (callee == "@mojo_rt_alloc") {
    std::optional<int64_t> bytes = integerAt(0);
    if (!bytes)
      return std::nullopt;
    if (*bytes < 0)
      return stop(expr.range, "it allocates a negative number of bytes");
    if (!chargeElements(uint64_t(*bytes), expr.range))
      return std::nullopt;
    return getMemory().allocate(uint64_t(*bytes), Memory::Lifetime::Heap)
        .toValue();
  }
  if (callee == "@mojo_rt_free") {
    std::optional<Address> at = pointerAt(0);
    if (!at)
      return std::nullopt;
    if (!getMemory().free(*at, why))
      return stop(expr.range, why);
    return Value::ofNone();
  }
  handled = false; // `llvm.mlir.zero` of a type other than a pointer.
  return std::nullopt;
}
