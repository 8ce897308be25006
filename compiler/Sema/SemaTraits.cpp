//===- SemaTraits.cpp - Traits and conformance ----------------------------===//
//
// LANGUAGE.md §7. A trait holds method requirements (declarations with a
// `...` body, `@staticmethod` or not), associated aliases (`alias N: Int`)
// and parent traits. A requirement's signature mentions `Self`, so it is
// resolved per conforming type: getRequirement makes it a method of that
// struct, and the ordinary signature resolution binds `Self`.
//
// A struct conforms to a trait when, for the trait and each of its
// ancestors, it has
//   - every required method, with the same argument count, conventions,
//     argument types and result (a non-raising method satisfies a `raises`
//     requirement, not the reverse);
//   - the lifecycle requirements through its Lifecycle (Lifecycle.cpp):
//     `__copyinit__`/`__moveinit__` when it can be copied/moved, written,
//     synthesized by `@value` or bitwise; `__del__` always (AnyType);
//   - every associated alias, as an `alias` member.
// Generic requirements (`write_to[W: Writer]`) are matched by their numbers
// of compile-time parameters and arguments only: comparing them fully
// needs the parameters bound to stand-ins of both sides.
//
// Conformance is explicit (`struct S(A)`, checked at the declaration with
// one error per member) or implicit (checked at a use, as a type argument).
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/SemaImpl.h"

#include "llvm/ADT/SmallPtrSet.h"

using namespace mojo;
using namespace mojo::sema;

void Sema::resolveTrait(TraitInfo *trait) {
  if (trait->resolved)
    return;
  trait->resolved = true; // Also stops inheritance cycles.
  const ast::ASTContext &ctx = trait->module->ast->getContext();
  for (ast::DeclId id : trait->decl->getMembers()) {
    const ast::Decl &member = ctx.get(id);
    if (auto *method = llvm::dyn_cast<ast::FuncDecl>(&member))
      trait->methods.push_back(method);
    else if (auto *alias = llvm::dyn_cast<ast::AliasDecl>(&member))
      trait->aliases.push_back(alias);
  }
  for (ast::ExprId parent : trait->decl->getParents())
    if (TraitInfo *resolved = resolveTraitName(trait->module, parent))
      trait->parents.push_back(resolved);
}

void Sema::checkTraitDecl(TraitInfo *trait) {
  resolveTrait(trait);
  for (const ast::FuncDecl *method : trait->methods)
    if (!method->isStub())
      diags.report(method->getNameRange(), DiagID::err_trait_method_body)
          << method->getName();
  if (reportedCycles.count(trait))
    return;
  // A cycle is closed by the parent whose closure leads back here; the
  // traits on it are not reported again.
  const ast::ASTContext &ctx = trait->module->ast->getContext();
  for (ast::ExprId id : trait->decl->getParents()) {
    auto *name = llvm::dyn_cast<ast::NameExpr>(&ctx.get(id));
    Entity parent = name ? lookupGlobal(trait->module, name->getName(),
                                        SourceRange())
                         : Entity::error(SourceRange());
    if (parent.kind != Entity::Kind::Trait ||
        !llvm::is_contained(getTraitClosure(parent.trait), trait))
      continue;
    for (TraitInfo *t : getTraitClosure(parent.trait))
      if (llvm::is_contained(getTraitClosure(t), trait))
        reportedCycles.insert(t);
    diags.report(ctx.get(id).getRange(), DiagID::err_trait_inherits_itself)
        << trait->name << parent.trait->name;
    return;
  }
}

TraitInfo *Sema::resolveTraitName(ModuleInfo *module, ast::ExprId id) {
  const ast::Expr &expr = module->ast->getContext().get(id);
  auto *name = llvm::dyn_cast<ast::NameExpr>(&expr);
  if (!name) {
    if (!llvm::isa<ast::ErrorExpr>(expr))
      diags.report(expr.getRange(), DiagID::err_not_yet_implemented)
          << "this form of trait";
    return nullptr;
  }
  Entity e = lookupGlobal(module, name->getName(), expr.getRange());
  if (e.kind == Entity::Kind::Trait)
    return e.trait;
  if (e.notFound)
    reportUndeclaredGlobal(module, name->getName(), expr.getRange(), {});
  else if (e.kind != Entity::Kind::Error)
    diags.report(expr.getRange(), DiagID::err_not_a_trait) << name->getName();
  return nullptr;
}

std::vector<TraitInfo *> Sema::getTraitClosure(TraitInfo *trait) {
  std::vector<TraitInfo *> closure{trait};
  llvm::SmallPtrSet<TraitInfo *, 8> seen{trait};
  for (size_t i = 0; i < closure.size(); ++i) {
    resolveTrait(closure[i]);
    for (TraitInfo *parent : closure[i]->parents)
      if (seen.insert(parent).second)
        closure.push_back(parent);
  }
  return closure;
}

FuncInfo *Sema::getRequirement(const ast::FuncDecl *decl, ModuleInfo *module,
                               StructInfo *self) {
  FuncInfo *&slot = requirements[{decl, self}];
  if (slot)
    return slot;
  FuncInfo &info = requirementFuncs.emplace_back();
  info.decl = decl;
  info.module = module;
  info.owner = self;
  info.nameRange = decl->getNameRange();
  info.name = self->name + "." + decl->getName().str();
  info.isStatic = decl->findDecorator("staticmethod") != nullptr;
  slot = &info;
  return slot;
}

bool Sema::isRequirement(const FuncInfo *func) const {
  if (!func->decl || !func->owner)
    return false;
  auto it = requirements.find({func->decl, func->owner});
  return it != requirements.end() && it->second == func;
}

namespace {
/// One requirement a struct does not meet.
struct Unmet {
  TraitInfo *trait = nullptr; ///< The trait that declares it.
  const ast::Decl *requirement = nullptr;
  /// The struct's method of that name that does not match, if any.
  FuncInfo *mismatch = nullptr;
  bool isAlias = false;
};
} // namespace

static bool sameSlots(const ParamSlot &a, const ParamSlot &b) {
  if (llvm::isa<ErrorType>(a.type) || llvm::isa<ErrorType>(b.type))
    return true; // Reported with the signature.
  return a.type == b.type && a.convention == b.convention &&
         a.keywordOnly == b.keywordOnly;
}

/// Whether `method` satisfies `requirement`, both methods of one struct.
static bool satisfies(Sema &sema, FuncInfo *requirement, FuncInfo *method) {
  if (requirement->isStatic != method->isStatic)
    return false;
  // `write_bytes(mut self, bytes: Span[Byte, _])` is generic too: its
  // argument's type has a hole the call fills.
  bool reqGeneric = requirement->decl->getParams().present ||
                    !sema.getAutoParameterized(requirement).empty();
  bool methodGeneric =
      method->decl && (method->decl->getParams().present ||
                       !sema.getAutoParameterized(method).empty());
  if (reqGeneric || methodGeneric)
    return reqGeneric == methodGeneric &&
           requirement->decl->getParams().params.size() ==
               method->decl->getParams().params.size() &&
           requirement->decl->getArgs().params.size() ==
               method->decl->getArgs().params.size();
  FuncInstance *r = sema.instantiate(requirement, {}, requirement->nameRange);
  FuncInstance *m = sema.instantiate(method, {}, method->nameRange);
  if (!r->signatureOk || !m->signatureOk)
    return true; // Reported with the signature.
  // A reference and a value travel differently (docs/compiler/memory.md).
  if (r->isInit != m->isInit || r->params.size() != m->params.size() ||
      (m->raises && !r->raises) || r->resultIsRef != m->resultIsRef)
    return false;
  for (size_t i = 0; i < r->params.size(); ++i)
    if (!sameSlots(r->params[i], m->params[i]))
      return false;
  return r->result == m->result || llvm::isa<ErrorType>(r->result) ||
         llvm::isa<ErrorType>(m->result);
}

FuncInfo *Sema::findWitness(FuncInfo *requirement, StructInfo *info) {
  llvm::StringRef name = requirement->decl->getName();
  auto it = info->methods.find(name);
  if (it == info->methods.end())
    return nullptr;
  FuncInfo *asMethod =
      getRequirement(requirement->decl, requirement->module, info);
  for (FuncInfo *method : it->second)
    if (satisfies(*this, asMethod, method))
      return method;
  return nullptr;
}

/// The requirements of `trait` and its ancestors that `info` does not meet.
static std::vector<Unmet> findUnmet(Sema &sema, StructInfo *info,
                                    TraitInfo *trait) {
  sema.resolveFields(info);
  const Lifecycle &life = sema.getLifecycle(info->type);
  std::vector<Unmet> unmet;
  for (TraitInfo *t : sema.getTraitClosure(trait)) {
    for (const ast::FuncDecl *decl : t->methods) {
      llvm::StringRef name = decl->getName();
      if (name == "__del__" ||
          (name == "__copyinit__" && life.copy != Transfer::Unavailable) ||
          (name == "__moveinit__" && life.move != Transfer::Unavailable))
        continue;
      FuncInfo *requirement = sema.getRequirement(decl, t->module, info);
      auto it = info->methods.find(name);
      Unmet u;
      u.trait = t;
      u.requirement = decl;
      if (it != info->methods.end()) {
        if (llvm::any_of(it->second, [&](FuncInfo *method) {
              return satisfies(sema, requirement, method);
            }))
          continue;
        u.mismatch = it->second.front();
      }
      unmet.push_back(u);
    }
    for (const ast::AliasDecl *alias : t->aliases) {
      if (info->aliases.count(alias->getName()))
        continue;
      Unmet u;
      u.trait = t;
      u.requirement = alias;
      u.isAlias = true;
      unmet.push_back(u);
    }
  }
  return unmet;
}

std::string Sema::checkConformance(Type type, TraitInfo *trait) {
  // Asked at every call with a bound (each argument of each `print`):
  // the answer is computed once per type and trait.
  auto [it, inserted] = conformances.try_emplace({type, trait});
  if (inserted)
    it->second = findNonConformance(type, trait);
  return it->second;
}

unsigned Sema::countRefinedBounds(FuncInfo *func) {
  // Asked while sorting the candidates of every overloaded call.
  auto [it, inserted] = refinedBounds.try_emplace(func, 0);
  if (!inserted)
    return it->second;
  TraitInfo *anyType = getHookTrait("AnyType");
  const ast::ASTContext &ctx = func->module->ast->getContext();
  unsigned refined = 0;
  for (const ast::ParamDecl *param : getCompileTimeParams(func)) {
    auto *bound = param->getType() ? llvm::dyn_cast<ast::NameExpr>(
                                         &ctx.get(param->getType()))
                                   : nullptr;
    Entity e = bound ? lookupGlobal(func->module, bound->getName(),
                                    SourceRange())
                     : Entity::error(SourceRange());
    refined += e.kind == Entity::Kind::Trait && e.trait != anyType;
  }
  return refinedBounds[func] = refined;
}

std::string Sema::findNonConformance(Type type, TraitInfo *trait) {
  if (llvm::isa<ErrorType>(type) || conformsByBound(type, trait))
    return "";
  std::string prefix = "`" + getTypeName(type) + "` does not conform to `" +
                       trait->name + "`: ";
  // `AnyTrivialRegType` has no requirements to read: it asks for values
  // that copy, move and die as bits (Mojo 24.6 spells it as an MLIR type).
  if (trait == getHookTrait("AnyTrivialRegType") && !isTrivial(type))
    return prefix + "copying, moving or destroying it runs code";
  // Every type has a destructor, so a trait asking for no more
  // (`AnyType`) is met without looking at the type, whose fields may
  // still be resolving: `Node`'s field `UnsafePointer[Node]` binds `Node`.
  bool asksOnlyDel = llvm::all_of(getTraitClosure(trait), [](TraitInfo *t) {
    return t->aliases.empty() &&
           llvm::all_of(t->methods, [](const ast::FuncDecl *decl) {
             return decl->getName() == "__del__";
           });
  });
  if (asksOnlyDel)
    return "";
  // `None` has the methods of the prelude's `_NoneTypeMethods`, which
  // it converts to as their receiver (`checkMember` in SemaExpr.cpp).
  if (llvm::isa<NoneType>(type))
    type = getHookType("_NoneTypeMethods");
  auto *st = llvm::dyn_cast<StructType>(type);
  if (!st) {
    // MLIR types are bits, with no methods or aliases.
    for (TraitInfo *t : getTraitClosure(trait)) {
      for (const ast::FuncDecl *decl : t->methods)
        if (decl->getName() != "__del__" && decl->getName() != "__copyinit__" &&
            decl->getName() != "__moveinit__")
          return prefix + "it has no method `" + decl->getName().str() + "`";
      if (!t->aliases.empty())
        return prefix + "it has no alias `" +
               t->aliases.front()->getName().str() + "`";
    }
    return "";
  }
  std::vector<Unmet> unmet = findUnmet(*this, st->getInfo(), trait);
  if (unmet.empty())
    return "";
  const Unmet &u = unmet.front();
  std::string name = u.requirement->getName().str();
  if (u.isAlias)
    return prefix + "it has no alias `" + name + "`";
  if (u.mismatch)
    return prefix + "its method `" + name + "` does not match the requirement";
  return prefix + "it has no method `" + name + "`";
}

void Sema::checkExplicitConformance(StructInfo *info) {
  const ast::ASTContext &ctx = info->module->ast->getContext();
  for (ast::ExprId id : info->decl->getTraits()) {
    TraitInfo *trait = resolveTraitName(info->module, id);
    if (!trait)
      continue;
    SourceRange range = ctx.get(id).getRange();
    for (const Unmet &u : findUnmet(*this, info, trait)) {
      llvm::StringRef member = u.requirement->getName();
      DiagID diagID = u.isAlias    ? DiagID::err_trait_missing_alias
                      : u.mismatch ? DiagID::err_trait_method_mismatch
                                   : DiagID::err_trait_missing_method;
      SourceRange at = u.mismatch ? u.mismatch->nameRange : range;
      auto diag = diags.report(at, diagID);
      diag << info->name << trait->name << member;
      diag.note(u.requirement->getNameRange(), DiagID::note_trait_requirement)
          << member << u.trait->name;
      if (u.mismatch && readsCallLocation(u.mismatch))
        diag.note(u.mismatch->nameRange, DiagID::note_reads_call_location)
            << member;
    }
  }
}

const ast::AliasDecl *Sema::findMemberAlias(ModuleInfo *module,
                                            const ast::MemberExpr &expr,
                                            const Bindings &bindings,
                                            StructInfo *&owner) {
  auto *base = llvm::dyn_cast<ast::NameExpr>(
      &module->ast->getContext().get(expr.getBase()));
  if (!base)
    return nullptr;
  Type type = nullptr;
  auto bound = bindings.find(base->getName());
  if (bound != bindings.end()) {
    if (bound->second.kind == CValue::Kind::Type)
      type = bound->second.type;
  } else {
    Entity e = lookupGlobal(module, base->getName(), base->getRange());
    if (e.kind == Entity::Kind::Type)
      type = e.type;
    // `Wide.cells`, where `alias Wide = Grid[2, 8]` names an instance.
    if (e.kind == Entity::Kind::Alias)
      if (std::optional<CValue> v = evaluateAlias(e.aliasModule, e.alias))
        if (v->kind == CValue::Kind::Type)
          type = v->type;
  }
  auto *st = llvm::dyn_cast_or_null<StructType>(type);
  if (!st)
    return nullptr;
  owner = st->getInfo();
  return findStructAlias(owner, expr.getName());
}
