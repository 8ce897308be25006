//===- SemaImpl.h - Semantic analysis internals ----------------*- C++ -*-===//
//
// Private to compiler/Sema. Two classes share the work:
//  - `Sema` owns the program: module loading and imports (SemaModules.cpp),
//    top-level lookup, struct layouts and function instances (SemaDecl.cpp).
//  - `BodyChecker` checks one function instance's body (BodyChecker.h
//    says which files hold which parts).
// Both report unknown names through SemaSuggestions.cpp, which adds the
// "did you mean" suggestions.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_SEMA_SEMAIMPL_H
#define MOJOC_SEMA_SEMAIMPL_H

#include "compiler/AST/Module.h"
#include "compiler/Sema/Resolutions.h"
#include "compiler/Sema/Sema.h"
#include "compiler/Sema/UninitializedVars.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"

#include <optional>

namespace mojo::comptime {
class Interpreter;
struct Value;
struct Failure;
} // namespace mojo::comptime

namespace mojo::sema {

class TypoCorrector;
class BodyChecker;
class ComptimeBridge;

/// Names bound to compile-time values while checking an instance.
using Bindings = llvm::StringMap<CValue>;

/// Why a compile-time value cannot bind a parameter: a diagnostic and its
/// arguments, reported at a struct's binding or kept as the reason a
/// function candidate is not viable.
struct ParamMismatch {
  DiagID id;
  std::vector<std::string> args;
  std::string message() const;
};

/// What a name or expression denotes when it is not (only) a run-time value.
struct Entity {
  enum class Kind : uint8_t {
    Error,      ///< already diagnosed
    Value,      ///< `value`
    Type,       ///< `type`
    Funcs,      ///< an overload set `funcs`, maybe with explicit parameters
    Method,     ///< `funcs` bound to the receiver `value`
    Module,     ///< `module`
    Trait,      ///< `trait`
    MLIRTypeNS, ///< `__mlir_type`
    MLIROpNS,   ///< `__mlir_op`
    MLIRAttrNS, ///< `__mlir_attr`
    MLIROp,     ///< `__mlir_op.X[...]`: `text`, `attributes`, `resultType`
    MLIRAttr,   ///< `__mlir_attr.X`: `text`
    Alias,      ///< an `alias` declared in `aliasModule`, not yet evaluated
    GenericStruct, ///< a parametric struct, its parameters not yet bound
    GenericMethod, ///< static method `text` of the unbound `generic`
  };
  Kind kind = Kind::Error;
  SourceRange range;
  CExprPtr value;
  Type type = nullptr;
  std::vector<FuncInfo *> funcs;
  /// `f[3, T=Int]`: the values of the written parameters, evaluated once
  /// for every candidate, and their keywords (empty when positional).
  std::vector<CValue> explicitParams;
  std::vector<llvm::StringRef> explicitKeywords;
  /// Where a written parameter names a function or closure (its value in
  /// `explicitParams` is then None): it is converted per candidate, to the
  /// type that candidate's parameter declares.
  std::vector<ast::ExprId> explicitFunctions;
  bool hasExplicitParams = false;
  ModuleInfo *module = nullptr;
  TraitInfo *trait = nullptr;
  GenericStruct *generic = nullptr;
  std::string text;
  std::vector<std::pair<std::string, std::string>> attributes;
  Type resultType = nullptr;
  const ast::AliasDecl *alias = nullptr;
  ModuleInfo *aliasModule = nullptr;
  /// An Error from a lookup that found nothing: unlike every other Error,
  /// nothing has been reported yet, and the caller reports it.
  bool notFound = false;

  /// An error already diagnosed (or a name poisoned by one): it silences
  /// every diagnostic that would follow from it.
  static Entity ofType(Type type, SourceRange range) {
    Entity e;
    e.kind = Kind::Type;
    e.type = type;
    e.range = range;
    return e;
  }
  static Entity error(SourceRange range) {
    Entity e;
    e.range = range;
    return e;
  }
  /// A name that no declaration or import provides; not yet reported.
  static Entity missing(SourceRange range) {
    Entity e = error(range);
    e.notFound = true;
    return e;
  }
};

class Sema {
public:
  Sema(SourceManager &sources, DiagnosticEngine &diags,
       const SemaOptions &options);

  std::unique_ptr<Program> run(unsigned mainBuffer);

  // Modules and lookup (SemaModules.cpp).
  ModuleInfo *loadModule(llvm::StringRef dottedName, llvm::StringRef fromDir,
                         SourceRange range);
  ModuleInfo *addModule(unsigned bufferId, llvm::StringRef name);
  /// Looks `name` up at the top level of `module`: its declarations, its
  /// imports, then the prelude. Reports nothing; an Error entity on failure
  /// (`notFound` unless the name comes from a broken import).
  Entity lookupGlobal(ModuleInfo *module, llvm::StringRef name,
                      SourceRange range);
  /// What `from module import name` and `module.name` see: the module's
  /// declarations and imports, not the prelude.
  Entity lookupMember(ModuleInfo *module, llvm::StringRef name,
                      SourceRange range);
  /// The module `name` of the package `package` (`sys.info`), or null.
  ModuleInfo *findSubmodule(ModuleInfo *package, llvm::StringRef name);
  /// Reports `name` as undeclared at the top level of `module`, suggesting
  /// the closest global or binding (only types with `typesOnly`).
  void reportUndeclaredGlobal(ModuleInfo *module, llvm::StringRef name,
                              SourceRange range, const Bindings &bindings,
                              bool typesOnly = false);
  /// Offers `corrector` the names visible at the top level of `module`.
  void addGlobalCandidates(TypoCorrector &corrector, ModuleInfo *module,
                           bool typesOnly, bool withPrelude = true);
  void forEachImportedName(ModuleInfo *module,
                           llvm::function_ref<void(llvm::StringRef)> fn);
  /// `use of undeclared name`, with the corrector's suggestion if any.
  void reportUndeclared(SourceRange range, llvm::StringRef name,
                        const TypoCorrector &corrector);
  void reportNoMember(SourceRange range, llvm::StringRef owner,
                      llvm::StringRef name, const TypoCorrector &corrector);
  /// `S has no member named x`, suggesting a method (or, for a value, a
  /// field) of the struct.
  void reportNoStructMember(SourceRange range, StructInfo *info,
                            llvm::StringRef name, bool withFields);
  void reportNoModuleMember(SourceRange range, ModuleInfo *module,
                            llvm::StringRef name);
  /// Whether one more search for a suggestion among the names in scope may
  /// run. Each search scans every visible name, so, like clang's
  /// `-fspell-checking-limit`, a compilation makes at most 50: a file of
  /// mistakes still checks in linear time.
  bool allowTypoCorrection() { return typoCorrections++ < 50; }
  /// The prelude's struct `name`, for the compiler hooks (literal types).
  Type getHookType(llvm::StringRef name);
  /// The prelude's parametric struct `name` (`List`, what a list display
  /// builds), or null.
  GenericStruct *getHookGeneric(llvm::StringRef name);
  // `__call_location()` (SemaCallLocation.cpp).
  /// Whether `func`'s body names `__call_location`.
  bool readsCallLocation(FuncInfo *func);
  /// `builtin._location._SourceLocation`, or ErrorType.
  Type getSourceLocationType(SourceRange range);
  /// Gives `instance` its hidden call-location argument, if it reads one.
  void addCallLocationSlot(FuncInstance *instance);
  /// `__type_of(x)` in a signature (SemaTypeExpr.cpp); nullopt when
  /// `call` is no `__type_of`.
  std::optional<Type> resolveSignatureTypeOf(ModuleInfo *module,
                                             const ast::CallExpr &call,
                                             const Bindings &bindings);
  /// The prelude's trait `name` (`AnyTrivialRegType`), or null.
  TraitInfo *getHookTrait(llvm::StringRef name);
  /// How many of `func`'s type parameters have a bound stricter than
  /// `AnyType`, the bound of every type: the tie-break of overloads.
  unsigned countRefinedBounds(FuncInfo *func);

  // Declarations (SemaDecl.cpp).
  void resolveFields(StructInfo *info);
  /// The instance of `func` for `bindings`, created (signature resolved) on
  /// first request; its body is checked later from the worklist.
  FuncInstance *instantiate(FuncInfo *func, std::vector<CValue> bindings,
                            SourceRange useRange);
  /// Marks `instance` as part of the program: its body will be checked and
  /// IRGen will emit it.
  void use(FuncInstance *instance);
  /// The names of `func`'s compile-time parameters, in order.
  std::vector<const ast::ParamDecl *> getCompileTimeParams(FuncInfo *func);
  // Parametric structs (SemaStructParams.cpp).
  /// `Pair[Int, Bool]`: binds `generic`'s parameters to the written
  /// `args` (evaluated in `module` with `bindings`), then to their
  /// defaults. Reports and returns null on failure.
  /// With `partial`, a binding that leaves a parameter without a default
  /// unbound (`Tagged[tag=7]`, to be completed by inference from a call)
  /// returns null with the written values in `*partial`.
  StructInfo *bindStructParams(GenericStruct *generic,
                               llvm::ArrayRef<ast::Argument> args,
                               ModuleInfo *module, const Bindings &bindings,
                               SourceRange range,
                               std::vector<CValue> *partial = nullptr);
  /// The value of the function-typed parameter `param` of `generic`
  /// (`struct Op[f: fn(Int) -> Int]`) that `arg` names, evaluated in
  /// `module` with `bindings`: a function whose signature is the
  /// parameter's type. Reports and returns none on failure.
  std::optional<CValue> evaluateFunctionParam(GenericStruct *generic,
                                              const ast::ParamDecl &param,
                                              ModuleInfo *module,
                                              ast::ExprId arg,
                                              const Bindings &bindings);
  /// `funcs` as a constant function value of its own type, when it is
  /// one plain function (not overloaded, generic, or a method).
  std::optional<CValue> getFunctionConstant(llvm::ArrayRef<FuncInfo *> funcs);
  /// An alias of a partly bound parametric struct (`alias Scalar =
  /// SIMD[_, size=1]`; SemaPartialAliases.cpp): the struct, the values
  /// the alias writes, and the parameters written after it bind, in order.
  struct PartialAlias {
    GenericStruct *generic = nullptr;
    ModuleInfo *module = nullptr; ///< Where the alias is declared.
    std::vector<std::pair<size_t, ast::ExprId>> given;
    std::vector<size_t> open;
  };
  /// The partial alias `base` names (looked up in `module`), if it is one.
  std::optional<PartialAlias> getPartialAlias(ModuleInfo *module,
                                              const ast::Expr &base);
  std::optional<PartialAlias> getPartialAlias(ModuleInfo *module,
                                              const ast::AliasDecl &decl);
  /// The parameter of the struct each written argument binds;
  /// `params.size()` for one that binds none.
  std::vector<size_t> mapPartialAliasArgs(const PartialAlias &alias,
                                          llvm::ArrayRef<ast::Argument> args);
  /// `Scalar[DType.int8]`: the instance, or null (reported).
  StructInfo *bindPartialAlias(const PartialAlias &alias,
                               llvm::ArrayRef<ast::Argument> args,
                               ModuleInfo *module, const Bindings &bindings,
                               SourceRange range);
  // Origins (SemaOrigins.cpp).
  /// The origin a predeclared name denotes (`MutableAnyOrigin`,
  /// `ImmutableAnyOrigin`, `StaticConstantOrigin`), if any.
  static std::optional<CValue> getNamedOrigin(llvm::StringRef name);
  /// Whether `expr` is `__origin_of(...)`, an origin value.
  static bool isOriginOf(const ast::ASTContext &ctx, const ast::Expr &expr);
  /// Binds the `m` of each parameter `o: Origin[m]` bound to an origin,
  /// `m` unbound itself, to the origin's mutability (of a struct's
  /// parameters or a function's).
  static void inferOriginMutability(
      const ast::ASTContext &ctx, llvm::ArrayRef<const ast::ParamDecl *> params,
      std::vector<CValue> &values);
  /// `Span[Int, _]` with every hole an origin: the instance with the one
  /// origin value there, which a value of another type converts to (a
  /// `List` to a `Span`); null for any other type.
  Type bindOriginHoles(ModuleInfo *module, ast::ExprId type,
                       const Bindings &bindings);
  /// Completes `values` (one per parameter, Kind::None where unbound)
  /// with the defaults, checks each against its parameter and returns the
  /// instance. With `quiet`, failure reports nothing.
  StructInfo *completeStructParams(GenericStruct *generic,
                                   std::vector<CValue> values,
                                   SourceRange range, bool quiet = false);
  /// Checks `value` as the binding of `param` (of `owner`, declared in
  /// `module`, its earlier parameters bound in `earlier`): its kind, its
  /// type or trait bound. An integer is normalized to the parameter's
  /// type, so `Grid[3]` and `Grid[N]` with `alias N: Int = 3` are one.
  /// A variadic value parameter (`*sizes: Int`) takes a List, each element
  /// checked `asElement`.
  std::optional<ParamMismatch> checkParamValue(ModuleInfo *module,
                                               const ast::ParamDecl &param,
                                               llvm::StringRef owner,
                                               CValue &value,
                                               const Bindings &earlier,
                                               bool asElement = false);
  /// Whether `param` takes a type (its type is a trait), not a value.
  bool isTypeParam(ModuleInfo *module, const ast::ParamDecl &param);
  /// Reads parameter values off an actual type: where the written type
  /// `typeExpr` (of `module`) names a parameter that `findParam` knows,
  /// directly or as an argument of a parametric struct (`Pair[T, Int]`),
  /// the matching part of `actual` binds it, unless bound already.
  void inferParams(ModuleInfo *module, ast::ExprId typeExpr,
                   const CValue &actual,
                   llvm::function_ref<int(llvm::StringRef)> findParam,
                   std::vector<CValue> &values);
  /// For a call of `generic`'s constructors with arguments of `args` types:
  /// the parameter values each constructor implies (Kind::None where it
  /// implies nothing), without repeats.
  /// Likewise for a static method `name` (`__init__`: the constructors).
  std::vector<std::vector<CValue>>
  inferFromMethods(GenericStruct *generic, llvm::StringRef name,
                   llvm::ArrayRef<Type> args,
                   llvm::ArrayRef<llvm::StringRef> keywords);
  /// Automatic parameterization (LANGUAGE.md §8): the parametric struct a
  /// written argument type leaves (partly) unbound — a bare `Pair`, or
  /// `Pair[Int, _]` — or null.
  GenericStruct *getUnboundGeneric(ModuleInfo *module, ast::ExprId type);
  /// Whether `actual` is an instance the written unbound `type` accepts:
  /// of its struct, with the parameters it binds equal.
  bool matchesUnbound(ModuleInfo *module, ast::ExprId type,
                      const Bindings &bindings, Type actual);
  /// The arguments of `func` whose types are automatically parameterized.
  /// An instance's bindings hold their types after its compile-time
  /// parameters and before the mutabilities of its `ref` arguments.
  std::vector<const ast::ParamDecl *> getAutoParameterized(FuncInfo *func);
  /// The homogeneous variadic argument of `func` (`*values: Int`, not a
  /// pack `*values: *Ts`), if any (SemaVariadicLists.cpp).
  const ast::ParamDecl *getHomogeneousVariadic(FuncInfo *func);
  /// The slot of `*values: T` in `instance`'s signature: `slot.type`
  /// becomes the list type `T`'s values travel in (VariadicList[T] for a
  /// trivial `T`, else VariadicListMem[T, owned]). False when it cannot
  /// (reported, or an error type).
  bool resolveVariadicListSlot(FuncInstance *instance,
                               const ast::ParamDecl &param,
                               const Bindings &bindings, ParamSlot &slot);
  /// The `alias` member `name` of `info`, if any; evaluate it with
  /// `evaluateAlias(info->module, alias, info->paramValues)`.
  const ast::AliasDecl *findStructAlias(StructInfo *info,
                                        llvm::StringRef name);

  // Lifecycles (Lifecycle.cpp).
  /// What copying, moving and destroying a value of `type` runs; the
  /// instances it names are part of the program from then on.
  const Lifecycle &getLifecycle(Type type);
  /// `@value`'s fieldwise `__init__`, unless one is written.
  void addFieldwiseInit(StructInfo *info);
  void resolveSynthesizedSignature(FuncInstance *instance);

  /// Copying, moving and destroying `type` is bits and nothing more.
  bool isTrivial(Type type);

  /// `func`'s `ref` arguments, in order: an instance's bindings end with
  /// the mutability each is bound with (True when absent).
  std::vector<const ast::ParamDecl *> getRefArguments(FuncInfo *func);
  /// Evaluates a type expression in `module` with `bindings` in scope,
  /// and records the type it names (SemaResolutions.cpp).
  Type resolveType(ModuleInfo *module, ast::ExprId expr,
                   const Bindings &bindings, StructInfo *selfStruct);
  /// resolveType without the recording.
  Type resolveTypeExpr(ModuleInfo *module, ast::ExprId expr,
                       const Bindings &bindings, StructInfo *selfStruct);
  /// Adds `r` at `range` of `module` to the table the client asked for
  /// (only called when `options.resolutions` is set).
  void recordResolution(ModuleInfo *module, SourceRange range,
                        const Resolution &r);
  Type materialize(Type type);
  /// The error for an argument with no type: required in an `fn`, an
  /// `object` (not yet) in a `def`.
  void reportUntypedArgument(const ast::FuncDecl &decl,
                             const ast::ParamDecl &param);
  /// `fn(Int) capturing -> Int` (SemaFunctionValues.cpp).
  Type resolveFunctionType(ModuleInfo *module,
                           const ast::FunctionTypeExpr &expr,
                           const Bindings &bindings, StructInfo *selfStruct);
  /// The instance of the nested `fn` `decl` declared in `parent`'s body,
  /// its signature resolved with the enclosing `bindings`
  /// (SemaClosures.cpp).
  FuncInstance *instantiateClosure(ModuleInfo *module,
                                   const ast::FuncDecl &decl,
                                   const Bindings &bindings,
                                   FuncInstance *parent);
  /// Checks `closure`'s body inside `enclosing`'s, where it is declared.
  void checkClosureBody(FuncInstance *closure, BodyChecker &enclosing,
                        const Bindings &bindings,
                        llvm::ArrayRef<LocalVar *> copies);
  /// The template of the nested `fn` `decl` with compile-time parameters,
  /// its parameters bound to unknown values; null when they cannot be
  /// (reported). SemaParametricClosures.cpp.
  FuncInstance *instantiateClosureTemplate(ModuleInfo *module,
                                           const ast::FuncDecl &decl,
                                           const Bindings &bindings,
                                           FuncInstance *parent);
  /// The instance of the parametric closure `closureTemplate` for the
  /// parameter `values`, checked on first use.
  FuncInstance *instantiateParametricClosure(FuncInstance *closureTemplate,
                                             std::vector<CValue> values,
                                             SourceRange useRange);
  /// What an instance of a parametric closure is checked with, beyond its
  /// template: the enclosing body's compile-time names, and which
  /// captures were not yet initialized where it was declared.
  struct ClosureTemplateInfo {
    Bindings bindings;
    std::vector<char> uninitialized;
    /// The variable each name the template looked up in the enclosing
    /// body found: the instances find the same (two captures may share a
    /// name, one found by name and one reached through another closure).
    llvm::StringMap<const LocalVar *> capturedNames;
    /// The template's check reported errors: its instances are not checked.
    bool failed = false;
  };
  std::map<const FuncInstance *, ClosureTemplateInfo> closureTemplates;
  /// The stand-in instance whose signature is `type`'s: calls through
  /// function values are resolved and lowered against it.
  FuncInstance *getSignatureInstance(const FunctionType *type);
  /// The function type of `instance`'s signature; capturing when it is a
  /// closure that captures variables.
  const FunctionType *getFunctionTypeOf(const FuncInstance *instance);

  /// Notes the chain of instances that asked for `instance` (SemaDecl.cpp).
  void noteInstantiationChain(InFlightDiagnostic &diag,
                              const FuncInstance *instance);

  // MLIR splices (SemaMLIRSplice.cpp).
  /// The spelling `__mlir_type[...]` or `__mlir_attr[...]` (`what`) makes
  /// of its pieces, evaluated with `bindings` (and `selfStruct`'s
  /// parameters); `symbolic` when a piece is a value a generic body does
  /// not know. Nothing when a piece was reported.
  struct MLIRSplice {
    std::string spelling;
    bool symbolic = false;
  };
  std::optional<MLIRSplice> evaluateMLIRSplice(ModuleInfo *module,
                                               const ast::SubscriptExpr &expr,
                                               llvm::StringRef what,
                                               const Bindings &bindings,
                                               StructInfo *selfStruct);
  /// `__mlir_type[...]` as a type (the error type when reported).
  Type resolveMLIRTypeSplice(ModuleInfo *module,
                             const ast::SubscriptExpr &expr,
                             const Bindings &bindings, StructInfo *selfStruct);

  // Tuples (SemaTuples.cpp).
  /// `Tuple[A, B]` or `(A, B)` as a type: the tuple type (the error type
  /// when reported); null when `expr` is no tuple type expression.
  Type resolveTupleType(ModuleInfo *module, const ast::Expr &expr,
                        const Bindings &bindings, StructInfo *selfStruct);
  /// Whether `type` is the prelude's `Tuple`, the name tuples are spelled by.
  bool isTupleHook(Type type);
  /// inferParams for a tuple pattern, `(A, B)` or `Tuple[A, B]`, against a
  /// tuple type: each element binds what it can. False for other patterns.
  bool inferTupleParams(ModuleInfo *module, const ast::Expr &pattern,
                        const CValue &actual,
                        llvm::function_ref<int(llvm::StringRef)> findParam,
                        std::vector<CValue> &values);
  /// A tuple's lifecycle: its elements', each in turn.
  const Lifecycle &getTupleLifecycle(const TupleType *tuple);
  std::map<Type, Lifecycle> tupleLifecycles; ///< Node-stable: refs escape.

  // Aliases (SemaAlias.cpp).
  /// Evaluates a constant expression: literals, names and integer
  /// arithmetic here, anything else in the interpreter. Reports and
  /// returns nothing on failure.
  std::optional<CValue> evaluateConstant(ModuleInfo *module, ast::ExprId id,
                                         const Bindings &bindings);
  /// One level of `evaluateConstant`, which budgets the depth.
  /// `Point(1, 2)` as a compile-time value: a call of `@value`'s fieldwise
  /// constructor with constant `Int`/`Bool` fields (SemaStructValues.cpp).
  /// Any other call (`id`) runs in the compile-time interpreter.
  std::optional<CValue> evaluateStructValue(ModuleInfo *module,
                                            ast::ExprId id,
                                            const ast::CallExpr &call,
                                            const Bindings &bindings);
  /// The field `name` of the struct value `value`; reported if none.
  std::optional<CValue> evaluateStructField(const CValue &value,
                                            llvm::StringRef name,
                                            SourceRange range);
  std::optional<CValue> evaluateExpr(ModuleInfo *module, ast::ExprId id,
                                     const Bindings &bindings);
  /// Whether `id` is a struct value, not a type: `shape` in `shape[1]`.
  bool isStructValue(ModuleInfo *module, ast::ExprId id,
                     const Bindings &bindings);
  /// Names `value` by `decl` when it is a member alias of the value's own
  /// struct (`DType.int8`), for messages and symbols.
  void nameStructValue(const ast::AliasDecl *decl,
                       std::optional<CValue> &value);
  /// The value of `decl` (cached; a cycle is reported).
  std::optional<CValue> evaluateAlias(ModuleInfo *module,
                                      const ast::AliasDecl *decl,
                                      const Bindings &bindings = {});
  std::optional<CValue> applyAliasType(ModuleInfo *module,
                                       const ast::AliasDecl *decl,
                                       std::optional<CValue> value);
  // Traits (SemaTraits.cpp).
  /// Resolves `trait`'s parents and collects its requirements (once).
  void resolveTrait(TraitInfo *trait);
  /// Checks a trait of the main file: its methods are requirements only,
  /// and it does not inherit from itself (reported once per cycle).
  void checkTraitDecl(TraitInfo *trait);
  /// The trait a trait list (`struct S(A, B)`, `trait C(A, B)`) names at
  /// `id`; reports and returns null for anything else.
  TraitInfo *resolveTraitName(ModuleInfo *module, ast::ExprId id);
  /// `trait` and every trait it inherits from, each once, `trait` first.
  std::vector<TraitInfo *> getTraitClosure(TraitInfo *trait);
  /// The requirement `decl` of a trait as a method of `self`: its
  /// signature resolved with `Self` bound to `self` (cached).
  FuncInfo *getRequirement(const ast::FuncDecl *decl, ModuleInfo *module,
                           StructInfo *self);
  /// Whether `func` is a trait requirement made a method by getRequirement.
  bool isRequirement(const FuncInfo *func) const;
  /// Empty when `type` conforms to `trait` (implicit conformance: it has
  /// every required member, with matching signatures); otherwise why not.
  std::string checkConformance(Type type, TraitInfo *trait);
  /// The associated alias `S.N` names, `S` a struct or a parameter bound
  /// to one, and that struct; null if it names none.
  const ast::AliasDecl *findMemberAlias(ModuleInfo *module,
                                        const ast::MemberExpr &expr,
                                        const Bindings &bindings,
                                        StructInfo *&owner);
  // Generic bodies checked against their bounds (SemaGenerics.cpp).
  /// The archetype of `param`, bounded by `bounds`.
  Type makeArchetype(ModuleInfo *module, const ast::ParamDecl &param,
                     std::vector<TraitInfo *> bounds);
  /// What `param` is bound to when its function or struct is checked
  /// against its bounds: an archetype, or an unknown `Int`/`Bool`; none
  /// for what that check leaves to the instances (SemaStructGenerics.cpp).
  std::optional<CValue> getBoundsBinding(ModuleInfo *module,
                                         const ast::ParamDecl &param);
  /// Whether an instance of `func` for `bindings` only checks a generic
  /// body: it, or the struct it is a method of, mentions an archetype or
  /// an unknown value, so it is never used or emitted.
  static bool isCheckOnly(const FuncInfo *func,
                          llvm::ArrayRef<CValue> bindings);
  /// Whether `type` is, or is built from, an archetype or an unknown
  /// value (`T`, `Box[T]`, `Grid[n]`): only generic checks make it.
  static bool isCheckOnlyType(Type type);
  /// Whether `func`'s body failed the check against its bounds, directly
  /// or, for a method of a parametric struct's instance, as a method of
  /// the struct's stand-in: its instances are not checked again.
  static bool failedGenericCheck(const FuncInfo *func);
  /// The check-only instance of `generic` whose parameters are bound to
  /// archetypes (GenericStruct::standIn), unless the check leaves the
  /// struct to its instances.
  void makeStandIn(GenericStruct *generic);
  void makeStandIns(ModuleInfo *module);
  /// Whether `func`, a method of a parametric struct's instance, is
  /// checked against the struct's bounds: it is a written method of the
  /// stand-in, and the check can reason about it.
  bool isCheckedWithStandIn(FuncInfo *func);
  /// Whether `type` is an archetype whose bounds include `trait`.
  bool conformsByBound(Type type, TraitInfo *trait);
  /// The declared type of the associated alias `name` of `archetype`.
  Type getAssociatedAliasType(const ArchetypeType *archetype,
                              llvm::StringRef name);
  /// Checks `func`'s body once with its type parameters bound to
  /// archetypes, when it is generic and the check can reason about it.
  void checkGenericBody(FuncInfo *func);
  void checkGenericFunctions(ModuleInfo *module);
  /// The method of `info` that meets the requirement `requirement` (a
  /// method of an archetype's stand-in), or null (SemaTraits.cpp).
  FuncInfo *findWitness(FuncInfo *requirement, StructInfo *info);
  // Instances substituted from the generic tree (SemaSubstitution.cpp).
  /// Whether `instance`'s body can be made from its function's checked
  /// generic instance rather than checked again.
  static bool canSubstitute(const FuncInstance *instance);
  /// Builds `instance`'s body by substitution; false when it cannot be
  /// (nothing is changed then, and the body is checked from the AST).
  bool instantiateBySubstitution(FuncInstance *instance);
  /// The value of `expr`, a symbolic value's expression with an instance's
  /// parameters substituted (SemaComptime.cpp); none, reporting
  /// nothing, when the interpreter cannot compute it (checking the AST
  /// will say why).
  std::optional<CValue> evaluateSubstituted(const CExpr &expr);
  /// The expressions of the symbolic values (CValue::symbolic).
  std::deque<SymbolicValue> symbolicValues;
  /// Checks the traits `info` declares (`struct S(A, B)`): one error per
  /// missing or mismatched member, with a note at the requirement.
  void checkExplicitConformance(StructInfo *info);

  SourceManager &sources;
  DiagnosticEngine &diags;
  const SemaOptions &options;
  std::unique_ptr<Program> program;
  ModuleInfo *prelude = nullptr;
  ModuleInfo *mainModule = nullptr;
  /// Default values being checked, to catch one that calls its own
  /// function with the default again.
  llvm::DenseSet<const ast::ParamDecl *> defaultsInProgress;
  /// By function type: the stand-in instances getSignatureInstance makes.
  llvm::DenseMap<const FunctionType *, FuncInstance *> signatureInstances;
  /// Nested functions so far, which numbers them (FuncInfo::closureId).
  unsigned closureCount = 0;

private:
  friend class ComptimeBridge;
  void collectDecls(ModuleInfo *module);
  /// Reports unknown decorators (SemaSuggestions.cpp).
  void checkDecorators(llvm::ArrayRef<ast::Decorator> decorators);
  void addSymbol(ModuleInfo *module, llvm::StringRef name, Symbol symbol);
  void collectStruct(ModuleInfo *module, const ast::StructDecl &decl,
                     Symbol &symbol);
  /// A struct type: the one of a struct without parameters, or an instance
  /// of `generic` with `bindings`. Its methods are collected with it.
  StructInfo *makeStructInfo(ModuleInfo *module, const ast::StructDecl &decl,
                             llvm::StringRef name,
                             GenericStruct *generic = nullptr,
                             std::vector<CValue> bindings = {});
  /// Reports what is wrong with a function's declaration, apart from its
  /// types; returns whether two parameters share a name.
  bool checkFuncDecl(ModuleInfo *module, const ast::FuncDecl &decl);
  /// With `report` false (a method of a parametric struct's instance), the
  /// declaration was checked once already, with the parametric struct.
  FuncInfo *collectFunc(ModuleInfo *module, const ast::FuncDecl &decl,
                        StructInfo *owner, bool report = true);
  bool reportDuplicateParams(ModuleInfo *module, const ast::FuncDecl &decl);
  static bool hasDuplicateParams(ModuleInfo *module,
                                 const ast::FuncDecl &decl);
  Entity lookupImported(ModuleInfo *module, llvm::StringRef name,
                        SourceRange range);
  /// Reports every import of `module` naming a missing module or member,
  /// used or not.
  void checkImports(ModuleInfo *module);
  /// The directory `module`'s imports are searched from first: its own
  /// (`.` for a file named without one), or `level - 1` directories up for
  /// `from ..x import y`.
  static std::string getImportDir(const ModuleInfo *module, unsigned level);
  void resolveSignature(FuncInstance *instance, const Bindings &bindings);
  void declareNamedResult(FuncInstance *instance, const ast::ParamDecl &param,
                          const Bindings &bindings);
  /// `-> ref [origins] T` (SemaReferences.cpp).
  void resolveRefResult(FuncInstance *instance, const ast::RefTypeExpr &ref,
                        const Bindings &bindings);
  void checkMain(llvm::ArrayRef<FuncInfo *> mains);
  void useUnhandledErrorHook();
  /// `mojoc test`: the main module's `test_*` functions become the entry
  /// points, Program::tests (SemaTestDiscovery.cpp).
  void collectTests();
  void checkWorklist();
  void reportInstantiationDepth(FuncInstance *instance);
  /// `constrained[cond, msg]()` (stdlib/builtin/constrained.mojo): a
  /// false `cond` is an error at the call, with `msg`.
  void checkConstraint(const FuncInstance *instance);
  void checkUncalledFunctions(ModuleInfo *module);

  ModuleInfo *searchModule(llvm::StringRef dottedName, llvm::StringRef fromDir,
                           SourceRange range);

  llvm::StringMap<ModuleInfo *> modulesByPath;
  /// The modules `loadModule` found, by importing directory and name.
  llvm::StringMap<ModuleInfo *> modulesByImport;
  /// findSubmodule's answers (null: no such module), by package and name.
  llvm::StringMap<ModuleInfo *> submodules;
  llvm::StringMap<Type> hookTypes;
  Type sourceLocationType = nullptr;
  llvm::DenseMap<FuncInfo *, unsigned> refinedBounds; ///< countRefinedBounds

  llvm::DenseMap<const ast::AliasDecl *, std::optional<CValue>> aliasValues;
  llvm::DenseSet<const ast::AliasDecl *> aliasesInProgress;
  /// Nesting of resolveFields through the fields of parametric structs
  /// (budget::kMaxInstantiationDepth).
  unsigned fieldNesting = 0;
  bool reportedFieldNesting = false;
  /// Nesting of `evaluateConstant` (budget::kMaxEvaluationDepth).
  unsigned evaluationDepth = 0;
  /// Where the evaluation depth limit was reached, while unwinding from it,
  /// and which limit: of `evaluateConstant` or of the interpreter's nested
  /// evaluations (budget::kMaxComptimeNesting).
  SourceRange depthLimitRange;
  unsigned depthLimit = 0;
  bool reportedDepthLimit = false;
  llvm::StringSet<> lookupsInProgress;
  std::vector<FuncInstance *> worklist;
  /// Instances with compile-time parameters created so far
  /// (SemaOptions::maxParameterizedInstances).
  unsigned parameterizedInstances = 0;
  /// The instance whose body is being checked (innermost).
  FuncInstance *checkingInstance = nullptr;
  /// Every instance whose body is being checked, one inside another (a
  /// closure in its parent, a body the interpreter needs in the body that
  /// asked): such a body is unfinished and cannot run.
  llvm::DenseSet<const FuncInstance *> bodiesInProgress;
  /// For the span of a body's check: makes `instance` the checking
  /// instance and marks it in progress.
  class CheckingBody {
  public:
    CheckingBody(Sema &sema, FuncInstance *instance)
        : sema(sema), instance(instance), outer(sema.checkingInstance) {
      sema.checkingInstance = instance;
      sema.bodiesInProgress.insert(instance);
    }
    ~CheckingBody() {
      sema.bodiesInProgress.erase(instance);
      sema.checkingInstance = outer;
    }
    CheckingBody(const CheckingBody &) = delete;
    CheckingBody &operator=(const CheckingBody &) = delete;

  private:
    Sema &sema;
    FuncInstance *instance;
    FuncInstance *outer;
  };
  unsigned typoCorrections = 0;
  /// Trait requirements as methods of a given `Self`, by declaration and
  /// `Self` (getRequirement); not in `program->funcs`, so never checked
  /// or emitted as functions.
  std::map<std::pair<const ast::FuncDecl *, StructInfo *>, FuncInfo *>
      requirements;
  std::deque<FuncInfo> requirementFuncs;
  /// Requirements whose signature has been resolved for some `Self`.
  llvm::DenseSet<const ast::FuncDecl *> reportedRequirements;
  /// checkConformance's answers, by type and trait.
  llvm::DenseMap<std::pair<Type, TraitInfo *>, std::string> conformances;
  std::string findNonConformance(Type type, TraitInfo *trait);
  /// Traits of an inheritance cycle already reported (checkTraitDecl).
  llvm::DenseSet<TraitInfo *> reportedCycles;
  /// The stand-in structs of archetypes (not layouts: not in `program`).
  std::deque<StructInfo> standIns;

  // The compile-time interpreter (SemaComptime.cpp).
  comptime::Interpreter &getInterpreter();
  /// Evaluates `id` by checking it as an expression and running it.
  std::optional<CValue> interpretConstant(ModuleInfo *module, ast::ExprId id,
                                          const Bindings &bindings);
  /// An evaluation that stopped, reported at the user's `range`.
  void reportComptimeFailure(SourceRange range,
                             const comptime::Failure &failure);
  /// The compile-time value an interpreted `value` of `type` is, with
  /// the memory it points to exported (so only while its evaluation's
  /// memory exists); none for a value that cannot be a constant, with
  /// `why` set when there is more to say than its type.
  std::optional<CValue> toConstant(const comptime::Value &value, Type type,
                                   std::string &why);
  /// Compile-time evaluations in progress, one inside another
  /// (budget::kMaxComptimeNesting).
  unsigned comptimeNesting = 0;
  /// Created on first use. (The deleter is defined beside the class, so
  /// that this header need not include the interpreter's.)
  struct ComptimeBridgeDeleter {
    void operator()(ComptimeBridge *bridge) const;
  };
  std::unique_ptr<ComptimeBridge, ComptimeBridgeDeleter> comptimeBridge;
};

inline CExprPtr makeExpr(CExpr::Kind kind, Type type, SourceRange range) {
  return std::make_unique<CExpr>(kind, type, range);
}

inline CStmtPtr makeStmt(CStmt::Kind kind, SourceRange range) {
  return std::make_unique<CStmt>(kind, range);
}

/// Whether `instance` takes its call's location as a hidden last argument
/// (SemaCallLocation.cpp).
bool takesCallLocation(const FuncInstance &instance);

/// `local`, as an lvalue.
inline CExprPtr makeLocalRef(LocalVar *local, SourceRange range) {
  auto e = makeExpr(CExpr::Kind::Local, local->type, range);
  e->local = local;
  return e;
}

/// Field `index` of `base`, a value of struct or tuple type.
inline CExprPtr makeFieldRef(CExprPtr base, unsigned index,
                             SourceRange range) {
  auto e = makeExpr(CExpr::Kind::Field, getFieldType(base->type, index),
                    range);
  e->fieldIndex = index;
  e->operands.push_back(std::move(base));
  return e;
}

/// A parameter's convention, as the checker names it.
Convention toConvention(ast::Convention c);

/// The binding an argument's type has while the rest of its function's
/// signature is resolved (`__type_of(x)`): not an identifier, so no
/// parameter can clash with it.
std::string getArgumentTypeName(llvm::StringRef argument);

/// Whether `instance` can be a function value at all: its signature is
/// a plain list of arguments (SemaFunctionValues.cpp).
bool hasPlainSignature(const FuncInstance *instance);
/// Whether `from` and `to` take and return the same things, effects aside.
bool sameSignature(const FunctionType *from, const FunctionType *to);

/// Binds the candidate `func`'s compile-time parameters for a call with
/// `args` (`self` is the receiver, if given), or says in `failure` why it
/// cannot (SemaParamBinding.cpp). The bindings are the parameters' values,
/// then the types of automatically parameterized arguments, then the
/// mutabilities of `ref` arguments unless all are mutable.
bool bindParameters(BodyChecker &checker, FuncInfo *func,
                    const Entity *explicitParams,
                    llvm::ArrayRef<CExprPtr> args,
                    llvm::ArrayRef<llvm::StringRef> keywords,
                    const CExpr *self, std::vector<CValue> &bindings,
                    std::string &failure);

/// Whether `type` is a view: a struct with an origin among its parameters
/// (`StringSlice[o]`, `Span[T, o]`), which may point into what the call
/// making it borrowed (SemaOwnership.cpp).
bool isViewType(Type type);

/// Whether `param` is declared as an origin: `o: Origin[m]`,
/// `o: MutableOrigin`, `o: ImmutableOrigin` (SemaOrigins.cpp).
bool isOriginParam(const ast::ASTContext &ctx, const ast::ParamDecl &param);

/// The compile-time parameter among `params` that a written argument binds:
/// the one named `keyword`, or else the next positional one after `next`
/// (infer-only parameters, before `//`, are never positional), which
/// advances `next`. `params.size()` when there is none.
size_t getBoundParam(llvm::ArrayRef<const ast::ParamDecl *> params,
                     llvm::StringRef keyword, size_t &next);

/// Adds `value` to `list`, the value of a variadic parameter: a TypeList
/// for `*Ts`, a List for `*sizes: Int` (SemaParamBinding.cpp).
void appendVariadic(CValue &list, const CValue &value);

/// Places the destructions of `instance`'s owned values after their last
/// uses and reports uses of moved values (SemaOwnership.cpp).
void runOwnershipPass(Sema &sema, FuncInstance &instance);

/// An integer literal's value as an IntLiteral constant: signed, with a
/// spare bit so that negation and folding stay exact.
inline llvm::APSInt getLiteralValue(const ast::IntegerLiteralExpr &lit) {
  llvm::APInt raw = lit.getValue();
  return llvm::APSInt(raw.zext(raw.getBitWidth() + 1), /*isUnsigned=*/false);
}

/// An integer for a diagnostic: in full up to 40 digits, else its first
/// and last digits and the count, so a 20,000-digit value stays readable.
std::string describeInteger(const llvm::APSInt &value);

/// True when no path through `block` falls through to what follows: each
/// ends in a `return` or a `raise`.
bool alwaysReturns(const CBlock &block);

/// An IntLiteral result over budget::kMaxIntLiteralBits, at `range`.
void reportValueTooLarge(DiagnosticEngine &diags, SourceRange range);
/// Whether a compile-time string of `size` bytes is within the budget;
/// reported at `range` if not.
bool checkStringSize(DiagnosticEngine &diags, size_t size, SourceRange range);

/// Why a keyword argument matches no parameter, with the closest name.
std::string describeUnknownKeyword(llvm::StringRef keyword,
                                   llvm::ArrayRef<ParamSlot> params);

/// `redefinition of `name``, with a note at the previous definition.
inline void reportRedefinition(DiagnosticEngine &diags, SourceRange range,
                               SourceRange previous, llvm::StringRef name) {
  InFlightDiagnostic diag = diags.report(range, DiagID::err_redefinition);
  diag << name;
  diag.note(previous, DiagID::note_previous_definition) << name;
}

} // namespace mojo::sema

#endif
