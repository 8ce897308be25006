//===- TypeLowering.cpp - Language types to MLIR types --------------------===//
//
//   Int            { value: __mlir_type.index }        leaves: index
//   StringLiteral  { ptr: !llvm.ptr, length: Int }     leaves: !llvm.ptr, index
//   storage of Int: i64; of StringLiteral: !llvm.struct<(ptr, i64)>
//
// Leaves are what SSA values and function signatures carry; the storage
// type is what an `llvm.alloca` slot holds. `index` is stored as i64, the
// host's word, so layouts are plain LLVM structs (a tuple's too, a field
// per element). A struct of one field is stored as that field (same size
// and alignment as the wrapping struct):
// an `Int` variable is then an `i64` slot that LLVM's mem2reg promotes
// directly, without SROA, whose cost grows faster than linearly with the
// number of slots in a function.
//
// A leaf is an LLVM-compatible type (integers, floats of every width LLVM
// has, 1-D fixed vectors of them, `!llvm.*` types), an `index`, or a 1-D
// vector of `index` (`vector<4xindex>`, stored as `vector<4xi64>`). Other
// MLIR types (n-D or scalable vectors, tensors, f8 formats) have no LLVM
// layout; naming one as a value's type is diagnosed here, at its first use,
// rather than failing inside the LLVM translation. A few LLVM types are
// values but have no memory layout in MLIR 19 (`!llvm.vec<4 x ptr>`, the
// vector of pointers a gather takes): they may flow from op to op within
// an expression, and a variable or field of one is diagnosed.
//
//===----------------------------------------------------------------------===//
#include "compiler/IRGen/IRGenImpl.h"

#include "compiler/Basic/Budgets.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/Dialect/LLVMIR/LLVMTypes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Interfaces/DataLayoutInterfaces.h"

using namespace mojo;
using namespace mojo::irgen;

/// Whether values of `type` can live in registers and memory once lowered
/// to LLVM (see the banner).
static bool isLowerableLeaf(mlir::Type type) {
  if (type.isIndex())
    return true;
  if (auto vector = mlir::dyn_cast<mlir::VectorType>(type);
      vector && vector.getRank() == 1 && !vector.isScalable() &&
      vector.getElementType().isIndex())
    return true;
  return mlir::LLVM::isCompatibleType(type);
}

/// Whether MLIR's DataLayout knows the size of `type`: it stops the process
/// for a type that does not (which mem2reg asks about every slot).
static bool hasMemoryLayout(mlir::Type type) {
  if (auto structType = mlir::dyn_cast<mlir::LLVM::LLVMStructType>(type))
    return !structType.isOpaque() &&
           llvm::all_of(structType.getBody(), hasMemoryLayout);
  if (auto arrayType = mlir::dyn_cast<mlir::LLVM::LLVMArrayType>(type))
    return hasMemoryLayout(arrayType.getElementType());
  return mlir::isa<mlir::IntegerType, mlir::FloatType, mlir::IndexType,
                   mlir::VectorType, mlir::DataLayoutTypeInterface>(type);
}

mlir::Type ModuleEmitter::parseMLIRType(llvm::StringRef spelling,
                                        SourceRange range) {
  auto it = parsedTypes.find(spelling);
  if (it != parsedTypes.end())
    return it->second;
  // The parser reports a bad spelling through the context's handler; we
  // want our own message at the user's location instead.
  mlir::ScopedDiagnosticHandler silence(&context,
                                        [](mlir::Diagnostic &) {
                                          return mlir::success();
                                        });
  size_t numRead = 0;
  mlir::Type type = mlir::parseType(spelling, &context, &numRead);
  if (!type || numRead != spelling.size()) {
    diags.report(range, DiagID::err_invalid_mlir_type) << spelling;
    failed = true;
    type = nullptr;
  } else if (auto vector = mlir::dyn_cast<mlir::VectorType>(type);
             vector && uint64_t(vector.getNumElements()) > budget::kMaxVectorLanes) {
    diags.report(range, DiagID::err_vector_too_wide)
        << spelling << uint64_t(vector.getNumElements())
        << budget::kMaxVectorLanes;
    failed = true;
    type = nullptr;
  } else if (!isLowerableLeaf(type)) {
    diags.report(range, DiagID::err_unsupported_mlir_type) << spelling;
    failed = true;
    type = nullptr;
  }
  parsedTypes[spelling] = type;
  return type;
}

void ModuleEmitter::getLeafTypes(Type type,
                                 llvm::SmallVectorImpl<mlir::Type> &leaves) {
  switch (type->getKind()) {
  case sema::TypeKind::Error:
  case sema::TypeKind::None:
  case sema::TypeKind::Archetype: // Only in check-only instances.
    return;
  case sema::TypeKind::MLIR:
    if (mlir::Type t = parseMLIRType(
            llvm::cast<sema::MLIRType>(type)->getSpelling(),
            llvm::cast<sema::MLIRType>(type)->getFirstUse()))
      leaves.push_back(t);
    return;
  case sema::TypeKind::Struct:
    for (const sema::Field &field :
         llvm::cast<sema::StructType>(type)->getInfo()->fields)
      getLeafTypes(field.type, leaves);
    return;
  case sema::TypeKind::Pack:
    for (Type element : llvm::cast<sema::PackType>(type)->getElements())
      getLeafTypes(element, leaves);
    return;
  case sema::TypeKind::Function: {
    // The function's address, and a closure's environment (IRGenClosures).
    auto ptrType = mlir::LLVM::LLVMPointerType::get(&context);
    leaves.push_back(ptrType);
    if (llvm::cast<sema::FunctionType>(type)->hasEnvironment())
      leaves.push_back(ptrType);
    return;
  }
  case sema::TypeKind::OverloadSet:
    return; // Sema converts every overload set before it is a value.
  case sema::TypeKind::Tuple:
    for (Type element : llvm::cast<sema::TupleType>(type)->getElements())
      getLeafTypes(element, leaves);
    return;
  }
}

bool ModuleEmitter::hasInvalidLeaf(Type type) {
  if (auto *mlirType = llvm::dyn_cast<sema::MLIRType>(type))
    return !parseMLIRType(mlirType->getSpelling(), mlirType->getFirstUse());
  if (auto *structType = llvm::dyn_cast<sema::StructType>(type))
    return llvm::any_of(structType->getInfo()->fields,
                        [&](const sema::Field &f) {
                          return hasInvalidLeaf(f.type);
                        });
  if (auto *tuple = llvm::dyn_cast<sema::TupleType>(type))
    return llvm::any_of(tuple->getElements(),
                        [&](Type t) { return hasInvalidLeaf(t); });
  return false;
}

unsigned ModuleEmitter::getNumLeaves(Type type) {
  llvm::SmallVector<mlir::Type, 4> leaves;
  getLeafTypes(type, leaves);
  return leaves.size();
}

mlir::Type ModuleEmitter::getStorageLeafType(mlir::Type leaf) {
  auto i64 = mlir::IntegerType::get(leaf.getContext(), 64);
  if (leaf.isIndex())
    return i64;
  if (auto vector = mlir::dyn_cast<mlir::VectorType>(leaf);
      vector && vector.getElementType().isIndex())
    return vector.clone(i64);
  return leaf;
}

mlir::Type ModuleEmitter::getStorageType(Type type) {
  auto it = storageTypes.find(type);
  if (it != storageTypes.end())
    return it->second;
  mlir::Type storage;
  if (auto *mlirType = llvm::dyn_cast<sema::MLIRType>(type)) {
    if (mlir::Type t = parseMLIRType(mlirType->getSpelling(),
                                     mlirType->getFirstUse()))
      storage = getStorageLeafType(t);
    if (storage && !hasMemoryLayout(storage)) {
      diags.report(mlirType->getFirstUse(), DiagID::err_unstorable_mlir_type)
          << mlirType->getSpelling();
      failed = true;
    }
  }
  if (auto *fnType = llvm::dyn_cast<sema::FunctionType>(type)) {
    auto ptrType = mlir::LLVM::LLVMPointerType::get(&context);
    storage = fnType->hasEnvironment()
                  ? mlir::Type(mlir::LLVM::LLVMStructType::getLiteral(
                        &context, {ptrType, ptrType}))
                  : mlir::Type(ptrType);
  }
  auto *structType = llvm::dyn_cast<sema::StructType>(type);
  if (!storage && structType && structType->getInfo()->fields.size() == 1)
    storage = getStorageType(structType->getInfo()->fields[0].type);
  if (!storage) {
    llvm::SmallVector<mlir::Type, 4> fields;
    for (unsigned i = 0, e = sema::getNumFields(type); i < e; ++i)
      fields.push_back(getStorageType(sema::getFieldType(type, i)));
    storage = mlir::LLVM::LLVMStructType::getLiteral(&context, fields);
  }
  storageTypes[type] = storage;
  return storage;
}
