//===- Types.h - Semantic types, interned ----------------------*- C++ -*-===//
//
// Every type Sema reasons about is interned in a TypeContext, so two types are
// equal exactly when their pointers are. The kinds are few on purpose: nearly
// every type is a nominal stdlib struct (DESIGN principle 1); the compiler
// itself only knows MLIR types (`__mlir_type.index`), `NoneType`, the element
// list of a variadic pack, tuples (docs/compiler/tuples.md), and the error
// type that silences cascades.
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
#include <tuple>
#include <vector>

namespace mojo::sema {

struct StructInfo;
struct TraitInfo;

struct FuncInfo;

/// How an argument reaches its callee (LANGUAGE.md §5).
enum class Convention : uint8_t { Read, Mut, Owned, Out, Ref };

enum class TypeKind : uint8_t {
  Error,
  None,
  Struct,
  MLIR,
  Pack,
  Function,
  OverloadSet,
  Tuple,
  Archetype
};

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
/// not depend on MLIR; IRGen parses it. A splice (`__mlir_type[`vector<`,
/// n, `xi64>`]`, SemaMLIRSplice.cpp) is spelled out when its pieces are
/// known; over a parameter a generic body does not know it is *symbolic*:
/// spelled with the parameter's name, check-only, never emitted.
class MLIRType : public TypeNode {
public:
  MLIRType(std::string spelling, llvm::SMRange firstUse, bool symbolic)
      : TypeNode(TypeKind::MLIR), spelling(std::move(spelling)),
        firstUse(firstUse), symbolic(symbolic) {}
  llvm::StringRef getSpelling() const { return spelling; }
  bool isSymbolic() const { return symbolic; }
  /// Where the spelling first appeared: IRGen validates it and reports an
  /// invalid one there.
  llvm::SMRange getFirstUse() const { return firstUse; }
  static bool classof(const TypeNode *t) {
    return t->getKind() == TypeKind::MLIR;
  }

private:
  std::string spelling;
  llvm::SMRange firstUse;
  bool symbolic;
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

/// One argument of a function type: its type and convention.
struct FunctionArg {
  const TypeNode *type;
  Convention convention;
  bool operator<(const FunctionArg &o) const {
    return std::tie(type, convention) < std::tie(o.type, o.convention);
  }
};

/// One compile-time parameter of a function type: `width: Int` of
/// `fn[width: Int](Int) capturing -> None`.
struct FunctionParam {
  std::string name;
  const TypeNode *type;
  bool operator<(const FunctionParam &o) const {
    return std::tie(name, type) < std::tie(o.name, o.type);
  }
};

/// `fn(Int, mut x: Int) raises capturing -> R` (docs/compiler/closures.md):
/// the type of a function value. Argument names are not part of it. A
/// type with compile-time parameters (`fn[width: Int](Int) -> None`) is
/// the type of a parametric closure bound to a parameter; its values are
/// compile-time only, each call instantiates them.
class FunctionType : public TypeNode {
public:
  FunctionType(std::vector<FunctionParam> params, std::vector<FunctionArg> args,
               const TypeNode *result, bool raises, bool capturing,
               bool escaping)
      : TypeNode(TypeKind::Function), params(std::move(params)),
        args(std::move(args)), result(result), raises(raises),
        capturing(capturing), escaping(escaping) {}
  llvm::ArrayRef<FunctionParam> getParams() const { return params; }
  bool isParametric() const { return !params.empty(); }
  llvm::ArrayRef<FunctionArg> getArgs() const { return args; }
  const TypeNode *getResult() const { return result; }
  bool getRaises() const { return raises; }
  /// `capturing`: values may be closures over variables of their caller.
  bool isCapturing() const { return capturing; }
  /// `escaping`: values own what they capture.
  bool isEscaping() const { return escaping; }
  /// Values of this type carry an environment with the code pointer.
  bool hasEnvironment() const { return capturing || escaping; }
  static bool classof(const TypeNode *t) {
    return t->getKind() == TypeKind::Function;
  }

private:
  std::vector<FunctionParam> params;
  std::vector<FunctionArg> args;
  const TypeNode *result;
  bool raises, capturing, escaping;
};

/// The type of a name denoting functions before a function type is
/// expected of it (`apply(twice, 1)`): converting it picks the overload.
class OverloadSetType : public TypeNode {
public:
  explicit OverloadSetType(std::vector<FuncInfo *> funcs)
      : TypeNode(TypeKind::OverloadSet), funcs(std::move(funcs)) {}
  llvm::ArrayRef<FuncInfo *> getFuncs() const { return funcs; }
  static bool classof(const TypeNode *t) {
    return t->getKind() == TypeKind::OverloadSet;
  }

private:
  std::vector<FuncInfo *> funcs;
};

/// `Tuple[A, B]`, also spelled `(A, B)`: a structural type, interned by its
/// element types. Its elements are addressed like fields, by index.
class TupleType : public TypeNode {
public:
  explicit TupleType(std::vector<Type> elements)
      : TypeNode(TypeKind::Tuple), elements(std::move(elements)) {}
  llvm::ArrayRef<Type> getElements() const { return elements; }
  static bool classof(const TypeNode *t) {
    return t->getKind() == TypeKind::Tuple;
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
                   llvm::SMRange firstUse = llvm::SMRange(),
                   bool symbolic = false);
  Type getPackType(llvm::ArrayRef<Type> elements);
  const FunctionType *getFunctionType(llvm::ArrayRef<FunctionArg> args,
                                      Type result, bool raises,
                                      bool capturing, bool escaping,
                                      llvm::ArrayRef<FunctionParam> params = {});
  Type getOverloadSetType(llvm::ArrayRef<FuncInfo *> funcs);
  Type getTupleType(llvm::ArrayRef<Type> elements);
  /// A new archetype (each type parameter checked gets its own).
  Type makeArchetype(StructInfo *standIn, std::vector<TraitInfo *> bounds);

private:
  ErrorType errorType;
  NoneType noneType;
  llvm::DenseMap<StructInfo *, std::unique_ptr<StructType>> structs;
  llvm::StringMap<std::unique_ptr<MLIRType>> mlirTypes;
  llvm::StringMap<std::unique_ptr<MLIRType>> symbolicMLIRTypes;
  std::map<std::vector<Type>, std::unique_ptr<PackType>> packs;
  std::map<std::tuple<std::vector<FunctionParam>, std::vector<FunctionArg>,
                      Type, bool, bool, bool>,
           std::unique_ptr<FunctionType>>
      functionTypes;
  std::map<std::vector<FuncInfo *>, std::unique_ptr<OverloadSetType>>
      overloadSets;
  std::map<std::vector<Type>, std::unique_ptr<TupleType>> tuples;
  std::vector<std::unique_ptr<ArchetypeType>> archetypes;
};

/// The name a user sees in diagnostics: `Int`, `__mlir_type.index`.
std::string getTypeName(Type type);

/// The parts of an aggregate that a Field node addresses: a struct's
/// fields (once resolved) or a tuple's elements; none for other types.
unsigned getNumFields(Type aggregate);
Type getFieldType(Type aggregate, unsigned index);
/// `x` of `p.x`, or `0` of `t[0]`, for diagnostics.
std::string getFieldName(Type aggregate, unsigned index);

} // namespace mojo::sema

#endif
