//===- Types.cpp - Semantic types, interned -------------------------------===//
#include "compiler/SemIR/Types.h"

#include "compiler/SemIR/Program.h"

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
                              llvm::SMRange firstUse, bool symbolic) {
  auto &slot = (symbolic ? symbolicMLIRTypes : mlirTypes)[spelling];
  if (!slot)
    slot = std::make_unique<MLIRType>(spelling.str(), firstUse, symbolic);
  return slot.get();
}

Type TypeContext::getPackType(llvm::ArrayRef<Type> elements) {
  std::vector<Type> key(elements.begin(), elements.end());
  auto &slot = packs[key];
  if (!slot)
    slot = std::make_unique<PackType>(key);
  return slot.get();
}

const FunctionType *
TypeContext::getFunctionType(llvm::ArrayRef<FunctionArg> args, Type result,
                             bool raises, bool capturing, bool escaping,
                             llvm::ArrayRef<FunctionParam> params) {
  std::vector<FunctionArg> list(args.begin(), args.end());
  std::vector<FunctionParam> paramList(params.begin(), params.end());
  auto &slot = functionTypes[std::make_tuple(paramList, list, result, raises,
                                             capturing, escaping)];
  if (!slot)
    slot = std::make_unique<FunctionType>(paramList, list, result, raises,
                                          capturing, escaping);
  return slot.get();
}

Type TypeContext::getOverloadSetType(llvm::ArrayRef<FuncInfo *> funcs) {
  std::vector<FuncInfo *> key(funcs.begin(), funcs.end());
  auto &slot = overloadSets[key];
  if (!slot)
    slot = std::make_unique<OverloadSetType>(key);
  return slot.get();
}

static llvm::StringRef getConventionSpelling(Convention convention) {
  switch (convention) {
  case Convention::Mut:
    return "mut ";
  case Convention::Owned:
    return "owned ";
  case Convention::Out:
    return "out ";
  case Convention::Ref:
    return "ref ";
  case Convention::Read:
    break;
  }
  return "";
}

/// `fn(Int, mut Int) raises capturing -> Int`, as Mojo prints it.
static std::string getFunctionTypeName(const FunctionType &type) {
  std::string s = "fn";
  if (type.isParametric()) {
    s += "[";
    llvm::ArrayRef<FunctionParam> params = type.getParams();
    for (size_t i = 0; i < params.size(); ++i)
      s += (i ? ", " : "") + params[i].name + ": " + getTypeName(params[i].type);
    s += "]";
  }
  s += "(";
  llvm::ArrayRef<FunctionArg> args = type.getArgs();
  for (size_t i = 0; i < args.size(); ++i)
    s += (i ? ", " : "") + getConventionSpelling(args[i].convention).str() +
         getTypeName(args[i].type);
  s += ")";
  if (type.getRaises())
    s += " raises";
  if (type.isCapturing())
    s += " capturing";
  if (type.isEscaping())
    s += " escaping";
  Type result = type.getResult();
  return s + " -> " + (llvm::isa<NoneType>(result) ? "None" : getTypeName(result));
}

Type TypeContext::getTupleType(llvm::ArrayRef<Type> elements) {
  std::vector<Type> key(elements.begin(), elements.end());
  auto &slot = tuples[key];
  if (!slot)
    slot = std::make_unique<TupleType>(key);
  return slot.get();
}

unsigned mojo::sema::getNumFields(Type aggregate) {
  if (auto *st = llvm::dyn_cast<StructType>(aggregate))
    return st->getInfo()->fields.size();
  if (auto *tuple = llvm::dyn_cast<TupleType>(aggregate))
    return tuple->getElements().size();
  return 0;
}

Type mojo::sema::getFieldType(Type aggregate, unsigned index) {
  if (auto *tuple = llvm::dyn_cast<TupleType>(aggregate))
    return tuple->getElements()[index];
  return llvm::cast<StructType>(aggregate)->getInfo()->fields[index].type;
}

std::string mojo::sema::getFieldName(Type aggregate, unsigned index) {
  if (llvm::isa<TupleType>(aggregate))
    return std::to_string(index);
  return llvm::cast<StructType>(aggregate)->getInfo()->fields[index].name;
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
  case TypeKind::Function:
    return getFunctionTypeName(*llvm::cast<FunctionType>(type));
  case TypeKind::OverloadSet:
    return "overloaded function " +
           llvm::cast<OverloadSetType>(type)->getFuncs().front()->name;
  case TypeKind::Tuple: {
    std::string s = "Tuple[";
    llvm::ArrayRef<Type> elements = llvm::cast<TupleType>(type)->getElements();
    for (size_t i = 0; i < elements.size(); ++i)
      s += (i ? ", " : "") + getTypeName(elements[i]);
    return s + "]";
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
    return std::less<Type>()(type, o.type);
  case Kind::Unknown: { // `Grid[n]` and `Grid[m]` are distinct types, and
                        // `Pair[m, k]` is not the stand-in `Pair[a, b]`.
    // Values computed alike are equal, however their source is spelled.
    if (symbolic || o.symbolic) {
      // StringRefs to the keys themselves: `symbolic ? key : ""` would be
      // a temporary std::string, gone before the comparison.
      llvm::StringRef key, otherKey;
      if (symbolic)
        key = symbolic->key;
      if (o.symbolic)
        otherKey = o.symbolic->key;
      return std::make_tuple(bool(symbolic), type, key) <
             std::make_tuple(bool(o.symbolic), o.type, otherKey);
    }
    return std::tie(parameter, type, stringValue) <
           std::tie(o.parameter, o.type, o.stringValue);
  }
  case Kind::TypeList:
    return types < o.types;
  case Kind::Func:
    return std::tie(func, type) < std::tie(o.func, o.type);
  case Kind::Struct:
  case Kind::List:
    return std::tie(type, fields) < std::tie(o.type, o.fields);
  case Kind::MLIR:
    return std::tie(type, stringValue) < std::tie(o.type, o.stringValue);
  case Kind::Address:
    return std::tie(type, address) < std::tie(o.type, o.address);
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
    return stringValue.empty() ? "?" : stringValue;
  case Kind::TypeList: {
    std::string s;
    for (size_t i = 0; i < types.size(); ++i)
      s += (i ? ", " : "") + getTypeName(types[i]);
    return s;
  }
  case Kind::Func:
    return describeFunctionValue(func);
  case Kind::MLIR:
    return stringValue;
  case Kind::Address: // Told apart in symbols; no user writes one.
    if (!address.block)
      return "null";
    return "@constant" + std::to_string(address.block) + "+" +
           std::to_string(address.offset);
  case Kind::List: {
    std::string s;
    for (size_t i = 0; i < fields.size(); ++i)
      s += (i ? ", " : "") + fields[i].str();
    return s;
  }
  case Kind::Struct: {
    if (!stringValue.empty()) // The alias that names it: `DType.int8`.
      return stringValue;
    std::string s = getTypeName(type) + "(";
    for (size_t i = 0; i < fields.size(); ++i)
      s += (i ? ", " : "") + fields[i].str();
    return s + ")";
  }
  }
  return "?";
}
