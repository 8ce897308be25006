//===- Memory.cpp - The memory a compile-time evaluation points into -------===//
#include "compiler/Comptime/Memory.h"

#include "compiler/Comptime/Folder.h"
#include "compiler/Comptime/Layout.h"
#include "compiler/SemIR/Program.h"

#include "mlir/Dialect/LLVMIR/LLVMTypes.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"

using namespace mojo;
using namespace mojo::comptime;

Value Address::toValue() const {
  Value v;
  v.kind = Value::Kind::Pointer;
  v.allocation = allocation;
  v.offset = offset;
  return v;
}

Memory::Memory(Layouts &layouts, Folder &folder, bool littleEndian)
    : layouts(layouts), folder(folder), littleEndian(littleEndian) {
  allocations.emplace_back().live = false; // Null's.
}

Memory::~Memory() = default;

//===----------------------------------------------------------------------===//
// Allocations
//===----------------------------------------------------------------------===//

Address Memory::allocate(uint64_t size, Lifetime lifetime) {
  Allocation &a = allocations.emplace_back();
  a.bytes.assign(size, 0);
  a.initialized.resize(size);
  a.lifetime = lifetime;
  return {unsigned(allocations.size() - 1), 0};
}

Address Memory::allocateConstant(llvm::StringRef bytes) {
  Address at = allocate(bytes.size(), Lifetime::Static);
  Allocation &a = allocations[at.allocation];
  std::copy(bytes.begin(), bytes.end(), a.bytes.begin());
  a.initialized.set();
  return at;
}

bool Memory::free(Address at, std::string &why) {
  if (at.allocation == 0 && at.offset == 0)
    return true;
  if (at.allocation >= allocations.size() || at.offset != 0 ||
      allocations[at.allocation].lifetime != Lifetime::Heap) {
    why = "it frees an address `alloc` did not return";
    return false;
  }
  Allocation &a = allocations[at.allocation];
  if (!a.live) {
    why = "it frees memory that was freed already";
    return false;
  }
  a = Allocation();
  a.live = false;
  return true;
}

void Memory::endStack(unsigned allocation) {
  allocations[allocation] = Allocation();
  allocations[allocation].live = false;
  allocations[allocation].lifetime = Lifetime::Stack;
}

void Memory::release(size_t mark) {
  if (mark >= allocations.size())
    return;
  allocations.resize(mark);
  llvm::SmallVector<unsigned> gone;
  for (const auto &[block, allocation] : imported)
    if (allocation >= mark)
      gone.push_back(block);
  for (unsigned block : gone)
    imported.erase(block);
}

Memory::Allocation *Memory::access(Address at, uint64_t size,
                                   std::string &why) {
  if (at.allocation == 0) {
    why = "it reads or writes memory through a null pointer";
    return nullptr;
  }
  Allocation &a = allocations[at.allocation];
  if (!a.live) {
    why = a.lifetime == Lifetime::Stack
              ? "it uses a stack buffer after its function returned"
              : "it uses memory after it was freed";
    return nullptr;
  }
  if (at.offset > a.bytes.size() || size > a.bytes.size() - at.offset) {
    why = "it reads or writes " + std::to_string(size) + " bytes at offset " +
          std::to_string(int64_t(at.offset)) + " of an allocation of " +
          std::to_string(a.bytes.size());
    return nullptr;
  }
  return &a;
}

//===----------------------------------------------------------------------===//
// Bytes
//===----------------------------------------------------------------------===//

void Memory::eraseOpaque(Allocation &a, uint64_t offset, uint64_t size) {
  auto it = a.opaque.lower_bound(offset);
  if (it != a.opaque.begin()) {
    auto before = std::prev(it);
    if (before->first + before->second.size > offset)
      it = before;
  }
  while (it != a.opaque.end() && it->first < offset + size)
    it = a.opaque.erase(it);
}

void Memory::writeBits(Allocation &a, uint64_t offset, const llvm::APInt &bits,
                       uint64_t bytes) {
  llvm::APInt wide = bits.zextOrTrunc(unsigned(bytes * 8));
  for (uint64_t i = 0; i < bytes; ++i) {
    uint64_t at = offset + (littleEndian ? i : bytes - 1 - i);
    a.bytes[at] = uint8_t(wide.extractBitsAsZExtValue(8, unsigned(i * 8)));
    a.initialized.set(at);
  }
  eraseOpaque(a, offset, bytes);
}

llvm::APInt Memory::readBits(const Allocation &a, uint64_t offset,
                             unsigned width, uint64_t bytes) {
  llvm::APInt wide(unsigned(bytes * 8), 0);
  for (uint64_t i = 0; i < bytes; ++i) {
    uint64_t at = offset + (littleEndian ? i : bytes - 1 - i);
    wide.insertBits(uint64_t(a.bytes[at]), unsigned(i * 8), 8);
  }
  return wide.trunc(width);
}

static bool isInitialized(const llvm::BitVector &bits, uint64_t offset,
                          uint64_t size) {
  if (size == 0)
    return true;
  int unset = bits.find_first_unset_in(unsigned(offset),
                                       unsigned(offset + size));
  return unset < 0;
}

//===----------------------------------------------------------------------===//
// Leaves
//===----------------------------------------------------------------------===//

/// The bits of a scalar leaf attribute (an integer, `index` or float).
static std::optional<llvm::APInt> getScalarBits(mlir::Attribute attr) {
  if (auto integer = mlir::dyn_cast<mlir::IntegerAttr>(attr))
    return integer.getValue();
  if (auto fp = mlir::dyn_cast<mlir::FloatAttr>(attr))
    return fp.getValue().bitcastToAPInt();
  return std::nullopt;
}

/// The scalar of `type` whose bits are `bits`.
static mlir::TypedAttr makeScalar(mlir::Type type, const llvm::APInt &bits) {
  if (type.isIndex())
    return mlir::IntegerAttr::get(type, bits.zextOrTrunc(64));
  if (auto fp = mlir::dyn_cast<mlir::FloatType>(type))
    return mlir::FloatAttr::get(type,
                                llvm::APFloat(fp.getFloatSemantics(), bits));
  return mlir::IntegerAttr::get(type, bits);
}

/// Bits of an element of `type` in memory (`index` is a word).
static unsigned getStoredWidth(mlir::Type type) {
  return type.isIndex() ? 64 : type.getIntOrFloatBitWidth();
}

/// The bytes a load or store of `leaf` touches: its store size, which is
/// less than its size as an array element when that is padded
/// (`vector<3xf32>`: 12 of 16).
static uint64_t getStoreBytes(mlir::Type leaf, uint64_t allocBytes) {
  if (auto vector = mlir::dyn_cast<mlir::VectorType>(leaf))
    return (vector.getNumElements() *
                getStoredWidth(vector.getElementType()) +
            7) /
           8;
  if (leaf.isIndex() || leaf.isIntOrFloat())
    return (getStoredWidth(leaf) + 7) / 8;
  return allocBytes; // A pointer.
}

bool Memory::storeLeaf(Address at, const Value &value, mlir::Type leaf,
                       std::string &why) {
  std::optional<Layouts::Size> size = layouts.getLeafSize(leaf);
  if (!size) {
    why = "it stores a value of a type with no memory form";
    return false;
  }
  Allocation *a = access(at, getStoreBytes(leaf, size->bytes), why);
  if (!a)
    return false;
  if (mlir::isa<mlir::LLVM::LLVMPointerType>(leaf)) {
    if (value.kind != Value::Kind::Pointer) {
      why = "it stores a pointer it does not know";
      return false;
    }
    writeBits(*a, at.offset, llvm::APInt(64, 0), size->bytes);
    if (value.allocation != 0 || value.offset != 0)
      a->opaque[at.offset] = Opaque{value, nullptr, size->bytes};
    return true;
  }
  if (value.kind != Value::Kind::Leaf) {
    why = "it stores a value that is not a known MLIR value";
    return false;
  }
  if (auto vector = mlir::dyn_cast<mlir::VectorType>(leaf)) {
    auto elements = mlir::dyn_cast<mlir::DenseElementsAttr>(value.leaf);
    unsigned width = getStoredWidth(vector.getElementType());
    if (!elements || (width % 8 != 0 && width != 1)) {
      why = "it stores a vector it cannot lay out in bytes";
      return false;
    }
    // Lanes are packed: `i1` lanes bit by bit, as LLVM stores them.
    uint64_t lanes = vector.getNumElements();
    llvm::APInt all(unsigned(lanes * width), 0);
    bool isFloat = mlir::isa<mlir::FloatType>(vector.getElementType());
    for (uint64_t i = 0; i < lanes; ++i) {
      llvm::APInt bits =
          isFloat ? elements.getValues<llvm::APFloat>()[i].bitcastToAPInt()
                  : elements.getValues<llvm::APInt>()[i];
      all.insertBits(bits.zextOrTrunc(width), unsigned(i * width));
    }
    writeBits(*a, at.offset, all, (lanes * width + 7) / 8);
    return true;
  }
  std::optional<llvm::APInt> bits = getScalarBits(value.leaf);
  if (!bits) {
    why = "it stores a value it cannot lay out in bytes";
    return false;
  }
  writeBits(*a, at.offset, *bits, (getStoredWidth(leaf) + 7) / 8);
  return true;
}

std::optional<Value> Memory::loadLeaf(Address at, mlir::Type leaf,
                                      std::string &why) {
  std::optional<Layouts::Size> size = layouts.getLeafSize(leaf);
  if (!size) {
    why = "it loads a value of a type with no memory form";
    return std::nullopt;
  }
  Allocation *a = access(at, getStoreBytes(leaf, size->bytes), why);
  if (!a)
    return std::nullopt;
  if (mlir::isa<mlir::LLVM::LLVMPointerType>(leaf)) {
    auto it = a->opaque.find(at.offset);
    if (it != a->opaque.end() && !it->second.type &&
        it->second.value.kind == Value::Kind::Pointer)
      return it->second.value;
    bool null = isInitialized(a->initialized, at.offset, size->bytes) &&
                std::all_of(a->bytes.begin() + at.offset,
                            a->bytes.begin() + at.offset + size->bytes,
                            [](uint8_t b) { return b == 0; });
    if (null)
      return Address().toValue();
    why = "it reads a pointer from memory that holds none";
    return std::nullopt;
  }
  auto vector = mlir::dyn_cast<mlir::VectorType>(leaf);
  mlir::Type element = vector ? vector.getElementType() : leaf;
  unsigned width = getStoredWidth(element);
  uint64_t lanes = vector ? vector.getNumElements() : 1;
  uint64_t bytes = vector ? (lanes * width + 7) / 8 : (width + 7) / 8;
  if (vector && width % 8 != 0 && width != 1) {
    why = "it loads a vector it cannot lay out in bytes";
    return std::nullopt;
  }
  if (!isInitialized(a->initialized, at.offset, bytes)) {
    why = "it reads memory that holds no value";
    return std::nullopt;
  }
  if (!vector)
    return Value::ofLeaf(
        makeScalar(leaf, readBits(*a, at.offset, width, bytes)));
  llvm::APInt all = readBits(*a, at.offset, unsigned(lanes * width), bytes);
  llvm::SmallVector<mlir::Attribute> values;
  for (uint64_t i = 0; i < lanes; ++i)
    values.push_back(makeScalar(element, all.extractBits(width,
                                                         unsigned(i * width))));
  return Value::ofLeaf(mlir::DenseElementsAttr::get(vector, values));
}

//===----------------------------------------------------------------------===//
// Values
//===----------------------------------------------------------------------===//

bool Memory::putOpaque(Address at, Value value, sema::Type type, uint64_t size,
                       std::string &why) {
  Allocation *a = access(at, size, why);
  if (!a)
    return false;
  writeBits(*a, at.offset, llvm::APInt(8, 0), size);
  a->opaque[at.offset] = Opaque{std::move(value), type, size};
  return true;
}

const Memory::Opaque *Memory::getOpaque(Address at, sema::Type type,
                                        uint64_t size, std::string &why) {
  Allocation *a = access(at, size, why);
  if (!a)
    return nullptr;
  auto it = a->opaque.find(at.offset);
  if (it == a->opaque.end() || it->second.type != type) {
    why = "it reads a `" + sema::getTypeName(type) +
          "` from memory that holds none";
    return nullptr;
  }
  return &it->second;
}

bool Memory::store(Address at, const Value &value, sema::Type type,
                   std::string &why) {
  std::optional<Layouts::Size> size = layouts.getSize(type);
  if (!size) {
    why = "it stores a `" + sema::getTypeName(type) +
          "`, which has no memory form";
    return false;
  }
  if (value.isUndef())
    return forget(at, size->bytes, why);
  if (auto *mlirType = llvm::dyn_cast<sema::MLIRType>(type))
    return storeLeaf(at, value, folder.getType(mlirType->getSpelling()), why);
  if (llvm::isa<sema::NoneType>(type))
    return true;
  // Kept whole: a function value, a `StringLiteral` (not taken apart).
  if (value.kind == Value::Kind::Func || value.kind == Value::Kind::String)
    return putOpaque(at, value, type, size->bytes, why);
  if (value.kind == Value::Kind::Literal) { // An `IntLiteral`'s `index`.
    if (!value.literal.isSignedIntN(64)) {
      why = "it stores an integer literal that does not fit in 64 bits";
      return false;
    }
    Value leaf = Value::ofLeaf(mlir::IntegerAttr::get(
        mlir::IndexType::get(&folder.getContext()),
        value.literal.extOrTrunc(64)));
    return store(at, Value::ofFields({leaf}), type, why);
  }
  unsigned n = sema::getNumFields(type);
  if (value.kind != Value::Kind::Aggregate || value.fields.size() != n) {
    why = "it stores a value it cannot take apart";
    return false;
  }
  for (unsigned i = 0; i < n; ++i) {
    Address field{at.allocation, at.offset + layouts.getFieldOffset(type, i)};
    if (!store(field, value.fields[i], sema::getFieldType(type, i), why))
      return false;
  }
  return true;
}

std::optional<Value> Memory::load(Address at, sema::Type type,
                                  std::string &why) {
  std::optional<Layouts::Size> size = layouts.getSize(type);
  if (!size) {
    why = "it loads a `" + sema::getTypeName(type) +
          "`, which has no memory form";
    return std::nullopt;
  }
  if (auto *mlirType = llvm::dyn_cast<sema::MLIRType>(type))
    return loadLeaf(at, folder.getType(mlirType->getSpelling()), why);
  if (llvm::isa<sema::NoneType>(type))
    return Value::ofNone();
  if (llvm::isa<sema::FunctionType>(type)) {
    const Opaque *opaque = getOpaque(at, type, size->bytes, why);
    return opaque ? std::optional<Value>(opaque->value) : std::nullopt;
  }
  if (Allocation *a = access(at, size->bytes, why)) {
    auto it = a->opaque.find(at.offset);
    if (it != a->opaque.end() && it->second.type == type)
      return it->second.value; // A `StringLiteral` kept whole.
  } else {
    return std::nullopt;
  }
  std::vector<Value> fields;
  for (unsigned i = 0, n = sema::getNumFields(type); i < n; ++i) {
    Address field{at.allocation, at.offset + layouts.getFieldOffset(type, i)};
    std::optional<Value> value = load(field, sema::getFieldType(type, i), why);
    if (!value)
      return std::nullopt;
    fields.push_back(std::move(*value));
  }
  return Value::ofFields(std::move(fields));
}

//===----------------------------------------------------------------------===//
// Blocks of bytes
//===----------------------------------------------------------------------===//

bool Memory::copy(Address to, Address from, uint64_t size, std::string &why) {
  if (size == 0)
    return true;
  Allocation *source = access(from, size, why);
  if (!source || !access(to, size, why))
    return false;
  // Through a buffer: the ranges may overlap.
  std::vector<uint8_t> bytes(source->bytes.begin() + from.offset,
                             source->bytes.begin() + from.offset + size);
  llvm::BitVector initialized;
  initialized.resize(unsigned(size));
  for (uint64_t i = 0; i < size; ++i)
    initialized[unsigned(i)] = source->initialized[unsigned(from.offset + i)];
  std::vector<std::pair<uint64_t, Opaque>> opaque;
  for (auto it = source->opaque.lower_bound(from.offset);
       it != source->opaque.end() && it->first + it->second.size <=
                                         from.offset + size;
       ++it)
    opaque.emplace_back(it->first - from.offset, it->second);
  Allocation &target = allocations[to.allocation];
  eraseOpaque(target, to.offset, size);
  for (uint64_t i = 0; i < size; ++i) {
    target.bytes[to.offset + i] = bytes[i];
    target.initialized[unsigned(to.offset + i)] = initialized[unsigned(i)];
  }
  for (auto &[offset, value] : opaque)
    target.opaque[to.offset + offset] = std::move(value);
  return true;
}

bool Memory::fill(Address to, uint8_t byte, uint64_t size, std::string &why) {
  Allocation *a = access(to, size, why);
  if (!a)
    return false;
  eraseOpaque(*a, to.offset, size);
  std::fill(a->bytes.begin() + to.offset, a->bytes.begin() + to.offset + size,
            byte);
  if (size)
    a->initialized.set(unsigned(to.offset), unsigned(to.offset + size));
  return true;
}

bool Memory::forget(Address at, uint64_t size, std::string &why) {
  Allocation *a = access(at, size, why);
  if (!a)
    return false;
  eraseOpaque(*a, at.offset, size);
  if (size)
    a->initialized.reset(unsigned(at.offset), unsigned(at.offset + size));
  return true;
}
