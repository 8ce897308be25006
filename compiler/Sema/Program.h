//===- Program.h - Modules, structs, functions and instances ---*- C++ -*-===//
//
// The semantic model Sema builds from the ASTs: one ModuleInfo per source file
// (the main file, its imports, the stdlib modules it reaches), one StructInfo
// per struct, one FuncInfo per function declaration, and one FuncInstance per
// function and distinct set of compile-time parameter values that the
// program uses. IRGen emits exactly the instances.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_SEMA_PROGRAM_H
#define MOJOC_SEMA_PROGRAM_H

#include "compiler/Sema/Checked.h"

#include "llvm/ADT/StringMap.h"

#include <deque>

namespace mojo::ast {
class Module;
class Decl;
class FuncDecl;
class StructDecl;
class TraitDecl;
class AliasDecl;
} // namespace mojo::ast

namespace mojo::sema {

struct ModuleInfo;
struct FuncInfo;

/// A compile-time value: a parameter's binding, a folded constant.
struct CValue {
  enum class Kind : uint8_t { None, Int, Bool, String, Type, TypeList };
  Kind kind = Kind::None;
  llvm::APSInt intValue;
  bool boolValue = false;
  std::string stringValue;
  Type type = nullptr;
  std::vector<Type> types;

  static CValue ofInt(llvm::APSInt v) {
    CValue c;
    c.kind = Kind::Int;
    c.intValue = std::move(v);
    return c;
  }
  static CValue ofType(Type t) {
    CValue c;
    c.kind = Kind::Type;
    c.type = t;
    return c;
  }
  static CValue ofTypes(std::vector<Type> ts) {
    CValue c;
    c.kind = Kind::TypeList;
    c.types = std::move(ts);
    return c;
  }
  bool operator<(const CValue &o) const;
  bool operator==(const CValue &o) const;
  std::string str() const;
};

struct Field {
  std::string name;
  Type type;
  SourceRange range;
};

struct StructInfo {
  const ast::StructDecl *decl = nullptr;
  ModuleInfo *module = nullptr;
  std::string name;
  Type type = nullptr;
  std::vector<Field> fields;
  bool fieldsResolved = false;
  bool resolvingFields = false;
  bool registerPassable = false;
  /// `@nonmaterializable(T)`: the type its values become at run time.
  Type materializesTo = nullptr;
  llvm::StringMap<std::vector<FuncInfo *>> methods;
};

struct TraitInfo {
  const ast::TraitDecl *decl = nullptr;
  ModuleInfo *module = nullptr;
  std::string name;
  bool requirementsResolved = false;
  std::vector<std::string> requiredMethods;
};

/// One `fn`/`def` declaration, before its parameters are bound.
struct FuncInfo {
  /// Null for a member the compiler synthesizes (`@value`'s constructor).
  const ast::FuncDecl *decl = nullptr;
  bool isFieldwiseInit = false;
  /// Where to point diagnostics about this function.
  SourceRange nameRange;
  ModuleInfo *module = nullptr;
  StructInfo *owner = nullptr; ///< For methods.
  std::string name;
  bool isStatic = false;
  bool isImplicit = false;
  bool alwaysInline = false;
  bool noInline = false;
  /// Two parameters share a name (reported): no instance is callable.
  bool duplicateParams = false;
  /// Instances by the values of the compile-time parameters.
  std::map<std::vector<CValue>, std::unique_ptr<FuncInstance>> instances;
};

/// One entry of an instance's runtime signature.
struct ParamSlot {
  std::string name;
  Type type;
  Convention convention;
  bool hasDefault = false;
  bool keywordOnly = false;
  bool positionalOnly = false;
  bool isSelf = false;
  /// Set on the slots a `*values: *Ts` pack expanded into.
  bool fromPack = false;
};

/// A function with its compile-time parameters bound: what IRGen emits.
struct FuncInstance {
  FuncInfo *info = nullptr;
  std::vector<CValue> bindings;

  // Signature (resolved when the instance is created).
  std::vector<ParamSlot> params;
  Type result = nullptr;
  bool isInit = false; ///< `__init__(out self, ...)`: result is self.
  /// `raises`, or any `def`: the error ABI applies (IRGenErrors.cpp).
  bool raises = false;
  bool signatureOk = true;
  bool used = false; ///< Reached from an entry point; emitted by IRGen.
  /// The name of the `*values: *Ts` parameter, if any (it may be empty).
  std::string packName;
  /// The instance whose body first asked for this one, and where: the
  /// chain a runaway recursive instantiation is reported with.
  FuncInstance *instantiatedBy = nullptr;
  SourceRange instantiatedAt;
  /// How many parameterized instances that chain has, this one included
  /// (budget::kMaxInstantiationDepth).
  unsigned instantiationDepth = 0;

  // Body (checked on demand).
  bool bodyChecked = false;
  bool bodyOk = true;
  std::deque<LocalVar> locals;  ///< Stable addresses.
  std::vector<LocalVar *> paramLocals; ///< One per slot.
  LocalVar *selfLocal = nullptr; ///< `out self` of constructors.
  CBlock body;
};

/// What a top-level name of a module denotes. A Poisoned name is declared
/// by a declaration that was reported as unsupported (a global `var`): its
/// uses are errors that report nothing more.
struct Symbol {
  enum class Kind : uint8_t { Struct, Funcs, Trait, Alias, Poisoned };
  Kind kind;
  StructInfo *structInfo = nullptr;
  std::vector<FuncInfo *> funcs;
  TraitInfo *trait = nullptr;
  const ast::AliasDecl *aliasDecl = nullptr;
  SourceRange range;
};

/// One source file and its top-level declarations.
struct ModuleInfo {
  ModuleInfo();
  ~ModuleInfo();
  std::string name; ///< Dotted: `builtin.int`.
  std::string path;
  unsigned bufferId = 0;
  std::unique_ptr<ast::Module> ast;
  llvm::StringMap<Symbol> symbols;
  /// The `import` and `from ... import` declarations, in source order:
  /// a name not declared here is looked up through these alone, so the
  /// lookup does not grow with the number of declarations.
  std::vector<const ast::Decl *> imports;
  bool isPrelude = false;
};

/// The result of checking: every instance reachable from the entry points.
struct Program {
  TypeContext types;
  std::vector<std::unique_ptr<ModuleInfo>> modules;
  std::vector<FuncInstance *> instances; ///< In creation order.
  FuncInstance *mainInstance = nullptr;
  /// When `main` raises: the stdlib's `__report_unhandled_error(Error)`,
  /// which the entry point calls with an error escaping `main`.
  FuncInstance *unhandledErrorHook = nullptr;
  /// The prelude's `Error`, with its fields resolved: the type of the
  /// slots IRGen passes to raising calls.
  Type errorType = nullptr;
  /// StructInfos, for layouts.
  std::deque<StructInfo> structs;
  std::deque<FuncInfo> funcs;
  std::deque<TraitInfo> traits;
};

} // namespace mojo::sema

#endif
