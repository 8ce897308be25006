//===- BodyChecker.h - Checking one function instance's body ---*- C++ -*-===//
//
// Private to compiler/Sema. A BodyChecker checks the body of one function
// instance into its checked tree (Checked.h): statements (SemaStmt.cpp,
// SemaParameterStmts.cpp), scopes and poisoned names (SemaScopes.cpp),
// expressions (SemaExpr.cpp), calls, overload resolution and implicit
// conversions (SemaCall.cpp), copies and moves (SemaValues.cpp), errors and
// `with` (SemaErrors.cpp), closures (SemaClosures.cpp), and the rule that a
// `mut` argument aliases no other argument of its call
// (SemaExclusivity.cpp). The program-wide state is the Sema's (SemaImpl.h).
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_SEMA_BODYCHECKER_H
#define MOJOC_SEMA_BODYCHECKER_H

#include "compiler/Sema/SemaImpl.h"

namespace mojo::sema {

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
  bool assignThroughSetItem(ast::ExprId targetId,
                            const ast::SubscriptExpr &target,
                            CExprPtr &value, SourceRange stmtRange,
                            CBlock &out);
  void checkAugAssign(const ast::AugAssignStmt &stmt, CBlock &out);
  void checkIf(const ast::IfStmt &stmt, CBlock &out);
  void checkParameterIf(const ast::IfStmt &stmt, CBlock &out);
  void checkSymbolicParameterIf(const ast::IfStmt &stmt, size_t first,
                                const CValue &cond, CBlock &out);
  void checkAllParameterBranches(const ast::IfStmt &stmt, CBlock &out);
  /// Reports a run-time variable used where a compile-time value is needed.
  bool usesRuntimeValue(ast::ExprId id);
  void checkWhile(const ast::WhileStmt &stmt, CBlock &out);
  void checkFor(const ast::ForStmt &stmt, CBlock &out);
  void checkParameterFor(const ast::ForStmt &stmt, CBlock &out);
  std::optional<llvm::APInt> evaluateRangeBound(const ast::Argument &arg,
                                                bool &unknown);
  bool checkUnrolledIteration(const ast::ForStmt &stmt, llvm::StringRef target,
                              const CValue &value, CBlock &out);
  void checkUnknownParameterFor(const ast::ForStmt &stmt,
                                llvm::StringRef target, CBlock &out);
  bool reserveUnrolledIterations(const llvm::APInt &trips, SourceRange range);
  void checkReturn(const ast::ReturnStmt &stmt, CBlock &out);

  // List displays and slices (SemaListDisplays.cpp, SemaSlices.cpp).
  /// `[a, b]`: a `List` of the elements, of `expected`'s element type
  /// when `expected` is a `List`.
  CExprPtr checkListDisplay(const ast::ListDisplayExpr &expr, Type expected);
  /// `a:b:c` in a subscript: a `Slice` of the bounds, `None` where missing.
  CExprPtr checkSlice(const ast::SliceExpr &expr);

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

  // `__type_of(x)` (SemaTypeOf.cpp) and `rebind` (SemaRebind.cpp).
  /// The type `__type_of(x)` names, if `id` is such a call.
  std::optional<Type> checkTypeOf(ast::ExprId id);
  std::optional<Type> checkTypeOfCall(const ast::CallExpr *call);
  /// A type written in this body: `__type_of(x)` or any type expression.
  Type resolveBodyType(ast::ExprId id);
  CExprPtr rebindValue(llvm::function_ref<CExprPtr()> read, Type from,
                       Type dest, SourceRange range, unsigned depth);
  // `__call_location()` (SemaCallLocation.cpp).
  /// `__call_location[inline_count]()`: this function's call location.
  Entity checkCallLocation(const ast::SubscriptExpr *params,
                           const ast::CallExpr &call);
  std::optional<int64_t> getInlineCount(const ast::SubscriptExpr *params,
                                        const ast::CallExpr &call);
  /// A `_SourceLocation` constant for where `range` starts.
  CExprPtr makeSourceLocation(SourceRange range);
  /// `__rebind_cast[dest_type](src)`, the body of `rebind`.
  Entity checkRebindCast(const ast::SubscriptExpr &hook,
                         const ast::CallExpr &call);

  // Packs and variadic parameters (SemaVariadics.cpp). A homogeneous
  // variadic argument is a `VariadicList` local instead.
  /// The elements of a pack (`locals`) or variadic parameter (`list`).
  struct Variadic {
    const std::vector<LocalVar *> *locals = nullptr;
    const CValue *list = nullptr;
    size_t size() const;
  };
  /// What `id` names if it is a pack or variadic parameter.
  std::optional<Variadic> findVariadic(ast::ExprId id);
  Entity variadicLength(const Variadic &v, SourceRange range);
  Entity variadicElement(const Variadic &v, size_t i, SourceRange range);
  Entity variadicRuntimeElement(const Variadic &v, CExprPtr index,
                                SourceRange range);
  /// `values[i]`, `sizes[i]`; nullopt when the base is no variadic.
  std::optional<Entity> checkVariadicSubscript(const ast::SubscriptExpr &expr);
  /// `len(values)`, `values.__len__()`; nullopt when it is no such call.
  std::optional<Entity> checkVariadicLength(const ast::CallExpr &expr);
  /// `for v in values`, unrolled; false when the iterable is no variadic.
  bool checkVariadicFor(const ast::ForStmt &stmt, CBlock &out);
  /// The list a call passes to the homogeneous variadic `slot`: `elements`
  /// converted to its element type (SemaVariadicLists.cpp).
  CExprPtr makeVariadicList(const ParamSlot &slot,
                            std::vector<CExprPtr> elements, SourceRange range);
  /// `__compile_time_query[query, args...]()` folded into the constant it
  /// answers (SemaCompileTimeQuery.cpp).
  Entity checkCompileTimeQuery(const ast::SubscriptExpr &query,
                               const ast::CallExpr &call);
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
  /// The address `address` in the program's constant memory.
  CExprPtr constantAddress(ConstantAddress address, SourceRange range);
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
  /// Records in `var`, initialized with `init`, what its view borrows
  /// (LocalVar::viewSources).
  void recordViewSources(LocalVar &var, const CExpr &init);
  /// Converts `value` to `type` with at most one implicit constructor.
  CExprPtr convert(CExprPtr value, Type type, SourceRange range);
  /// 0: same type; 1: one implicit conversion; -1: impossible.
  int conversionCost(Type from, Type to);
  FuncInstance *findImplicitConstructor(Type from, Type to);
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

  // Nested functions with compile-time parameters
  // (SemaParametricClosures.cpp).
  void checkParametricNestedFunc(const ast::FuncDecl &decl, CBlock &out);
  /// An instance of a parametric closure captures what its template
  /// does, in the same order, without an enclosing body to look in.
  void presetCaptures(const FuncInstance &closureTemplate,
                      llvm::ArrayRef<char> uninitializedAtDecl);
  LocalVar *presetCaptureByName(llvm::StringRef name);
  LocalVar *reachPresetCapture(const LocalVar *var);
  /// `body[4]`: the instance of the parametric closure `templateRef`
  /// names, for the parameters `expr` gives.
  Entity instantiateClosureValue(const CExpr &templateRef,
                                 llvm::ArrayRef<ast::Argument> indices,
                                 SourceRange range);
  /// A called value of a parametric function type: the instance of a
  /// closure whose parameters all have defaults, else null (reported).
  CExprPtr instantiateCalledValue(CExprPtr callee, SourceRange range);
  /// Reports a value of a parametric function type used without its
  /// parameters.
  void reportParametricValue(const CExpr &value, SourceRange range);
  /// `value[...]` of a function value: an instance of a parametric
  /// closure, or an error; none when it is left to `__getitem__`.
  std::optional<Entity> subscriptFunctionValue(const CExpr &value,
                                               const ast::SubscriptExpr &expr);
  /// This body is an instance of a parametric closure (presetCaptures).
  bool presetFromTemplate = false;
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

  // References and memory (SemaReferences.cpp, SemaMemoryBuiltins.cpp).
  /// The place `return e` returns from a `-> ref T` function.
  CExprPtr returnedReference(ast::ExprId id);
  /// Marks the call of a `-> ref T` function as the lvalue it is.
  void markReferenceCall(CExpr &call);
  /// `__get_address_as_lvalue[T](p)` and the other memory builtins; null
  /// when `call` is not one of them.
  std::optional<Entity> checkMemoryBuiltin(const ast::CallExpr &call);
  Entity checkAddressOf(const ast::CallExpr &call);
  Type getLayoutType(const CValue &param);
  Entity checkStackAllocation(const ast::SubscriptExpr &subscript,
                              const ast::CallExpr &call);
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

} // namespace mojo::sema

#endif
