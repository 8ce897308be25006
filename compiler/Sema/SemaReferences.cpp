//===- SemaReferences.cpp - `ref` results and the lvalues they make -------===//
//
// A function declared `-> ref [origins] T` returns a reference: the address
// of a `T` that lives elsewhere, never a copy. Its call is an lvalue, so
// `p[] = 5`, `list[i].x += 1` and `f(list[i])` (by `mut`) work on the
// memory itself (docs/compiler/memory.md):
//
//   fn __getitem__(ref self, i: Int) -> ref [self] T:
//       return self.data[i]        # a place, returned as its address
//
// Which places may be returned: memory the caller reaches after the call
// returns (a `mut` or `ref` argument, the argument the origin names, what
// a pointer designates, another reference). A variable of the callee dies
// with it, so returning one is an error.
//
// Mutability: the reference may be assigned through unless its origin is
// one of the callee's arguments and the call binds that argument
// immutably (a `read` argument, or a `ref` bound to a value that cannot
// change). Origins that are parameters (`ref [origin] T`) are not modelled
// yet and count as mutable.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

/// The argument an origin names: `self` in `ref [self]`, or in
/// `ref [__origin_of(self)]`; empty for anything else.
static llvm::StringRef getOriginArgument(const ast::ASTContext &ctx,
                                         ast::ExprId id) {
  const ast::Expr *origin = &ctx.get(id);
  if (auto *call = llvm::dyn_cast<ast::CallExpr>(origin)) {
    auto *callee = llvm::dyn_cast<ast::NameExpr>(&ctx.get(call->getCallee()));
    if (!callee || callee->getName() != "__origin_of" ||
        call->getArgs().size() != 1)
      return "";
    origin = &ctx.get(call->getArgs()[0].value);
  }
  auto *name = llvm::dyn_cast<ast::NameExpr>(origin);
  return name ? name->getName() : "";
}

void Sema::resolveRefResult(FuncInstance *instance,
                            const ast::RefTypeExpr &ref,
                            const Bindings &bindings) {
  FuncInfo *func = instance->info;
  instance->resultIsRef = true;
  instance->result =
      resolveType(func->module, ref.getType(), bindings, func->owner);
  const ast::ASTContext &ctx = func->module->ast->getContext();
  for (ast::ExprId id : ref.getOrigins()) {
    llvm::StringRef name = getOriginArgument(ctx, id);
    for (size_t i = 0; !name.empty() && i < instance->params.size(); ++i)
      if (instance->params[i].name == name)
        instance->refOriginArg = int(i);
  }
}

void BodyChecker::markReferenceCall(CExpr &call) {
  const FuncInstance &callee = *call.callee;
  call.refResult = true;
  int origin = callee.refOriginArg;
  call.refMutable =
      origin < 0 ||
      callee.params[origin].convention == Convention::Mut ||
      callee.params[origin].convention == Convention::Ref;
}

CExprPtr BodyChecker::returnedReference(ast::ExprId id) {
  CExprPtr value = checkValue(id);
  if (!value)
    return nullptr;
  SourceRange range = value->range;
  const LocalVar *root = value->getRootLocal();
  if (!value->isLValue() || value->kind == CExpr::Kind::Temporary ||
      (root && root->isTemporaryValue)) {
    diags.report(range, DiagID::err_ref_return_not_place);
    return nullptr;
  }
  if (value->type != instance.result &&
      !llvm::isa<ErrorType>(instance.result)) {
    diags.report(range, DiagID::err_ref_return_type)
        << getTypeName(value->type) << getTypeName(instance.result);
    return nullptr;
  }
  bool outlivesCall =
      !root || root->convention == Convention::Mut ||
      root->convention == Convention::Ref ||
      (instance.refOriginArg >= 0 && root->readOnly &&
       root == instance.paramLocals[instance.refOriginArg]);
  if (!outlivesCall) {
    diags.report(range, DiagID::err_ref_return_local) << root->name;
    return nullptr;
  }
  return value;
}
