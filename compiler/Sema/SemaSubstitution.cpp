//===- SemaSubstitution.cpp - Instances made from a checked generic body --===//
//
// DESIGN.md, "Generics are checked once": a generic function's body is
// checked once against its bounds (SemaGenerics.cpp), and each concrete
// instance is that checked tree with the archetypes replaced by the types
// they are bound to. Nothing is looked up again, so an instance means what
// the generic body meant, and an error in it is reported once.
//
//   fn f[T: Shape](x: T) -> Int:       f[Square]
//     copy(x: T)                 ->    copy(x) by Square.__copyinit__, or
//                                      `x` itself when Square is trivial
//     call T.area(x)             ->    call Square.area(x)   (the witness)
//     call Box[T].__init__(..)   ->    call Box[Square].__init__(..)
//     call g[T](x)               ->    call g[Square](x)
//
//   fn h[n: Int](x: Int) -> Int:       h[3]
//     parameter n                ->    3     (a constant, as checked)
//     parameter(n * 2)           ->    6     (the kept expression, run)
//     call g[n - 1](x)           ->    call g[2](x)
//     @parameter if n > 4: A else: B  ->  {B}
//
// Types are rebuilt around the archetypes they mention (`Box[T]`,
// `(T, Int)`, `fn(T) -> T`). A call of a requirement becomes a call of the
// concrete type's method that satisfies it, the one conformance found. A
// copy, move or temporary is decided again for the concrete type: an
// archetype is checked as a type that needs destroying, so the generic tree
// holds every node any binding could need, and a trivial binding drops
// them, as checking it would have. The ownership pass then runs on the
// instance as on any other.
//
// A value the generic body computes from its parameters keeps the checked
// expression that computes it (CValue::symbolic; docs/compiler/
// comptime.md): it is substituted like the rest and run by the
// interpreter, and a `@parameter if` over such values keeps the branch the
// instance takes.
//
// A body the generic check could not fully decide is still checked from
// its AST with concrete bindings (canSubstitute, and a substitution that
// fails before changing anything): functions with packs, origins or
// automatically parameterized arguments, bodies that use values the tree
// cannot compute (`T.N`, a `@parameter for` over a computed range),
// bodies that gave up silently (an Error node) or declare nested
// functions, methods of parametric structs, and generics of other
// modules, which are not checked against their bounds.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

namespace {

/// One concrete instance built from the checked tree of its function's
/// generic instance. Failure (`run` returns false) leaves the target
/// untouched; only instances it created stay, unused.
class Substitution {
public:
  Substitution(Sema &sema, FuncInstance &generic, FuncInstance &target)
      : sema(sema), generic(generic), target(target) {}

  bool run();

private:
  Type substType(Type type);
  Type substTypeUncached(Type type);
  std::optional<CValue> substValue(const CValue &value);
  std::optional<CValue> computeSymbolic(const CExpr &expr);
  /// The node of the constant `value` in the instance's tree.
  CExprPtr constantNode(const CValue &value, SourceRange range);
  CStmtPtr substParameterIf(const CStmt &stmt);
  FuncInstance *substCallee(FuncInstance *callee, SourceRange range);
  FuncInfo *substMethod(FuncInfo *method);
  LocalVar *substLocal(const LocalVar *local);
  CExprPtr substExpr(const CExpr &expr);
  CExprPtr redecideTransfer(const CExpr &expr, CExprPtr operand, Type type);
  CStmtPtr substStmt(const CStmt &stmt);
  bool substBlock(const CBlock &from, CBlock &to);

  Sema &sema;
  FuncInstance &generic;
  FuncInstance &target;
  llvm::DenseMap<Type, Type> types; ///< Archetypes first, then a cache.
  llvm::DenseMap<const LocalVar *, LocalVar *> locals;
  std::deque<LocalVar> newLocals;
  /// Callees the tree gained; used once the whole body is built.
  std::vector<FuncInstance *> callees;
  bool failed = false;
  /// A symbolic value could not be computed for this binding (`failed`
  /// for this instance only).
  bool evaluationFailed = false;
};

} // namespace

Type Substitution::substType(Type type) {
  if (!type)
    return type;
  auto it = types.find(type);
  if (it != types.end())
    return it->second;
  Type result = substTypeUncached(type);
  types[type] = result;
  return result;
}

Type Substitution::substTypeUncached(Type type) {
  if (llvm::isa<ArchetypeType>(type)) {
    failed = true; // Not one of this function's parameters.
    return type;
  }
  if (auto *st = llvm::dyn_cast<StructType>(type)) {
    StructInfo *info = st->getInfo();
    if (!info->generic)
      return type;
    std::vector<CValue> values;
    for (const CValue &value : info->bindings) {
      std::optional<CValue> v = substValue(value);
      if (!v)
        return type;
      values.push_back(std::move(*v));
    }
    if (values == info->bindings)
      return type;
    StructInfo *instance = sema.completeStructParams(
        info->generic, std::move(values), target.info->nameRange,
        /*quiet=*/true);
    if (!instance) {
      failed = true;
      return type;
    }
    return instance->type;
  }
  TypeContext &ctx = sema.program->types;
  if (auto *tuple = llvm::dyn_cast<TupleType>(type)) {
    std::vector<Type> elements;
    for (Type element : tuple->getElements())
      elements.push_back(substType(element));
    return ctx.getTupleType(elements);
  }
  if (auto *pack = llvm::dyn_cast<PackType>(type)) {
    std::vector<Type> elements;
    for (Type element : pack->getElements())
      elements.push_back(substType(element));
    return ctx.getPackType(elements);
  }
  if (auto *fn = llvm::dyn_cast<FunctionType>(type)) {
    std::vector<FunctionArg> args;
    for (const FunctionArg &arg : fn->getArgs())
      args.push_back({substType(arg.type), arg.convention});
    std::vector<FunctionParam> params;
    for (const FunctionParam &param : fn->getParams())
      params.push_back({param.name, substType(param.type)});
    return ctx.getFunctionType(args, substType(fn->getResult()),
                               fn->getRaises(), fn->isCapturing(),
                               fn->isEscaping(), params);
  }
  if (auto *mlir = llvm::dyn_cast<MLIRType>(type); mlir && mlir->isSymbolic()) {
    // Spliced from parameters: only the AST spells it for an instance.
    generic.substitutable = false;
    failed = true;
    return type;
  }
  return type; // None, MLIR types, overload sets: nothing to replace.
}

std::optional<CValue> Substitution::substValue(const CValue &value) {
  switch (value.kind) {
  case CValue::Kind::Type:
    return CValue::ofType(substType(value.type));
  case CValue::Kind::TypeList: {
    std::vector<Type> elements;
    for (Type t : value.types)
      elements.push_back(substType(t));
    return CValue::ofTypes(std::move(elements));
  }
  case CValue::Kind::List: {
    CValue list = value;
    for (CValue &element : list.fields) {
      std::optional<CValue> v = substValue(element);
      if (!v)
        return std::nullopt;
      element = std::move(*v);
    }
    return list;
  }
  case CValue::Kind::Func: {
    FuncInstance *func = substCallee(value.func, target.info->nameRange);
    if (!func)
      return std::nullopt;
    return CValue::ofFunc(func, substType(value.type));
  }
  case CValue::Kind::Unknown:
    if (value.parameter && value.parameter <= target.bindings.size())
      return target.bindings[value.parameter - 1];
    // Computed from parameters (`f[n + 1]`), by the expression it keeps.
    if (value.symbolic)
      return computeSymbolic(*value.symbolic->expr);
    // Computed otherwise (`T.N`): only the AST knows how, for every
    // instance, so none is tried again.
    generic.substitutable = false;
    failed = true;
    return std::nullopt;
  default:
    return value;
  }
}

/// The value `expr`, a compile-time expression over the generic
/// instance's parameters, has in the target: the expression substituted,
/// then run. What the interpreter cannot compute for this binding (a
/// division by zero, a budget) fails this substitution only, and checking
/// the AST reports it; an expression that cannot be substituted fails
/// them all.
CExprPtr Substitution::constantNode(const CValue &value, SourceRange range) {
  BodyChecker checker(sema, target);
  Entity constant = checker.constantEntity(value, range);
  if (!constant.value)
    failed = true;
  return std::move(constant.value);
}

std::optional<CValue> Substitution::computeSymbolic(const CExpr &expr) {
  // Its callees run at compile time; they are not the instance's.
  size_t calleesBefore = callees.size();
  CExprPtr substituted = substExpr(expr);
  callees.resize(calleesBefore);
  if (!substituted) {
    if (!evaluationFailed)
      generic.substitutable = false;
    return std::nullopt;
  }
  std::optional<CValue> value = sema.evaluateSubstituted(*substituted);
  if (!value)
    failed = evaluationFailed = true;
  return value;
}

/// The method of the substituted owner that `method` stands for: the
/// witness of a requirement, or the same declaration in another instance
/// of a parametric struct.
FuncInfo *Substitution::substMethod(FuncInfo *method) {
  StructInfo *owner = method->owner;
  Type ownerType = substType(owner->type);
  if (ownerType == owner->type)
    return method;
  auto *concrete = llvm::dyn_cast<StructType>(ownerType);
  if (!concrete)
    return nullptr; // A trait's method on an MLIR type: none to call.
  if (llvm::isa<ArchetypeType>(owner->type))
    return sema.findWitness(method, concrete->getInfo());
  llvm::StringRef name = method->decl ? method->decl->getName() : "__init__";
  auto it = concrete->getInfo()->methods.find(name);
  if (it == concrete->getInfo()->methods.end())
    return nullptr;
  for (FuncInfo *candidate : it->second)
    if (candidate->decl == method->decl &&
        candidate->synthesized == method->synthesized)
      return candidate;
  return nullptr;
}

FuncInstance *Substitution::substCallee(FuncInstance *callee,
                                        SourceRange range) {
  if (!callee)
    return nullptr;
  if (callee->signatureOf) {
    auto *type = llvm::cast<FunctionType>(substType(callee->signatureOf));
    return sema.getSignatureInstance(type);
  }
  if (callee->closureParent) {
    failed = true; // Nested functions are not substituted (canSubstitute).
    return nullptr;
  }
  FuncInfo *info = callee->info;
  if (info->owner && !(info = substMethod(info))) {
    failed = true;
    return nullptr;
  }
  std::vector<CValue> bindings;
  for (const CValue &value : callee->bindings) {
    std::optional<CValue> v = substValue(value);
    if (!v)
      return nullptr;
    bindings.push_back(std::move(*v));
  }
  if (info == callee->info && bindings == callee->bindings)
    return callee;
  FuncInstance *instance = sema.instantiate(info, std::move(bindings), range);
  callees.push_back(instance);
  return instance;
}

LocalVar *Substitution::substLocal(const LocalVar *local) {
  if (!local)
    return nullptr;
  auto it = locals.find(local);
  if (it != locals.end())
    return it->second;
  failed = true; // A variable of another function (a capture).
  return nullptr;
}

/// A copy, move or temporary of the generic tree, for the concrete `type`:
/// what ownedValue, moveValue and borrowedValue (SemaValues.cpp) make of it.
CExprPtr Substitution::redecideTransfer(const CExpr &expr, CExprPtr operand,
                                        Type type) {
  const Lifecycle &life = sema.getLifecycle(type);
  if (expr.kind == CExpr::Kind::Temporary) {
    if (!life.needsDestroy)
      return operand;
  } else if (sema.isTrivial(type)) {
    return operand;
  }
  auto node = makeExpr(expr.kind, type, expr.range);
  node->origin = expr.origin;
  node->local = substLocal(expr.local);
  if (expr.kind == CExpr::Kind::Copy) {
    if (life.copy == Transfer::Unavailable)
      failed = true; // The bound promised a copy; conformance checked it.
    node->callee = life.copyInit;
  } else if (expr.kind == CExpr::Kind::Move) {
    if (life.move == Transfer::Method) {
      node->callee = life.moveInit;
    } else if (life.move == Transfer::Unavailable) {
      if (life.copy == Transfer::Unavailable)
        failed = true;
      node->callee = life.copyInit;
      node->movesByCopy = true;
    }
  }
  node->operands.push_back(std::move(operand));
  return node;
}

CExprPtr Substitution::substExpr(const CExpr &expr) {
  // The ownership pass has not run on a generic tree: no cleanups yet.
  if (!expr.cleanups.empty() || !expr.onError.empty()) {
    failed = true;
    return nullptr;
  }
  if (expr.kind == CExpr::Kind::Parameter && !expr.operands.empty()) {
    // `n * 2`: the constant it computes, as checking the AST would fold it.
    std::optional<CValue> value = computeSymbolic(*expr.operands.front());
    return value ? constantNode(*value, expr.range) : nullptr;
  }
  std::vector<CExprPtr> operands;
  for (const CExprPtr &operand : expr.operands) {
    operands.push_back(substExpr(*operand));
    if (failed)
      return nullptr;
  }
  Type type = substType(expr.type);
  switch (expr.kind) {
  case CExpr::Kind::Error:
    failed = true; // canSubstitute keeps these out; never copy one.
    return nullptr;
  case CExpr::Kind::Parameter: {
    // The constant, as checking the AST with it bound would have made it.
    std::optional<CValue> value =
        substValue(CValue::unknownParameter(type, expr.fieldIndex));
    return value ? constantNode(*value, expr.range) : nullptr;
  }
  case CExpr::Kind::Copy:
  case CExpr::Kind::Move:
  case CExpr::Kind::Temporary:
    return redecideTransfer(expr, std::move(operands.front()), type);
  case CExpr::Kind::MLIROp:
  case CExpr::Kind::MLIRConst:
    if (type != expr.type)
      failed = true; // Its attributes may spell the type.
    break;
  case CExpr::Kind::VariadicList:
    if (type != expr.type)
      failed = true; // The binding may pick the other list struct.
    break;
  default:
    break;
  }
  auto node = makeExpr(expr.kind, type, expr.range);
  node->origin = expr.origin;
  node->intValue = expr.intValue;
  node->text = expr.text;
  node->local = substLocal(expr.local);
  node->fieldIndex = expr.fieldIndex;
  node->callee = substCallee(expr.callee, expr.range);
  node->operands = std::move(operands);
  node->attributes = expr.attributes;
  node->movesByCopy = expr.movesByCopy;
  node->typeOperand = expr.typeOperand ? substType(expr.typeOperand) : nullptr;
  node->refResult = expr.refResult;
  node->refMutable = expr.refMutable;
  node->uninitialized = expr.uninitialized;
  node->elementsByAddress = expr.elementsByAddress;
  return failed ? nullptr : std::move(node);
}

/// A `@parameter if` whose conditions the generic body kept: the branch
/// this instance takes, as checking the AST would have kept it.
///
///   @parameter if parameter(n > 4): A          {B}   for n = 2
///   elif parameter(n > 1): B          ->
///   else: C
CStmtPtr Substitution::substParameterIf(const CStmt &stmt) {
  auto taken = [&](const CStmt &clause) -> std::optional<bool> {
    const CExpr &node = *clause.cond;
    std::optional<CValue> cond =
        node.operands.empty()
            ? substValue(CValue::unknownParameter(node.type, node.fieldIndex))
            : computeSymbolic(*node.operands.front());
    if (!cond || cond->kind != CValue::Kind::Bool) {
      failed = true;
      return std::nullopt;
    }
    return cond->boolValue;
  };
  const CBlock *branch = &stmt.orElse;
  std::optional<bool> first = taken(stmt);
  if (!first)
    return nullptr;
  if (*first) {
    branch = &stmt.body;
  } else {
    for (const CStmtPtr &elif : stmt.elifs) {
      std::optional<bool> elifTaken = taken(*elif);
      if (!elifTaken)
        return nullptr;
      if (*elifTaken) {
        branch = &elif->body;
        break;
      }
    }
  }
  auto block = std::make_unique<CStmt>(CStmt::Kind::Block, stmt.range);
  block->origin = stmt.origin;
  if (!substBlock(*branch, block->body))
    return nullptr;
  return block;
}

CStmtPtr Substitution::substStmt(const CStmt &stmt) {
  if (!stmt.afterFinally.empty() || !stmt.onError.empty()) {
    failed = true;
    return nullptr;
  }
  if (stmt.kind == CStmt::Kind::If && stmt.atCompileTime)
    return substParameterIf(stmt);
  auto node = std::make_unique<CStmt>(stmt.kind, stmt.range);
  node->origin = stmt.origin;
  node->local = substLocal(stmt.local);
  if (stmt.target)
    node->target = substExpr(*stmt.target);
  if (stmt.value)
    node->value = substExpr(*stmt.value);
  if (stmt.cond)
    node->cond = substExpr(*stmt.cond);
  node->initializes = stmt.initializes;
  node->hasHandler = stmt.hasHandler;
  if (!substBlock(stmt.body, node->body) ||
      !substBlock(stmt.orElse, node->orElse) ||
      !substBlock(stmt.elifs, node->elifs) ||
      !substBlock(stmt.handler, node->handler) ||
      !substBlock(stmt.finally, node->finally))
    return nullptr;
  return failed ? nullptr : std::move(node);
}

bool Substitution::substBlock(const CBlock &from, CBlock &to) {
  for (const CStmtPtr &stmt : from) {
    to.push_back(substStmt(*stmt));
    if (failed)
      return false;
  }
  return true;
}

bool Substitution::run() {
  if (generic.bindings.size() != target.bindings.size())
    return false;
  for (size_t i = 0; i < generic.bindings.size(); ++i) {
    const CValue &param = generic.bindings[i], &value = target.bindings[i];
    if (param.kind == CValue::Kind::Unknown) {
      // A value parameter: `Parameter` nodes and bindings read `value`.
      if (value.kind != CValue::Kind::Int && value.kind != CValue::Kind::Bool)
        return false;
      continue;
    }
    if (param.kind != CValue::Kind::Type || value.kind != CValue::Kind::Type ||
        !llvm::isa<ArchetypeType>(param.type))
      return false;
    types[param.type] = value.type;
  }
  // The signature the instance was given must be the substituted one.
  if (generic.params.size() != target.params.size() ||
      substType(generic.result) != target.result)
    return false;
  for (size_t i = 0; i < generic.params.size(); ++i)
    if (substType(generic.params[i].type) != target.params[i].type ||
        generic.params[i].convention != target.params[i].convention)
      return false;
  for (const LocalVar &local : generic.locals) {
    if (local.capturedFrom)
      return false;
    LocalVar &copy = newLocals.emplace_back(local);
    copy.type = substType(local.type);
    locals[&local] = &copy;
  }
  CBlock body;
  if (failed || !substBlock(generic.body, body))
    return false;
  target.body = std::move(body);
  target.locals.swap(newLocals); // Element addresses survive a swap.
  target.paramLocals.clear();
  for (LocalVar *param : generic.paramLocals)
    target.paramLocals.push_back(locals.lookup(param));
  target.resultLocal = locals.lookup(generic.resultLocal);
  for (FuncInstance *callee : callees)
    sema.use(callee);
  return true;
}

bool Sema::canSubstitute(const FuncInstance *instance) {
  const FuncInfo *func = instance->info;
  const FuncInstance *generic = func->genericInstance;
  // A generic body with an Error node gave up where it could not reason
  // (an index `t[n]` it cannot check yet) without reporting anything: its
  // instances check what it left out.
  return generic && !func->genericErrors && generic->signatureOk &&
         generic->bodyChecked && generic->bodyOk && generic->substitutable &&
         !instance->checkOnly && !instance->signatureOf &&
         !instance->closureParent;
}

bool Sema::instantiateBySubstitution(FuncInstance *instance) {
  return canSubstitute(instance) &&
         Substitution(*this, *instance->info->genericInstance, *instance)
             .run();
}
