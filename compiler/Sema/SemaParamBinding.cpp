//===- SemaParamBinding.cpp - Binding a candidate's compile-time parameters ===//
//
// Before a candidate's signature can be instantiated, each of its `[...]`
// parameters needs a value (LANGUAGE.md §8): written (`f[3, T=Int]`),
// read off the argument types (`x: T`, `b: Box[T]`), a default, or, for a
// function-typed parameter, a function converted to its type. Automatically
// parameterized arguments (`p: Pair`) and the mutabilities of `ref`
// arguments are bound after them.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"
#include "compiler/Sema/SemaOrigins.h"
#include "compiler/Sema/SemaPacks.h"

#include "llvm/ADT/ScopeExit.h"

using namespace mojo;
using namespace mojo::sema;

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

/// `origins: OriginSet`: the origins a `capturing [origins]` closure
/// captures. mojoc does not track origins, so nothing binds it but this
/// placeholder, which every instance shares.
static bool isOriginSetParam(const ast::ASTContext &ctx,
                             const ast::ParamDecl &param) {
  auto *name = param.getType()
                   ? llvm::dyn_cast<ast::NameExpr>(&ctx.get(param.getType()))
                   : nullptr;
  return name && name->getName() == "OriginSet";
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

/// Adds `value` to the list bound to a variadic parameter.
void mojo::sema::appendVariadic(CValue &list, const CValue &value) {
  if (value.kind == CValue::Kind::Type || value.kind == CValue::Kind::TypeList) {
    if (list.kind != CValue::Kind::TypeList)
      list = CValue::ofTypes({});
    if (value.kind == CValue::Kind::TypeList)
      list.types.insert(list.types.end(), value.types.begin(),
                        value.types.end());
    else
      list.types.push_back(value.type);
    return;
  }
  if (list.kind != CValue::Kind::List)
    list = CValue::ofList(nullptr, {});
  // A variadic parameter passed on (`g[mask]()` in `f[*mask: Int]`) gives
  // its values, not itself.
  if (value.kind == CValue::Kind::List)
    list.fields.insert(list.fields.end(), value.fields.begin(),
                       value.fields.end());
  else
    list.fields.push_back(value);
}

/// Binds the candidate's compile-time parameters: explicitly given values
/// first, then types inferred from arguments written against a parameter
/// (`x: T`) or a pack (`*xs: *Ts`). After them come the inferred
/// mutabilities of the `ref` arguments, in order (Sema::getRefArguments),
/// unless all are mutable: an instance takes each `ref` argument either
/// mutably or read-only.
/// `self` is the receiver, if given.
bool mojo::sema::bindParameters(BodyChecker &checker, FuncInfo *func,
                           const Entity *explicitParams,
                           llvm::ArrayRef<CExprPtr> args,
                           llvm::ArrayRef<llvm::StringRef> keywords,
                           const CExpr *self, std::vector<CValue> &bindings,
                           std::string &failure) {
  Sema &sema = checker.sema;
  std::vector<const ast::ParamDecl *> ctParams =
      sema.getCompileTimeParams(func);
  bindings.assign(ctParams.size(), CValue());
  // Function values given for a parameter whose type names an infer-only
  // parameter not bound yet (`sort[T: CollectionElement, //, cmp_fn:
  // fn(T, T) -> Bool]`, called `sort[less](items)`): bound once the
  // arguments have inferred it.
  std::vector<std::pair<size_t, CExprPtr>> deferredFunctions;
  auto unboundBefore = [&](size_t i) {
    for (size_t k = 0; k < i; ++k)
      if (bindings[k].kind == CValue::Kind::None &&
          !isOriginSetParam(func->module->ast->getContext(), *ctParams[k]))
        return true; // Origin sets are bound last, to nothing tracked.
    return false;
  };
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
      if (ctParams[i]->isVariadic() && !explicitParams->explicitFunctions[a]) {
        // `f[1, 2, 3]` with `*sizes: Int` (a list) or `*Ts` (types).
        appendVariadic(bindings[i], explicitParams->explicitParams[a]);
        continue;
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
        if (e.kind != Entity::Kind::Value)
          return false;
        if (unboundBefore(i)) {
          deferredFunctions.emplace_back(i, std::move(e.value));
          continue;
        }
        if (!bindFunctionParameter(checker, func, *ctParams[i], bindings, i,
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
  // The parameters bound so far, by name: what `Pair[T, _]` is matched
  // against once `T` is inferred. A method sees its struct's parameters
  // too (`other: List[T, *_]` in a method of `List[T]`), which its own
  // may shadow.
  auto boundSoFar = [&] {
    Bindings known;
    if (func->owner)
      for (const auto &entry : func->owner->paramValues)
        known[entry.getKey()] = entry.getValue();
    for (size_t i = 0; i < ctParams.size(); ++i)
      if (bindings[i].kind != CValue::Kind::None)
        known[ctParams[i]->getName()] = bindings[i];
    return known;
  };
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
    if (isSelf && self && param.getType()) {
      sema.inferParams(func->module, param.getType(),
                       CValue::ofType(self->type), findParam, bindings);
      // `self: Holder[U, *_]`: the receiver's own type, if it matches.
      auto isAuto = llvm::find(autos, &param);
      if (isAuto != autos.end()) {
        Type type = sema.materialize(self->type);
        if (!sema.matchesUnbound(func->module, param.getType(),
                                 boundSoFar(), type)) {
          failure = "the method is not defined for `" + getTypeName(type) +
                    "`";
          return false;
        }
        autoTypes[isAuto - autos.begin()] = CValue::ofType(type);
      }
    }
    // The receiver when given, and `out` arguments, take no argument.
    if ((isSelf && self) || param.getConvention() == ast::Convention::Out)
      continue;
    if (!param.getType())
      continue;
    const ast::Expr &type = ctx.get(param.getType());
    const ast::UnpackExpr *unpack = getPackType(ctx, param);
    if (param.isVariadic() || unpack) {
      auto *name = unpack ? llvm::dyn_cast<ast::NameExpr>(
                                &ctx.get(unpack->getOperand()))
                          : nullptr;
      int p = name ? findParam(name->getName()) : -1;
      if (p >= 0) {
        // `*values: *Ts` takes the positional arguments left;
        // `values: VariadicPack[..., *Ts]` a pack passed on whole (the
        // elements the call gave kWholePackKeyword, SemaPacks.h).
        bool whole = !param.isVariadic();
        std::vector<Type> elements;
        auto take = [&](size_t k) {
          if (auto *set = llvm::dyn_cast<OverloadSetType>(args[k]->type)) {
            failure = "`" + set->getFuncs().front()->name +
                      "` is overloaded; the parameter's type cannot choose one";
            return false;
          }
          elements.push_back(sema.materialize(args[k]->type));
          return true;
        };
        if (whole) {
          for (size_t k = 0; k < args.size(); ++k)
            if (keywords[k] == kWholePackKeyword && !take(k))
              return false;
        } else {
          for (; argIndex < args.size() && keywords[argIndex].empty();
               ++argIndex)
            if (!take(argIndex))
              return false;
        }
        bindings[p] = CValue::ofTypes(elements);
        continue;
      }
      // `*values: T`: every positional argument left is one element, and
      // each may bind parameters of `T`. One instance serves every count.
      for (; argIndex < args.size() && keywords[argIndex].empty(); ++argIndex)
        sema.inferParams(func->module, param.getType(),
                         CValue::ofType(args[argIndex]->type), findParam,
                         bindings);
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
      // `p: Pair[T, _]` also binds `T`, which the match then reads.
      Type type = arg ? sema.materialize(arg->type) : nullptr;
      if (type)
        sema.inferParams(func->module, param.getType(), CValue::ofType(type),
                         findParam, bindings);
      if (type && !sema.matchesUnbound(func->module, param.getType(),
                                       boundSoFar(), type)) {
        // `Span[Int, _]` from a `List[Int]`: holes that are only origins
        // leave one instance, which the argument may convert to.
        if (Type instance = sema.bindOriginHoles(func->module,
                                                 param.getType(), boundSoFar());
            instance && checker.conversionCost(type, instance) > 0) {
          autoTypes[isAuto - autos.begin()] = CValue::ofType(instance);
          continue;
        }
      }
      if (!type || !sema.matchesUnbound(func->module, param.getType(),
                                        boundSoFar(), type)) {
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
  for (auto &[i, value] : deferredFunctions) {
    if (unboundBefore(i)) {
      failure = ("cannot infer the parameters the type of `" +
                 ctParams[i]->getName() + "` names")
                    .str();
      return false;
    }
    if (!bindFunctionParameter(checker, func, *ctParams[i], bindings, i,
                               std::move(value), failure))
      return false;
  }
  // A method's parameters see its struct's (`mask: IndexList[size]` in
  // `SIMD[type, size]`), in their types and defaults.
  Bindings earlier;
  if (func->owner)
    for (const auto &entry : func->owner->paramValues)
      earlier[entry.getKey()] = entry.getValue();
  // An origin no argument's type binds is any origin, as origins are not
  // tracked: `s: Span[Int, o]` given a `List[Int]`, which converts to the
  // one instance left (`Span[Int, _]` works the same, bindOriginHoles).
  bindUnboundOrigins(ctx, ctParams, bindings);
  Sema::inferOriginMutability(ctx, ctParams, bindings);
  for (size_t i = 0; i < ctParams.size(); ++i) {
    const ast::ParamDecl &param = *ctParams[i];
    if (bindings[i].kind == CValue::Kind::None && isOriginSetParam(ctx, param))
      bindings[i] = CValue::ofOrigin(); // Origins are not tracked yet.
    if (bindings[i].kind == CValue::Kind::None && param.isVariadic()) {
      bindings[i] = sema.isTypeParam(func->module, param)
                        ? CValue::ofTypes({})
                        : CValue::ofList(nullptr, {});
    } else if (bindings[i].kind == CValue::Kind::None) {
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
