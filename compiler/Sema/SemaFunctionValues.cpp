//===- SemaFunctionValues.cpp - Function types and function values --------===//
//
// `fn(Int) -> Int` is a type (FunctionType), and a name denoting functions
// is a value of one: `apply(twice, 1)`, `var f: fn(Int) -> Int = twice`,
// `apply[twice](1)`. A name with one non-generic function is a FuncRef of
// that function's type; an overloaded name is a FuncRef of an overload set
// until a function type is expected of it, which picks the overload whose
// signature is that type. docs/compiler/closures.md has the design.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

Type Sema::resolveFunctionType(ModuleInfo *module,
                               const ast::FunctionTypeExpr &expr,
                               const Bindings &bindings,
                               StructInfo *selfStruct) {
  Type error = program->types.getErrorType();
  const ast::ASTContext &ctx = module->ast->getContext();
  // `fn[width: Int](Int)`: the parameters' types. The arguments and result
  // are resolved without them: a signature that mentions a parameter
  // (`fn[w: Int](SIMD[DType.float32, w])`) reports it as undeclared.
  std::vector<FunctionParam> params;
  for (ast::DeclId id : expr.getParams()) {
    const auto &param = ctx.getAs<ast::ParamDecl>(id);
    if (param.isVariadic() || param.isKwVariadic() || !param.getType()) {
      diags.report(param.getRange(), DiagID::err_not_yet_implemented)
          << "this kind of parameter in a function type";
      return error;
    }
    Type type = resolveType(module, param.getType(), bindings, selfStruct);
    if (llvm::isa<ErrorType>(type))
      return error;
    params.push_back({param.getName().str(), type});
  }
  if (expr.hasParams() && params.empty()) {
    diags.report(expr.getRange(), DiagID::err_not_yet_implemented)
        << "a function type with an empty parameter list";
    return error;
  }
  std::vector<FunctionArg> args;
  for (ast::DeclId id : expr.getArgs()) {
    const auto &param = ctx.getAs<ast::ParamDecl>(id);
    if (param.isVariadic() || param.isKwVariadic() || !param.getType() ||
        param.getConvention() == ast::Convention::Out) {
      diags.report(param.getRange(), DiagID::err_not_yet_implemented)
          << "this kind of argument in a function type";
      return error;
    }
    Type type = resolveType(module, param.getType(), bindings, selfStruct);
    if (llvm::isa<ErrorType>(type))
      return error;
    args.push_back({type, toConvention(param.getConvention())});
  }
  Type result = program->types.getNoneType();
  if (expr.getResult())
    result = resolveType(module, expr.getResult(), bindings, selfStruct);
  if (llvm::isa<ErrorType>(result))
    return error;
  const ast::FunctionEffects &effects = expr.getEffects();
  return program->types.getFunctionType(args, result, effects.raises,
                                        effects.capturing, effects.escaping,
                                        params);
}

FuncInstance *Sema::getSignatureInstance(const FunctionType *type) {
  FuncInstance *&slot = signatureInstances[type];
  if (slot)
    return slot;
  FuncInfo &info = program->funcs.emplace_back();
  info.name = getTypeName(type);
  info.instances[{}] = std::make_unique<FuncInstance>();
  slot = info.instances[{}].get();
  slot->info = &info;
  slot->signatureOf = type;
  slot->result = type->getResult();
  slot->raises = type->getRaises();
  slot->bodyChecked = true;
  for (const FunctionArg &arg : type->getArgs()) {
    ParamSlot param;
    param.name = "arg" + std::to_string(slot->params.size());
    param.type = arg.type;
    param.convention = arg.convention;
    param.positionalOnly = true;
    slot->params.push_back(param);
  }
  return slot;
}

const FunctionType *Sema::getFunctionTypeOf(const FuncInstance *instance) {
  std::vector<FunctionArg> args;
  for (const ParamSlot &slot : instance->params)
    args.push_back({slot.type, slot.convention});
  // A parametric closure's template: its parameters are unknown values,
  // whose types are the parameters' types.
  std::vector<FunctionParam> params;
  if (instance->isClosureTemplate) {
    std::vector<const ast::ParamDecl *> decls =
        getCompileTimeParams(instance->info);
    for (size_t i = 0; i < decls.size() && i < instance->bindings.size(); ++i)
      params.push_back(
          {decls[i]->getName().str(), instance->bindings[i].type});
  }
  return program->types.getFunctionType(args, instance->result,
                                        instance->raises,
                                        !instance->captures.empty(), false,
                                        params);
}

bool mojo::sema::hasPlainSignature(const FuncInstance *instance) {
  if (instance->hasNamedResult() || instance->takesVariadic())
    return false;
  return llvm::none_of(instance->params, [](const ParamSlot &slot) {
    return slot.hasDefault || slot.keywordOnly || slot.isCallLocation;
  });
}

CExprPtr BodyChecker::functionValue(const Entity &funcs, SourceRange range) {
  for (FuncInfo *f : funcs.funcs) {
    if ((f->owner && !f->isStatic) || !f->decl) {
      diags.report(range, DiagID::err_not_yet_implemented)
          << "methods as function values";
      return nullptr;
    }
  }
  if (funcs.hasExplicitParams) {
    diags.report(range, DiagID::err_not_yet_implemented)
        << "generic functions as function values";
    return nullptr;
  }
  if (funcs.funcs.size() > 1) {
    auto e = makeExpr(CExpr::Kind::FuncRef,
                      types.getOverloadSetType(funcs.funcs), range);
    return e;
  }
  FuncInfo *f = funcs.funcs.front();
  if (f->decl->getParams().present) {
    diags.report(range, DiagID::err_not_yet_implemented)
        << "generic functions as function values";
    return nullptr;
  }
  FuncInstance *instance = sema.instantiate(f, {}, range);
  if (!instance->signatureOk)
    return nullptr;
  // (A closure called by name is a FuncRef too, and passes its location;
  // taken as a value, its type shows the hidden argument.)
  if (takesCallLocation(*instance)) {
    diags.report(range, DiagID::err_call_location_function_value) << f->name;
    return nullptr;
  }
  if (!hasPlainSignature(instance)) {
    diags.report(range, DiagID::err_not_yet_implemented)
        << "functions with defaults, keyword-only or variadic arguments as "
           "function values";
    return nullptr;
  }
  // Function types have no `ref` results: called through a value, the
  // address it returns would be read as the value.
  if (instance->resultIsRef) {
    diags.report(range, DiagID::err_not_yet_implemented)
        << "functions with `ref` results as function values";
    return nullptr;
  }
  return makeFuncRef(instance, sema.getFunctionTypeOf(instance), range);
}

CExprPtr BodyChecker::makeFuncRef(FuncInstance *callee, Type type,
                                  SourceRange range) {
  if (!callee->captures.empty() && !requireEnvironment(callee, range))
    return nullptr;
  sema.use(callee);
  auto e = makeExpr(CExpr::Kind::FuncRef, type, range);
  e->callee = callee;
  return e;
}

bool mojo::sema::sameSignature(const FunctionType *from, const FunctionType *to) {
  if (from->getResult() != to->getResult() ||
      from->getRaises() != to->getRaises() ||
      from->getArgs().size() != to->getArgs().size() ||
      from->getParams().size() != to->getParams().size())
    return false;
  // Parameters are matched by position and type; their names may differ
  // (`fn[w: Int]` binds `fn[width: Int]`).
  for (size_t i = 0; i < from->getParams().size(); ++i)
    if (from->getParams()[i].type != to->getParams()[i].type)
      return false;
  for (size_t i = 0; i < from->getArgs().size(); ++i)
    if (from->getArgs()[i].type != to->getArgs()[i].type ||
        from->getArgs()[i].convention != to->getArgs()[i].convention)
      return false;
  return true;
}

CExprPtr BodyChecker::convertFunction(CExprPtr value, const FunctionType *to,
                                      SourceRange range,
                                      std::string *failure) {
  auto fail = [&](DiagID id, std::string why) -> CExprPtr {
    if (failure)
      *failure = std::move(why);
    else
      diags.report(range, id) << getTypeName(value->type) << getTypeName(to);
    return nullptr;
  };
  if (auto *set = llvm::dyn_cast<OverloadSetType>(value->type)) {
    FuncInstance *match = nullptr;
    for (FuncInfo *f : set->getFuncs()) {
      if (f->decl->getParams().present)
        continue; // Generic functions are not values yet.
      FuncInstance *instance = sema.instantiate(f, {}, range);
      if (instance->signatureOk && hasPlainSignature(instance) &&
          sameSignature(sema.getFunctionTypeOf(instance), to)) {
        match = instance;
        break;
      }
    }
    if (!match) {
      if (failure) {
        *failure = "no overload of `" + set->getFuncs().front()->name +
                   "` has type `" + getTypeName(to) + "`";
        return nullptr;
      }
      auto diag = diags.report(range, DiagID::err_no_overload_of_type);
      diag << set->getFuncs().front()->name << getTypeName(to);
      for (size_t i = 0; i < set->getFuncs().size() && i < 3; ++i)
        diag.note(set->getFuncs()[i]->nameRange, DiagID::note_candidate)
            << set->getFuncs()[i]->name;
      return nullptr;
    }
    return makeFuncRef(match, to, range);
  }
  auto *from = llvm::dyn_cast<FunctionType>(value->type);
  if (!from)
    return fail(DiagID::err_cannot_convert,
                "cannot convert `" + getTypeName(value->type) + "` to `" +
                    getTypeName(to) + "`");
  if (!sameSignature(from, to))
    return fail(DiagID::err_cannot_convert,
                "cannot convert argument of type `" + getTypeName(from) +
                    "` to `" + getTypeName(to) + "`");
  // A closure over variables needs a type that carries its environment.
  if (from->hasEnvironment() && !to->hasEnvironment())
    return fail(DiagID::err_capturing_to_plain_function,
                "a capturing closure of type `" + getTypeName(from) +
                    "` cannot be passed as the non-capturing `" +
                    getTypeName(to) + "`");
  bool closure = value->kind == CExpr::Kind::FuncRef && value->callee &&
                 !value->callee->captures.empty();
  if (to->isEscaping() && closure) {
    diags.report(range, DiagID::err_not_yet_implemented)
        << "`escaping` closures that capture variables";
    return nullptr;
  }
  if (value->kind == CExpr::Kind::FuncRef) {
    value->type = to; // The function itself: any representation will do.
    return value;
  }
  if (from->hasEnvironment() == to->hasEnvironment()) {
    value->type = to; // Only the effects' spelling differs.
    return value;
  }
  diags.report(range, DiagID::err_not_yet_implemented)
      << "converting a function value to a capturing function type";
  return nullptr;
}

std::string BodyChecker::whyNotFunction(Type from, const FunctionType *to) {
  if (auto *set = llvm::dyn_cast<OverloadSetType>(from)) {
    for (FuncInfo *f : set->getFuncs()) {
      if (!f->decl || f->decl->getParams().present)
        continue;
      FuncInstance *instance = sema.instantiate(f, {}, SourceRange());
      if (instance->signatureOk && hasPlainSignature(instance) &&
          sameSignature(sema.getFunctionTypeOf(instance), to))
        return "";
    }
    return "no overload of `" + set->getFuncs().front()->name +
           "` has type `" + getTypeName(to) + "`";
  }
  auto *fn = llvm::dyn_cast<FunctionType>(from);
  if (!fn || !sameSignature(fn, to))
    return "cannot convert argument of type `" + getTypeName(from) +
           "` to `" + getTypeName(to) + "`";
  if (fn->hasEnvironment() && !to->hasEnvironment())
    return "a capturing closure of type `" + getTypeName(from) +
           "` cannot be passed as the non-capturing `" + getTypeName(to) + "`";
  return "";
}
