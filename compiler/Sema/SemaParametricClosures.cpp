//===- SemaParametricClosures.cpp - Nested functions with parameters ------===//
//
// `@parameter fn body[w: Int](i: Int): ...` inside a function is a closure
// with compile-time parameters. Its instances (`body[4]`, or `func[8]` in a
// function it is bound to) are asked for wherever it is called, often after
// the enclosing body is checked, so they cannot look names up in the
// enclosing scopes the way a plain closure does (SemaClosures.cpp).
//
// Instead the closure is checked once where it is declared, its parameters
// bound to unknown values (as a generic body is checked against its bounds,
// docs/compiler/generics.md): that *template* reports the errors of the
// definition and finds everything any instance can capture, since an
// unknown `@parameter if` checks all its branches. Each instance is then
// checked from the AST with its parameters bound, and its captures preset
// to the template's, in the template's order: every instance takes the
// template's environment, the only one the enclosing function builds and
// passes on (`vectorize[body, 8]` receives one environment, whatever
// instances of `body` it calls). docs/compiler/closures.md has the design.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

FuncInstance *Sema::instantiateClosureTemplate(ModuleInfo *module,
                                               const ast::FuncDecl &decl,
                                               const Bindings &bindings,
                                               FuncInstance *parent) {
  FuncInfo *info = collectFunc(module, decl, nullptr);
  info->closureId = ++closureCount;
  std::vector<CValue> unknowns;
  Bindings named = bindings;
  for (const ast::ParamDecl *param : getCompileTimeParams(info)) {
    std::optional<CValue> value = getBoundsBinding(module, *param);
    // An `Int`/`Bool` parameter is an unknown value, a type parameter an
    // archetype of its bounds, as in a generic body.
    if (!value || (value->kind != CValue::Kind::Unknown &&
                   value->kind != CValue::Kind::Type)) {
      if (value || param->getType())
        diags.report(param->getRange(), DiagID::err_not_yet_implemented)
            << "a parameter of a nested function whose type is not `Int` "
               "or `Bool`";
      return nullptr;
    }
    value->parameter = unknowns.size() + 1;
    named[param->getName()] = *value;
    unknowns.push_back(std::move(*value));
  }
  // Kept under a key no call makes (a None value): the instance for the
  // unknown values of another template's parameters (`leaf[w]` in `mid`)
  // is an instance, not this template.
  auto &slot = info->instances[{CValue()}];
  slot = std::make_unique<FuncInstance>();
  FuncInstance *instance = slot.get();
  instance->info = info;
  instance->bindings = std::move(unknowns);
  instance->isClosureTemplate = true;
  instance->checkOnly = true; // Only its instances are emitted.
  instance->closureParent = parent;
  parent->substitutable = false; // Closures are checked with their parent.
  instance->instantiatedBy = parent;
  instance->instantiatedAt = decl.getNameRange();
  instance->instantiationDepth = parent->instantiationDepth;
  resolveSignature(instance, named);
  closureTemplates[instance].bindings = bindings;
  return instance;
}

FuncInstance *Sema::instantiateParametricClosure(FuncInstance *closureTemplate,
                                                 std::vector<CValue> values,
                                                 SourceRange useRange) {
  FuncInfo *info = closureTemplate->info;
  auto &slot = info->instances[values];
  if (slot)
    return slot.get();
  slot = std::make_unique<FuncInstance>();
  FuncInstance *instance = slot.get();
  instance->info = info;
  instance->bindings = values;
  // Made in a body that is only checked (a generic body against its
  // bounds), or for unknown values: only checked too.
  instance->checkOnly = isCheckOnly(info, values) ||
                        closureTemplate->closureParent->checkOnly;
  instance->closureParent = closureTemplate->closureParent;
  instance->closureTemplate = closureTemplate;
  instance->instantiatedBy = checkingInstance;
  instance->instantiatedAt = useRange;
  instance->instantiationDepth =
      (checkingInstance ? checkingInstance->instantiationDepth : 0) + 1;
  instance->bodyChecked = true;
  if (instance->instantiationDepth > budget::kMaxInstantiationDepth) {
    reportInstantiationDepth(instance);
    instance->signatureOk = false;
    return instance;
  }
  const ClosureTemplateInfo &templateInfo = closureTemplates[closureTemplate];
  Bindings named = templateInfo.bindings;
  std::vector<const ast::ParamDecl *> params = getCompileTimeParams(info);
  for (size_t i = 0; i < params.size() && i < values.size(); ++i)
    named[params[i]->getName()] = values[i];
  resolveSignature(instance, named);
  // The template reported what is wrong with the definition; its
  // instances would only repeat it.
  if (!instance->signatureOk || templateInfo.failed ||
      !closureTemplate->signatureOk) {
    instance->signatureOk = false;
    instance->bodyOk = false;
    return instance;
  }
  CheckingBody checking(*this, instance);
  unsigned errors = diags.getNumErrors();
  BodyChecker inner(*this, *instance);
  inner.bindings = templateInfo.bindings;
  inner.presetCaptures(*closureTemplate, templateInfo.uninitialized);
  inner.run();
  if (diags.getNumErrors() == errors && instance->bodyOk &&
      !instance->checkOnly)
    runOwnershipPass(*this, *instance);
  return instance;
}

void BodyChecker::checkParametricNestedFunc(const ast::FuncDecl &decl,
                                            CBlock &out) {
  FuncInstance *closure =
      sema.instantiateClosureTemplate(module, decl, bindings, &instance);
  if (!closure)
    return declarePoisoned(decl.getName(), decl.getNameRange());
  std::vector<LocalVar *> copies = copyCaptures(decl, out);
  unsigned errors = diags.getNumErrors();
  sema.checkClosureBody(closure, *this, bindings, copies);
  Sema::ClosureTemplateInfo &info = sema.closureTemplates[closure];
  info.failed = diags.getNumErrors() != errors || !closure->bodyOk;
  for (const auto &captured : closure->captures)
    info.uninitialized.push_back(uninitialized.count(captured.first));
  bindings[decl.getName()] =
      CValue::ofFunc(closure, sema.getFunctionTypeOf(closure));
}

void BodyChecker::presetCaptures(const FuncInstance &closureTemplate,
                                 llvm::ArrayRef<char> uninitializedAtDecl) {
  presetFromTemplate = true;
  for (size_t k = 0; k < closureTemplate.captures.size(); ++k) {
    LocalVar *outer = closureTemplate.captures[k].first;
    const LocalVar *model = closureTemplate.captures[k].second;
    LocalVar *local = &instance.locals.emplace_back();
    local->name = model->name;
    local->type = model->type;
    local->range = model->range;
    local->convention = Convention::Mut; // It lives in the enclosing frame.
    local->readOnly = model->readOnly;
    local->immutableRef = model->immutableRef;
    local->capturedFrom = outer;
    instance.captures.emplace_back(outer, local);
    capturedLocals[outer] = local;
    if (k < uninitializedAtDecl.size() && uninitializedAtDecl[k])
      uninitialized.insert(local);
  }
}

LocalVar *BodyChecker::presetCaptureByName(llvm::StringRef name) {
  if (lookupBinding(name) || isLocalAlias(name))
    return nullptr;
  const Sema::ClosureTemplateInfo &info =
      sema.closureTemplates[instance.closureTemplate];
  const LocalVar *outer = info.capturedNames.lookup(name);
  for (const auto &captured : instance.captures)
    if (captured.first == outer)
      return captured.second;
  return nullptr;
}

LocalVar *BodyChecker::reachPresetCapture(const LocalVar *var) {
  for (const auto &[outer, local] : instance.captures)
    for (const LocalVar *v = outer; v; v = v->capturedFrom)
      if (v == var)
        return local;
  return nullptr;
}

/// `body[4]`, `func[simd_width]`: the instance of a parametric closure.
Entity BodyChecker::instantiateClosureValue(
    const CExpr &templateRef, llvm::ArrayRef<ast::Argument> indices,
    SourceRange range) {
  FuncInstance *closureTemplate = templateRef.callee;
  std::vector<const ast::ParamDecl *> params =
      sema.getCompileTimeParams(closureTemplate->info);
  auto *type = llvm::dyn_cast<FunctionType>(templateRef.type);
  std::string name = closureTemplate->info->name;
  auto countError = [&] {
    diags.report(range, DiagID::err_closure_param_count)
        << name << unsigned(params.size()) << unsigned(indices.size());
    return Entity::error(range);
  };
  if (indices.size() > params.size())
    return countError();
  std::vector<CValue> values(params.size());
  std::vector<SourceRange> given(params.size());
  size_t next = 0;
  for (const ast::Argument &arg : indices) {
    // A keyword names a parameter as the function type spells it (the
    // callee's `func[width=8]`) or as the closure does.
    size_t i = next;
    if (arg.hasKeyword()) {
      i = params.size();
      for (size_t k = 0; k < params.size(); ++k)
        if ((type && k < type->getParams().size() &&
             type->getParams()[k].name == arg.keyword) ||
            params[k]->getName() == arg.keyword)
          i = k;
    } else {
      ++next;
    }
    if (i >= params.size()) {
      diags.report(arg.range, DiagID::err_closure_param_unknown)
          << name << arg.keyword;
      return Entity::error(range);
    }
    if (values[i].kind != CValue::Kind::None) {
      diags.report(arg.range, DiagID::err_closure_param_twice)
          << name << params[i]->getName();
      return Entity::error(range);
    }
    std::optional<CValue> value = evaluateParameter(arg.value);
    if (!value)
      return Entity::error(range);
    values[i] = std::move(*value);
    given[i] = arg.range;
  }
  // In order, so a default may use the parameters before it.
  Bindings earlier = sema.closureTemplates[closureTemplate].bindings;
  for (size_t i = 0; i < params.size(); ++i) {
    if (values[i].kind == CValue::Kind::None) {
      if (!params[i]->getDefault())
        return countError();
      std::optional<CValue> value = sema.evaluateConstant(
          closureTemplate->info->module, params[i]->getDefault(), earlier);
      if (!value)
        return Entity::error(range);
      values[i] = std::move(*value);
      given[i] = range;
    }
    if (std::optional<ParamMismatch> m = sema.checkParamValue(
            closureTemplate->info->module, *params[i], name, values[i],
            earlier)) {
      auto diag = diags.report(given[i], m->id);
      for (const std::string &text : m->args)
        diag << text;
      return Entity::error(range);
    }
    earlier[params[i]->getName()] = values[i];
  }
  FuncInstance *closure =
      sema.instantiateParametricClosure(closureTemplate, values, range);
  if (!closure->signatureOk)
    return Entity::error(range);
  CExprPtr ref = makeFuncRef(closure, sema.getFunctionTypeOf(closure), range);
  return ref ? valueEntity(std::move(ref)) : Entity::error(range);
}

CExprPtr BodyChecker::instantiateCalledValue(CExprPtr callee,
                                             SourceRange range) {
  bool isTemplate = callee->kind == CExpr::Kind::FuncRef && callee->callee &&
                    callee->callee->isClosureTemplate;
  if (!isTemplate) {
    reportParametricValue(*callee, range);
    return nullptr;
  }
  // `body()` where every parameter has a default: `body[]()`.
  for (const ast::ParamDecl *param :
       sema.getCompileTimeParams(callee->callee->info)) {
    if (!param->getDefault()) {
      reportParametricValue(*callee, range);
      return nullptr;
    }
  }
  Entity e = instantiateClosureValue(*callee, {}, callee->range);
  return e.kind == Entity::Kind::Value ? std::move(e.value) : nullptr;
}

void BodyChecker::reportParametricValue(const CExpr &value,
                                        SourceRange range) {
  if (value.kind == CExpr::Kind::FuncRef && value.callee) {
    diags.report(range, DiagID::err_parametric_closure_value)
        << value.callee->info->name;
    return;
  }
  diags.report(range, DiagID::err_not_yet_implemented)
      << "run-time values of function types with compile-time parameters "
         "(make it a compile-time parameter: `fn f[g: fn[w: Int]() "
         "capturing -> None]()`)";
}

std::optional<Entity>
BodyChecker::subscriptFunctionValue(const CExpr &value,
                                    const ast::SubscriptExpr &expr) {
  SourceRange range = expr.getRange();
  auto *type = llvm::cast<FunctionType>(value.type);
  bool named = value.kind == CExpr::Kind::FuncRef && value.callee;
  if (type->isParametric() && !named) {
    reportParametricValue(value, range);
    return Entity::error(range);
  }
  if (!named)
    return std::nullopt; // A run-time function value: no `__getitem__`.
  if (value.callee->isClosureTemplate)
    return instantiateClosureValue(value, expr.getIndices(), range);
  if (value.callee->info->closureId) {
    diags.report(range, DiagID::err_closure_param_count)
        << value.callee->info->name << 0u
        << unsigned(expr.getIndices().size());
    return Entity::error(range);
  }
  return std::nullopt;
}
