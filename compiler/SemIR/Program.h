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

#include "compiler/SemIR/Checked.h"
#include "compiler/SemIR/ConstantMemory.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"

#include <deque>

namespace mojo::ast {
class Module;
class Decl;
class FuncDecl;
class StructDecl;
class TraitDecl;
class ParamDecl;
class AliasDecl;
} // namespace mojo::ast

namespace mojo::sema {

struct ModuleInfo;
struct FuncInfo;

/// A compile-time value that a generic body checked against its bounds
/// computes from its parameters (`n - 1`, `n > 4`): the expression, checked
/// once in that body, over the `Parameter` nodes it reads. Substitution runs
/// it with an instance's bindings (SemaSubstitution.cpp). Sema owns these;
/// a CValue points at one.
struct SymbolicValue {
  CExprPtr expr;
  /// The expression printed without addresses: equal keys compute equal
  /// values, so `SIMD[DType.int32, n * 2]` written twice is one type.
  std::string key;
};

/// A compile-time value: a parameter's binding, a folded constant.
struct CValue {
  /// Origin: what an origin parameter (`ref [o] x`, `Span[T, o]`) is
  /// bound to. mojoc does not track origins yet, so all origins are one
  /// value; `boolValue` keeps only whether it is mutable, which binds the
  /// `m` of a parameter `o: Origin[m]` (SemaOrigins.cpp) and is not part
  /// of the value's identity.
  /// Func: a function value (`func`, converted to the function type
  /// `type`), bound to a function-typed parameter (`apply[twice]`).
  /// Unknown: a value of `type` that a generic body checked against its
  /// bounds does not know (a parameter `n: Int`, or what depends on it);
  /// `parameter` tells which, `stringValue` is its name, which prints it;
  /// or, computed from parameters, `symbolic` says how, and `stringValue`
  /// is its source text.
  /// Struct: a value of the struct `type` built by `@value`'s fieldwise
  /// constructor, its `fields` constants (SemaStructValues.cpp); or one
  /// the interpreter computed, whose `stringValue` is then the name of
  /// the struct's alias equal to it, if any (`DType.int8`), for messages.
  /// MLIR: a constant of the MLIR type `type` (a `__mlir_type`), written
  /// as the attribute `stringValue` (`1.5 : f64`, `dense<...>`): a leaf of
  /// a struct value the interpreter computed (SemaComptime.cpp). A vector
  /// of integers also has its lanes in `fields`, as Ints, which a splice
  /// spells (an `IndexList` as a `vector.shuffle` mask).
  /// List: the values bound to a variadic parameter (`*sizes: Int`), in
  /// `fields`; `type` is their element type (null while none is known).
  /// Address: a pointer (of the MLIR type `type`, `!llvm.ptr`) into the
  /// program's constant memory (ConstantMemory.h), `address`; block 0 is
  /// null. A Struct holding such an address, which the interpreter
  /// computed, also has its own bytes there at `address`: each use of
  /// the constant is a copy of them (`__copyinit__`), so the program
  /// never owns, and never frees, what the constant points to.
  enum class Kind : uint8_t {
    None,
    Int,
    Bool,
    String,
    Type,
    TypeList,
    Origin,
    Func,
    Struct,
    MLIR,
    Unknown,
    List,
    Address
  };
  Kind kind = Kind::None;
  llvm::APSInt intValue;
  bool boolValue = false;
  std::string stringValue;
  Type type = nullptr;
  std::vector<Type> types;
  FuncInstance *func = nullptr;
  std::vector<CValue> fields;
  /// Unknown: 1 + the index of the generic instance's parameter it is the
  /// value of, so an instance can replace it; 0 for a value computed from
  /// parameters.
  unsigned parameter = 0;
  ConstantAddress address;
  /// Unknown computed from parameters: how, if the checker could keep it
  /// (null: only checking the AST again computes it).
  const SymbolicValue *symbolic = nullptr;

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
  static CValue ofBool(bool v) {
    CValue c;
    c.kind = Kind::Bool;
    c.boolValue = v;
    return c;
  }
  static CValue ofFunc(FuncInstance *func, Type type) {
    CValue c;
    c.kind = Kind::Func;
    c.func = func;
    c.type = type;
    return c;
  }
  static CValue ofStruct(Type t, std::vector<CValue> fields) {
    CValue c;
    c.kind = Kind::Struct;
    c.type = t;
    c.fields = std::move(fields);
    return c;
  }
  static CValue ofList(Type element, std::vector<CValue> elements) {
    CValue c;
    c.kind = Kind::List;
    c.type = element;
    c.fields = std::move(elements);
    return c;
  }
  static CValue unknown(Type t) {
    CValue c;
    c.kind = Kind::Unknown;
    c.type = t;
    return c;
  }
  /// The unknown value of parameter `index` of a generic instance.
  static CValue unknownParameter(Type t, unsigned index) {
    CValue c = unknown(t);
    c.parameter = index + 1;
    return c;
  }
  static CValue ofAddress(Type pointerType, ConstantAddress address) {
    CValue c;
    c.kind = Kind::Address;
    c.type = pointerType;
    c.address = address;
    return c;
  }
  static CValue ofOrigin(bool isMutable = true) {
    CValue c;
    c.kind = Kind::Origin;
    c.boolValue = isMutable;
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

/// How a value of a type is copied or moved.
enum class Transfer : uint8_t {
  Unavailable, ///< the type is not copyable (not movable)
  Bitwise,     ///< its bits are the new value; the old one needs nothing
  Method,      ///< by `__copyinit__` (`__moveinit__`), written or synthesized
  Elementwise, ///< a tuple: each element by its own transfer (no instance)
};

/// What copying, moving and destroying a value of a type runs (LANGUAGE.md
/// §6, "Lifecycle"). Resolved once per type by Sema::getLifecycle.
struct Lifecycle {
  Transfer copy = Transfer::Bitwise;
  Transfer move = Transfer::Bitwise;
  /// Ending the value's life runs code: its `__del__` or a field's.
  bool needsDestroy = false;
  FuncInstance *copyInit = nullptr;   ///< When `copy` is Method.
  FuncInstance *moveInit = nullptr;   ///< When `move` is Method.
  FuncInstance *destructor = nullptr; ///< The type's own `__del__`, if any.
};

struct GenericStruct;

/// One struct type: a struct without parameters, or one instance of a
/// parametric struct (`Pair[Int, Bool]`), whose parameters are bound.
struct StructInfo {
  const ast::StructDecl *decl = nullptr;
  ModuleInfo *module = nullptr;
  /// What users see: `Point`, `Pair[Int, Bool]`.
  std::string name;
  Type type = nullptr;
  /// The parametric struct this is an instance of, and the values of its
  /// parameters, in declaration order and by name (null and empty for a
  /// struct without parameters).
  GenericStruct *generic = nullptr;
  std::vector<CValue> bindings;
  llvm::StringMap<CValue> paramValues;
  std::vector<Field> fields;
  bool fieldsResolved = false;
  bool resolvingFields = false;
  /// `@register_passable`: held and passed in registers, never in memory.
  bool registerPassable = false;
  /// `@register_passable("trivial")`: copied, moved and destroyed as bits,
  /// so passing one `read` never aliases (LANGUAGE.md §5, Exclusivity).
  bool trivial = false;
  /// `@value`: the missing fieldwise members are synthesized.
  bool isValue = false;
  enum class LifecycleState : uint8_t { Unresolved, Resolving, Resolved };
  LifecycleState lifecycleState = LifecycleState::Unresolved;
  Lifecycle lifecycle;
  /// `@nonmaterializable(T)`: the type its values become at run time.
  Type materializesTo = nullptr;
  llvm::StringMap<std::vector<FuncInfo *>> methods;
  /// `alias N = ...` members, read as `S.N`.
  llvm::StringMap<const ast::AliasDecl *> aliases;
};

/// A struct declared with compile-time parameters (LANGUAGE.md §8): the
/// declaration, apart from its instances. Each distinct list of parameter
/// values has one StructInfo, with its own fields, methods and lifecycle.
struct GenericStruct {
  const ast::StructDecl *decl = nullptr;
  ModuleInfo *module = nullptr;
  std::string name;
  /// The `[...]` parameters, in order.
  std::vector<const ast::ParamDecl *> params;
  std::map<std::vector<CValue>, StructInfo *> instances;
  /// The check-only instance whose methods are checked against the
  /// parameters' bounds (SemaStructGenerics.cpp); null when there is none.
  StructInfo *standIn = nullptr;
  /// Resolving the stand-in's fields reported errors: those of the other
  /// instances report nothing, which would repeat them.
  bool standInFieldErrors = false;
};

/// A trait (LANGUAGE.md §7): its requirements are declarations whose
/// signatures are resolved against each `Self` they are checked for
/// (SemaTraits.cpp).
struct TraitInfo {
  const ast::TraitDecl *decl = nullptr;
  ModuleInfo *module = nullptr;
  std::string name;
  bool resolved = false; ///< `parents`, `methods` and `aliases` are filled.
  std::vector<TraitInfo *> parents;
  std::vector<const ast::FuncDecl *> methods;  ///< Its own, not its parents'.
  std::vector<const ast::AliasDecl *> aliases; ///< `alias N: Int`.
};

/// The members `@value` synthesizes (LANGUAGE.md §6).
enum class Synthesized : uint8_t {
  None,
  FieldwiseInit, ///< `__init__(out self, owned f1: T1, ...)`
  FieldwiseCopy, ///< `__copyinit__(out self, existing: Self)`
  FieldwiseMove, ///< `__moveinit__(out self, owned existing: Self)`
};

/// One `fn`/`def` declaration, before its parameters are bound.
struct FuncInfo {
  /// Null for a member the compiler synthesizes (`@value`'s constructor).
  const ast::FuncDecl *decl = nullptr;
  Synthesized synthesized = Synthesized::None;
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
  /// Not a declaration: the body a compile-time expression is checked in
  /// before the interpreter runs it (Sema/SemaComptime.cpp).
  bool isComptimeExpression = false;
  /// A nested `fn`: its number, unique in the program, which tells apart
  /// the symbols of closures of one name (docs/compiler/closures.md).
  unsigned closureId = 0;
  /// Its body failed the check against its bounds (SemaGenerics.cpp):
  /// its concrete instances are not checked again.
  bool genericErrors = false;
  /// The instance checked against the bounds, its type parameters bound
  /// to archetypes: the tree concrete instances are substituted from
  /// (SemaSubstitution.cpp).
  FuncInstance *genericInstance = nullptr;
  /// Instances by the values of the compile-time parameters.
  std::map<std::vector<CValue>, std::unique_ptr<FuncInstance>> instances;
  /// Whether its body names `__call_location`, so that its instances take
  /// their call's location (Sema/SemaCallLocation.cpp); known once asked.
  std::optional<bool> readsCallLocation;
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
  /// `*values: T`: the element type `T`. The slot takes every positional
  /// argument left, each converted to `T`, as one `VariadicList[T]` or
  /// `VariadicListMem[T, owned]` value (its `type`; docs/compiler/variadics.md).
  Type variadicElement = nullptr;
  /// A `ref` argument this instance binds to a value that cannot change,
  /// so it is passed `read`.
  bool immutableRef = false;
  /// The hidden last argument of a function that reads `__call_location()`:
  /// each call passes its own location (Sema/SemaCallLocation.cpp).
  bool isCallLocation = false;
};

/// A function with its compile-time parameters bound: what IRGen emits.
struct FuncInstance {
  FuncInfo *info = nullptr;
  std::vector<CValue> bindings;

  // Signature (resolved when the instance is created).
  std::vector<ParamSlot> params;
  Type result = nullptr;
  bool isInit = false; ///< `__init__(out self, ...)`: result is self.
  /// `-> ref [origins] T`: the result is a reference to a `T` that lives
  /// elsewhere (returned as its address). It may be assigned through
  /// unless its origin is the argument `refOriginArg` and that argument
  /// is immutable at the call (docs/compiler/memory.md).
  bool resultIsRef = false;
  int refOriginArg = -1;
  /// The name of the variable the body builds its result in, or empty: a
  /// constructor's `self`, or an `out` argument (a named result, §4). The
  /// caller passes nothing for it; a bare `return` returns it.
  std::string resultName;
  /// Where an `out` argument is declared (none for a constructor's `self`).
  SourceRange resultNameRange;
  bool hasNamedResult() const { return !resultName.empty(); }
  /// `raises`, or any `def`: the error ABI applies (IRGenErrors.cpp).
  bool raises = false;
  bool signatureOk = true;
  bool used = false; ///< Reached from an entry point; emitted by IRGen.
  /// Mentions an archetype: it checks a generic body against its bounds
  /// and is never used (Sema::isCheckOnly).
  bool checkOnly = false;
  /// A check-only instance whose tree concrete instances can be made
  /// from: cleared when the check relied on a compile-time value it did
  /// not know (`T.N`, a `@parameter if` over one) or declared a nested
  /// function, which only checking the AST again can decide.
  bool substitutable = true;
  /// The name of the `*values: *Ts` parameter, if any (it may be empty).
  std::string packName;
  /// Whether the signature ends its positional arguments with a variadic
  /// one: a pack, or a homogeneous `*values: T` (ParamSlot::variadicElement).
  bool takesVariadic() const {
    return !packName.empty() ||
           llvm::any_of(params, [](const ParamSlot &slot) {
             return slot.variadicElement != nullptr;
           });
  }
  /// The instance whose body first asked for this one, and where: the
  /// chain a runaway recursive instantiation is reported with.
  FuncInstance *instantiatedBy = nullptr;
  SourceRange instantiatedAt;
  /// How many parameterized instances that chain has, this one included
  /// (budget::kMaxInstantiationDepth).
  unsigned instantiationDepth = 0;

  // Body (checked on demand).
  bool bodyChecked = false;
  /// False when the body holds Error nodes (SemaErrorNodes.cpp) or the
  /// signature of a closure failed: it is never compiled.
  bool bodyOk = true;
  std::deque<LocalVar> locals;  ///< Stable addresses.
  std::vector<LocalVar *> paramLocals; ///< One per slot.
  /// The variable named `resultName` (`out self` of a constructor, or a
  /// named result), once the body is checked.
  LocalVar *resultLocal = nullptr;
  CBlock body;

  // Closures (docs/compiler/closures.md).
  /// A nested `fn`: the instance whose body declares it.
  FuncInstance *closureParent = nullptr;
  /// The variables a nested `fn` captures, by reference: each variable of
  /// `closureParent` and the local standing for it in this body, in the
  /// order of the environment's slots.
  std::vector<std::pair<LocalVar *, LocalVar *>> captures;
  /// A nested `fn` with compile-time parameters, checked where it is
  /// declared with its parameters unknown: never emitted; its captures are
  /// those of every instance, and its environment is theirs.
  bool isClosureTemplate = false;
  /// An instance of such a closure (`body[4]`): the template it was made
  /// from, whose environment it takes.
  FuncInstance *closureTemplate = nullptr;
  /// A stand-in instance that only carries the signature of this function
  /// type, for calls through values of it; never emitted.
  const FunctionType *signatureOf = nullptr;
};

/// A copy of `expr`, a tree the ownership pass has not run on (a
/// SymbolicValue's), for a body that uses its value.
CExprPtr copyExpr(const CExpr &expr);

/// SymbolicValue::key of `expr`.
std::string getSymbolicKey(const CExpr &expr);

/// `f[1, Int]`: an instance as the user would write it.
std::string describeInstance(const FuncInstance *instance);

/// The name of a function as a compile-time value: `twice`, or
/// `add_k#3` for a nested one.
std::string describeFunctionValue(const FuncInstance *instance);

/// The closures whose environments `instance` receives as hidden
/// arguments, after its parameters: itself when it captures variables,
/// then each capturing closure bound to one of its parameters.
std::vector<const FuncInstance *>
getEnvironmentArgs(const FuncInstance &instance);

/// The closure whose environment `closure` takes: its template when it is
/// an instance of a parametric closure (all share one), else itself.
const FuncInstance *getEnvironmentOwner(const FuncInstance *closure);

/// What a top-level name of a module denotes. A Poisoned name is declared
/// by a declaration that was reported as unsupported (a global `var`): its
/// uses are errors that report nothing more.
struct Symbol {
  enum class Kind : uint8_t { Struct, Funcs, Trait, Alias, Poisoned };
  Kind kind;
  /// A Struct symbol has one of the two: a struct without parameters, or
  /// a parametric one.
  StructInfo *structInfo = nullptr;
  GenericStruct *generic = nullptr;
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
  /// Shared with the Session's module cache, which gives it to the next
  /// check when the buffer is unchanged (ModuleProvider.h).
  std::shared_ptr<const ast::Module> ast;
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
  /// For `mojoc test`: the main module's test functions, in source order;
  /// IRGen gives the i-th the entry `__mojo_test_<i>`.
  std::vector<FuncInstance *> tests;
  /// When `main` raises: the stdlib's `__report_unhandled_error(Error)`,
  /// which the entry point calls with an error escaping `main`.
  FuncInstance *unhandledErrorHook = nullptr;
  /// The prelude's `Error`, with its fields resolved: the type of the
  /// slots IRGen passes to raising calls.
  Type errorType = nullptr;
  /// StructInfos, for layouts.
  std::deque<StructInfo> structs;
  std::deque<GenericStruct> genericStructs;
  std::deque<FuncInfo> funcs;
  std::deque<TraitInfo> traits;
  /// What compile-time constants point into.
  ConstantMemory constants;
};

} // namespace mojo::sema

#endif
