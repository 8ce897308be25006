//===- SemaStructGenerics.cpp - Parametric structs checked against bounds -===//
//
// The methods of a parametric struct of the main file are checked once, like
// generic functions (SemaGenerics.cpp), against a **stand-in instance**
// whose parameters are bound to archetypes (`Int` and `Bool` values to
// unknown values):
//
//   struct Box[T: CollectionElement]:     Box[T]: the stand-in, T an
//       var item: T                       archetype whose methods are
//       fn show(self): self.item.show()   CollectionElement's: `show` is
//                                         an error here, with no instance
//
// The stand-in is an ordinary instance of the struct (keyed by its
// archetypes, so no real instance is ever it), and it is check-only:
// neither it nor anything bound to it is used or emitted. When a method's
// check reports errors, the real instances' copies of that method are not
// checked again (failedGenericCheck), which would repeat them per instance.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/SemaImpl.h"

using namespace mojo;
using namespace mojo::sema;

std::optional<CValue> Sema::getBoundsBinding(ModuleInfo *module,
                                             const ast::ParamDecl &param) {
  // Packs, origins and values of other types are left to the instances.
  if (param.isVariadic() || !param.getType())
    return std::nullopt;
  auto *name = llvm::dyn_cast<ast::NameExpr>(
      &module->ast->getContext().get(param.getType()));
  if (!name)
    return std::nullopt;
  Entity bound = lookupGlobal(module, name->getName(), param.getRange());
  // Binding an instance accepts a bound nothing declares (isTypeParam);
  // the declaration, checked once here, is where that is an error. The
  // origin types are known by name until the stdlib declares them
  // (bindOrigins, SemaParamBinding.cpp).
  llvm::StringRef boundName = name->getName();
  if (bound.notFound && boundName != "MutableOrigin" &&
      boundName != "ImmutableOrigin" && boundName != "OriginSet") {
    reportUndeclaredGlobal(module, name->getName(), name->getRange(), {});
    return std::nullopt;
  }
  if (bound.kind == Entity::Kind::Type &&
      (bound.type == getHookType("Int") || bound.type == getHookType("Bool"))) {
    CValue value = CValue::unknown(bound.type);
    value.stringValue = param.getName().str(); // Its name, as printed.
    return value;
  }
  if (bound.kind != Entity::Kind::Trait)
    return std::nullopt;
  return CValue::ofType(makeArchetype(module, param, {bound.trait}));
}

static bool mentionsArchetype(const CValue &value);

/// Whether `type` is an archetype or is built from one (`Box[T]`,
/// `Tuple[T, Int]`, `fn(T) -> Int`, an MLIR type spliced from an unknown
/// parameter).
static bool mentionsArchetype(Type type) {
  if (!type)
    return false;
  if (llvm::isa<ArchetypeType>(type))
    return true;
  if (auto *mlir = llvm::dyn_cast<MLIRType>(type))
    return mlir->isSymbolic(); // `__mlir_type[`vector<`, n, `xf32>`]`
  if (auto *st = llvm::dyn_cast<StructType>(type))
    return llvm::any_of(st->getInfo()->bindings, [](const CValue &value) {
      return mentionsArchetype(value);
    });
  if (auto *tuple = llvm::dyn_cast<TupleType>(type))
    return llvm::any_of(tuple->getElements(),
                        [](Type t) { return mentionsArchetype(t); });
  if (auto *fn = llvm::dyn_cast<FunctionType>(type)) {
    if (mentionsArchetype(fn->getResult()))
      return true;
    return llvm::any_of(fn->getArgs(), [](const FunctionArg &arg) {
      return mentionsArchetype(arg.type);
    });
  }
  return false;
}

/// A template declared in a body that is itself only checked (a generic
/// body against its bounds, another template).
static bool isCheckOnlyClosureTemplate(const FuncInstance *closureTemplate) {
  const FuncInstance *parent = closureTemplate->closureParent;
  return parent && parent->checkOnly;
}

static bool mentionsArchetype(const CValue &value) {
  switch (value.kind) {
  case CValue::Kind::Unknown:
    return true;
  case CValue::Kind::Type:
    return mentionsArchetype(value.type);
  case CValue::Kind::TypeList:
    return llvm::any_of(value.types,
                        [](Type t) { return mentionsArchetype(t); });
  case CValue::Kind::Func:
    // A parametric closure's template is never emitted, but what it is
    // bound to is: each call there makes an instance of it.
    return value.func && value.func->checkOnly &&
           !(value.func->isClosureTemplate &&
             !isCheckOnlyClosureTemplate(value.func));
  case CValue::Kind::List:
    return llvm::any_of(value.fields,
                        [](const CValue &v) { return mentionsArchetype(v); });
  default:
    return false;
  }
}

bool Sema::isCheckOnlyType(Type type) { return mentionsArchetype(type); }

bool Sema::isCheckOnly(const FuncInfo *func,
                       llvm::ArrayRef<CValue> bindings) {
  if (func->owner && mentionsArchetype(func->owner->type))
    return true;
  return llvm::any_of(bindings,
                      [](const CValue &value) { return mentionsArchetype(value); });
}

bool Sema::failedGenericCheck(const FuncInfo *func) {
  if (func->genericErrors)
    return true;
  if (!func->decl || !func->owner || !func->owner->generic)
    return false;
  const StructInfo *standIn = func->owner->generic->standIn;
  if (!standIn || standIn == func->owner)
    return false;
  auto methods = standIn->methods.find(func->decl->getName());
  if (methods == standIn->methods.end())
    return false;
  for (const FuncInfo *method : methods->second)
    if (method->decl == func->decl)
      return method->genericErrors;
  return false;
}

void Sema::makeStandIn(GenericStruct *generic) {
  std::vector<CValue> values;
  for (const ast::ParamDecl *param : generic->params) {
    std::optional<CValue> value = getBoundsBinding(generic->module, *param);
    if (!value)
      return;
    values.push_back(std::move(*value));
  }
  generic->standIn = completeStructParams(generic, std::move(values),
                                          generic->decl->getNameRange(),
                                          /*quiet=*/true);
  if (!generic->standIn)
    return;
  unsigned errors = diags.getNumErrors();
  resolveFields(generic->standIn);
  generic->standInFieldErrors = diags.getNumErrors() != errors;
}

void Sema::makeStandIns(ModuleInfo *module) {
  // Their methods are appended to program->funcs, where
  // checkGenericFunctions finds them (checkGenericBody).
  for (GenericStruct &generic : program->genericStructs)
    if (generic.module == module)
      makeStandIn(&generic);
}

bool Sema::isCheckedWithStandIn(FuncInfo *func) {
  if (!func->decl || func->owner != func->owner->generic->standIn ||
      !getAutoParameterized(func).empty() || getHomogeneousVariadic(func))
    return false;
  // A stricter `self` (`self: Holder[U]`, conditional conformance) binds
  // the struct's parameters to its own, whose bounds the struct's need
  // not include: left to the instances it is viable for.
  const ast::ASTContext &ctx = func->module->ast->getContext();
  const ast::ParamList &args = func->decl->getArgs();
  if (!func->isStatic && !args.params.empty() &&
      ctx.getAs<ast::ParamDecl>(args.params.front()).getType())
    return false;
  return true;
}
