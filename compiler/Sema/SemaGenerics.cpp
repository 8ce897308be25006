//===- SemaGenerics.cpp - Generic bodies checked against their bounds -----===//
//
// DESIGN.md, "Generics are checked once": each generic function of the main
// file is checked once with its type parameters bound to archetypes, so a
// call of a method the bound lacks is an error at the definition even when
// nothing instantiates it.
//
//   fn f[T: Shape](x: T) -> Int:      T  ->  archetype `T`: a stand-in struct
//       return x.area()                      whose methods are Shape's
//                                            requirements (Self = T)
//
// That instance is check-only: an instance whose bindings mention an
// archetype, or a method of a stand-in, is never `use`d, so it never
// reaches the worklist or IRGen. Concrete instances are still checked per
// binding set, as before (docs/compiler/generics.md says why); when the
// check against the bounds failed, they are not, which would repeat its
// diagnostics.
//
// A parameter `n: Int` or `b: Bool` is an unknown value of its type
// (CValue::Kind::Unknown): what depends on it is unknown too, and keeps
// the expression that computes it (CValue::symbolic), a `@parameter if`
// over it checks every branch, and a `@parameter for` over it checks its
// body once. Where the check cannot reason yet it checks
// nothing rather than report false errors: functions with packs (`*Ts`),
// origins, or parameters of other types are left to their instances, and
// so are those with a homogeneous variadic argument `*values: T`, whose
// list struct depends on whether `T` is trivial (VariadicList or
// VariadicListMem; docs/compiler/variadics.md).
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

#include "llvm/ADT/SmallPtrSet.h"

using namespace mojo;
using namespace mojo::sema;

/// Whether a trait among `closure` requires the member `name`.
static bool promises(llvm::ArrayRef<TraitInfo *> closure,
                     llvm::StringRef name) {
  for (TraitInfo *trait : closure)
    for (const ast::FuncDecl *method : trait->methods)
      if (method->getName() == name)
        return true;
  return false;
}

Type Sema::makeArchetype(ModuleInfo *module, const ast::ParamDecl &param,
                         std::vector<TraitInfo *> bounds) {
  StructInfo &info = standIns.emplace_back();
  info.module = module;
  info.name = param.getName().str();
  info.fieldsResolved = true;
  info.type = program->types.makeArchetype(&info, bounds);
  std::vector<TraitInfo *> closure;
  llvm::SmallPtrSet<TraitInfo *, 8> seen;
  for (TraitInfo *bound : bounds)
    for (TraitInfo *t : getTraitClosure(bound))
      if (seen.insert(t).second)
        closure.push_back(t);
  // Copying and moving are what the bounds promise. Destroying is always
  // possible (AnyType), and is assumed to run code: the checked tree then
  // has every copy, move and temporary a binding may need, and
  // substitution drops those a trivial binding does not.
  info.lifecycle.copy = promises(closure, "__copyinit__") ? Transfer::Bitwise
                                                          : Transfer::Unavailable;
  info.lifecycle.move = promises(closure, "__moveinit__") ? Transfer::Bitwise
                                                          : Transfer::Unavailable;
  info.lifecycle.needsDestroy = true;
  // `AnyTrivialRegType` promises all three as bits.
  if (llvm::is_contained(closure, getHookTrait("AnyTrivialRegType")))
    info.lifecycle = Lifecycle();
  info.lifecycleState = StructInfo::LifecycleState::Resolved;
  for (TraitInfo *t : closure) {
    for (const ast::FuncDecl *method : t->methods) {
      llvm::StringRef name = method->getName();
      if (name == "__copyinit__" || name == "__moveinit__" || name == "__del__")
        continue; // The lifecycle above.
      info.methods[name].push_back(getRequirement(method, t->module, &info));
    }
    for (const ast::AliasDecl *alias : t->aliases)
      info.aliases.try_emplace(alias->getName(), alias);
  }
  return info.type;
}

bool Sema::conformsByBound(Type type, TraitInfo *trait) {
  auto *archetype = llvm::dyn_cast<ArchetypeType>(type);
  if (!archetype)
    return false;
  for (TraitInfo *bound : archetype->getBounds())
    if (llvm::is_contained(getTraitClosure(bound), trait))
      return true;
  return false;
}

Type Sema::getAssociatedAliasType(const ArchetypeType *archetype,
                                  llvm::StringRef name) {
  for (TraitInfo *bound : archetype->getBounds())
    for (TraitInfo *t : getTraitClosure(bound))
      for (const ast::AliasDecl *alias : t->aliases)
        if (alias->getName() == name && alias->getType())
          return resolveType(t->module, alias->getType(), {},
                             archetype->getInfo());
  return nullptr;
}

void Sema::checkGenericBody(FuncInfo *func) {
  // Methods of a parametric struct are checked with its stand-in instance
  // when they can be (SemaStructGenerics.cpp), else per instance.
  bool ofStruct = func->owner && func->owner->generic;
  if (ofStruct && !isCheckedWithStandIn(func))
    return;
  // Functions with automatically parameterized arguments (`g: Grid`) are
  // checked per instance: their hidden parameters have no stand-ins yet.
  // A nested function is checked with the body that declares it
  // (SemaParametricClosures.cpp), where its captures are found.
  if (func->closureId)
    return;
  if (!func->decl || (!func->decl->getParams().present && !ofStruct) ||
      func->duplicateParams || !getAutoParameterized(func).empty() ||
      getHomogeneousVariadic(func))
    return;
  std::vector<CValue> bindings;
  for (const ast::ParamDecl *param : getCompileTimeParams(func)) {
    std::optional<CValue> value = getBoundsBinding(func->module, *param);
    if (!value)
      return;
    // A value parameter's unknown remembers which it is: substitution
    // replaces it (SemaSubstitution.cpp).
    if (value->kind == CValue::Kind::Unknown)
      value->parameter = bindings.size() + 1;
    bindings.push_back(std::move(*value));
  }
  unsigned errors = diags.getNumErrors();
  FuncInstance *instance = instantiate(func, bindings, func->nameRange);
  func->genericInstance = instance;
  if (instance->signatureOk && !instance->bodyChecked) {
    instance->bodyChecked = true;
    CheckingBody checking(*this, instance);
    BodyChecker(*this, *instance).run();
  }
  if (diags.getNumErrors() != errors)
    func->genericErrors = true;
}

void Sema::checkGenericFunctions(ModuleInfo *module) {
  // By index: checking may load modules, which adds functions.
  for (size_t i = 0; i < program->funcs.size(); ++i)
    if (program->funcs[i].module == module)
      checkGenericBody(&program->funcs[i]);
}
