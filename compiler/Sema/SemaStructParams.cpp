//===- SemaStructParams.cpp - Parametric structs and their instances ------===//
//
// A struct declared with `[...]` parameters is a GenericStruct: the
// declaration alone. Each distinct list of parameter values makes one
// StructInfo, an ordinary struct type with its own fields, methods and
// lifecycle, in which the parameter names are bound (LANGUAGE.md §8):
//
//   struct Grid[rows: Int, cols: Int = 2]   # a GenericStruct
//   Grid[3]        -> Grid[3, 2]            # defaults fill the rest
//   Grid[cols=4, rows=1]                    # keywords
//   Pair(1, True)  -> Pair[Int, Bool]       # inferred from the constructor
//
// Instances are keyed by their parameter values, so `Grid[3]` written twice
// is one type. Each parameter takes either a type (its own type is a trait:
// `T: CollectionElement`) or a value of its declared type (`rows: Int`).
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/SemaImpl.h"

#include "compiler/Basic/Budgets.h"


using namespace mojo;
using namespace mojo::sema;

size_t mojo::sema::getBoundParam(
    llvm::ArrayRef<const ast::ParamDecl *> params, llvm::StringRef keyword,
    size_t &next) {
  if (!keyword.empty()) {
    for (size_t i = 0; i < params.size(); ++i)
      if (params[i]->getName() == keyword)
        return i;
    return params.size();
  }
  // Infer-only parameters (before `//`) are never positional.
  while (next < params.size() &&
         params[next]->getParamKind() == ast::ParamKind::InferOnly)
    ++next;
  if (next < params.size() && params[next]->isVariadic())
    return next; // `*sizes: Int` takes every positional value left.
  return next < params.size() ? next++ : params.size();
}

bool Sema::isTypeParam(ModuleInfo *module, const ast::ParamDecl &param) {
  if (!param.getType())
    return true;
  const ast::Expr &type = module->ast->getContext().get(param.getType());
  auto *name = llvm::dyn_cast<ast::NameExpr>(&type);
  if (!name)
    return false;
  // A bound the stdlib does not declare yet (`AnyType`) is a trait too.
  Entity e = lookupGlobal(module, name->getName(), SourceRange());
  return e.kind == Entity::Kind::Trait || e.notFound;
}

/// Whether `param` is declared with a function type (`f: fn(Int) -> Int`).
static bool isFunctionParam(ModuleInfo *module, const ast::ParamDecl &param) {
  return param.getType() && llvm::isa<ast::FunctionTypeExpr>(
                                module->ast->getContext().get(param.getType()));
}

std::string ParamMismatch::message() const {
  return formatDiagnostic(getFormat(id), args);
}

std::optional<ParamMismatch>
Sema::checkParamValue(ModuleInfo *module, const ast::ParamDecl &param,
                      llvm::StringRef owner, CValue &value,
                      const Bindings &earlier, bool asElement) {
  auto mismatch = [&](DiagID id, llvm::ArrayRef<std::string> extra = {}) {
    ParamMismatch m{id, {param.getName().str(), owner.str()}};
    m.args.insert(m.args.end(), extra.begin(), extra.end());
    return m;
  };
  if (value.kind == CValue::Kind::Origin)
    return std::nullopt; // Origins are one placeholder value for now.
  if (isOriginParam(module->ast->getContext(), param))
    return mismatch(DiagID::err_param_wants_origin,
                    {value.kind == CValue::Kind::Type ? getTypeName(value.type)
                                                      : value.str()});
  // Converted to the parameter's type when bound.
  if (value.kind == CValue::Kind::Func && isFunctionParam(module, param))
    return std::nullopt;
  if (isTypeParam(module, param)) {
    // A variadic type parameter (`*Ts: Writable`) binds a list of types.
    std::vector<Type> types;
    if (value.kind == CValue::Kind::TypeList)
      types = value.types;
    else if (value.kind == CValue::Kind::Type)
      types.push_back(value.type = materialize(value.type));
    else
      return mismatch(DiagID::err_param_wants_type);
    auto *bound = param.getType()
                      ? llvm::dyn_cast<ast::NameExpr>(
                            &module->ast->getContext().get(param.getType()))
                      : nullptr;
    Entity trait = bound ? lookupGlobal(module, bound->getName(), SourceRange())
                         : Entity::error(SourceRange());
    if (trait.kind != Entity::Kind::Trait)
      return std::nullopt; // Not declared in the stdlib yet: no demands.
    for (Type type : types) {
      if (llvm::isa<ErrorType>(type))
        continue;
      std::string failure = checkConformance(type, trait.trait);
      if (!failure.empty())
        return mismatch(DiagID::err_param_not_conforming,
                        {getTypeName(type), failure});
    }
    return std::nullopt;
  }
  if (getUnboundGeneric(module, param.getType())) {
    // `mask: IndexList[size, **_]`: any instance with these parameters.
    if ((value.kind == CValue::Kind::Struct ||
         value.kind == CValue::Kind::Unknown) &&
        matchesUnbound(module, param.getType(), earlier, value.type))
      return std::nullopt;
    const ast::Expr &type = module->ast->getContext().get(param.getType());
    std::string written(type.getRange().Start.getPointer(),
                        type.getRange().End.getPointer());
    return mismatch(DiagID::err_param_value_type,
                    {written, value.type ? getTypeName(value.type)
                                         : std::string("this kind of value")});
  }
  Type expected = resolveType(module, param.getType(), earlier,
                              /*selfStruct=*/nullptr);
  if (llvm::isa<ErrorType>(expected))
    return std::nullopt; // Reported.
  if (param.isVariadic() && !asElement) {
    // `*sizes: Int` binds a list; each element is checked (and normalized)
    // as a parameter of the element type would be.
    if (value.kind == CValue::Kind::None)
      value = CValue::ofList(expected, {});
    if (value.kind != CValue::Kind::List)
      value = CValue::ofList(expected, {value});
    value.type = expected;
    for (CValue &element : value.fields) {
      if (element.kind == CValue::Kind::List)
        return mismatch(DiagID::err_param_value_type,
                        {getTypeName(expected), "a list of values"});
      if (std::optional<ParamMismatch> bad =
              checkParamValue(module, param, owner, element, earlier,
                              /*asElement=*/true))
        return bad;
    }
    return std::nullopt;
  }
  if (value.kind == CValue::Kind::Type || value.kind == CValue::Kind::TypeList)
    return mismatch(DiagID::err_param_wants_value, {getTypeName(expected)});
  Type intType = getHookType("Int");
  std::string found;
  switch (value.kind) {
  case CValue::Kind::Int:
    found = value.type ? getTypeName(value.type) : "IntLiteral";
    if (expected == intType && value.intValue.isSignedIntN(64)) {
      value.intValue = value.intValue.extOrTrunc(64);
      value.type = intType;
      return std::nullopt;
    }
    if (expected == getHookType("IntLiteral") && !value.type)
      return std::nullopt;
    break;
  case CValue::Kind::Bool:
    found = "Bool";
    if (expected == getHookType("Bool"))
      return std::nullopt;
    break;
  case CValue::Kind::String:
    found = "StringLiteral";
    if (expected == getHookType("StringLiteral"))
      return std::nullopt;
    break;
  case CValue::Kind::Struct: // `p: Point` given `Point(1, 2)`.
    found = getTypeName(value.type);
    if (expected == value.type)
      return std::nullopt;
    break;
  case CValue::Kind::Func: // Given where no function is taken.
    found = getTypeName(value.type);
    break;
  case CValue::Kind::Unknown: // In a generic body checked against bounds.
    found = getTypeName(value.type);
    if (expected == value.type)
      return std::nullopt;
    break;
  default:
    found = "this kind of value";
    break;
  }
  return mismatch(DiagID::err_param_value_type, {getTypeName(expected), found});
}

StructInfo *Sema::completeStructParams(GenericStruct *generic,
                                       std::vector<CValue> values,
                                       SourceRange range, bool quiet) {
  inferOriginMutability(generic->module->ast->getContext(), generic->params,
                        values);
  Bindings earlier;
  for (size_t i = 0; i < generic->params.size(); ++i) {
    const ast::ParamDecl &param = *generic->params[i];
    if (values[i].kind == CValue::Kind::None && param.isVariadic()) {
      values[i] = isTypeParam(generic->module, param) ? CValue::ofTypes({})
                                                      : CValue::ofList(nullptr, {});
    } else if (values[i].kind == CValue::Kind::None) {
      if (!param.getDefault()) {
        if (!quiet) {
          auto diag = diags.report(range, DiagID::err_param_unbound);
          diag << param.getName() << generic->name;
          diag.note(param.getNameRange(), DiagID::note_param_declared)
              << param.getName();
        }
        return nullptr;
      }
      // A default may use the parameters before it.
      std::optional<CValue> value =
          evaluateConstant(generic->module, param.getDefault(), earlier);
      if (!value)
        return nullptr;
      values[i] = std::move(*value);
    }
    if (std::optional<ParamMismatch> m = checkParamValue(
            generic->module, param, generic->name, values[i], earlier)) {
      if (!quiet) {
        auto diag = diags.report(range, m->id);
        for (const std::string &arg : m->args)
          diag << arg;
        diag.note(param.getNameRange(), DiagID::note_param_declared)
            << param.getName();
      }
      return nullptr;
    }
    earlier[param.getName()] = values[i];
  }
  auto [it, inserted] = generic->instances.try_emplace(values, nullptr);
  if (!inserted)
    return it->second;
  std::string name = generic->name + "[";
  for (size_t i = 0; i < values.size(); ++i)
    name += (i ? ", " : "") + values[i].str();
  name += "]";
  if (++parameterizedInstances > options.maxParameterizedInstances) {
    if (parameterizedInstances == options.maxParameterizedInstances + 1)
      diags.report(range, DiagID::err_struct_instance_count)
          << name << options.maxParameterizedInstances;
    generic->instances.erase(it);
    return nullptr;
  }
  it->second = makeStructInfo(generic->module, *generic->decl, name, generic,
                              std::move(values));
  return it->second;
}

std::optional<CValue>
Sema::evaluateFunctionParam(GenericStruct *generic, const ast::ParamDecl &param,
                            ModuleInfo *module, ast::ExprId arg,
                            const Bindings &bindings) {
  const ast::Expr &expr = module->ast->getContext().get(arg);
  Type type = resolveType(generic->module, param.getType(), {}, nullptr);
  auto *fnType = llvm::dyn_cast<FunctionType>(type);
  if (!fnType)
    return std::nullopt; // Reported.
  // A struct instance outlives any call, so it cannot hold an environment.
  if (fnType->hasEnvironment()) {
    diags.report(param.getRange(), DiagID::err_not_yet_implemented)
        << "capturing or `escaping` functions as struct parameters";
    return std::nullopt;
  }
  auto *name = llvm::dyn_cast<ast::NameExpr>(&expr);
  auto fail = [&](const std::string &name) -> std::optional<CValue> {
    auto diag = diags.report(expr.getRange(), DiagID::err_no_overload_of_type);
    diag << name << getTypeName(fnType);
    diag.note(param.getNameRange(), DiagID::note_param_declared)
        << param.getName();
    return std::nullopt;
  };
  // A function bound to a parameter of the enclosing function or struct
  // (`Op[g]` in `fn h[g: fn(Int) -> Int]()`), or a nested `fn`.
  auto bound = name ? bindings.find(name->getName()) : bindings.end();
  if (bound != bindings.end() && bound->second.kind == CValue::Kind::Func) {
    const CValue &value = bound->second;
    if (!value.func->captures.empty()) {
      diags.report(expr.getRange(), DiagID::err_not_yet_implemented)
          << "capturing functions as struct parameters";
      return std::nullopt;
    }
    auto *from = llvm::dyn_cast_or_null<FunctionType>(value.type);
    if (!from || !sameSignature(from, fnType))
      return fail(name->getName().str());
    return CValue::ofFunc(value.func, fnType);
  }
  Entity e = name && bound == bindings.end()
                 ? lookupGlobal(module, name->getName(), expr.getRange())
                 : Entity::error(expr.getRange());
  if (e.kind != Entity::Kind::Funcs) {
    // An `alias` of a function, or what checkParamValue refuses.
    std::optional<CValue> value = evaluateConstant(module, arg, bindings);
    if (!value || value->kind != CValue::Kind::Func)
      return value;
    auto *from = llvm::dyn_cast_or_null<FunctionType>(value->type);
    if (!from || !sameSignature(from, fnType))
      return fail(describeFunctionValue(value->func));
    return CValue::ofFunc(value->func, fnType);
  }
  // The overload whose signature is the parameter's type; generic
  // functions and methods are not values yet.
  for (FuncInfo *f : e.funcs) {
    if (!f->decl || f->decl->getParams().present || (f->owner && !f->isStatic))
      continue;
    FuncInstance *instance = instantiate(f, {}, expr.getRange());
    if (instance->signatureOk && hasPlainSignature(instance) &&
        sameSignature(getFunctionTypeOf(instance), fnType))
      return CValue::ofFunc(instance, fnType);
  }
  return fail(e.funcs.front()->name);
}

StructInfo *Sema::bindStructParams(GenericStruct *generic,
                                   llvm::ArrayRef<ast::Argument> args,
                                   ModuleInfo *module,
                                   const Bindings &bindings,
                                   SourceRange range,
                                   std::vector<CValue> *partial) {
  const std::vector<const ast::ParamDecl *> &params = generic->params;
  std::vector<CValue> values(params.size());
  std::vector<bool> given(params.size(), false);
  size_t next = 0;
  for (const ast::Argument &arg : args) {
    size_t index = getBoundParam(params, arg.keyword, next);
    if (index == params.size() && arg.hasKeyword()) {
      diags.report(arg.range, DiagID::err_param_no_such)
          << generic->name << arg.keyword;
      return nullptr;
    }
    if (index == params.size()) {
      unsigned positional = 0;
      for (const ast::ParamDecl *p : params)
        positional += p->getParamKind() != ast::ParamKind::InferOnly;
      unsigned written = 0;
      for (const ast::Argument &a : args)
        written += !a.hasKeyword();
      diags.report(arg.range, DiagID::err_param_too_many)
          << generic->name << positional << written;
      return nullptr;
    }
    bool variadic = params[index]->isVariadic() && !arg.hasKeyword();
    if (given[index] && !variadic) {
      diags.report(arg.range, DiagID::err_param_given_twice)
          << params[index]->getName() << generic->name;
      return nullptr;
    }
    given[index] = true;
    std::optional<CValue> value =
        isFunctionParam(generic->module, *params[index])
            ? evaluateFunctionParam(generic, *params[index], module, arg.value,
                                    bindings)
            : evaluateConstant(module, arg.value, bindings);
    if (!value)
      return nullptr;
    if (variadic)
      appendVariadic(values[index], *value);
    else
      values[index] = std::move(*value);
  }
  bool incomplete = false;
  for (size_t i = 0; i < params.size(); ++i)
    incomplete |= !given[i] && !params[i]->getDefault() &&
                  !params[i]->isVariadic();
  if (partial && incomplete) {
    *partial = std::move(values);
    return nullptr;
  }
  return completeStructParams(generic, std::move(values), range);
}

/// The parametric struct a written type's base names (`Pair` in
/// `Pair[T, Int]`), if any.
static GenericStruct *getGenericBase(Sema &sema, ModuleInfo *module,
                                     const ast::Expr &base) {
  auto *name = llvm::dyn_cast<ast::NameExpr>(&base);
  if (!name)
    return nullptr;
  Entity e = sema.lookupGlobal(module, name->getName(), SourceRange());
  return e.kind == Entity::Kind::GenericStruct ? e.generic : nullptr;
}

void Sema::inferParams(ModuleInfo *module, ast::ExprId typeExpr,
                       const CValue &actual,
                       llvm::function_ref<int(llvm::StringRef)> findParam,
                       std::vector<CValue> &values) {
  const ast::ASTContext &ctx = module->ast->getContext();
  const ast::Expr &expr = ctx.get(typeExpr);
  if (auto *name = llvm::dyn_cast<ast::NameExpr>(&expr)) {
    int p = findParam(name->getName());
    if (p < 0 || values[p].kind != CValue::Kind::None)
      return;
    values[p] = actual;
    if (actual.kind == CValue::Kind::Type)
      values[p].type = materialize(actual.type);
    return;
  }
  if (inferTupleParams(module, expr, actual, findParam, values))
    return;
  auto *subscript = llvm::dyn_cast<ast::SubscriptExpr>(&expr);
  if (!subscript || actual.kind != CValue::Kind::Type)
    return;
  auto *st = llvm::dyn_cast<StructType>(actual.type);
  if (std::optional<PartialAlias> partial =
          getPartialAlias(module, ctx.get(subscript->getBase()))) {
    // `Scalar[type]`: each written parameter reads the one it binds.
    if (!st || st->getInfo()->generic != partial->generic)
      return;
    std::vector<size_t> indices =
        mapPartialAliasArgs(*partial, subscript->getIndices());
    for (size_t i = 0; i < indices.size(); ++i)
      if (indices[i] < st->getInfo()->bindings.size())
        inferParams(module, subscript->getIndices()[i].value,
                    st->getInfo()->bindings[indices[i]], findParam, values);
    return;
  }
  GenericStruct *generic = getGenericBase(*this, module,
                                          ctx.get(subscript->getBase()));
  if (!st || !generic || st->getInfo()->generic != generic)
    return;
  const std::vector<CValue> &bound = st->getInfo()->bindings;
  size_t next = 0;
  for (const ast::Argument &arg : subscript->getIndices()) {
    size_t index = getBoundParam(generic->params, arg.keyword, next);
    if (index < bound.size())
      inferParams(module, arg.value, bound[index], findParam, values);
  }
}

const ast::AliasDecl *Sema::findStructAlias(StructInfo *info,
                                            llvm::StringRef name) {
  // Structs without parameters, and archetypes' stand-ins, which have no
  // declaration, list theirs.
  auto listed = info->aliases.find(name);
  if (listed != info->aliases.end())
    return listed->second;
  if (!info->decl)
    return nullptr;
  const ast::ASTContext &ctx = info->module->ast->getContext();
  for (ast::DeclId id : info->decl->getMembers()) {
    auto *alias = llvm::dyn_cast<ast::AliasDecl>(&ctx.get(id));
    if (alias && alias->getName() == name)
      return alias;
  }
  return nullptr;
}

namespace {
/// A constructor argument (or a field, for `@value`'s) as written.
struct WrittenArg {
  llvm::StringRef name;
  ast::ExprId type;
  bool keywordOnly = false;
  llvm::ArrayRef<ast::ExprId> refOrigins = {}; ///< `ref [o] x`
};
} // namespace

/// `ref [o] x` with `o` a parameter of the struct (`Span(list)`): `o` is
/// bound to the one origin value, as for a function's (bindOrigins), and
/// `m` of `o: Origin[m]` to True. Only types reach this inference, not
/// whether the argument is mutable; a mutable view of an immutable
/// argument is refused at the call, where it can be bound explicitly.
static void bindStructOrigins(const ast::ASTContext &ctx,
                              GenericStruct *generic,
                              llvm::ArrayRef<ast::ExprId> refOrigins,
                              llvm::function_ref<int(llvm::StringRef)> findParam,
                              std::vector<CValue> &values) {
  for (ast::ExprId origin : refOrigins) {
    auto *name = llvm::dyn_cast<ast::NameExpr>(&ctx.get(origin));
    int p = name ? findParam(name->getName()) : -1;
    if (p < 0 || values[p].kind != CValue::Kind::None)
      continue;
    values[p] = CValue::ofOrigin();
    ast::ExprId typeId = generic->params[p]->getType();
    auto *type = typeId ? llvm::dyn_cast<ast::SubscriptExpr>(&ctx.get(typeId))
                        : nullptr;
    for (size_t i = 0; type && i < type->getIndices().size(); ++i) {
      auto *m = llvm::dyn_cast<ast::NameExpr>(
          &ctx.get(type->getIndices()[i].value));
      int q = m ? findParam(m->getName()) : -1;
      if (q >= 0 && values[q].kind == CValue::Kind::None)
        values[q] = CValue::ofBool(true);
    }
  }
}

/// The parameter values one constructor of `generic` implies for a call
/// with arguments of `args` types: each read against the type written for
/// the constructor argument it binds to.
static std::vector<CValue>
inferFromWrittenArgs(Sema &sema, GenericStruct *generic,
                     llvm::ArrayRef<WrittenArg> written,
                     llvm::ArrayRef<Type> args,
                     llvm::ArrayRef<llvm::StringRef> keywords) {
  std::vector<CValue> values(generic->params.size());
  auto findParam = [&](llvm::StringRef name) -> int {
    for (size_t i = 0; i < generic->params.size(); ++i)
      if (generic->params[i]->getName() == name)
        return int(i);
    return -1;
  };
  size_t next = 0;
  for (const WrittenArg &param : written) {
    Type arg = nullptr;
    for (size_t k = 0; k < args.size(); ++k)
      if (keywords[k] == param.name)
        arg = args[k];
    if (!arg && !param.keywordOnly && next < args.size() &&
        keywords[next].empty())
      arg = args[next++];
    // `other: Self` (`Span(other=s)`): the instance is the argument's.
    const ast::ASTContext &ctx = generic->module->ast->getContext();
    auto *selfName = param.type ? llvm::dyn_cast<ast::NameExpr>(&ctx.get(param.type))
                                : nullptr;
    auto *argStruct = llvm::dyn_cast_or_null<StructType>(arg);
    if (selfName && selfName->getName() == "Self" && argStruct &&
        argStruct->getInfo()->generic == generic) {
      const std::vector<CValue> &bound = argStruct->getInfo()->bindings;
      for (size_t i = 0; i < values.size() && i < bound.size(); ++i)
        if (values[i].kind == CValue::Kind::None)
          values[i] = bound[i];
      continue;
    }
    if (arg && param.type)
      sema.inferParams(generic->module, param.type, CValue::ofType(arg),
                       findParam, values);
    if (arg)
      bindStructOrigins(generic->module->ast->getContext(), generic,
                        param.refOrigins, findParam, values);
  }
  return values;
}

std::vector<std::vector<CValue>>
Sema::inferFromMethods(GenericStruct *generic, llvm::StringRef name,
                       llvm::ArrayRef<Type> args,
                       llvm::ArrayRef<llvm::StringRef> keywords) {
  std::vector<std::vector<CValue>> candidates;
  const ast::ASTContext &ctx = generic->module->ast->getContext();
  auto add = [&](std::vector<CValue> values) {
    if (llvm::find(candidates, values) == candidates.end())
      candidates.push_back(std::move(values));
  };
  std::vector<WrittenArg> fields;
  for (ast::DeclId id : generic->decl->getMembers()) {
    const ast::Decl &member = ctx.get(id);
    if (auto *var = llvm::dyn_cast<ast::VarDecl>(&member)) {
      if (var->isField())
        fields.push_back({var->getName(), var->getType()});
      continue;
    }
    auto *method = llvm::dyn_cast<ast::FuncDecl>(&member);
    if (!method || method->getName() != name)
      continue;
    std::vector<WrittenArg> written;
    // A constructor's first argument is `self`; a static method has none.
    bool skipFirst = !method->findDecorator("staticmethod");
    for (ast::DeclId p : method->getArgs().params) {
      const auto &param = ctx.getAs<ast::ParamDecl>(p);
      if (std::exchange(skipFirst, false) ||
          param.getConvention() == ast::Convention::Out)
        continue; // `self`, or a named result.
      written.push_back({param.getName(), param.getType(),
                         param.getParamKind() == ast::ParamKind::KeywordOnly,
                         param.getRefOrigins()});
    }
    add(inferFromWrittenArgs(*this, generic, written, args, keywords));
  }
  // `@value`'s fieldwise constructor takes the fields in order.
  if (name == "__init__" && generic->decl->findDecorator("value"))
    add(inferFromWrittenArgs(*this, generic, fields, args, keywords));
  return candidates;
}

/// Whether `expr` leaves a parameter unbound: `_`, or `*_` for the rest.
static bool isHole(const ast::ASTContext &ctx, ast::ExprId id) {
  const ast::Expr *expr = &ctx.get(id);
  if (auto *unpack = llvm::dyn_cast<ast::UnpackExpr>(expr))
    expr = &ctx.get(unpack->getOperand());
  auto *name = llvm::dyn_cast<ast::NameExpr>(expr);
  return name && name->getName() == "_";
}

GenericStruct *Sema::getUnboundGeneric(ModuleInfo *module, ast::ExprId type) {
  if (!type)
    return nullptr;
  const ast::ASTContext &ctx = module->ast->getContext();
  const ast::Expr &expr = ctx.get(type);
  if (llvm::isa<ast::NameExpr>(expr)) {
    if (GenericStruct *generic = getGenericBase(*this, module, expr))
      return generic;
    // A bare partial alias, `x: Scalar`, leaves its holes to the argument.
    std::optional<PartialAlias> partial = getPartialAlias(module, expr);
    return partial ? partial->generic : nullptr;
  }
  auto *subscript = llvm::dyn_cast<ast::SubscriptExpr>(&expr);
  if (!subscript)
    return nullptr;
  GenericStruct *generic =
      getGenericBase(*this, module, ctx.get(subscript->getBase()));
  if (!generic)
    return nullptr;
  for (const ast::Argument &arg : subscript->getIndices())
    if (isHole(ctx, arg.value))
      return generic;
  return nullptr;
}

bool Sema::matchesUnbound(ModuleInfo *module, ast::ExprId type,
                          const Bindings &bindings, Type actual) {
  GenericStruct *generic = getUnboundGeneric(module, type);
  auto *st = llvm::dyn_cast<StructType>(actual);
  if (!generic || !st || st->getInfo()->generic != generic)
    return false;
  const ast::ASTContext &ctx = module->ast->getContext();
  const std::vector<CValue> &bound = st->getInfo()->bindings;
  auto *subscript = llvm::dyn_cast<ast::SubscriptExpr>(&ctx.get(type));
  if (!subscript) {
    // A bare `Pair` is `Pair[*_]`; a bare `Scalar` is what its alias binds
    // (`SIMD[_, 1]`: a size of 1), evaluated where the alias is declared.
    std::optional<PartialAlias> partial = getPartialAlias(module, ctx.get(type));
    if (!partial)
      return true;
    for (const auto &[index, value] : partial->given) {
      std::optional<CValue> given = evaluateConstant(partial->module, value, {});
      if (index >= bound.size() || !given || !(*given == bound[index]))
        return false;
    }
    return true;
  }
  size_t next = 0;
  for (const ast::Argument &arg : subscript->getIndices()) {
    size_t index = getBoundParam(generic->params, arg.keyword, next);
    if (index >= bound.size())
      return false;
    if (isHole(ctx, arg.value))
      continue;
    // `UnsafePointer[Scalar[type], *_]` against `UnsafePointer[Int]`: a
    // written instance of another struct cannot match, and `type`, which
    // nothing bound, must not be evaluated.
    if (auto *inner = llvm::dyn_cast<ast::SubscriptExpr>(&ctx.get(arg.value))) {
      const ast::Expr &base = ctx.get(inner->getBase());
      std::optional<PartialAlias> partial = getPartialAlias(module, base);
      GenericStruct *expected =
          partial ? partial->generic : getGenericBase(*this, module, base);
      auto *boundStruct = bound[index].kind == CValue::Kind::Type
                              ? llvm::dyn_cast<StructType>(bound[index].type)
                              : nullptr;
      if (expected &&
          (!boundStruct || boundStruct->getInfo()->generic != expected))
        return false;
    }
    std::optional<CValue> value = evaluateConstant(module, arg.value, bindings);
    if (!value || !(*value == bound[index]))
      return false;
  }
  return true;
}

std::optional<CValue>
Sema::getFunctionConstant(llvm::ArrayRef<FuncInfo *> funcs) {
  if (funcs.size() != 1)
    return std::nullopt;
  FuncInfo *f = funcs.front();
  if (!f->decl || f->decl->getParams().present || f->owner)
    return std::nullopt;
  FuncInstance *instance = instantiate(f, {}, f->nameRange);
  if (!instance->signatureOk || !hasPlainSignature(instance))
    return std::nullopt;
  return CValue::ofFunc(instance, getFunctionTypeOf(instance));
}
