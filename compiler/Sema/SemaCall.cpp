//===- SemaCall.cpp - Calls, overload resolution, implicit conversions ----===//
//
// A call is resolved in three steps per candidate: bind its compile-time
// parameters (written `f[...]` or inferred from argument types), instantiate
// its signature, and match arguments to parameters, counting the implicit
// conversions needed. The viable candidate with the fewest conversions wins;
// a tie is an ambiguity (LANGUAGE.md §4, Overload resolution).
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/SemaImpl.h"

#include "compiler/Basic/Budgets.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"

using namespace mojo;
using namespace mojo::sema;

namespace {
/// How one candidate would take the call's arguments.
struct Match {
  FuncInstance *instance = nullptr;
  /// For each parameter slot: the argument index, -1 for a default, or -2
  /// for the receiver.
  std::vector<int> slotArgs;
  int cost = 0;
  std::string failure; ///< Why the candidate is not viable.
};
} // namespace

static std::string describeCandidate(FuncInfo *func) {
  return func->name;
}

/// Whether a `ref` argument given `arg` is bound mutably: `ref` infers
/// its origin, and so its mutability, from the argument (LANGUAGE.md §5).
static bool isMutableArgument(const BodyChecker &checker, const CExpr &arg) {
  return arg.isLValue() && checker.isMutable(arg);
}

/// `ref [o] x` with `o` a parameter: `o` is inferred from the argument. As
/// origins are not tracked yet, it is bound to the one origin value. Its
/// declared type may fix the mutability (`MutableOrigin`,
/// `ImmutableOrigin`) or leave it to a parameter (`o: Origin[m]`), bound
/// here to the argument's. Returns the mutability the argument is bound
/// with.
static bool bindOrigins(const ast::ASTContext &ctx, const ast::ParamDecl &param,
                        llvm::function_ref<int(llvm::StringRef)> findParam,
                        llvm::ArrayRef<const ast::ParamDecl *> ctParams,
                        std::vector<CValue> &bindings, bool argMutable) {
  bool isMutable = argMutable;
  for (ast::ExprId origin : param.getRefOrigins()) {
    auto *name = llvm::dyn_cast<ast::NameExpr>(&ctx.get(origin));
    int p = name ? findParam(name->getName()) : -1;
    if (p < 0)
      continue;
    if (bindings[p].kind == CValue::Kind::None)
      bindings[p] = CValue::ofOrigin();
    const ast::Expr *type = ctParams[p]->getType()
                                ? &ctx.get(ctParams[p]->getType())
                                : nullptr;
    if (auto *named = llvm::dyn_cast_or_null<ast::NameExpr>(type)) {
      if (named->getName() == "MutableOrigin")
        isMutable = true; // An immutable argument is refused at the call.
      else if (named->getName() == "ImmutableOrigin")
        isMutable = false;
    }
    auto *subscript = llvm::dyn_cast_or_null<ast::SubscriptExpr>(type);
    if (!subscript)
      continue;
    for (const ast::Argument &index : subscript->getIndices()) {
      auto *m = llvm::dyn_cast<ast::NameExpr>(&ctx.get(index.value));
      int q = m ? findParam(m->getName()) : -1;
      if (q < 0)
        continue;
      if (bindings[q].kind == CValue::Kind::None)
        bindings[q] = CValue::ofBool(argMutable);
      else if (bindings[q].kind == CValue::Kind::Bool)
        isMutable = bindings[q].boolValue; // Given explicitly.
    }
  }
  return isMutable;
}

/// Binds the function-typed parameter `param` (`f: fn(Int) -> Int`) to the
/// function `value` names, converted to the parameter's type, which may use
/// the parameters bound before it.
static bool bindFunctionParameter(BodyChecker &checker, FuncInfo *func,
                                  const ast::ParamDecl &param,
                                  std::vector<CValue> &bindings, size_t index,
                                  CExprPtr value, std::string &failure) {
  Sema &sema = checker.sema;
  std::vector<const ast::ParamDecl *> ctParams =
      sema.getCompileTimeParams(func);
  Bindings named;
  for (size_t k = 0; k < index; ++k)
    named[ctParams[k]->getName()] = bindings[k];
  Type type = param.getType() ? sema.resolveType(func->module, param.getType(),
                                                 named, func->owner)
                              : nullptr;
  auto *fnType = llvm::dyn_cast_or_null<FunctionType>(type);
  if (!fnType) {
    failure = ("parameter `" + param.getName() + "` is not a function").str();
    return false;
  }
  SourceRange range = value->range;
  value = checker.convertFunction(std::move(value), fnType, range, &failure);
  if (!value)
    return false;
  bindings[index] = CValue::ofFunc(value->callee, fnType);
  return true;
}

/// Binds the candidate's compile-time parameters: explicitly given values
/// first, then types inferred from arguments written against a parameter
/// (`x: T`) or a pack (`*xs: *Ts`). After them come the inferred
/// mutabilities of the `ref` arguments, in order (Sema::getRefArguments),
/// unless all are mutable: an instance takes each `ref` argument either
/// mutably or read-only.
/// `self` is the receiver, if given.
static bool bindParameters(BodyChecker &checker, FuncInfo *func,
                           const Entity *explicitParams,
                           llvm::ArrayRef<CExprPtr> args,
                           llvm::ArrayRef<llvm::StringRef> keywords,
                           const CExpr *self, std::vector<CValue> &bindings,
                           std::string &failure) {
  Sema &sema = checker.sema;
  std::vector<const ast::ParamDecl *> ctParams =
      sema.getCompileTimeParams(func);
  bindings.assign(ctParams.size(), CValue());
  if (explicitParams) {
    size_t next = 0;
    for (size_t a = 0; a < explicitParams->explicitParams.size(); ++a) {
      llvm::StringRef keyword = explicitParams->explicitKeywords[a];
      size_t i = getBoundParam(ctParams, keyword, next);
      if (i == ctParams.size()) {
        failure = keyword.empty()
                      ? "too many compile-time parameters"
                      : ("no parameter named `" + keyword + "`").str();
        return false;
      }
      if (bindings[i].kind != CValue::Kind::None) {
        failure = ("parameter `" + ctParams[i]->getName() + "` bound twice")
                      .str();
        return false;
      }
      if (ast::ExprId function = explicitParams->explicitFunctions[a]) {
        // A function name or closure: converted to the parameter's type,
        // which differs between candidates.
        Entity e = checker.checkEntity(function);
        if (e.kind == Entity::Kind::Funcs) {
          e.value = checker.functionValue(e, e.range);
          if (!e.value)
            return false;
          e.kind = Entity::Kind::Value;
        }
        if (e.kind != Entity::Kind::Value ||
            !bindFunctionParameter(checker, func, *ctParams[i], bindings, i,
                                   std::move(e.value), failure))
          return false;
        continue;
      }
      bindings[i] = explicitParams->explicitParams[a];
    }
  }
  if (!func->decl)
    return true; // Synthesized members take no parameters.
  const ast::ASTContext &ctx = func->module->ast->getContext();
  auto findParam = [&](llvm::StringRef name) -> int {
    for (size_t i = 0; i < ctParams.size(); ++i)
      if (ctParams[i]->getName() == name)
        return int(i);
    return -1;
  };
  std::vector<const ast::ParamDecl *> autos = sema.getAutoParameterized(func);
  std::vector<CValue> autoTypes(autos.size());
  bool isMethod = func->owner && !func->isStatic;
  size_t argIndex = 0;
  bool first = true;
  std::vector<CValue> refMutability;
  for (ast::DeclId id : func->decl->getArgs().params) {
    const auto &param = ctx.getAs<ast::ParamDecl>(id);
    bool isSelf = first && isMethod;
    first = false;
    // Each `ref` argument's mutability is recorded however the iteration
    // ends; without an argument (a default, an error) it is mutable.
    const CExpr *refArg = isSelf ? self : nullptr;
    bool isRef = param.getConvention() == ast::Convention::Ref;
    auto recordRef = llvm::make_scope_exit([&] {
      if (!isRef)
        return;
      bool isMutable = !refArg || isMutableArgument(checker, *refArg);
      isMutable = bindOrigins(ctx, param, findParam, ctParams, bindings,
                              isMutable);
      refMutability.push_back(CValue::ofBool(isMutable));
    });
    // A stricter `self` (`self: Holder[U]`, conditional conformance)
    // binds parameters from the receiver's type.
    if (isSelf && self && param.getType())
      sema.inferParams(func->module, param.getType(),
                       CValue::ofType(self->type), findParam, bindings);
    // The receiver when given, and `out` arguments, take no argument.
    if ((isSelf && self) || param.getConvention() == ast::Convention::Out)
      continue;
    if (!param.getType())
      continue;
    const ast::Expr &type = ctx.get(param.getType());
    if (param.isVariadic()) {
      auto *unpack = llvm::dyn_cast<ast::UnpackExpr>(&type);
      auto *name = unpack ? llvm::dyn_cast<ast::NameExpr>(
                                &ctx.get(unpack->getOperand()))
                          : nullptr;
      int p = name ? findParam(name->getName()) : -1;
      if (p >= 0) {
        std::vector<Type> elements;
        for (; argIndex < args.size() && keywords[argIndex].empty();
             ++argIndex) {
          if (auto *set =
                  llvm::dyn_cast<OverloadSetType>(args[argIndex]->type)) {
            failure = "`" + set->getFuncs().front()->name +
                      "` is overloaded; the parameter's type cannot choose one";
            return false;
          }
          elements.push_back(sema.materialize(args[argIndex]->type));
        }
        bindings[p] = CValue::ofTypes(elements);
      }
      continue;
    }
    // The argument this parameter receives: by keyword or by position.
    const CExpr *arg = nullptr;
    for (size_t k = 0; k < args.size(); ++k)
      if (keywords[k] == param.getName())
        arg = args[k].get();
    if (!arg && argIndex < args.size() && keywords[argIndex].empty() &&
        param.getParamKind() != ast::ParamKind::KeywordOnly)
      arg = args[argIndex++].get();
    refArg = arg;
    auto isAuto = llvm::find(autos, &param);
    if (isAuto != autos.end()) {
      // `p: Pair`, `p: Pair[Int, _]`: the instance is the argument's type.
      Type type = arg ? sema.materialize(arg->type) : nullptr;
      if (!type || !sema.matchesUnbound(func->module, param.getType(),
                                        Bindings(), type)) {
        GenericStruct *generic =
            sema.getUnboundGeneric(func->module, param.getType());
        failure = type ? "argument `" + param.getName().str() +
                             "` takes an instance of `" + generic->name +
                             "` that its type accepts, not `" +
                             getTypeName(type) + "`"
                       : "cannot infer the type of `" +
                             param.getName().str() + "`";
        return false;
      }
      autoTypes[isAuto - autos.begin()] = CValue::ofType(type);
      continue;
    }
    auto *name = llvm::dyn_cast<ast::NameExpr>(&type);
    int p = name ? findParam(name->getName()) : -1;
    if (p >= 0 && arg && llvm::isa<OverloadSetType>(arg->type)) {
      failure = "`" +
                llvm::cast<OverloadSetType>(arg->type)->getFuncs().front()->name +
                "` is overloaded; the parameter's type cannot choose one";
      return false;
    }
    // `x: T`, `x: Pair[T, n]`: the argument's type binds what it can.
    if (arg)
      sema.inferParams(func->module, param.getType(),
                       CValue::ofType(arg->type), findParam, bindings);
  }
  Bindings earlier;
  for (size_t i = 0; i < ctParams.size(); ++i) {
    const ast::ParamDecl &param = *ctParams[i];
    if (bindings[i].kind == CValue::Kind::None) {
      if (!param.getDefault()) {
        failure = ("cannot infer parameter `" + param.getName() + "`").str();
        return false;
      }
      // An inferred value beats a default; a default may use the
      // parameters before it.
      std::optional<CValue> value =
          sema.evaluateConstant(func->module, param.getDefault(), earlier);
      if (!value) {
        failure = ("the default of parameter `" + param.getName() +
                   "` failed")
                      .str();
        return false;
      }
      bindings[i] = std::move(*value);
    }
    if (std::optional<ParamMismatch> m = sema.checkParamValue(
            func->module, param, func->name, bindings[i], earlier)) {
      failure = m->message();
      return false;
    }
    earlier[param.getName()] = bindings[i];
  }
  bindings.insert(bindings.end(), autoTypes.begin(), autoTypes.end());
  // All mutable is the default, the instance a call without `ref`
  // arguments (or `mojoc check`) would make: the list is left off.
  if (llvm::any_of(refMutability,
                   [](const CValue &v) { return !v.boolValue; }))
    bindings.insert(bindings.end(), refMutability.begin(),
                    refMutability.end());
  return true;
}

/// Assigns arguments to the instance's parameter slots.
static bool matchArguments(BodyChecker &checker, Match &match,
                           llvm::ArrayRef<CExprPtr> args,
                           llvm::ArrayRef<llvm::StringRef> keywords,
                           const CExprPtr &self) {
  FuncInstance *instance = match.instance;
  match.slotArgs.assign(instance->params.size(), -3);
  size_t next = 0;
  for (size_t s = 0; s < instance->params.size(); ++s) {
    const ParamSlot &slot = instance->params[s];
    if (slot.isSelf && self) {
      match.slotArgs[s] = -2;
      continue;
    }
    if (slot.keywordOnly)
      continue;
    if (next < args.size() && keywords[next].empty())
      match.slotArgs[s] = int(next++);
  }
  if (next < args.size() && keywords[next].empty()) {
    match.failure = "too many positional arguments";
    return false;
  }
  for (size_t k = 0; k < args.size(); ++k) {
    if (keywords[k].empty())
      continue;
    bool found = false;
    for (size_t s = 0; s < instance->params.size(); ++s) {
      const ParamSlot &slot = instance->params[s];
      if (slot.name != keywords[k] || slot.positionalOnly || slot.fromPack)
        continue;
      if (match.slotArgs[s] != -3) {
        match.failure = ("argument `" + keywords[k] + "` given twice").str();
        return false;
      }
      match.slotArgs[s] = int(k);
      found = true;
    }
    if (!found) {
      match.failure = describeUnknownKeyword(keywords[k], instance->params);
      return false;
    }
  }
  for (size_t s = 0; s < instance->params.size(); ++s) {
    const ParamSlot &slot = instance->params[s];
    int a = match.slotArgs[s];
    if (a == -3) {
      if (!slot.hasDefault) {
        match.failure = "missing argument `" + slot.name + "`";
        return false;
      }
      match.slotArgs[s] = -1;
      continue;
    }
    Type from = a == -2 ? self->type : args[a]->type;
    int cost = checker.conversionCost(from, slot.type);
    if (cost < 0 && llvm::isa<FunctionType>(slot.type)) {
      match.failure =
          checker.whyNotFunction(from, llvm::cast<FunctionType>(slot.type));
      return false;
    }
    if (cost < 0) {
      match.failure = "cannot convert argument of type `" + getTypeName(from) +
                      "` to `" + getTypeName(slot.type) + "`";
      return false;
    }
    match.cost += cost;
  }
  return true;
}

/// The declaration of parameter `name`, which has a default value.
static const ast::ParamDecl *findDefault(const FuncInstance &instance,
                                         llvm::StringRef name) {
  const ast::ASTContext &ctx = instance.info->module->ast->getContext();
  for (ast::DeclId d : instance.info->decl->getArgs().params) {
    const auto &param = ctx.getAs<ast::ParamDecl>(d);
    if (param.getName() == name)
      return &param;
  }
  return nullptr;
}

/// Checks the default value of `slot` for a call of `instance`, in the
/// callee's context. A default that needs itself (`fn f(x: Int = f())`)
/// is reported where it does, rather than checked forever, and so is a
/// chain of defaults deeper than budget::kMaxDefaultNesting.
static CExprPtr checkDefault(Sema &sema, FuncInstance &instance,
                             const ParamSlot &slot) {
  const ast::ParamDecl *param = findDefault(instance, slot.name);
  const ast::ASTContext &ctx = instance.info->module->ast->getContext();
  SourceRange range = ctx.get(param->getDefault()).getRange();
  if (sema.defaultsInProgress.size() >= budget::kMaxDefaultNesting) {
    sema.diags.report(range, DiagID::err_default_nesting)
        << budget::kMaxDefaultNesting;
    return nullptr;
  }
  if (!sema.defaultsInProgress.insert(param).second) {
    sema.diags.report(range, DiagID::err_recursive_default) << param->getName();
    return nullptr;
  }
  BodyChecker calleeContext(sema, instance);
  CExprPtr value = calleeContext.checkValueAs(param->getDefault(), slot.type);
  sema.defaultsInProgress.erase(param);
  return value;
}

/// The call of the chosen candidate: each slot gets its argument converted
/// to the parameter's type, or its default (an expression of the callee's
/// module, checked there).
static CExprPtr buildCall(BodyChecker &checker, Match &best, CExprPtr &self,
                          std::vector<CExprPtr> &args, SourceRange range) {
  FuncInstance *instance = best.instance;
  checker.sema.use(instance);
  checker.checkRaisingCall(instance, range);
  auto call = makeExpr(CExpr::Kind::Call, instance->result,
                                      range);
  call->callee = instance;
  for (size_t s = 0; s < instance->params.size(); ++s) {
    const ParamSlot &slot = instance->params[s];
    int a = best.slotArgs[s];
    CExprPtr value;
    if (a == -1) {
      value = checkDefault(checker.sema, *instance, slot);
    } else {
      CExprPtr &source = a == -2 ? self : args[a];
      SourceRange argRange = source->range;
      value = checker.convert(std::move(source), slot.type, argRange);
    }
    if (slot.convention == Convention::Owned)
      value = checker.ownedValue(std::move(value));
    else if (slot.convention == Convention::Read)
      value = checker.borrowedValue(std::move(value));
    if (!value)
      return nullptr;
    // `mut` needs a variable to change. So does a `ref` the instance binds
    // mutably: one whose origin is declared mutable, or whose variable
    // became a temporary by an implicit conversion.
    if (slot.convention == Convention::Mut && !value->isLValue()) {
      checker.diags.report(value->range, DiagID::err_mut_needs_lvalue);
      return nullptr;
    }
    if (slot.convention == Convention::Ref &&
        (!value->isLValue() || !checker.isMutable(*value))) {
      checker.diags.report(value->range, DiagID::err_ref_needs_mutable_lvalue);
      return nullptr;
    }
    if (slot.convention == Convention::Mut &&
        !checker.checkMutable(*value, value->range))
      return nullptr;
    call->operands.push_back(std::move(value));
  }
  // Reported, but the call stands: nothing else follows from the alias.
  (void)checker.checkExclusivity(*instance, call->operands);
  return call;
}

CExprPtr BodyChecker::resolveCall(llvm::ArrayRef<FuncInfo *> funcs,
                                  CExprPtr &self, std::vector<CExprPtr> &args,
                                  llvm::ArrayRef<llvm::StringRef> keywords,
                                  const Entity *explicitParams,
                                  SourceRange range, llvm::StringRef name,
                                  bool quiet) {
  std::vector<Match> viable;
  std::vector<std::pair<FuncInfo *, std::string>> rejected;
  for (FuncInfo *candidate : funcs) {
    bool selfGiven = self && candidate->owner && !candidate->isStatic;
    std::vector<CValue> bindings;
    std::string failure;
    if (!bindParameters(*this, candidate, explicitParams, args, keywords,
                        selfGiven ? self.get() : nullptr, bindings,
                        failure)) {
      rejected.emplace_back(candidate, failure);
      continue;
    }
    Match match;
    match.instance = sema.instantiate(candidate, bindings, range);
    if (!match.instance->signatureOk)
      return nullptr;
    CExprPtr noSelf;
    if (!matchArguments(*this, match, args, keywords,
                        selfGiven ? self : noSelf)) {
      rejected.emplace_back(candidate, match.failure);
      continue;
    }
    viable.push_back(std::move(match));
  }
  if (viable.empty()) {
    if (quiet)
      return nullptr;
    auto diag = diags.report(range, DiagID::err_no_matching_call);
    diag << name;
    for (size_t i = 0; i < rejected.size() && i < 3; ++i)
      diag.note(rejected[i].first->nameRange,
                DiagID::note_candidate_keyword)
          << rejected[i].second;
    return nullptr;
  }
  std::stable_sort(viable.begin(), viable.end(),
                   [](const Match &a, const Match &b) { return a.cost < b.cost; });
  if (viable.size() > 1 && viable[0].cost == viable[1].cost) {
    if (quiet)
      return nullptr;
    auto diag = diags.report(range, DiagID::err_ambiguous_call);
    diag << name;
    for (size_t i = 0; i < viable.size() && i < 3; ++i)
      diag.note(viable[i].instance->info->nameRange,
                DiagID::note_candidate)
          << describeCandidate(viable[i].instance->info);
    return nullptr;
  }

  return buildCall(*this, viable.front(), self, args, range);
}

CExprPtr BodyChecker::callFunctionValue(
    CExprPtr callee, std::vector<CExprPtr> &args,
    llvm::ArrayRef<llvm::StringRef> keywords, SourceRange range) {
  auto *type = llvm::cast<FunctionType>(callee->type);
  // A value that names its function (a parameter bound to one, a nested
  // `fn`) is a direct call, which the inliner can see through.
  bool direct = callee->kind == CExpr::Kind::FuncRef;
  Match match;
  match.instance = direct ? callee->callee : sema.getSignatureInstance(type);
  CExprPtr noSelf;
  std::string name = direct ? callee->callee->info->name
                     : callee->getRootLocal() ? callee->getRootLocal()->name
                                              : "function value";
  if (!matchArguments(*this, match, args, keywords, noSelf)) {
    auto diag = diags.report(range, DiagID::err_no_matching_call);
    diag << name;
    diag.note(callee->range, DiagID::note_candidate_keyword) << match.failure;
    return nullptr;
  }
  CExprPtr call = buildCall(*this, match, noSelf, args, range);
  if (!call || direct)
    return call;
  call->kind = CExpr::Kind::CallIndirect;
  call->operands.insert(call->operands.begin(), std::move(callee));
  return call;
}

CExprPtr BodyChecker::callOperator(CExprPtr &self, llvm::StringRef name,
                                   std::vector<CExprPtr> &args,
                                   SourceRange range) {
  auto *st = self ? llvm::dyn_cast<StructType>(self->type) : nullptr;
  if (!st)
    return nullptr;
  auto it = st->getInfo()->methods.find(name);
  if (it == st->getInfo()->methods.end())
    return nullptr;
  std::vector<llvm::StringRef> keywords(args.size());
  return resolveCall(it->second, self, args, keywords, nullptr, range, name,
                     /*quiet=*/true);
}

Entity BodyChecker::checkCall(const ast::CallExpr &expr) {
  SourceRange range = expr.getRange();
  // `values.__len__()` on a variadic pack is a compile-time constant.
  if (auto *member =
          llvm::dyn_cast<ast::MemberExpr>(&ast.get(expr.getCallee()))) {
    auto *base = llvm::dyn_cast<ast::NameExpr>(&ast.get(member->getBase()));
    if (base && member->getName() == "__len__" &&
        packs.count(base->getName()) && !lookupLocal(base->getName())) {
      auto e = makeExpr(CExpr::Kind::IntConst,
                                       sema.getHookType("Int"), range);
      e->intValue = llvm::APSInt(
          llvm::APInt(64, packs[base->getName()].size()), false);
      return valueEntity(std::move(e));
    }
  }
  Entity callee = checkEntity(expr.getCallee());
  std::vector<CExprPtr> args;
  std::vector<llvm::StringRef> keywords;
  bool argsOk = true;
  for (const ast::Argument &arg : expr.getArgs()) {
    CExprPtr value = checkValue(arg.value);
    if (!value) {
      argsOk = false;
      continue;
    }
    args.push_back(std::move(value));
    keywords.push_back(arg.keyword);
  }
  // The arguments of a callee that failed are checked all the same: their
  // own mistakes are reported, and what they name is resolved.
  if (callee.kind == Entity::Kind::Error || !argsOk)
    return Entity::error(range);
  if (callee.kind == Entity::Kind::Type &&
      (llvm::isa<TupleType>(callee.type) || sema.isTupleHook(callee.type)))
    return valueEntity(constructTuple(callee.type, args, keywords, range));

  if (callee.kind == Entity::Kind::MLIROp) {
    auto op = makeExpr(CExpr::Kind::MLIROp, callee.resultType,
                                      range);
    op->text = callee.text;
    op->attributes = callee.attributes;
    for (CExprPtr &arg : args)
      op->operands.push_back(std::move(arg));
    return valueEntity(std::move(op));
  }
  CExprPtr self;
  std::vector<FuncInfo *> funcs;
  std::string name;
  if (callee.kind == Entity::Kind::Funcs) {
    funcs = callee.funcs;
    name = funcs.front()->name;
    // `Type.method(obj, ...)`: the first argument is the receiver.
    FuncInfo *f = funcs.front();
    if (f->owner && !f->isStatic && f->decl &&
        f->decl->getName() != "__init__" &&
        !args.empty() && keywords.front().empty()) {
      self = std::move(args.front());
      args.erase(args.begin());
      keywords.erase(keywords.begin());
    }
  } else if (callee.kind == Entity::Kind::Method) {
    funcs = callee.funcs;
    name = funcs.front()->name;
    self = std::move(callee.value);
  } else if (callee.kind == Entity::Kind::GenericStruct) {
    // `Pair(1, True)`: the parameters come from the arguments' types.
    StructInfo *info = inferInstance(callee.generic, "__init__", args,
                                     keywords, range, callee.explicitParams);
    if (!info)
      return Entity::error(range);
    callee.hasExplicitParams = false; // They were the struct's.
    callee.kind = Entity::Kind::Type;
    callee.type = info->type;
  } else if (callee.kind == Entity::Kind::GenericMethod) {
    // `Pair.make(1, True)`: likewise, through the static method.
    StructInfo *info = inferInstance(callee.generic, callee.text, args,
                                     keywords, range, callee.explicitParams);
    if (!info)
      return Entity::error(range);
    callee.hasExplicitParams = false; // They were the struct's.
    funcs = info->methods[callee.text];
    name = funcs.front()->name;
  }
  if (callee.kind == Entity::Kind::Type) {
    auto *st = llvm::dyn_cast<StructType>(callee.type);
    if (st) // Which constructors exist is known with the fields (`@value`).
      sema.resolveFields(st->getInfo());
    auto it = st ? st->getInfo()->methods.find("__init__")
                 : decltype(st->getInfo()->methods.end())();
    if (!st || it == st->getInfo()->methods.end()) {
      diags.report(range, DiagID::err_no_matching_call)
          << getTypeName(callee.type) + ".__init__";
      return Entity::error(range);
    }
    sema.resolveFields(st->getInfo());
    funcs = it->second;
    name = getTypeName(callee.type);
  } else if (callee.kind == Entity::Kind::Value &&
             llvm::isa<FunctionType>(callee.value->type)) {
    return valueEntity(
        callFunctionValue(std::move(callee.value), args, keywords, range));
  } else if (funcs.empty()) {
    if (callee.kind == Entity::Kind::Value)
      diags.report(range, DiagID::err_not_callable)
          << getTypeName(callee.value->type);
    else if (callee.kind == Entity::Kind::MLIROpNS)
      diags.report(range, DiagID::err_mlir_op_needs_name);
    else
      diags.report(range, DiagID::err_expected_value) << "this expression";
    return Entity::error(range);
  }
  CExprPtr call = resolveCall(funcs, self, args, keywords,
                              callee.hasExplicitParams ? &callee : nullptr,
                              range, name, /*quiet=*/false);
  if (!call)
    return Entity::error(range);
  return valueEntity(std::move(call));
}

StructInfo *BodyChecker::inferInstance(
    GenericStruct *generic, llvm::StringRef method,
    std::vector<CExprPtr> &args, llvm::ArrayRef<llvm::StringRef> keywords,
    SourceRange range, llvm::ArrayRef<CValue> written) {
  std::vector<Type> argTypes;
  for (const CExprPtr &arg : args)
    argTypes.push_back(arg->type);
  std::vector<std::vector<CValue>> candidates =
      sema.inferFromMethods(generic, method, argTypes, keywords);
  // No constructor to read: the defaults alone may bind every parameter.
  if (candidates.empty())
    candidates.emplace_back(generic->params.size());
  // What was written (`Tagged[tag=7](...)`) beats what is inferred.
  for (std::vector<CValue> &values : candidates)
    for (size_t i = 0; i < written.size() && i < values.size(); ++i)
      if (written[i].kind != CValue::Kind::None)
        values[i] = written[i];
  std::vector<StructInfo *> instances;
  for (std::vector<CValue> &values : candidates)
    if (StructInfo *info = sema.completeStructParams(generic, values, range,
                                                     /*quiet=*/true))
      if (llvm::find(instances, info) == instances.end())
        instances.push_back(info);
  if (instances.empty()) {
    // Name the first parameter no constructor could infer.
    const std::vector<CValue> &first = candidates.front();
    for (size_t i = 0; i < generic->params.size(); ++i) {
      const ast::ParamDecl &param = *generic->params[i];
      if (first[i].kind != CValue::Kind::None || param.getDefault())
        continue;
      auto diag = diags.report(range, DiagID::err_param_uninferable);
      diag << param.getName() << generic->name;
      diag.note(param.getNameRange(), DiagID::note_param_declared)
          << param.getName();
      return nullptr;
    }
    // Every parameter was inferred, but a value does not fit its
    // parameter: report why.
    sema.completeStructParams(generic, candidates.front(), range);
    return nullptr;
  }
  // Two constructors may imply different instances: the first written
  // wins, then `@value`'s fieldwise one. The call is resolved against its
  // constructors as for any struct.
  return instances.front();
}

FuncInfo *BodyChecker::findImplicitConstructor(Type from, Type to) {
  auto *st = llvm::dyn_cast<StructType>(to);
  if (!st)
    return nullptr;
  auto it = st->getInfo()->methods.find("__init__");
  if (it == st->getInfo()->methods.end())
    return nullptr;
  sema.resolveFields(st->getInfo());
  for (FuncInfo *ctor : it->second) {
    if (!ctor->isImplicit || !ctor->decl || ctor->decl->getParams().present)
      continue;
    FuncInstance *instance = sema.instantiate(ctor, {}, SourceRange());
    unsigned required = 0;
    const ParamSlot *first = nullptr;
    for (const ParamSlot &slot : instance->params) {
      if (slot.hasDefault)
        continue;
      ++required;
      first = &slot;
    }
    if (required == 1 && first->type == from)
      return ctor;
  }
  return nullptr;
}

int BodyChecker::conversionCost(Type from, Type to) {
  if (from == to || llvm::isa<ErrorType>(from) || llvm::isa<ErrorType>(to))
    return 0;
  if (auto *fnType = llvm::dyn_cast<FunctionType>(to))
    return whyNotFunction(from, fnType).empty() ? 0 : -1;
  return findImplicitConstructor(from, to) ? 1 : -1;
}

CExprPtr BodyChecker::convert(CExprPtr value, Type type, SourceRange range) {
  if (!value)
    return nullptr;
  if (value->type == type || llvm::isa<ErrorType>(type) ||
      llvm::isa<ErrorType>(value->type))
    return value;
  if (auto *fnType = llvm::dyn_cast<FunctionType>(type))
    return convertFunction(std::move(value), fnType, range, nullptr);
  if (auto *set = llvm::dyn_cast<OverloadSetType>(value->type)) {
    diags.report(range, DiagID::err_overloaded_function_value)
        << set->getFuncs().front()->name;
    return nullptr;
  }
  FuncInfo *ctor = findImplicitConstructor(value->type, type);
  if (!ctor) {
    diags.report(range, DiagID::err_cannot_convert)
        << getTypeName(value->type) << getTypeName(type);
    return nullptr;
  }
  if (value->kind == CExpr::Kind::IntConst &&
      !value->intValue.isSignedIntN(64)) {
    diags.report(range, DiagID::err_integer_too_large)
        << describeInteger(value->intValue) << getTypeName(type);
    return nullptr;
  }
  FuncInstance *instance = sema.instantiate(ctor, {}, range);
  sema.use(instance);
  checkRaisingCall(instance, range);
  const ParamSlot *slot = nullptr;
  for (const ParamSlot &p : instance->params)
    if (!p.hasDefault)
      slot = &p;
  value = slot && slot->convention == Convention::Owned
              ? ownedValue(std::move(value))
              : borrowedValue(std::move(value));
  if (!value)
    return nullptr;
  auto call = makeExpr(CExpr::Kind::Call, type, range);
  call->callee = instance;
  call->operands.push_back(std::move(value));
  return call;
}

CExprPtr BodyChecker::materializeValue(CExprPtr value) {
  if (!value)
    return nullptr;
  if (auto *set = llvm::dyn_cast<OverloadSetType>(value->type)) {
    diags.report(value->range, DiagID::err_overloaded_function_value)
        << set->getFuncs().front()->name;
    return nullptr;
  }
  Type target = sema.materialize(value->type);
  if (target == value->type)
    return value;
  SourceRange range = value->range;
  return convert(std::move(value), target, range);
}
