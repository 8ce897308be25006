//===- SemaDecl.cpp - Declarations, signatures and instances --------------===//
#include "compiler/Sema/BodyChecker.h"
#include "compiler/Sema/SemaPacks.h"

#include "compiler/Basic/Budgets.h"
#include "compiler/Basic/ModuleLoader.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Path.h"

using namespace mojo;
using namespace mojo::sema;

Sema::Sema(SourceManager &sources, DiagnosticEngine &diags,
           const SemaOptions &options)
    : sources(sources), diags(diags), options(options),
      program(std::make_unique<Program>()) {}

void Sema::addSymbol(ModuleInfo *module, llvm::StringRef name,
                     Symbol symbol) {
  auto [it, inserted] = module->symbols.try_emplace(name, symbol);
  if (inserted)
    return;
  if (it->second.kind == Symbol::Kind::Funcs &&
      symbol.kind == Symbol::Kind::Funcs) {
    it->second.funcs.push_back(symbol.funcs.front()); // An overload.
    return;
  }
  reportRedefinition(diags, symbol.range, it->second.range, name);
}

void Sema::collectDecls(ModuleInfo *module) {
  const ast::ASTContext &ctx = module->ast->getContext();
  for (ast::StmtId id : module->ast->getBody()) {
    const ast::Stmt &stmt = ctx.get(id);
    // Global `var`s are declarations (reported below as not implemented).
    if (llvm::isa<ast::DeclStmt, ast::PassStmt, ast::ErrorStmt,
                  ast::VarStmt>(stmt))
      continue;
    diags.report(stmt.getRange(), DiagID::err_top_level_statement);
  }
  for (ast::DeclId id : module->ast->getDecls()) {
    const ast::Decl &decl = ctx.get(id);
    Symbol symbol;
    symbol.range = decl.getNameRange();
    if (auto *func = llvm::dyn_cast<ast::FuncDecl>(&decl)) {
      symbol.kind = Symbol::Kind::Funcs;
      symbol.funcs.push_back(collectFunc(module, *func, nullptr));
    } else if (auto *st = llvm::dyn_cast<ast::StructDecl>(&decl)) {
      collectStruct(module, *st, symbol);
    } else if (auto *trait = llvm::dyn_cast<ast::TraitDecl>(&decl)) {
      TraitInfo &info = program->traits.emplace_back();
      info.decl = trait;
      info.module = module;
      info.name = trait->getName().str();
      symbol.kind = Symbol::Kind::Trait;
      symbol.trait = &info;
    } else if (auto *alias = llvm::dyn_cast<ast::AliasDecl>(&decl)) {
      symbol.kind = Symbol::Kind::Alias;
      symbol.aliasDecl = alias;
    } else if (llvm::isa<ast::VarDecl>(decl)) {
      diags.report(decl.getRange(), DiagID::err_not_yet_implemented)
          << "global variables";
      symbol.kind = Symbol::Kind::Poisoned;
    } else {
      // Imports are resolved on lookup.
      if (llvm::isa<ast::FromImportDecl, ast::ImportDecl>(decl))
        module->imports.push_back(&decl);
      continue;
    }
    addSymbol(module, decl.getName(), std::move(symbol));
  }
}

void Sema::collectStruct(ModuleInfo *module, const ast::StructDecl &decl,
                         Symbol &symbol) {
  symbol.kind = Symbol::Kind::Struct;
  checkDecorators(decl.getDecorators());
  const ast::ASTContext &ctx = module->ast->getContext();
  if (!decl.getParams().present) {
    symbol.structInfo = makeStructInfo(module, decl, decl.getName());
    return;
  }
  // A parametric struct: its instances are made on demand, each with its
  // own methods; what is wrong with a method is reported once, here.
  GenericStruct &generic = program->genericStructs.emplace_back();
  generic.decl = &decl;
  generic.module = module;
  generic.name = decl.getName().str();
  for (ast::DeclId id : decl.getParams().params)
    generic.params.push_back(&ctx.getAs<ast::ParamDecl>(id));
  for (ast::DeclId id : decl.getMembers())
    if (auto *method = llvm::dyn_cast<ast::FuncDecl>(&ctx.get(id)))
      checkFuncDecl(module, *method);
  symbol.generic = &generic;
}

StructInfo *Sema::makeStructInfo(ModuleInfo *module,
                                 const ast::StructDecl &decl,
                                 llvm::StringRef name, GenericStruct *generic,
                                 std::vector<CValue> bindings) {
  StructInfo &info = program->structs.emplace_back();
  info.decl = &decl;
  info.module = module;
  info.name = name.str();
  info.type = program->types.getStructType(&info);
  info.generic = generic;
  if (generic)
    for (size_t i = 0; i < bindings.size(); ++i)
      info.paramValues[generic->params[i]->getName()] = bindings[i];
  info.bindings = std::move(bindings);
  const ast::ASTContext &ctx = module->ast->getContext();
  if (const ast::Decorator *d = decl.findDecorator("register_passable")) {
    info.registerPassable = true;
    if (!d->args.empty())
      if (auto *kind = llvm::dyn_cast<ast::StringLiteralExpr>(
              &ctx.get(d->args.front().value)))
        info.trivial = kind->getValue() == "trivial";
  }
  info.isValue = decl.findDecorator("value") != nullptr;
  for (ast::DeclId id : decl.getMembers()) {
    const ast::Decl &member = ctx.get(id);
    if (auto *method = llvm::dyn_cast<ast::FuncDecl>(&member))
      info.methods[method->getName()].push_back(
          collectFunc(module, *method, &info, /*report=*/!generic));
    else if (auto *alias = llvm::dyn_cast<ast::AliasDecl>(&member)) {
      auto [it, inserted] = info.aliases.try_emplace(alias->getName(), alias);
      if (!inserted && !generic)
        reportRedefinition(diags, alias->getNameRange(),
                           it->second->getNameRange(), alias->getName());
    }
  }
  // `@value`'s members are synthesized once the fields' types are known
  // (resolveFields, getLifecycle): a written one with the same signature
  // wins.
  return &info;
}

/// Whether two parameters, compile-time or run-time, share a name.
bool Sema::hasDuplicateParams(ModuleInfo *module, const ast::FuncDecl &decl) {
  const ast::ASTContext &ctx = module->ast->getContext();
  llvm::StringSet<> seen;
  for (const ast::ParamList *list : {&decl.getParams(), &decl.getArgs()})
    for (ast::DeclId id : list->params) {
      llvm::StringRef name = ctx.getAs<ast::ParamDecl>(id).getName();
      if (!name.empty() && !seen.insert(name).second)
        return true;
    }
  return false;
}

/// Reports a name given to two parameters, compile-time or run-time, at
/// the second; a call could not tell them apart.
bool Sema::reportDuplicateParams(ModuleInfo *module,
                                 const ast::FuncDecl &decl) {
  const ast::ASTContext &ctx = module->ast->getContext();
  llvm::StringMap<const ast::ParamDecl *> seen;
  bool found = false;
  for (const ast::ParamList *list : {&decl.getParams(), &decl.getArgs()})
    for (ast::DeclId id : list->params) {
      const auto &param = ctx.getAs<ast::ParamDecl>(id);
      auto [it, inserted] = seen.try_emplace(param.getName(), &param);
      if (inserted || param.getName().empty())
        continue;
      found = true;
      auto diag =
          diags.report(param.getNameRange(), DiagID::err_duplicate_parameter);
      diag << param.getName();
      diag.note(it->second->getNameRange(), DiagID::note_previous_parameter)
          << param.getName();
    }
  return found;
}

bool Sema::checkFuncDecl(ModuleInfo *module, const ast::FuncDecl &decl) {
  if (decl.isDef() && decl.raises())
    diags.report(decl.getNameRange(), DiagID::err_def_raises);
  checkDecorators(decl.getDecorators());
  const ast::ASTContext &ctx = module->ast->getContext();
  for (ast::DeclId id : decl.getArgs().params) {
    const auto &param = ctx.getAs<ast::ParamDecl>(id);
    auto c = param.getConvention();
    if (param.getDefault() &&
        (c == ast::Convention::Mut || c == ast::Convention::Inout))
      diags.report(ctx.get(param.getDefault()).getRange(),
                   DiagID::err_mut_default)
          << param.getName();
  }
  return reportDuplicateParams(module, decl);
}

FuncInfo *Sema::collectFunc(ModuleInfo *module, const ast::FuncDecl &decl,
                            StructInfo *owner, bool report) {
  FuncInfo &info = program->funcs.emplace_back();
  info.decl = &decl;
  info.module = module;
  info.owner = owner;
  info.nameRange = decl.getNameRange();
  info.name = owner ? owner->name + "." + decl.getName().str()
                    : decl.getName().str();
  info.isStatic = decl.findDecorator("staticmethod") != nullptr;
  info.isImplicit = decl.findDecorator("implicit") != nullptr;
  info.alwaysInline = decl.findDecorator("always_inline") != nullptr;
  info.noInline = decl.findDecorator("no_inline") != nullptr;
  info.duplicateParams = report ? checkFuncDecl(module, decl)
                                : hasDuplicateParams(module, decl);
  return &info;
}

void Sema::reportUntypedArgument(const ast::FuncDecl &decl,
                                 const ast::ParamDecl &param) {
  if (!decl.isDef())
    diags.report(param.getNameRange(), DiagID::err_missing_type_annotation)
        << param.getName();
  else
    diags.report(param.getNameRange(), DiagID::err_not_yet_implemented)
        << "untyped `def` arguments (`object`)";
}

std::vector<const ast::ParamDecl *>
Sema::getCompileTimeParams(FuncInfo *func) {
  std::vector<const ast::ParamDecl *> params;
  if (!func->decl)
    return params;
  const ast::ASTContext &ctx = func->module->ast->getContext();
  for (ast::DeclId id : func->decl->getParams().params)
    params.push_back(&ctx.getAs<ast::ParamDecl>(id));
  return params;
}

/// `func`'s run-time arguments that `keep` selects, in order.
static std::vector<const ast::ParamDecl *>
selectArguments(FuncInfo *func,
                llvm::function_ref<bool(const ast::ParamDecl &)> keep) {
  std::vector<const ast::ParamDecl *> selected;
  if (!func->decl)
    return selected;
  const ast::ASTContext &ctx = func->module->ast->getContext();
  for (ast::DeclId id : func->decl->getArgs().params) {
    const auto &param = ctx.getAs<ast::ParamDecl>(id);
    if (keep(param))
      selected.push_back(&param);
  }
  return selected;
}

std::vector<const ast::ParamDecl *> Sema::getRefArguments(FuncInfo *func) {
  return selectArguments(func, [](const ast::ParamDecl &param) {
    return param.getConvention() == ast::Convention::Ref;
  });
}

std::vector<const ast::ParamDecl *>
Sema::getAutoParameterized(FuncInfo *func) {
  const ast::ASTContext &ctx = func->module->ast->getContext();
  return selectArguments(func, [&](const ast::ParamDecl &param) {
    return !param.isVariadic() && !takesWholePack(ctx, param) &&
           getUnboundGeneric(func->module, param.getType());
  });
}

/// The name a `ref` argument's mutability is bound to while a signature
/// is resolved: not an identifier, so no parameter can clash with it.
static std::string getRefMutabilityName(llvm::StringRef argument) {
  return ("ref " + argument).str();
}

/// Likewise, the name the type of an automatically parameterized argument
/// is bound to.
static std::string getAutoTypeName(llvm::StringRef argument) {
  return ("auto " + argument).str();
}

std::string mojo::sema::getArgumentTypeName(llvm::StringRef argument) {
  return ("type_of " + argument).str();
}

Convention mojo::sema::toConvention(ast::Convention c) {
  switch (c) {
  case ast::Convention::Mut:
  case ast::Convention::Inout:
    return Convention::Mut;
  case ast::Convention::Owned:
    return Convention::Owned;
  case ast::Convention::Out:
    return Convention::Out;
  case ast::Convention::Ref:
    return Convention::Ref;
  default:
    return Convention::Read;
  }
}

void Sema::resolveSignature(FuncInstance *instance, const Bindings &given) {
  FuncInfo *func = instance->info;
  // The types of the arguments resolved so far join the bindings, for
  // `__type_of(x)` in a later argument's type or the result's.
  Bindings bindings = given;
  if (func->synthesized != Synthesized::None) {
    resolveSynthesizedSignature(instance);
    return;
  }
  const ast::FuncDecl &decl = *func->decl;
  const ast::ASTContext &ctx = func->module->ast->getContext();
  if (func->duplicateParams)
    instance->signatureOk = false;
  bool first = true;
  for (ast::DeclId id : decl.getArgs().params) {
    const auto &param = ctx.getAs<ast::ParamDecl>(id);
    bool isSelf = first && func->owner && !func->isStatic;
    first = false;
    ParamSlot slot;
    slot.name = param.getName().str();
    slot.convention = toConvention(param.getConvention());
    slot.hasDefault = bool(param.getDefault());
    slot.keywordOnly = param.getParamKind() == ast::ParamKind::KeywordOnly;
    slot.positionalOnly =
        param.getParamKind() == ast::ParamKind::PositionalOnly;
    slot.isSelf = isSelf;
    // A `ref` bound to a value that cannot change (a temporary, a read-only
    // argument) is a `read` argument in this instance.
    auto mutability = bindings.find(getRefMutabilityName(slot.name));
    if (slot.convention == Convention::Ref && mutability != bindings.end() &&
        !mutability->second.boolValue) {
      slot.convention = Convention::Read;
      slot.immutableRef = true;
    }
    const ast::UnpackExpr *unpack = getPackType(ctx, param);
    if (param.isVariadic() || unpack) {
      // `*values: *Ts` (or `values: VariadicPack[..., *Ts]`, SemaPacks.h):
      // one read slot per element of the bound pack.
      auto *packName =
          unpack ? llvm::dyn_cast<ast::NameExpr>(&ctx.get(unpack->getOperand()))
                 : nullptr;
      if (!unpack) {
        // `*values: T`: one slot, the list of every element of the call.
        if (!resolveVariadicListSlot(instance, param, bindings, slot))
          instance->signatureOk = false;
        instance->params.push_back(slot);
        continue;
      }
      auto it = packName ? bindings.find(packName->getName()) : bindings.end();
      if (it == bindings.end() || it->second.kind != CValue::Kind::TypeList) {
        diags.report(param.getRange(), DiagID::err_not_yet_implemented)
            << "homogeneous variadic arguments";
        instance->signatureOk = false;
        continue;
      }
      instance->packName = slot.name;
      for (Type element : it->second.types) {
        ParamSlot elementSlot = slot;
        elementSlot.type = element;
        elementSlot.fromPack = true;
        instance->params.push_back(elementSlot);
      }
      continue;
    }
    if (param.isKwVariadic()) {
      diags.report(param.getRange(), DiagID::err_not_yet_implemented)
          << "`**kwargs`";
      instance->signatureOk = false;
      continue;
    }
    // `out self` constructs; `mut self`/`inout self` on `__init__` are the
    // older spellings of the same thing.
    if (isSelf && (slot.convention == Convention::Out ||
                   (slot.convention == Convention::Mut &&
                    decl.getName() == "__init__"))) {
      instance->isInit = true;
      instance->resultName = "self";
      instance->resultNameRange = param.getNameRange();
      continue;
    }
    if (slot.convention == Convention::Out) {
      declareNamedResult(instance, param, bindings);
      continue;
    }
    auto autoType = bindings.find(getAutoTypeName(slot.name));
    if (autoType != bindings.end())
      slot.type = autoType->second.type;
    else if (param.getType())
      slot.type = resolveType(func->module, param.getType(), bindings,
                              func->owner);
    else if (isSelf)
      slot.type = func->owner->type;
    else {
      reportUntypedArgument(decl, param);
      slot.type = program->types.getErrorType();
      instance->signatureOk = false;
    }
    instance->params.push_back(slot);
    bindings[getArgumentTypeName(slot.name)] = CValue::ofType(slot.type);
  }
  addCallLocationSlot(instance);
  if (instance->isInit) {
    instance->result = func->owner->type;
  } else if (instance->hasNamedResult()) {
    // The `out` argument's type, resolved by declareNamedResult.
  } else if (!decl.getResultName().empty()) {
    // The legacy spelling `-> T as name` of `out name: T`.
    instance->result =
        resolveType(func->module, decl.getResult(), bindings, func->owner);
    instance->resultName = decl.getResultName().str();
    instance->resultNameRange = decl.getResultNameRange();
  } else if (auto *ref = llvm::dyn_cast_or_null<ast::RefTypeExpr>(
                 decl.getResult() ? &ctx.get(decl.getResult()) : nullptr)) {
    resolveRefResult(instance, *ref, bindings);
  } else if (decl.getResult())
    instance->result =
        resolveType(func->module, decl.getResult(), bindings, func->owner);
  else
    instance->result = program->types.getNoneType();
  instance->raises = decl.raises() || decl.isDef();
  // A closure returned would outlive the variables it refers to.
  auto *fnResult = llvm::dyn_cast<FunctionType>(instance->result);
  if (fnResult && fnResult->hasEnvironment() && decl.getResult()) {
    diags.report(ctx.get(decl.getResult()).getRange(),
                 DiagID::err_not_yet_implemented)
        << "returning capturing or `escaping` function values";
    instance->signatureOk = false;
  }
  if (auto *st = llvm::dyn_cast<StructType>(instance->result))
    resolveFields(st->getInfo());
  for (const ParamSlot &slot : instance->params)
    if (auto *st = llvm::dyn_cast<StructType>(slot.type))
      resolveFields(st->getInfo());
}

/// `out name: T` (not `self`): the function returns a `T` that its body
/// builds in `name`. Callers pass nothing for it. One per function, and
/// not together with `-> T`, which would be a second result.
void Sema::declareNamedResult(FuncInstance *instance,
                              const ast::ParamDecl &param,
                              const Bindings &bindings) {
  FuncInfo *func = instance->info;
  const ast::FuncDecl &decl = *func->decl;
  if (instance->hasNamedResult()) {
    auto diag = diags.report(param.getNameRange(), DiagID::err_multiple_out);
    diag << param.getName();
    diag.note(instance->resultNameRange, DiagID::note_first_out)
        << instance->resultName;
    instance->signatureOk = false;
    return;
  }
  if (decl.getResult()) {
    const ast::ASTContext &ctx = func->module->ast->getContext();
    diags.report(ctx.get(decl.getResult()).getRange(),
                 DiagID::err_out_with_result)
        << param.getName();
    instance->signatureOk = false;
  }
  instance->resultName = param.getName().str();
  instance->resultNameRange = param.getNameRange();
  if (param.getType()) {
    instance->result =
        resolveType(func->module, param.getType(), bindings, func->owner);
  } else {
    diags.report(param.getNameRange(), DiagID::err_missing_type_annotation)
        << param.getName();
    instance->result = program->types.getErrorType();
    instance->signatureOk = false;
  }
}

FuncInstance *Sema::instantiate(FuncInfo *func, std::vector<CValue> bindings,
                                SourceRange useRange) {
  auto &slot = func->instances[bindings];
  if (slot)
    return slot.get();
  slot = std::make_unique<FuncInstance>();
  FuncInstance *instance = slot.get();
  instance->info = func;
  instance->bindings = bindings;
  instance->checkOnly = isCheckOnly(func, bindings);
  instance->instantiatedBy = checkingInstance;
  instance->instantiatedAt = useRange;
  // Only compile-time parameters make an instance parameterized, not the
  // mutabilities of `ref` arguments that follow them.
  std::vector<const ast::ParamDecl *> params = getCompileTimeParams(func);
  bool parameterized = !params.empty();
  instance->instantiationDepth =
      (checkingInstance ? checkingInstance->instantiationDepth : 0) +
      (parameterized ? 1 : 0);
  if (instance->instantiationDepth > budget::kMaxInstantiationDepth) {
    reportInstantiationDepth(instance);
    instance->signatureOk = false; // Its body, and the recursion, stop here.
    return instance;
  }
  if (parameterized &&
      ++parameterizedInstances > options.maxParameterizedInstances) {
    if (parameterizedInstances == options.maxParameterizedInstances + 1)
      diags.report(useRange, DiagID::err_instance_count_exceeded)
          << describeInstance(instance) << options.maxParameterizedInstances;
    instance->signatureOk = false;
    return instance;
  }
  Bindings named;
  if (func->owner) // A method's signature sees its struct's parameters.
    for (const auto &entry : func->owner->paramValues)
      named[entry.getKey()] = entry.getValue();
  for (size_t i = 0; i < params.size() && i < bindings.size(); ++i)
    named[params[i]->getName()] = bindings[i];
  std::vector<const ast::ParamDecl *> autos = getAutoParameterized(func);
  size_t next = params.size();
  for (const ast::ParamDecl *param : autos)
    if (next < bindings.size())
      named[getAutoTypeName(param->getName())] = bindings[next++];
  for (const ast::ParamDecl *ref : getRefArguments(func))
    if (next < bindings.size())
      named[getRefMutabilityName(ref->getName())] = bindings[next++];
  // A trait requirement's signature is resolved once per `Self`; what is
  // wrong with it is reported for the first only.
  bool repeated = isRequirement(func) &&
                  !reportedRequirements.insert(func->decl).second;
  DiagnosticConsumer *consumer = diags.getConsumer();
  if (repeated)
    diags.setConsumer(nullptr);
  resolveSignature(instance, named);
  if (repeated)
    diags.setConsumer(consumer);
  checkConstraint(instance);
  return instance;
}

/// Reports `instance` as one instantiation too deep, at the call that asked
/// for it, with the chain that led there.
void Sema::reportInstantiationDepth(FuncInstance *instance) {
  auto diag = diags.report(instance->instantiatedAt,
                           DiagID::err_instantiation_depth_exceeded);
  diag << describeInstance(instance) << budget::kMaxInstantiationDepth;
  noteInstantiationChain(diag, instance);
}

/// Notes the chain of instances that asked for `instance`: the innermost
/// links, where a recursion shows, and the outermost, the user's first
/// call.
void Sema::noteInstantiationChain(InFlightDiagnostic &diag,
                                  const FuncInstance *instance) {
  std::vector<const FuncInstance *> chain;
  for (const FuncInstance *link = instance->instantiatedBy;
       link && link->instantiatedBy; link = link->instantiatedBy)
    chain.push_back(link);
  const unsigned shown = budget::kMaxInstantiationNotes;
  for (size_t i = 0; i < chain.size(); ++i) {
    bool outermost = i + 1 == chain.size();
    if (i + 1 < shown || outermost) {
      diag.note(chain[i]->instantiatedAt, DiagID::note_instantiated_in)
          << describeInstance(chain[i]);
    } else if (i + 1 == shown) {
      diag.note(SourceRange(), DiagID::note_instantiations_omitted)
          << unsigned(chain.size() - shown);
    }
  }
}

void Sema::use(FuncInstance *instance) {
  if (instance->used || instance->signatureOf || instance->checkOnly)
    return;
  instance->used = true;
  program->instances.push_back(instance);
  worklist.push_back(instance);
}

void Sema::checkWorklist() {
  // First in, first out: diagnostics come in the order functions are used.
  for (size_t next = 0; next < worklist.size(); ++next) {
    FuncInstance *instance = worklist[next];
    if (instance->bodyChecked)
      continue;
    instance->bodyChecked = true;
    if (!instance->signatureOk || failedGenericCheck(instance->info))
      continue;
    CheckingBody checking(*this, instance);
    unsigned errors = diags.getNumErrors();
    if (!instantiateBySubstitution(instance))
      BodyChecker(*this, *instance).run();
    // A body with errors is not compiled; its ownership is not checked
    // either, which would only repeat what was reported. A body may hold
    // Error nodes with no error of its own (a call of a function whose
    // signature failed, reported where first used): `bodyOk` says so.
    if (diags.getNumErrors() == errors && instance->bodyOk)
      runOwnershipPass(*this, *instance);
  }
  worklist.clear();
}

void Sema::checkUncalledFunctions(ModuleInfo *module) {
  auto checkIfPlain = [&](FuncInfo *func) {
    // Methods of a parametric struct's instances are checked when used.
    if (!func->decl || func->decl->getParams().present ||
        !func->instances.empty() || (func->owner && func->owner->generic) ||
        !getAutoParameterized(func).empty())
      return;
    use(instantiate(func, {}, func->decl->getNameRange()));
  };
  // In source order, so diagnostics are too.
  // By index: instantiating may load modules, which adds functions.
  for (size_t i = 0; i < program->funcs.size(); ++i)
    if (program->funcs[i].module == module)
      checkIfPlain(&program->funcs[i]);
}

/// `main` is the entry point: one function (other names may overload),
/// with no arguments or parameters, returning `None` (LANGUAGE.md §2).
void Sema::checkMain(llvm::ArrayRef<FuncInfo *> mains) {
  FuncInfo *main = mains.front();
  for (FuncInfo *other : mains.drop_front())
    reportRedefinition(diags, other->nameRange, main->nameRange, "main");
  const ast::FuncDecl *decl = main->decl;
  if (!decl->getArgs().params.empty() || decl->getParams().present)
    diags.report(decl->getNameRange(), DiagID::err_main_signature);
  program->mainInstance = instantiate(main, {}, SourceRange());
  Type result = program->mainInstance->result;
  if (!llvm::isa<NoneType, ErrorType>(result)) {
    const ast::ASTContext &ctx = main->module->ast->getContext();
    diags.report(ctx.get(decl->getResult()).getRange(), DiagID::err_main_result)
        << getTypeName(result);
  }
  use(program->mainInstance);
  if (program->mainInstance->raises)
    useUnhandledErrorHook();
}

/// The stdlib function the entry point calls with an error escaping
/// `main` (stdlib/builtin/error.mojo says why it is not in the runtime).
void Sema::useUnhandledErrorHook() {
  ModuleInfo *errors = loadModule("builtin.error", "", SourceRange());
  if (!errors)
    return;
  Entity hook = lookupMember(errors, "__report_unhandled_error", SourceRange());
  if (hook.kind != Entity::Kind::Funcs || hook.funcs.size() != 1)
    return;
  program->unhandledErrorHook =
      instantiate(hook.funcs.front(), {}, SourceRange());
  use(program->unhandledErrorHook);
}

std::unique_ptr<Program> Sema::run(unsigned mainBuffer) {
  mainModule = addModule(mainBuffer, "__main__");
  prelude = loadModule("prelude", "", SourceRange());
  if (prelude)
    prelude->isPrelude = true;
  if (!prelude)
    return std::move(program);
  program->errorType = getHookType("Error");
  if (auto *error = llvm::dyn_cast<StructType>(program->errorType))
    resolveFields(error->getInfo());

  // Before any real instance, whose fields then report nothing the
  // stand-in's did.
  if (options.checkAllFunctions)
    makeStandIns(mainModule); // Their methods are checked with the functions.
  Entity mainFn = lookupGlobal(mainModule, "main", SourceRange());
  if (options.findTests) {
    collectTests();
  } else if (mainFn.kind == Entity::Kind::Funcs &&
             mainFn.funcs.front()->module == mainModule) {
    checkMain(mainFn.funcs);
  } else if (options.requireMain) {
    diags.report(sources.getBufferStart(mainBuffer), DiagID::err_no_main)
        << sources.getBufferName(mainBuffer);
  }
  // Every struct and alias of the file is checked, in source order.
  const ast::ASTContext &ctx = mainModule->ast->getContext();
  for (ast::DeclId id : mainModule->ast->getDecls()) {
    const ast::Decl &decl = ctx.get(id);
    auto it = mainModule->symbols.find(decl.getName());
    if (it == mainModule->symbols.end())
      continue;
    if (auto *alias = llvm::dyn_cast<ast::AliasDecl>(&decl)) {
      // A partly bound struct is checked where parameters complete it.
      if (!getPartialAlias(mainModule, *alias))
        (void)evaluateAlias(mainModule, alias);
    }
    else if (llvm::isa<ast::StructDecl>(decl) && it->second.structInfo &&
             it->second.structInfo->decl == &decl) {
      (void)getLifecycle(it->second.structInfo->type); // Its fields too.
      checkExplicitConformance(it->second.structInfo);
    } else if (llvm::isa<ast::TraitDecl>(decl) && it->second.trait &&
               it->second.trait->decl == &decl)
      checkTraitDecl(it->second.trait);
  }
  if (options.checkAllFunctions) {
    checkGenericFunctions(mainModule);
    checkUncalledFunctions(mainModule);
  }
  checkWorklist();
  return std::move(program);
}

std::unique_ptr<Program> mojo::checkProgram(SourceManager &sources,
                                            unsigned mainBuffer,
                                            DiagnosticEngine &diags,
                                            const SemaOptions &options) {
  FileSystemLoader disk;
  SemaOptions withLoader = options;
  if (!withLoader.loader)
    withLoader.loader = &disk;
  std::unique_ptr<Program> program =
      Sema(sources, diags, withLoader).run(mainBuffer);
  if (options.resolutions)
    options.resolutions->finish();
  return program;
}
