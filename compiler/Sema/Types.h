//===- Types.h - Semantic types, interned ----------------------*- C++ -*-===//
//
// Every type Sema reasons about is interned in a TypeContext, so two types are
// equal exactly when their pointers are. The kinds are few on purpose: nearly
// every type is a nominal stdlib struct (DESIGN principle 1); the compiler
// itself only knows MLIR types (`__mlir_type.index`), `NoneType`, the element
// list of a variadic pack, and the error type that silences cascades.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_SEMA_TYPES_H
#define MOJOC_SEMA_TYPES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/SMLoc.h"

#include <map>
#include <string>
#include <vector>

namespace mojo::sema {

struct StructInfo;
struct TraitInfo;

enum class TypeKind : uint8_t { Error, None, Struct, MLIR, Pack, Archetype };

class TypeNode {
public:
  TypeKind getKind() const { return kind; }

protected:
  explicit TypeNode(TypeKind kind) : kind(kind) {}

private:
  TypeKind kind;
};

/// An interned type; compare with ==.
using Type = const TypeNode *;

class ErrorType : public TypeNode {
public:
  ErrorType() : TypeNode(TypeKind::Error) {}
  static bool classof(const TypeNode *t) {
    return t->getKind() == TypeKind::Error;
  }
};

class NoneType : public TypeNode {
public:
  NoneType() : TypeNode(TypeKind::None) {}
  static bool classof(const TypeNode *t) {
    return t->getKind() == TypeKind::None;
  }
};

/// A struct declared in the language (an instantiation, once structs take
/// parameters: the key will be the struct plus its parameter values).
class StructType : public TypeNode {
public:
  explicit StructType(StructInfo *info)
      : TypeNode(TypeKind::Struct), info(info) {}
  StructInfo *getInfo() const { return info; }
  /// Archetypes too: member lookup, calls and conversions treat them as
  /// the stand-in structs they are.
  static bool classof(const TypeNode *t) {
    return t->getKind() == TypeKind::Struct ||
           t->getKind() == TypeKind::Archetype;
  }

protected:
  StructType(TypeKind kind, StructInfo *info) : TypeNode(kind), info(info) {}

private:
  StructInfo *info;
};

/// A type parameter while its generic body is checked once against its
/// bounds (`T` of `fn f[T: Shape](x: T)`): a stand-in struct whose methods
/// are exactly the bounds' requirements, with `Self` bound to it, and whose
/// aliases are their associated aliases (SemaGenerics.cpp). It never
/// reaches IRGen: instances that mention one are check-only.
class ArchetypeType : public StructType {
public:
  ArchetypeType(StructInfo *standIn, std::vector<TraitInfo *> bounds)
      : StructType(TypeKind::Archetype, standIn), bounds(std::move(bounds)) {}
  /// The traits the parameter is declared with (not their ancestors).
  llvm::ArrayRef<TraitInfo *> getBounds() const { return bounds; }
  static bool classof(const TypeNode *t) {
    return t->getKind() == TypeKind::Archetype;
  }

private:
  std::vector<TraitInfo *> bounds;
};

/// `__mlir_type.X`: an MLIR type, kept as its textual spelling so Sema does
/// not depend on MLIR; IRGen parses it.
class MLIRType : public TypeNode {
public:
  MLIRType(std::string spelling, llvm::SMRange firstUse)
      : TypeNode(TypeKind::MLIR), spelling(std::move(spelling)),
        firstUse(firstUse) {}
  llvm::StringRef getSpelling() const { return spelling; }
  /// Where the spelling first appeared: IRGen validates it and reports an
  /// invalid one there.
  llvm::SMRange getFirstUse() const { return firstUse; }
  static bool classof(const TypeNode *t) {
    return t->getKind() == TypeKind::MLIR;
  }

private:
  std::string spelling;
  llvm::SMRange firstUse;
};

/// The type of a heterogeneous variadic argument `*values: *Ts`: one element
/// type per argument of the call being instantiated.
class PackType : public TypeNode {
public:
  explicit PackType(std::vector<Type> elements)
      : TypeNode(TypeKind::Pack), elements(std::move(elements)) {}
  llvm::ArrayRef<Type> getElements() const { return elements; }
  static bool classof(const TypeNode *t) {
    return t->getKind() == TypeKind::Pack;
  }

private:
  std::vector<Type> elements;
};

class TypeContext {
public:
  TypeContext();
  Type getErrorType() const { return &errorType; }
  Type getNoneType() const { return &noneType; }
  Type getStructType(StructInfo *info);
  Type getMLIRType(llvm::StringRef spelling,
                   llvm::SMRange firstUse = llvm::SMRange());
  Type getPackType(llvm::ArrayRef<Type> elements);
  /// A new archetype (each type parameter checked gets its own).
  Type makeArchetype(StructInfo *standIn, std::vector<TraitInfo *> bounds);

private:
  ErrorType errorType;
  NoneType noneType;
  llvm::DenseMap<StructInfo *, std::unique_ptr<StructType>> structs;
  llvm::StringMap<std::unique_ptr<MLIRType>> mlirTypes;
  std::map<std::vector<Type>, std::unique_ptr<PackType>> packs;
  std::vector<std::unique_ptr<ArchetypeType>> archetypes;
};

/// The name a user sees in diagnostics: `Int`, `__mlir_type.index`.
std::string getTypeName(Type type);

} // namespace mojo::sema

#endif
