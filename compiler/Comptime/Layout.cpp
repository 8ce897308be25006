//===- Layout.cpp - The target's memory layout of the language's types ----===//
//
// Mirrors IRGen's storage types (TypeLowering.cpp) as LLVM IR types, which
// the target's DataLayout measures. IRGen builds MLIR's LLVM-dialect types
// and the translation maps them one to one onto these, so both sides get
// LLVM's answer for the same type.
//
//===----------------------------------------------------------------------===//
#include "compiler/Comptime/Layout.h"

#include "compiler/Comptime/Folder.h"

#include "mlir/Dialect/LLVMIR/LLVMTypes.h"
#include "mlir/IR/BuiltinTypes.h"

#include "llvm/IR/DerivedTypes.h"

using namespace mojo;
using namespace mojo::comptime;

Layouts::Layouts(Folder &folder, llvm::StringRef dataLayout)
    : folder(folder), dataLayout(dataLayout) {}

Layouts::~Layouts() = default;

llvm::Type *Layouts::getLLVMLeaf(mlir::Type leaf) {
  llvm::LLVMContext &ctx = llvmContext;
  if (leaf.isIndex())
    return llvm::IntegerType::get(ctx, dataLayout.getPointerSizeInBits());
  if (auto integer = mlir::dyn_cast<mlir::IntegerType>(leaf))
    return llvm::IntegerType::get(ctx, integer.getWidth());
  if (leaf.isF16())
    return llvm::Type::getHalfTy(ctx);
  if (leaf.isBF16())
    return llvm::Type::getBFloatTy(ctx);
  if (leaf.isF32())
    return llvm::Type::getFloatTy(ctx);
  if (leaf.isF64())
    return llvm::Type::getDoubleTy(ctx);
  if (leaf.isF80())
    return llvm::Type::getX86_FP80Ty(ctx);
  if (leaf.isF128())
    return llvm::Type::getFP128Ty(ctx);
  if (mlir::isa<mlir::LLVM::LLVMPointerType>(leaf))
    return llvm::PointerType::get(ctx, 0);
  if (auto vector = mlir::dyn_cast<mlir::VectorType>(leaf);
      vector && vector.getRank() == 1 && !vector.isScalable())
    if (llvm::Type *element = getLLVMLeaf(vector.getElementType());
        element && llvm::VectorType::isValidElementType(element))
      return llvm::FixedVectorType::get(element, vector.getNumElements());
  // `UnsafeMaybeUninitialized`'s room: an array of words or vectors.
  if (auto array = mlir::dyn_cast<mlir::LLVM::LLVMArrayType>(leaf))
    if (llvm::Type *element = getLLVMLeaf(array.getElementType()))
      return llvm::ArrayType::get(element, array.getNumElements());
  return nullptr; // No memory form (IRGen diagnoses its use).
}

llvm::Type *Layouts::getLLVMType(sema::Type type) {
  auto it = types.find(type);
  if (it != types.end())
    return it->second;
  llvm::Type *result = nullptr;
  auto ptr = llvm::PointerType::get(llvmContext, 0);
  if (auto *mlirType = llvm::dyn_cast<sema::MLIRType>(type)) {
    if (mlir::Type leaf = folder.getType(mlirType->getSpelling()))
      result = getLLVMLeaf(leaf);
  } else if (auto *fn = llvm::dyn_cast<sema::FunctionType>(type)) {
    // Its address, and a closure's environment.
    result = fn->hasEnvironment()
                 ? static_cast<llvm::Type *>(
                       llvm::StructType::get(llvmContext, {ptr, ptr}))
                 : ptr;
  } else if (llvm::isa<sema::StructType>(type) &&
             sema::getNumFields(type) == 1) {
    result = getLLVMType(sema::getFieldType(type, 0));
  } else if (llvm::isa<sema::StructType, sema::TupleType, sema::NoneType>(
                 type)) {
    llvm::SmallVector<llvm::Type *, 4> fields;
    for (unsigned i = 0, e = sema::getNumFields(type); i < e; ++i) {
      fields.push_back(getLLVMType(sema::getFieldType(type, i)));
      if (!fields.back())
        break;
    }
    if (fields.empty() || fields.back())
      result = llvm::StructType::get(llvmContext, fields);
  }
  types[type] = result;
  return result;
}

std::optional<Layouts::Size> Layouts::measure(llvm::Type *type) const {
  if (!type)
    return std::nullopt;
  return Size{dataLayout.getTypeAllocSize(type).getFixedValue(),
              dataLayout.getABITypeAlign(type).value()};
}

std::optional<Layouts::Size> Layouts::getSize(sema::Type type) {
  return measure(getLLVMType(type));
}

std::optional<Layouts::Size> Layouts::getLeafSize(mlir::Type leaf) {
  return measure(getLLVMLeaf(leaf));
}

uint64_t Layouts::getFieldOffset(sema::Type type, unsigned field) {
  auto *structType =
      llvm::dyn_cast_or_null<llvm::StructType>(getLLVMType(type));
  if (!structType || sema::getNumFields(type) == 1)
    return 0; // A struct of one field is stored as that field.
  return dataLayout.getStructLayout(structType)->getElementOffset(field);
}
