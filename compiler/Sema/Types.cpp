//===- Types.cpp - Semantic types, interned -------------------------------===//
#include "compiler/Sema/Types.h"

#include "compiler/Sema/Program.h"

#include "llvm/ADT/StringExtras.h"

using namespace mojo::sema;

TypeContext::TypeContext() = default;

Type TypeContext::getStructType(StructInfo *info) {
  auto &slot = structs[info];
  if (!slot)
    slot = std::make_unique<StructType>(info);
  return slot.get();
}

Type TypeContext::makeArchetype(StructInfo *standIn,
                               std::vector<TraitInfo *> bounds) {
  archetypes.push_back(
      std::make_unique<ArchetypeType>(standIn, std::move(bounds)));
  return archetypes.back().get();
}

Type TypeContext::getMLIRType(llvm::StringRef spelling,
                              llvm::SMRange firstUse) {
  auto &slot = mlirTypes[spelling];
  if (!slot)
    slot = std::make_unique<MLIRType>(spelling.str(), firstUse);
  return slot.get();
}

Type TypeContext::getPackType(llvm::ArrayRef<Type> elements) {
  std::vector<Type> key(elements.begin(), elements.end());
  auto &slot = packs[key];
  if (!slot)
    slot = std::make_unique<PackType>(key);
  return slot.get();
}

std::string mojo::sema::getTypeName(Type type) {
  switch (type->getKind()) {
  case TypeKind::Error:
    return "<error>";
  case TypeKind::None:
    return "NoneType";
  case TypeKind::Struct:
  case TypeKind::Archetype:
    return llvm::cast<StructType>(type)->getInfo()->name;
  case TypeKind::MLIR:
    return ("__mlir_type." + llvm::cast<MLIRType>(type)->getSpelling()).str();
  case TypeKind::Pack: {
    std::string s = "*(";
    llvm::ArrayRef<Type> elements = llvm::cast<PackType>(type)->getElements();
    for (size_t i = 0; i < elements.size(); ++i)
      s += (i ? ", " : "") + getTypeName(elements[i]);
    return s + ")";
  }
  }
  return "<type>";
}

bool CValue::operator<(const CValue &o) const {
  if (kind != o.kind)
    return kind < o.kind;
  switch (kind) {
  case Kind::None:
  case Kind::Origin:
    return false;
  case Kind::Int:
    return llvm::APSInt::compareValues(intValue, o.intValue) < 0;
  case Kind::Bool:
    return boolValue < o.boolValue;
  case Kind::String:
    return stringValue < o.stringValue;
  case Kind::Type:
  case Kind::Unknown:
    return std::less<Type>()(type, o.type);
  case Kind::TypeList:
    return types < o.types;
  }
  return false;
}

bool CValue::operator==(const CValue &o) const {
  return !(*this < o) && !(o < *this);
}

std::string CValue::str() const {
  switch (kind) {
  case Kind::None:
    return "None";
  case Kind::Origin:
    return "_";
  case Kind::Int:
    return llvm::toString(intValue, 10, intValue.isSigned());
  case Kind::Bool:
    return boolValue ? "True" : "False";
  case Kind::String:
    return "\"" + stringValue + "\"";
  case Kind::Type:
    return getTypeName(type);
  case Kind::Unknown:
    return "?";
  case Kind::TypeList: {
    std::string s;
    for (size_t i = 0; i < types.size(); ++i)
      s += (i ? ", " : "") + getTypeName(types[i]);
    return s;
  }
  }
  return "?";
}
