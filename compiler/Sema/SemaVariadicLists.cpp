//===- SemaVariadicLists.cpp - `*values: T` as one list value -------------===//
//
// A homogeneous variadic argument `fn f(*values: T)` is one argument of
// the instance, a list of the elements the call passes (Mojo 24.6's
// `VariadicList[T]`, or `VariadicListMem[T]` for a type that is not
// trivial; stdlib/builtin/variadics.mojo):
//
//   f(a, b, c)  ->  f(variadic[T](a, b, c))     (a VariadicList node)
//
// The caller stores the elements in one stack buffer of its frame and
// passes its address and length, so one instance of `f` serves every
// number of elements, and `len(values)`, `values[i]`, `for v in values`
// and passing `values` on are the list's own methods. What each element
// of a `VariadicListMem` is:
//
//   read  `*values: S`        the caller's value (a temporary for an
//                             rvalue), destroyed by the caller after the
//                             call; the buffer holds its address
//   owned `owned *values: S`  a value the callee owns (a copy, or the
//                             value moved with `^`); the list destroys the
//                             elements still in it when it dies
//
// Heterogeneous packs (`*values: *Ts`) and variadic parameters are read in
// SemaVariadics.cpp.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

const ast::ParamDecl *Sema::getHomogeneousVariadic(FuncInfo *func) {
  if (!func->decl)
    return nullptr;
  const ast::ASTContext &ctx = func->module->ast->getContext();
  for (ast::DeclId id : func->decl->getArgs().params) {
    const auto &param = ctx.getAs<ast::ParamDecl>(id);
    if (param.isVariadic() && param.getType() &&
        !llvm::isa<ast::UnpackExpr>(ctx.get(param.getType())))
      return &param;
  }
  return nullptr;
}

/// Whether `list` has the two fields IRGen builds a VariadicList node as:
/// an address (a struct over one `!llvm.ptr`, `UnsafePointer`) and an
/// `Int` count.
static bool hasListLayout(Sema &sema, StructInfo *list) {
  sema.resolveFields(list);
  if (list->fields.size() != 2 ||
      list->fields[1].type != sema.getHookType("Int"))
    return false;
  auto *address = llvm::dyn_cast<StructType>(list->fields[0].type);
  if (!address)
    return false;
  StructInfo *pointer = address->getInfo();
  sema.resolveFields(pointer);
  if (pointer->fields.size() != 1)
    return false;
  auto *ptr = llvm::dyn_cast<MLIRType>(pointer->fields[0].type);
  return ptr && ptr->getSpelling() == "!llvm.ptr";
}

/// The list type `*values: element` travels in: `VariadicList[element]`
/// for a trivial element (its values are the buffer's), else
/// `VariadicListMem[element, owned]` (the buffer holds addresses).
static Type getVariadicListType(Sema &sema, Type element, bool owned,
                                SourceRange range) {
  bool trivial = sema.isTrivial(element);
  llvm::StringRef name = trivial ? "VariadicList" : "VariadicListMem";
  Entity hook = sema.lookupGlobal(sema.prelude, name, range);
  if (hook.kind != Entity::Kind::GenericStruct) {
    sema.diags.report(range, DiagID::err_variadic_list_hook) << name;
    return sema.program->types.getErrorType();
  }
  std::vector<CValue> params{CValue::ofType(element)};
  if (!trivial)
    params.push_back(CValue::ofBool(owned));
  StructInfo *list = sema.completeStructParams(hook.generic, params, range);
  if (!list)
    return sema.program->types.getErrorType();
  if (!hasListLayout(sema, list)) {
    sema.diags.report(range, DiagID::err_variadic_list_hook) << name;
    return sema.program->types.getErrorType();
  }
  return list->type;
}

bool Sema::resolveVariadicListSlot(FuncInstance *instance,
                                   const ast::ParamDecl &param,
                                   const Bindings &bindings, ParamSlot &slot) {
  FuncInfo *func = instance->info;
  ast::Convention convention = param.getConvention();
  bool owned = convention == ast::Convention::Owned;
  if (!owned && convention != ast::Convention::Read &&
      convention != ast::Convention::Borrowed &&
      convention != ast::Convention::Default) {
    diags.report(param.getRange(), DiagID::err_variadic_convention)
        << ast::getSpelling(convention);
    slot.type = program->types.getErrorType();
    return false;
  }
  if (!param.getType()) { // `*values` alone: no element type to list.
    reportUntypedArgument(*func->decl, param);
    slot.type = program->types.getErrorType();
    return false;
  }
  Type element =
      resolveType(func->module, param.getType(), bindings, func->owner);
  slot.variadicElement = element;
  if (llvm::isa<ErrorType>(element)) {
    slot.type = element;
    return false;
  }
  slot.type = getVariadicListType(*this, element, owned, param.getRange());
  // The callee owns an owned list of values that need destroying; a list
  // of trivial values owns nothing, and is read like any `read` argument.
  slot.convention =
      owned && !isTrivial(element) ? Convention::Owned : Convention::Read;
  return !llvm::isa<ErrorType>(slot.type);
}

CExprPtr BodyChecker::makeVariadicList(const ParamSlot &slot,
                                       std::vector<CExprPtr> elements,
                                       SourceRange range) {
  Type element = slot.variadicElement;
  bool owned = slot.convention == Convention::Owned;
  auto list = makeExpr(CExpr::Kind::VariadicList, slot.type, range);
  list->typeOperand = element;
  list->elementsByAddress = !sema.isTrivial(element);
  for (CExprPtr &source : elements) {
    SourceRange argRange = source->range;
    CExprPtr value = convert(std::move(source), element, argRange);
    // Read elements stay where they are (a temporary for an rvalue the
    // caller destroys after the call); owned ones are copies or moves.
    if (value && list->elementsByAddress)
      value = owned ? ownedValue(std::move(value))
                    : borrowedValue(std::move(value));
    if (!value)
      return nullptr;
    list->operands.push_back(std::move(value));
  }
  return list;
}
