//===- SemaImpl.h - Semantic analysis internals ----------------*- C++ -*-===//
//
// Private to compiler/Sema. Two classes share the work:
//  - `Sema` owns the program: module loading and imports (SemaModules.cpp),
//    top-level lookup, struct layouts and function instances (SemaDecl.cpp).
//  - `BodyChecker` checks one function instance's body: statements
//    (SemaStmt.cpp), scopes and poisoned names (SemaScopes.cpp),
//    expressions (SemaExpr.cpp), calls, overload resolution and implicit
//    conversions (SemaCall.cpp), and the rule that a `mut` argument
//    aliases no other argument of its call (SemaExclusivity.cpp).
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

namespace mojo::sema {

class TypoCorrector;
class BodyChecker;

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
  std::optional<ParamMismatch> checkParamValue(ModuleInfo *module,
                                               const ast::ParamDecl &param,
                                               llvm::StringRef owner,
                                               CValue &value,
                                               const Bindings &earlier);
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
  /// The stand-in instance whose signature is `type`'s: calls through
  /// function values are resolved and lowered against it.
  FuncInstance *getSignatureInstance(const FunctionType *type);
  /// The function type of `instance`'s signature; capturing when it is a
  /// closure that captures variables.
  const FunctionType *getFunctionTypeOf(const FuncInstance *instance);

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
  /// Evaluates a constant expression: integers (exactly), string literals,
  /// types, other aliases. Reports and returns nothing otherwise.
  std::optional<CValue> evaluateConstant(ModuleInfo *module, ast::ExprId id,
                                         const Bindings &bindings);
  /// One level of `evaluateConstant`, which budgets the depth.
  /// `Point(1, 2)` as a compile-time value: a call of `@value`'s fieldwise
  /// constructor with constant `Int`/`Bool` fields (SemaStructValues.cpp).
  /// Anything else is reported as needing the compile-time interpreter.
  std::optional<CValue> evaluateStructValue(ModuleInfo *module,
                                            const ast::CallExpr &call,
                                            const Bindings &bindings);
  /// The field `name` of the struct value `value`; reported if none.
  std::optional<CValue> evaluateStructField(const CValue &value,
                                            llvm::StringRef name,
                                            SourceRange range);
  std::optional<CValue> evaluateExpr(ModuleInfo *module, ast::ExprId id,
                                     const Bindings &bindings);
  std::optional<CValue> evaluateComparison(ModuleInfo *module,
                                           const ast::CompareExpr &expr,
                                           const Bindings &bindings);
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
  void checkMain(llvm::ArrayRef<FuncInfo *> mains);
  void useUnhandledErrorHook();
  void checkWorklist();
  void reportInstantiationDepth(FuncInstance *instance);
  void noteInstantiationChain(InFlightDiagnostic &diag,
                              const FuncInstance *instance);
  /// `constrained[cond, msg]()` (stdlib/builtin/constrained.mojo): a
  /// false `cond` is an error at the call, with `msg`.
  void checkConstraint(const FuncInstance *instance);
  void checkUncalledFunctions(ModuleInfo *module);

  ModuleInfo *searchModule(llvm::StringRef dottedName, llvm::StringRef fromDir,
                           SourceRange range);

  llvm::StringMap<ModuleInfo *> modulesByPath;
  /// The modules `loadModule` found, by importing directory and name.
  llvm::StringMap<ModuleInfo *> modulesByImport;
  llvm::StringMap<Type> hookTypes;
  llvm::DenseMap<const ast::AliasDecl *, std::optional<CValue>> aliasValues;
  llvm::DenseSet<const ast::AliasDecl *> aliasesInProgress;
  /// Nesting of resolveFields through the fields of parametric structs
  /// (budget::kMaxInstantiationDepth).
  unsigned fieldNesting = 0;
  bool reportedFieldNesting = false;
  /// Nesting of `evaluateConstant` (budget::kMaxEvaluationDepth).
  unsigned evaluationDepth = 0;
  /// Where the evaluation depth limit was reached, while unwinding from it.
  SourceRange depthLimitRange;
  bool reportedDepthLimit = false;
  llvm::StringSet<> lookupsInProgress;
  std::vector<FuncInstance *> worklist;
  /// Instances with compile-time parameters created so far
  /// (SemaOptions::maxParameterizedInstances).
  unsigned parameterizedInstances = 0;
  /// The instance whose body the worklist is checking.
  FuncInstance *checkingInstance = nullptr;
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
};

class BodyChecker {
public:
  BodyChecker(Sema &sema, FuncInstance &instance);
  void run();
  void declareParameters();
  void declareResult();
  void copyMutatedDefArguments();
  /// The body of a member `@value` synthesized.
  void synthesizeBody();

  // Statements (SemaStmt.cpp).
  void checkBlock(ast::Block block, CBlock &out);
  void checkStmt(const ast::Stmt &stmt, CBlock &out);
  void checkVar(const ast::VarStmt &stmt, CBlock &out);
  /// Declares `var` in the innermost scope (a redefinition is reported).
  LocalVar *declareVar(const ast::VarDecl &var, Type type);
  void checkAssign(const ast::AssignStmt &stmt, CBlock &out);
  /// `target = v`: a variable (maybe declared by it), an lvalue, `_`, or
  /// a tuple of targets.
  void assignTo(ast::ExprId target, CExprPtr v, SourceRange valueRange,
                SourceRange stmtRange, CBlock &out);
  void checkAugAssign(const ast::AugAssignStmt &stmt, CBlock &out);
  void checkIf(const ast::IfStmt &stmt, CBlock &out);
  void checkParameterIf(const ast::IfStmt &stmt, CBlock &out);
  void checkAllParameterBranches(const ast::IfStmt &stmt, CBlock &out);
  /// Reports a run-time variable used where a compile-time value is needed.
  bool usesRuntimeValue(ast::ExprId id);
  void checkWhile(const ast::WhileStmt &stmt, CBlock &out);
  void checkFor(const ast::ForStmt &stmt, CBlock &out);
  void checkParameterFor(const ast::ForStmt &stmt, CBlock &out);
  void checkUnknownParameterFor(const ast::ForStmt &stmt,
                                llvm::StringRef target, CBlock &out);
  bool reserveUnrolledIterations(const llvm::APInt &trips, SourceRange range);
  void checkReturn(const ast::ReturnStmt &stmt, CBlock &out);

  // Tuples (SemaTuples.cpp, SemaUnpack.cpp).
  /// `(a, b)`, with each element converted to `expected`'s, if given.
  CExprPtr checkTupleLiteral(const ast::TupleExpr &expr,
                             const TupleType *expected);
  /// A new tuple owning `elements` (each copied if it is an lvalue).
  CExprPtr makeTuple(std::vector<CExprPtr> elements, SourceRange range);
  Entity checkTupleIndex(CExprPtr tuple, const ast::SubscriptExpr &expr);
  /// `Tuple(a, b)` (`type` is the hook) or `Tuple[A, B](a, b)`.
  CExprPtr constructTuple(Type type, std::vector<CExprPtr> &args,
                          llvm::ArrayRef<llvm::StringRef> keywords,
                          SourceRange range);
  /// Evaluates `value` into a temporary and gives its `count` elements,
  /// each moved out (SemaUnpack.cpp); false when reported.
  bool unpackTuple(CExprPtr value, size_t count, SourceRange valueRange,
                   SourceRange stmtRange, CBlock &out,
                   std::vector<CExprPtr> &elements);
  void assignToTuple(const ast::TupleExpr &targets, CExprPtr value,
                     SourceRange valueRange, SourceRange stmtRange,
                     CBlock &out);
  void checkVarUnpack(const ast::VarStmt &stmt, CBlock &out);
  /// A `for` target: a name, or a tuple of targets (`for a, b in ...`).
  bool isLoopTarget(ast::ExprId target);
  /// Declares the loop's target names in the current scope, initialized
  /// from `value` (each iteration's `__next__()`), unpacked if need be.
  void bindLoopTarget(ast::ExprId target, CExprPtr value,
                      SourceRange valueRange, CBlock &out);

  // Errors and `with` (SemaErrors.cpp).
  void checkRaise(const ast::RaiseStmt &stmt, CBlock &out);
  void checkTry(const ast::TryStmt &stmt, CBlock &out);
  void checkWith(const ast::WithStmt &stmt, CBlock &out);
  void checkWithItems(const ast::WithStmt &stmt, size_t index, CBlock &out);
  void addWithExits(CStmt &tryStmt, LocalVar *caught, CExprPtr plainExit,
                    CExprPtr errorExit, CBlock &out);
  bool bindWithTarget(ast::ExprId target, CExprPtr value, CBlock &out);
  /// Whether an error may arise here: the function raises, or a `try`
  /// with an `except` encloses this point of its body.
  bool mayRaiseHere() const;
  /// Reports a call of a raising `callee` where no error may arise.
  void checkRaisingCall(const FuncInstance *callee, SourceRange range);

  // Expressions (SemaExpr.cpp).
  /// Checks `id` as a run-time value; null (diagnosed) on error.
  CExprPtr checkValue(ast::ExprId id);
  /// Checks `id` and converts it to `type`.
  CExprPtr checkValueAs(ast::ExprId id, Type type);
  /// Checks `id`, which may also denote a type, function, module, ...;
  /// the checked value keeps `id` as its origin, and what `id` resolved to
  /// is recorded when asked (SemaResolutions.cpp).
  Entity checkEntity(ast::ExprId id);
  /// checkEntity without origin and recording: one case per kind of node.
  Entity checkEntityKind(ast::ExprId id);
  void recordEntity(ast::ExprId id, const Entity &e);
  /// Records that a variable's name, where declared, names the variable.
  void recordDeclaration(const LocalVar &local);
  /// The variable `lhs` an assignment's target `id` names (not checked as
  /// a read): its origin, and its resolution.
  void noteAssignedName(ast::ExprId id, CExpr &lhs);
  Entity checkName(const ast::NameExpr &expr);
  /// Reports `name` as undeclared, suggesting the closest visible name.
  void reportUndeclaredName(llvm::StringRef name, SourceRange range);
  Entity checkMember(const ast::MemberExpr &expr);
  Entity checkSubscript(const ast::SubscriptExpr &expr);
  /// A compile-time parameter written in a body: a constant, an alias, a
  /// type, or an expression of them. A run-time variable is an error.
  std::optional<CValue> evaluateParameter(ast::ExprId id);
  /// Whether `id` names a function or a closure, a parameter value that
  /// is bound per candidate.
  bool denotesFunction(ast::ExprId id);
  CExprPtr checkBinary(const ast::BinaryExpr &expr);
  CExprPtr checkUnary(const ast::UnaryExpr &expr);
  CExprPtr checkCompare(const ast::CompareExpr &expr);
  CExprPtr compare(ast::CompareOp op, SourceRange opRange, CExprPtr lhs,
                   CExprPtr rhs, SourceRange range);
  CExprPtr checkWalrus(const ast::WalrusExpr &expr);
  CExprPtr checkBoolOp(const ast::BoolOpExpr &expr);
  CExprPtr checkTernary(const ast::TernaryExpr &expr);
  /// An `__mlir_i1__` condition for `value`.
  CExprPtr makeCondition(CExprPtr value);
  /// Wraps an i1 into `Bool`.
  CExprPtr makeBool(CExprPtr i1);
  Entity valueEntity(CExprPtr value);
  /// An alias entity replaced by the constant or type it names.
  Entity resolveAlias(Entity e);
  /// The entity a compile-time value denotes: a constant or a type.
  Entity constantEntity(const CValue &value, SourceRange range);
  /// A struct value as a run-time value: its fieldwise constructor called
  /// with its fields' constants (SemaStructValues.cpp).
  CExprPtr materializeStruct(const CValue &value, SourceRange range);

  // Calls (SemaCall.cpp).
  Entity checkCall(const ast::CallExpr &expr);
  /// Resolves a call among `funcs`; `self` is the receiver of a method call.
  /// With `quiet`, failure reports nothing and returns null.
  CExprPtr resolveCall(llvm::ArrayRef<FuncInfo *> funcs, CExprPtr &self,
                       std::vector<CExprPtr> &args,
                       llvm::ArrayRef<llvm::StringRef> keywords,
                       const Entity *explicitParams, SourceRange range,
                       llvm::StringRef name, bool quiet);
  /// The instance of `generic` a call of its constructor (`method` is
  /// `__init__`) or static `method` with `args` is made for, its
  /// parameters inferred from the arguments' types (LANGUAGE.md §8).
  /// Parameters `written` explicitly (Kind::None where not) are kept.
  StructInfo *inferInstance(GenericStruct *generic, llvm::StringRef method,
                            std::vector<CExprPtr> &args,
                            llvm::ArrayRef<llvm::StringRef> keywords,
                            SourceRange range,
                            llvm::ArrayRef<CValue> written = {});
  /// Calls the operator method `name` of `self`'s type with `args`.
  CExprPtr callOperator(CExprPtr &self, llvm::StringRef name,
                        std::vector<CExprPtr> &args, SourceRange range);
  /// Converts `value` to `type` with at most one implicit constructor.
  CExprPtr convert(CExprPtr value, Type type, SourceRange range);
  /// 0: same type; 1: one implicit conversion; -1: impossible.
  int conversionCost(Type from, Type to);
  FuncInfo *findImplicitConstructor(Type from, Type to);
  CExprPtr materializeValue(CExprPtr value);

  /// Calls the function value `callee`: directly when it names its
  /// function, else through the value (SemaCall.cpp).
  CExprPtr callFunctionValue(CExprPtr callee, std::vector<CExprPtr> &args,
                             llvm::ArrayRef<llvm::StringRef> keywords,
                             SourceRange range);

  // Function values (SemaFunctionValues.cpp).
  /// A name denoting functions, used as a value: the function when it is
  /// one, else an overload set a function type will choose from.
  CExprPtr functionValue(const Entity &funcs, SourceRange range);
  /// `callee` as a value of the function type `type`.
  CExprPtr makeFuncRef(FuncInstance *callee, Type type, SourceRange range);
  /// Converts a function value to the function type `to`. With `failure`,
  /// reports nothing and says there why it cannot.
  CExprPtr convertFunction(CExprPtr value, const FunctionType *to,
                           SourceRange range, std::string *failure);

  /// Why a value of type `from` cannot become a `to`; empty when it can.
  std::string whyNotFunction(Type from, const FunctionType *to);

  // Nested functions (SemaClosures.cpp).
  void checkNestedFunc(const ast::FuncDecl &decl, CBlock &out);
  /// `@__copy_capture(x)`: the copies made where the closure is declared,
  /// captured instead of the variables they copy.
  std::vector<LocalVar *> copyCaptures(const ast::FuncDecl &decl,
                                       CBlock &out);
  /// The variable `name` of an enclosing function, captured (nested
  /// functions only).
  LocalVar *captureByName(llvm::StringRef name);
  /// This closure's reference to `outer`, a variable of the function
  /// enclosing it.
  LocalVar *captureVariable(LocalVar *outer);
  /// `var`, a variable of `owner`, as seen from this body: itself, or the
  /// captures that reach it through the enclosing closures.
  LocalVar *reachVariable(LocalVar *var, const FuncInstance *owner);
  /// Makes sure this body can pass on `closure`'s environment: it declares
  /// the closure, receives it as a parameter, or captures what it does.
  bool requireEnvironment(const FuncInstance *closure, SourceRange range);
  /// The body enclosing this one, for a nested function.
  BodyChecker *enclosing = nullptr;
  /// A nested function's `@__copy_capture` copies, by name.
  llvm::StringMap<LocalVar *> copiedCaptures;
  /// The local standing for each variable this closure captured.
  llvm::DenseMap<LocalVar *, LocalVar *> capturedLocals;

  // Error nodes (SemaErrorNodes.cpp): a failed expression is null inside
  // the checker, and becomes an Error node where a statement or a call
  // keeps it, so that the finished tree has no holes.
  /// An Error node at `range` over the parts that checked (null ones are
  /// left out). The instance is marked as not to be compiled.
  CExprPtr makeErrorExpr(SourceRange range, ast::ExprId origin,
                         std::vector<CExprPtr> parts = {});
  /// The Error node for `id`, whose check just returned null: the one the
  /// check left in `failure` (a call keeps its checked arguments), or a
  /// new one without parts.
  CExprPtr takeFailure(ast::ExprId id);
  /// `value`, or takeFailure(id) when it is null.
  CExprPtr orFailure(CExprPtr value, ast::ExprId id) {
    return value ? std::move(value) : takeFailure(id);
  }
  /// The Error entity of a call whose callee or an argument failed; the
  /// arguments (failed ones as Error nodes) are kept as its parts.
  Entity failedCall(SourceRange range, std::vector<CExprPtr> args);
  /// An assignment that failed, kept as an Assign of Error nodes: `target`
  /// and `value` are the parts that checked, or null.
  void keepFailedAssign(ast::ExprId targetId, CExprPtr target,
                        CExprPtr value, SourceRange valueRange,
                        SourceRange stmtRange, CBlock &out);
  /// The Error node of the last expression whose check failed with parts
  /// worth keeping (a call); taken by takeFailure.
  CExprPtr failure;

  // Values (SemaValues.cpp).
  /// `value` flowing into an owned place: an lvalue is copied.
  CExprPtr ownedValue(CExprPtr value);
  /// `value` flowing into a borrowed place: an rvalue that must be
  /// destroyed is held in a temporary.
  CExprPtr borrowedValue(CExprPtr value);
  /// `value` returned: a variable the function owns is moved out.
  CExprPtr returnedValue(CExprPtr value);
  /// The Move of `lvalue`, by `__moveinit__`, bits, or copy and destroy.
  CExprPtr moveValue(CExprPtr lvalue, SourceRange range);
  CExprPtr checkTransfer(const ast::TransferExpr &expr);

  // Scopes (SemaScopes.cpp).
  LocalVar *declareLocal(llvm::StringRef name, Type type, SourceRange range,
                         bool functionScope = false);
  LocalVar *lookupLocal(llvm::StringRef name);
  const CValue *lookupBinding(llvm::StringRef name);
  LocalVar *newTemporary(Type type, SourceRange range);
  /// True when `name` is a local `alias` of an enclosing scope.
  bool isLocalAlias(llvm::StringRef name);
  /// Records a local `alias`; a `var` or `alias` of the same name in the
  /// same scope is a redefinition.
  void declareLocalAlias(const ast::AliasDecl &alias);
  /// Reports (and returns false for) an assignment to a name that is not
  /// a variable: an `alias` or a compile-time parameter.
  bool checkAssignableName(llvm::StringRef name, SourceRange range);
  /// Declares `name` with the error type, unless it is declared already.
  void declarePoisoned(llvm::StringRef name, SourceRange range,
                       bool functionScope = false);
  /// Poisons the names an assignment to `target` would declare.
  void poisonTarget(ast::ExprId target);
  /// An assignment whose value failed still initializes its target, so
  /// that reads after it report nothing more.
  void markAssigned(ast::ExprId target);
  void poisonWalruses(ast::ExprId id);
  /// Poisons the names an unchecked block or statement would declare.
  void poisonBlock(ast::Block block);
  void poisonStmt(const ast::Stmt &stmt);

  Sema &sema;
  FuncInstance &instance;
  FuncInfo &func;
  ModuleInfo *module;
  const ast::ASTContext &ast;
  DiagnosticEngine &diags;
  TypeContext &types;

private:
  Bindings bindings;
  /// The names one block declares. A local `alias` is evaluated into
  /// `bindings`; its scope only records where it was declared, so that a
  /// `var` of the same name in the same block is a redefinition.
  struct Scope {
    llvm::StringMap<LocalVar *> vars;
    llvm::StringMap<SourceRange> aliases;
  };
  std::vector<Scope> scopes;
  /// The elements of the pack parameter, by the pack's name.
  llvm::StringMap<std::vector<LocalVar *>> packs;
  unsigned loopDepth = 0;
  unsigned unrollDepth = 0;
  /// `@parameter for` copies made so far (budget::kMaxUnrolledIterations).
  uint64_t unrolledIterations = 0;
  /// The budget is spent (and reported): every unrolling loop stops.
  bool unrollLimitReached = false;
  /// Variables declared without a value and not yet definitely assigned on
  /// the path being checked (LANGUAGE.md §2: reading one is an error).
  UninitializedVars uninitialized;
  /// Function-scoped variables declared by assignment, in order: one
  /// declared inside a branch is uninitialized on the other paths.
  std::vector<const LocalVar *> implicitLocals;
  /// In a constructor, or a function with an `out` argument: one stand-in
  /// variable per field of the result (`self`), tracked like variables so
  /// each field must be assigned before the whole is used or returned.
  std::vector<LocalVar *> resultFields;
  /// Set while checking the target of an assignment (not a read).
  bool checkingAssignTarget = false;
  /// `try` bodies with an `except` around the statement being checked:
  /// an error raised there is caught.
  unsigned catchDepth = 0;
  /// The errors the enclosing `except` blocks caught, innermost last: what
  /// a bare `raise` re-raises.
  std::vector<LocalVar *> caughtErrors;
  /// Set while building a `with`'s error-taking `__exit__` call: it only
  /// runs when the body raised, which was checked already.
  bool synthesizingErrorPath = false;
  friend class Sema;

public:
  /// Whether assigning `lhs` gives it its first value (no old value to
  /// destroy): a variable declared without one, or a field of a
  /// constructor's `self`.
  bool isInitialization(const CExpr &lhs);
  /// Reports the parts of the result variable (a constructor's `self`, an
  /// `out` argument) still unassigned when the function returns at `range`.
  void checkResultComplete(SourceRange range);

public:
  /// Reports (and returns false for) a change to a read-only argument.
  bool checkMutable(const CExpr &lvalue, SourceRange range);
  /// Whether `lvalue` may change: it is not part of a read-only argument.
  bool isMutable(const CExpr &lvalue) const;
  /// Reports (and returns false for) a `mut` argument of a call of `callee`
  /// that aliases another of its arguments `args` (SemaExclusivity.cpp).
  bool checkExclusivity(const FuncInstance &callee,
                        llvm::ArrayRef<CExprPtr> args);
  /// Reports a read of a variable that may not be initialized yet.
  void checkInitialized(const LocalVar *local, SourceRange range);
  /// Checks `block` as one arm of a branch, from the current state, which
  /// it restores: returns the arm's changes to the uninitialized variables,
  /// or none if the arm never falls through.
  UninitializedVars::Arm checkArm(ast::Block block, CBlock &out,
                                  bool newScope = true);
};

inline CExprPtr makeExpr(CExpr::Kind kind, Type type, SourceRange range) {
  return std::make_unique<CExpr>(kind, type, range);
}

inline CStmtPtr makeStmt(CStmt::Kind kind, SourceRange range) {
  return std::make_unique<CStmt>(kind, range);
}

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

/// The compile-time parameter among `params` that a written argument binds:
/// the one named `keyword`, or else the next positional one after `next`
/// (infer-only parameters, before `//`, are never positional), which
/// advances `next`. `params.size()` when there is none.
size_t getBoundParam(llvm::ArrayRef<const ast::ParamDecl *> params,
                     llvm::StringRef keyword, size_t &next);

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
