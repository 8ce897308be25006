//===- SemaCall.cpp - Calls, overload resolution, implicit conversions ----===//
//
// A call is resolved in three steps per candidate: bind its compile-time
// parameters (written `f[...]` or inferred from argument types;
// SemaParamBinding.cpp), instantiate
// its signature, and match arguments to parameters, counting the implicit
// conversions needed. The viable candidate with the fewest conversions wins;
// a tie is an ambiguity (LANGUAGE.md §4, Overload resolution).
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"
#include "compiler/Sema/SemaListDisplays.h"
#include "compiler/Sema/SemaOrigins.h"
#include "compiler/Sema/SemaPacks.h"

#include "compiler/Basic/Budgets.h"

#include "llvm/ADT/StringExtras.h"

using namespace mojo;
using namespace mojo::sema;

namespace {
/// How one candidate would take the call's arguments.
struct Match {
  FuncInstance *instance = nullptr;
  /// For each parameter slot: the argument index, -1 for a default, -2
  /// for the receiver, kVariadicArgs for a homogeneous variadic one, or
  /// kCallLocationArg for the hidden location of the call.
  std::vector<int> slotArgs;
  /// The arguments a homogeneous variadic slot takes, in order.
  std::vector<int> variadicArgs;
  int cost = 0;
  /// Literal arguments converted to a type other than the one they
  /// materialize to (`1` to `UInt` rather than to `Int`).
  int literalsAway = 0;
  std::string failure; ///< Why the candidate is not viable.
};
} // namespace

/// Match::slotArgs of the slot of `*values: T`: Match::variadicArgs.
constexpr int kVariadicArgs = -4;
/// Match::slotArgs of a ParamSlot::isCallLocation: this call's location.
constexpr int kCallLocationArg = -5;

static std::string describeCandidate(FuncInfo *func) {
  return func->name;
}

/// Whether a `from` argument is a literal converted to `to`, which is not
/// the type it materializes to.
static bool convertsLiteralAway(BodyChecker &checker, Type from, Type to) {
  Type materialized = checker.sema.materialize(from);
  return materialized != from && to != from && to != materialized;
}

/// Adds the cost of converting each element of `*values: T` to `T`.
static bool matchVariadicArgs(BodyChecker &checker, Match &match,
                              const ParamSlot &slot,
                              llvm::ArrayRef<CExprPtr> args) {
  for (int a : match.variadicArgs) {
    int cost = checker.conversionCost(args[a]->type, slot.variadicElement);
    if (cost < 0) {
      match.failure = "cannot convert argument of type `" +
                      getTypeName(args[a]->type) + "` to `" +
                      getTypeName(slot.variadicElement) + "`";
      return false;
    }
    match.cost += cost;
    match.literalsAway +=
        convertsLiteralAway(checker, args[a]->type, slot.variadicElement);
  }
  return true;
}

/// Whether `instance`'s pack is declared `VariadicPack[..., *Ts]`, which
/// takes a pack passed on whole rather than positional arguments.
static bool packIsWhole(const FuncInstance &instance) {
  const FuncInfo *info = instance.info;
  if (instance.packName.empty() || !info->decl)
    return false;
  const ast::ASTContext &ctx = info->module->ast->getContext();
  for (ast::DeclId id : info->decl->getArgs().params) {
    const auto &param = ctx.getAs<ast::ParamDecl>(id);
    if (param.getName() == instance.packName)
      return takesWholePack(ctx, param);
  }
  return false;
}

/// Gives each positional argument to the next slot that takes one (the
/// slot of `*values: T` takes every one left); the receiver to `self`;
/// the elements of a pack passed on whole to a `VariadicPack` parameter's
/// slots, and to no other (SemaPacks.h).
static bool assignPositional(Match &match, llvm::ArrayRef<CExprPtr> args,
                             llvm::ArrayRef<llvm::StringRef> keywords,
                             const CExprPtr &self) {
  FuncInstance *instance = match.instance;
  bool wholePack = packIsWhole(*instance);
  size_t nextElement = 0;
  auto nextWholeElement = [&]() -> int {
    for (; nextElement < args.size(); ++nextElement)
      if (keywords[nextElement] == kWholePackKeyword)
        return int(nextElement++);
    return -3;
  };
  size_t next = 0;
  for (size_t s = 0; s < instance->params.size(); ++s) {
    const ParamSlot &slot = instance->params[s];
    if (slot.isSelf && self) {
      match.slotArgs[s] = -2;
      continue;
    }
    if (slot.fromPack && wholePack) {
      match.slotArgs[s] = nextWholeElement();
      continue;
    }
    if (slot.keywordOnly || slot.isCallLocation)
      continue;
    if (slot.variadicElement) { // Every positional argument left.
      match.slotArgs[s] = kVariadicArgs;
      for (; next < args.size() && keywords[next].empty(); ++next)
        match.variadicArgs.push_back(int(next));
      continue;
    }
    if (next < args.size() && keywords[next].empty())
      match.slotArgs[s] = int(next++);
  }
  if (next < args.size() && keywords[next].empty()) {
    match.failure = wholePack ? "too many positional arguments (`" +
                                    instance->packName +
                                    "` takes a `*args` pack named whole)"
                              : "too many positional arguments";
    return false;
  }
  bool packGiven = llvm::any_of(keywords, isWholePackKeyword);
  if (wholePack && !packGiven) {
    match.failure = "missing argument `" + instance->packName + "`";
    return false;
  }
  if ((wholePack && nextWholeElement() != -3) || (!wholePack && packGiven)) {
    match.failure = "a pack passed on whole needs a `VariadicPack` parameter";
    return false;
  }
  return true;
}

/// Assigns arguments to the instance's parameter slots.
static bool matchArguments(BodyChecker &checker, Match &match,
                           llvm::ArrayRef<CExprPtr> args,
                           llvm::ArrayRef<llvm::StringRef> keywords,
                           const CExprPtr &self) {
  FuncInstance *instance = match.instance;
  match.slotArgs.assign(instance->params.size(), -3);
  if (!assignPositional(match, args, keywords, self))
    return false;
  for (size_t k = 0; k < args.size(); ++k) {
    if (keywords[k].empty() || isWholePackKeyword(keywords[k]))
      continue;
    bool found = false;
    for (size_t s = 0; s < instance->params.size(); ++s) {
      const ParamSlot &slot = instance->params[s];
      if (slot.name != keywords[k] || slot.positionalOnly || slot.fromPack ||
          slot.variadicElement || slot.isCallLocation)
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
    if (slot.isCallLocation) {
      match.slotArgs[s] = kCallLocationArg;
      continue;
    }
    if (a == -3) {
      if (!slot.hasDefault) {
        match.failure = "missing argument `" + slot.name + "`";
        return false;
      }
      match.slotArgs[s] = -1;
      continue;
    }
    if (a == kVariadicArgs) {
      if (!matchVariadicArgs(checker, match, slot, args))
        return false;
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
    match.literalsAway += convertsLiteralAway(checker, from, slot.type);
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

/// The list of the elements `best` gives the variadic `slot`, spanning
/// them (the call, when there are none).
static CExprPtr buildVariadicList(BodyChecker &checker, const Match &best,
                                  const ParamSlot &slot,
                                  std::vector<CExprPtr> &args,
                                  SourceRange callRange) {
  std::vector<CExprPtr> elements;
  for (int a : best.variadicArgs)
    elements.push_back(std::move(args[a]));
  SourceRange range = callRange;
  if (!elements.empty())
    range = SourceRange(elements.front()->range.Start,
                        elements.back()->range.End);
  return checker.makeVariadicList(slot, std::move(elements), range);
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
    } else if (a == kCallLocationArg) {
      value = checker.makeSourceLocation(range);
    } else if (a == kVariadicArgs) {
      value = buildVariadicList(checker, best, slot, args, range);
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
  if (instance->resultIsRef)
    checker.markReferenceCall(*call);
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
  // Fewest conversions first; among equals, a candidate without a variadic
  // argument beats one with (`SIMD(x)` splats rather than fills one lane),
  // and one without compile-time parameters beats a generic one
  // (`Int(True)` takes `Bool`, not any `Intable`); among generic ones, the
  // one with more bounds stricter than `AnyType` (`rebind` of a trivial
  // value takes it by value, not by reference); last, one that does not
  // raise beats one that does (`int[T: Intable]` over
  // `int[T: IntableRaising]`, which every `Intable` also meets).
  // Called through a value, a method beats a static method of the same
  // name (`out.write(x)` on a `String`, which also has the static
  // `String.write(x)`).
  auto rank = [&](const Match &m) {
    FuncInfo *info = m.instance->info;
    bool staticThroughValue = self && info->isStatic;
    bool generic = !sema.getCompileTimeParams(info).empty();
    int refined = generic ? -int(sema.countRefinedBounds(info)) : 0;
    return std::make_tuple(staticThroughValue, m.cost,
                           m.instance->takesVariadic(), generic, refined,
                           m.instance->raises, m.literalsAway);
  };
  std::stable_sort(viable.begin(), viable.end(),
                   [&](const Match &a, const Match &b) { return rank(a) < rank(b); });
  if (viable.size() > 1 && rank(viable[0]) == rank(viable[1])) {
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
  if (llvm::cast<FunctionType>(callee->type)->isParametric()) {
    callee = instantiateCalledValue(std::move(callee), range);
    if (!callee)
      return nullptr;
  }
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
  // `len(values)` of a variadic argument or parameter is a constant.
  if (std::optional<Entity> length = checkVariadicLength(expr))
    return std::move(*length);
  if (std::optional<Entity> memory = checkMemoryBuiltin(expr))
    return std::move(*memory);
  // The compiler hook of `sys.param_env` and `sys.info`.
  if (auto *query =
          llvm::dyn_cast<ast::SubscriptExpr>(&ast.get(expr.getCallee()))) {
    auto *base = llvm::dyn_cast<ast::NameExpr>(&ast.get(query->getBase()));
    if (base && base->getName() == "__compile_time_query" &&
        !lookupLocal(base->getName()))
      return checkCompileTimeQuery(*query, expr);
    if (base && base->getName() == "__rebind_cast" &&
        !lookupLocal(base->getName()))
      return checkRebindCast(*query, expr);
  }
  // `__call_location()`, `__call_location[n]()` (SemaCallLocation.cpp).
  const ast::Expr &calleeExpr = ast.get(expr.getCallee());
  auto *params = llvm::dyn_cast<ast::SubscriptExpr>(&calleeExpr);
  if (auto *name = llvm::dyn_cast<ast::NameExpr>(
          params ? &ast.get(params->getBase()) : &calleeExpr))
    if (name->getName() == "__call_location" && !lookupLocal(name->getName()))
      return checkCallLocation(params, expr);
  // `__type_of(x)` as a callee or a value's type: a type.
  if (std::optional<Type> type = checkTypeOfCall(&expr)) {
    if (llvm::isa<ErrorType>(*type))
      return Entity::error(range);
    Entity e;
    e.kind = Entity::Kind::Type;
    e.type = *type;
    e.range = range;
    return e;
  }
  Entity callee = checkEntity(expr.getCallee());
  std::vector<CExprPtr> args;
  std::vector<llvm::StringRef> keywords;
  bool argsOk = true;
  llvm::ArrayRef<ast::Argument> astArgs = expr.getArgs();
  for (size_t i = 0; i < astArgs.size(); ++i) {
    const ast::Argument &arg = astArgs[i];
    CExprPtr value;
    // A pack named whole (`write_args(w, args)`): its elements, for a
    // `VariadicPack` parameter (SemaPacks.h).
    std::optional<Variadic> pack =
        arg.keyword.empty() ? findVariadic(arg.value) : std::nullopt;
    if (pack && pack->locals) {
      SourceRange at = ast.get(arg.value).getRange();
      // One `VariadicPack` parameter takes one pack: two would merge.
      if (llvm::any_of(keywords, isWholePackKeyword)) {
        diags.report(at, DiagID::err_not_yet_implemented)
            << "passing more than one pack on whole in one call";
        argsOk = false;
        continue;
      }
      for (size_t e = 0; e < pack->size(); ++e) {
        args.push_back(std::move(variadicElement(*pack, e, at).value));
        keywords.push_back(kWholePackKeyword);
      }
      if (pack->size() == 0) {
        args.push_back(makeExpr(CExpr::Kind::None, types.getNoneType(), at));
        keywords.push_back(kEmptyPackKeyword);
      }
      continue;
    }
    if (auto *display =
            llvm::dyn_cast<ast::ListDisplayExpr>(&ast.get(arg.value))) {
      value = checkListDisplay(
          *display, expectedDisplayType(sema, callee, astArgs, i, range));
      if (value)
        value->origin = arg.value;
    } else {
      value = checkValue(arg.value);
    }
    if (!value) {
      argsOk = false;
      value = takeFailure(arg.value);
    }
    args.push_back(std::move(value));
    keywords.push_back(arg.keyword);
  }
  // The arguments of a callee that failed are checked all the same: their
  // own mistakes are reported, and what they name is resolved. They are
  // kept, as the parts of the call's Error node (SemaErrorNodes.cpp).
  if (callee.kind == Entity::Kind::Error || !argsOk)
    return failedCall(range, std::move(args));
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
  // What was written (`Tagged[tag=7](...)`) beats what is inferred. An
  // origin written (`Pointer[Int, ImmutableAnyOrigin].address_of(x)`)
  // also decides the mutability `m` of its `Origin[m]`, which a `ref`
  // argument may have inferred otherwise.
  const ast::ASTContext &genericCtx = generic->module->ast->getContext();
  for (std::vector<CValue> &values : candidates) {
    std::vector<CValue> writtenOnly(values.size());
    for (size_t i = 0; i < written.size() && i < values.size(); ++i)
      if (written[i].kind != CValue::Kind::None)
        values[i] = writtenOnly[i] = written[i];
    Sema::inferOriginMutability(genericCtx, generic->params, writtenOnly);
    for (size_t i = 0; i < values.size(); ++i)
      if (writtenOnly[i].kind != CValue::Kind::None)
        values[i] = writtenOnly[i];
  }
  // An origin no argument binds is any origin, since origins are not
  // tracked (SemaOrigins.cpp): `StringSlice(s)` and `Span(list)`, whose
  // 24.6 constructors bind it through `out self: StringSlice[O]`, a form
  // mojoc does not read.
  for (std::vector<CValue> &values : candidates)
    bindUnboundOrigins(genericCtx, generic->params, values);
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

/// The parameters of the parametric `@implicit` constructor `ctor` that a
/// conversion from `from` binds: inferred from the type of its one
/// required argument, as a call's argument would bind them, or defaulted
/// (`__init__[a: Int, //](out self, other: UnsafePointer[T, alignment=a])`).
static bool inferImplicitParams(Sema &sema, FuncInfo *ctor, Type from,
                                std::vector<CValue> &bindings) {
  std::vector<const ast::ParamDecl *> params = sema.getCompileTimeParams(ctor);
  bindings.assign(params.size(), CValue());
  auto findParam = [&](llvm::StringRef name) -> int {
    for (size_t i = 0; i < params.size(); ++i)
      if (params[i]->getName() == name)
        return int(i);
    return -1;
  };
  const ast::ASTContext &ctx = ctor->module->ast->getContext();
  for (ast::DeclId id : ctor->decl->getArgs().params) {
    const auto &arg = ctx.getAs<ast::ParamDecl>(id);
    if (arg.getConvention() == ast::Convention::Out || arg.getDefault() ||
        !arg.getType())
      continue; // `out self`, or an argument a conversion does not give.
    sema.inferParams(ctor->module, arg.getType(), CValue::ofType(from),
                     findParam, bindings);
    break;
  }
  // `[m: Bool, //, o: Origin[m]](x: StringSlice[o])`: `m` is the origin's.
  sema.inferOriginMutability(ctx, params, bindings);
  Bindings earlier;
  for (size_t i = 0; i < params.size(); ++i) {
    if (bindings[i].kind == CValue::Kind::None) {
      if (!params[i]->getDefault())
        return false;
      std::optional<CValue> value = sema.evaluateConstant(
          ctor->module, params[i]->getDefault(), earlier);
      if (!value)
        return false;
      bindings[i] = std::move(*value);
    }
    earlier[params[i]->getName()] = bindings[i];
  }
  return true;
}

FuncInstance *BodyChecker::findImplicitConstructor(Type from, Type to) {
  auto *st = llvm::dyn_cast<StructType>(to);
  if (!st)
    return nullptr;
  auto it = st->getInfo()->methods.find("__init__");
  if (it == st->getInfo()->methods.end())
    return nullptr;
  sema.resolveFields(st->getInfo());
  for (FuncInfo *ctor : it->second) {
    if (!ctor->isImplicit || !ctor->decl)
      continue;
    std::vector<CValue> bindings;
    if (ctor->decl->getParams().present &&
        !inferImplicitParams(sema, ctor, from, bindings))
      continue;
    FuncInstance *instance = sema.instantiate(ctor, bindings, SourceRange());
    if (!instance->signatureOk)
      continue;
    unsigned required = 0;
    const ParamSlot *first = nullptr;
    for (const ParamSlot &slot : instance->params) {
      if (slot.hasDefault)
        continue;
      ++required;
      first = &slot;
    }
    if (required != 1)
      continue;
    // `@implicit __init__(out self, *value: T)` converts one `T`.
    Type taken = first->variadicElement ? first->variadicElement : first->type;
    if (taken == from)
      return instance;
  }
  return nullptr;
}

int BodyChecker::conversionCost(Type from, Type to) {
  if (from == to || llvm::isa<ErrorType>(from) || llvm::isa<ErrorType>(to))
    return 0;
  if (auto *fnType = llvm::dyn_cast<FunctionType>(to))
    return whyNotFunction(from, fnType).empty() ? 0 : -1;
  if (findImplicitConstructor(from, to))
    return 1;
  Type materialized = sema.materialize(from);
  if (materialized != from && conversionCost(materialized, to) == 1)
    return 2;
  return -1;
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
  FuncInstance *instance = findImplicitConstructor(value->type, type);
  // A literal converts through the type it materializes to, as that type
  // would: `Optional[Int]` takes `5` because `Int` converts to it. The
  // materialization is no user conversion (Mojo's `@nonmaterializable`).
  Type materialized = sema.materialize(value->type);
  if (!instance && materialized != value->type &&
      findImplicitConstructor(materialized, type))
    return convert(convert(std::move(value), materialized, range), type,
                   range);
  if (!instance) {
    diags.report(range, DiagID::err_cannot_convert)
        << getTypeName(value->type) << getTypeName(type);
    return nullptr;
  }
  // A literal fits a 64-bit word as a signed value, or, converted to
  // `UInt`, as an unsigned one (`var x: UInt = 18446744073709551615`).
  bool fits = value->kind != CExpr::Kind::IntConst ||
              value->intValue.isSignedIntN(64) ||
              (type == sema.getHookType("UInt") &&
               !value->intValue.isNegative() &&
               value->intValue.getActiveBits() <= 64);
  if (!fits) {
    diags.report(range, DiagID::err_integer_too_large)
        << describeInteger(value->intValue) << getTypeName(type);
    return nullptr;
  }
  sema.use(instance);
  checkRaisingCall(instance, range);
  const ParamSlot *slot = nullptr;
  for (const ParamSlot &p : instance->params)
    if (!p.hasDefault)
      slot = &p;
  if (slot && slot->variadicElement) { // A list of the one value.
    std::vector<CExprPtr> elements;
    elements.push_back(std::move(value));
    value = makeVariadicList(*slot, std::move(elements), range);
  }
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
