//===- SemaOrigins.cpp - Origin values and `Origin[m]` parameters ---------===//
//
// mojoc does not track origins yet (docs/compiler/ownership.md): every
// origin is one placeholder value, CValue::Kind::Origin. What it keeps is
// whether the origin is mutable, because the stdlib's views declare it as
// a parameter of their own:
//
//   struct Span[is_mutable: Bool, //, T: CollectionElement,
//               origin: Origin[is_mutable]]
//
// so `Span[Byte, StaticConstantOrigin]` must bind `is_mutable` to False
// from the origin written after it. This file names the origins a program
// can write (`MutableAnyOrigin`, `ImmutableAnyOrigin`,
// `StaticConstantOrigin`, `__origin_of(x)`) and does that inference.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/SemaOrigins.h"

#include "compiler/Sema/SemaImpl.h"

using namespace mojo;
using namespace mojo::sema;

std::optional<CValue> Sema::getNamedOrigin(llvm::StringRef name) {
  if (name == "MutableAnyOrigin")
    return CValue::ofOrigin(/*isMutable=*/true);
  if (name == "ImmutableAnyOrigin" || name == "StaticConstantOrigin")
    return CValue::ofOrigin(/*isMutable=*/false);
  return std::nullopt;
}

bool Sema::isOriginOf(const ast::ASTContext &ctx, const ast::Expr &expr) {
  auto *call = llvm::dyn_cast<ast::CallExpr>(&expr);
  auto *callee = call ? llvm::dyn_cast<ast::NameExpr>(&ctx.get(call->getCallee()))
                      : nullptr;
  return callee && callee->getName() == "__origin_of";
}

void Sema::inferOriginMutability(const ast::ASTContext &ctx,
                                 llvm::ArrayRef<const ast::ParamDecl *> params,
                                 std::vector<CValue> &values) {
  for (size_t i = 0; i < params.size(); ++i) {
    // A value that is no origin binds `m` too, so that the error is about
    // the value (checkParamValue), not about `m`.
    if (values[i].kind == CValue::Kind::None || !params[i]->getType())
      continue;
    // `origin: Origin[m]` with `m` a parameter not bound otherwise.
    auto *type =
        llvm::dyn_cast<ast::SubscriptExpr>(&ctx.get(params[i]->getType()));
    auto *base = type ? llvm::dyn_cast<ast::NameExpr>(&ctx.get(type->getBase()))
                      : nullptr;
    if (!base || base->getName() != "Origin" || type->getIndices().size() != 1)
      continue;
    auto *m = llvm::dyn_cast<ast::NameExpr>(
        &ctx.get(type->getIndices()[0].value));
    for (size_t j = 0; m && j < params.size(); ++j)
      if (params[j]->getName() == m->getName() &&
          values[j].kind == CValue::Kind::None)
        values[j] = CValue::ofBool(values[i].kind == CValue::Kind::Origin &&
                                   values[i].boolValue);
  }
}

bool mojo::sema::isOriginParam(const ast::ASTContext &ctx,
                               const ast::ParamDecl &param) {
  if (!param.getType())
    return false;
  const ast::Expr *type = &ctx.get(param.getType());
  if (auto *subscript = llvm::dyn_cast<ast::SubscriptExpr>(type))
    type = &ctx.get(subscript->getBase());
  auto *name = llvm::dyn_cast<ast::NameExpr>(type);
  return name && (name->getName() == "Origin" ||
                  name->getName() == "MutableOrigin" ||
                  name->getName() == "ImmutableOrigin");
}

Type Sema::bindOriginHoles(ModuleInfo *module, ast::ExprId type,
                           const Bindings &bindings) {
  GenericStruct *generic = getUnboundGeneric(module, type);
  const ast::ASTContext &ctx = module->ast->getContext();
  auto *subscript =
      generic ? llvm::dyn_cast<ast::SubscriptExpr>(&ctx.get(type)) : nullptr;
  if (!subscript)
    return nullptr;
  const ast::ASTContext &genericCtx = generic->module->ast->getContext();
  // First, without evaluating anything: every hole must be an origin.
  auto holeName = [&](ast::ExprId id) {
    const ast::Expr *expr = &ctx.get(id);
    if (auto *unpack = llvm::dyn_cast<ast::UnpackExpr>(expr))
      return static_cast<const ast::Expr *>(unpack); // `*_`: any kind.
    auto *name = llvm::dyn_cast<ast::NameExpr>(expr);
    return name && name->getName() == "_" ? expr : (const ast::Expr *)nullptr;
  };
  std::vector<size_t> indices;
  size_t next = 0;
  for (const ast::Argument &arg : subscript->getIndices()) {
    size_t index = getBoundParam(generic->params, arg.keyword, next);
    const ast::Expr *hole = holeName(arg.value);
    if (index >= generic->params.size() || llvm::isa_and_nonnull<ast::UnpackExpr>(hole) ||
        (hole && !isOriginParam(genericCtx, *generic->params[index])))
      return nullptr;
    indices.push_back(index);
  }
  // The written values, evaluated quietly: this is only a second chance
  // for an argument that did not match.
  std::vector<CValue> values(generic->params.size());
  DiagnosticEngine::Silence silence(diags);
  for (size_t i = 0; i < indices.size(); ++i) {
    ast::ExprId arg = subscript->getIndices()[i].value;
    if (holeName(arg)) {
      values[indices[i]] = CValue::ofOrigin();
      continue;
    }
    std::optional<CValue> value = evaluateConstant(module, arg, bindings);
    if (!value)
      return nullptr;
    values[indices[i]] = std::move(*value);
  }
  StructInfo *info =
      completeStructParams(generic, std::move(values), subscript->getRange(),
                           /*quiet=*/true);
  return info ? info->type : nullptr;
}

void mojo::sema::bindUnboundOrigins(
    const ast::ASTContext &ctx, llvm::ArrayRef<const ast::ParamDecl *> params,
    std::vector<CValue> &values) {
  for (size_t i = 0; i < params.size() && i < values.size(); ++i) {
    const ast::ParamDecl &param = *params[i];
    if (values[i].kind != CValue::Kind::None || param.getDefault() ||
        !isOriginParam(ctx, param))
      continue;
    auto *type = llvm::dyn_cast<ast::NameExpr>(&ctx.get(param.getType()));
    values[i] = CValue::ofOrigin(!type || type->getName() != "ImmutableOrigin");
  }
}
