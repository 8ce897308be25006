//===- SemaClosures.cpp - Nested functions and what they capture ----------===//
//
// A nested `fn` is checked where it is declared, while the enclosing body's
// scopes are live: a name it does not declare itself is looked up in the
// enclosing body, and a variable found there is *captured by reference*: the
// closure gets a local standing for it (a `mut`-like reference), and the
// pair goes into FuncInstance::captures, whose order is the order of the
// slots of the closure's environment. A closure nested in a closure captures
// through the one between. Once checked, the name is bound like a
// compile-time parameter to the closure as a function value, so calls of it
// are direct calls. docs/compiler/closures.md has the design.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

FuncInstance *Sema::instantiateClosure(ModuleInfo *module,
                                       const ast::FuncDecl &decl,
                                       const Bindings &bindings,
                                       FuncInstance *parent) {
  FuncInfo *info = collectFunc(module, decl, nullptr);
  info->closureId = ++closureCount;
  auto &slot = info->instances[{}];
  slot = std::make_unique<FuncInstance>();
  FuncInstance *instance = slot.get();
  instance->info = info;
  instance->closureParent = parent;
  // Declared in a body only checked (a parametric closure's template, a
  // generic body): it is checked, never emitted.
  instance->checkOnly = parent->checkOnly;
  parent->substitutable = false; // Closures are checked with their parent.
  instance->instantiatedBy = parent;
  instance->instantiatedAt = decl.getNameRange();
  instance->instantiationDepth = parent->instantiationDepth;
  resolveSignature(instance, bindings);
  return instance;
}

void Sema::checkClosureBody(FuncInstance *closure, BodyChecker &enclosing,
                            const Bindings &bindings,
                            llvm::ArrayRef<LocalVar *> copies) {
  closure->bodyChecked = true;
  if (!closure->signatureOk) {
    closure->bodyOk = false;
    return;
  }
  CheckingBody checking(*this, closure);
  unsigned errors = diags.getNumErrors();
  BodyChecker inner(*this, *closure);
  inner.enclosing = &enclosing;
  inner.bindings = bindings;
  for (LocalVar *copy : copies)
    inner.copiedCaptures[copy->name] = copy;
  inner.run();
  if (diags.getNumErrors() == errors && closure->bodyOk && !closure->checkOnly)
    runOwnershipPass(*this, *closure);
}

std::vector<LocalVar *> BodyChecker::copyCaptures(const ast::FuncDecl &decl,
                                                  CBlock &out) {
  std::vector<LocalVar *> copies;
  const ast::Decorator *decorator = decl.findDecorator("__copy_capture");
  if (!decorator)
    return copies;
  for (const ast::Argument &arg : decorator->args) {
    const ast::Expr &expr = ast.get(arg.value);
    auto *name = llvm::dyn_cast<ast::NameExpr>(&expr);
    LocalVar *var = name ? lookupLocal(name->getName()) : nullptr;
    if (!var) {
      if (name)
        reportUndeclaredName(name->getName(), expr.getRange());
      else
        diags.report(expr.getRange(), DiagID::err_copy_capture_not_variable);
      continue;
    }
    if (llvm::isa<ErrorType>(var->type))
      continue;
    if (!sema.isTrivial(var->type)) {
      diags.report(expr.getRange(), DiagID::err_not_yet_implemented)
          << "`@__copy_capture` of a value that is not trivial";
      continue;
    }
    LocalVar *copy = newTemporary(var->type, expr.getRange());
    copy->name = var->name;
    auto init = makeStmt(CStmt::Kind::Init, expr.getRange());
    init->local = copy;
    init->value = makeLocalRef(var, expr.getRange());
    out.push_back(std::move(init));
    copies.push_back(copy);
  }
  return copies;
}

void BodyChecker::checkNestedFunc(const ast::FuncDecl &decl, CBlock &out) {
  // LANGUAGE.md §4: two nested functions of one scope cannot share a name
  // (nor a function and a variable). The name is recorded like a local
  // `alias`: its value is a compile-time binding.
  Scope &scope = scopes.back();
  SourceRange previous;
  if (scope.aliases.count(decl.getName()))
    previous = scope.aliases.lookup(decl.getName());
  else if (LocalVar *var = scope.vars.lookup(decl.getName()))
    previous = var->range;
  if (previous.isValid()) {
    reportRedefinition(diags, decl.getNameRange(), previous, decl.getName());
    return;
  }
  scope.aliases[decl.getName()] = decl.getNameRange();
  if (decl.getParams().present)
    return checkParametricNestedFunc(decl, out);
  FuncInstance *closure =
      sema.instantiateClosure(module, decl, bindings, &instance);
  std::vector<LocalVar *> copies = copyCaptures(decl, out);
  sema.checkClosureBody(closure, *this, bindings, copies);
  sema.use(closure);
  bindings[decl.getName()] =
      CValue::ofFunc(closure, sema.getFunctionTypeOf(closure));
}

LocalVar *BodyChecker::captureByName(llvm::StringRef name) {
  if (presetFromTemplate)
    return presetCaptureByName(name);
  // The closure's own compile-time names hide the enclosing variables.
  if (!enclosing || lookupBinding(name) || isLocalAlias(name))
    return nullptr;
  LocalVar *outer = copiedCaptures.lookup(name);
  if (!outer)
    outer = enclosing->lookupLocal(name);
  if (!outer)
    return nullptr;
  LocalVar *local = captureVariable(outer);
  if (instance.isClosureTemplate)
    sema.closureTemplates[&instance].capturedNames[name] = outer;
  return local;
}

LocalVar *BodyChecker::captureVariable(LocalVar *outer) {
  LocalVar *&known = capturedLocals[outer];
  if (known)
    return known;
  LocalVar *local = &instance.locals.emplace_back();
  local->name = outer->name;
  local->type = outer->type;
  local->range = outer->range;
  local->convention = Convention::Mut; // It lives in the enclosing frame.
  local->readOnly = outer->readOnly;
  local->immutableRef = outer->immutableRef;
  local->capturedFrom = outer;
  instance.captures.emplace_back(outer, local);
  // Not yet initialized where the closure is declared: reading it in the
  // closure is reading an uninitialized variable.
  if (enclosing->uninitialized.count(outer))
    uninitialized.insert(local);
  known = local;
  return local;
}

LocalVar *BodyChecker::reachVariable(LocalVar *var,
                                     const FuncInstance *owner) {
  if (&instance == owner)
    return var;
  if (!enclosing)
    return presetFromTemplate ? reachPresetCapture(var) : nullptr;
  LocalVar *outer = enclosing->reachVariable(var, owner);
  return outer ? captureVariable(outer) : nullptr;
}

bool BodyChecker::requireEnvironment(const FuncInstance *closure,
                                     SourceRange range) {
  if (closure == &instance || closure->closureParent == &instance)
    return true;
  for (const FuncInstance *env : getEnvironmentArgs(instance))
    if (env == getEnvironmentOwner(closure))
      return true;
  for (const auto &captured : closure->captures) {
    if (!reachVariable(captured.first, closure->closureParent)) {
      diags.report(range, DiagID::err_not_yet_implemented)
          << "using a capturing closure outside the function that declares it";
      return false;
    }
  }
  return true;
}
