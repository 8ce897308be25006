//===- SemaAlias.cpp - `alias` declarations ---------------------------------===//
//
// An alias names a compile-time value: an integer (folded exactly, staying an
// `IntLiteral` unless annotated), a string literal, or a type. This is the
// first piece of the compile-time interpreter DESIGN.md describes; values it
// cannot evaluate yet are reported as not yet implemented.
//
//   alias N = 1 << 10          # IntLiteral 1024
//   alias M: Int = N * 2       # Int 2048
//   alias Greeting = "hi"      # StringLiteral
//   alias Index = Int          # a type
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/Dunders.h"
#include "compiler/Sema/SemaImpl.h"

#include "compiler/Comptime/IntLiteralFolding.h"

using namespace mojo;
using namespace mojo::sema;

std::optional<CValue> Sema::evaluateConstant(ModuleInfo *module,
                                             ast::ExprId id,
                                             const Bindings &bindings) {
  const ast::ASTContext &ctx = module->ast->getContext();
  const ast::Expr &expr = ctx.get(id);
  auto notConstant = [&]() -> std::optional<CValue> {
    diags.report(expr.getRange(), DiagID::err_not_yet_implemented)
        << "this kind of `alias` value";
    return std::nullopt;
  };
  if (auto *lit = llvm::dyn_cast<ast::IntegerLiteralExpr>(&expr)) {
    return CValue::ofInt(getLiteralValue(*lit));
  }
  if (auto *b = llvm::dyn_cast<ast::BoolLiteralExpr>(&expr)) {
    CValue v;
    v.kind = CValue::Kind::Bool;
    v.boolValue = b->getValue();
    return v;
  }
  if (auto *compare = llvm::dyn_cast<ast::CompareExpr>(&expr))
    return evaluateComparison(module, *compare, bindings);
  if (auto *notExpr = llvm::dyn_cast<ast::NotExpr>(&expr)) {
    std::optional<CValue> v =
        evaluateConstant(module, notExpr->getOperand(), bindings);
    if (!v || v->kind != CValue::Kind::Bool)
      return v ? notConstant() : v;
    v->boolValue = !v->boolValue;
    return v;
  }
  if (auto *boolOp = llvm::dyn_cast<ast::BoolOpExpr>(&expr)) {
    std::optional<CValue> l =
        evaluateConstant(module, boolOp->getLHS(), bindings);
    if (!l || l->kind != CValue::Kind::Bool)
      return l ? notConstant() : l;
    bool isAnd = boolOp->getOp() == ast::BoolOpKind::And;
    if (l->boolValue != isAnd) // Short-circuit, as at run time.
      return l;
    std::optional<CValue> r =
        evaluateConstant(module, boolOp->getRHS(), bindings);
    if (r && r->kind != CValue::Kind::Bool)
      return notConstant();
    return r;
  }
  if (auto *str = llvm::dyn_cast<ast::StringLiteralExpr>(&expr)) {
    CValue v;
    v.kind = CValue::Kind::String;
    v.stringValue = str->getValue().str();
    return v;
  }
  if (auto *name = llvm::dyn_cast<ast::NameExpr>(&expr)) {
    auto it = bindings.find(name->getName());
    if (it != bindings.end())
      return it->second;
    Entity e = lookupGlobal(module, name->getName(), expr.getRange());
    if (e.kind == Entity::Kind::Type)
      return CValue::ofType(e.type);
    if (e.kind == Entity::Kind::Alias)
      return evaluateAlias(e.aliasModule, e.alias);
    if (e.kind == Entity::Kind::Error) {
      if (e.notFound)
        reportUndeclaredGlobal(module, name->getName(), expr.getRange(),
                               bindings);
      return std::nullopt;
    }
    return notConstant();
  }
  if (llvm::isa<ast::MemberExpr>(expr))
    return CValue::ofType(resolveType(module, id, bindings, nullptr));
  if (auto *unary = llvm::dyn_cast<ast::UnaryExpr>(&expr)) {
    std::optional<CValue> v =
        evaluateConstant(module, unary->getOperand(), bindings);
    if (!v)
      return std::nullopt;
    if (v->kind != CValue::Kind::Int)
      return notConstant();
    std::optional<llvm::APSInt> r = comptime::foldIntLiteral(
        getUnaryDunder(unary->getOp()), v->intValue, nullptr);
    return r ? std::optional<CValue>(CValue::ofInt(*r)) : notConstant();
  }
  if (auto *binary = llvm::dyn_cast<ast::BinaryExpr>(&expr)) {
    std::optional<CValue> l = evaluateConstant(module, binary->getLHS(),
                                               bindings);
    std::optional<CValue> r = evaluateConstant(module, binary->getRHS(),
                                               bindings);
    if (!l || !r)
      return std::nullopt;
    if (l->kind == CValue::Kind::String && r->kind == CValue::Kind::String &&
        binary->getOp() == ast::BinaryOp::Add) {
      l->stringValue += r->stringValue; // "a" + "b" is a StringLiteral.
      return l;
    }
    if (l->kind != CValue::Kind::Int || r->kind != CValue::Kind::Int)
      return notConstant();
    std::optional<llvm::APSInt> v = comptime::foldIntLiteral(
        getBinaryDunder(binary->getOp()), l->intValue, &r->intValue);
    return v ? std::optional<CValue>(CValue::ofInt(*v)) : notConstant();
  }
  if (llvm::isa<ast::ErrorExpr>(expr))
    return std::nullopt;
  return notConstant();
}

/// `a < b <= c` on integers, chained as at run time.
std::optional<CValue>
Sema::evaluateComparison(ModuleInfo *module, const ast::CompareExpr &expr,
                         const Bindings &bindings) {
  CValue result;
  result.kind = CValue::Kind::Bool;
  result.boolValue = true;
  std::optional<CValue> lhs =
      evaluateConstant(module, expr.getOperands()[0], bindings);
  for (size_t i = 0; i < expr.getOps().size(); ++i) {
    std::optional<CValue> rhs =
        evaluateConstant(module, expr.getOperands()[i + 1], bindings);
    if (!lhs || !rhs)
      return std::nullopt;
    std::optional<llvm::APSInt> r;
    if (lhs->kind == CValue::Kind::Int && rhs->kind == CValue::Kind::Int)
      r = comptime::foldIntLiteral(getCompareDunder(expr.getOps()[i].op),
                                   lhs->intValue, &rhs->intValue);
    if (!r) { // `in`, `is`, or operands that are not integers.
      diags.report(expr.getRange(), DiagID::err_not_yet_implemented)
          << "this compile-time comparison";
      return std::nullopt;
    }
    result.boolValue = result.boolValue && r->getBoolValue();
    lhs = rhs;
  }
  return result;
}

std::optional<CValue> Sema::evaluateAlias(ModuleInfo *module,
                                          const ast::AliasDecl *decl,
                                          const Bindings &bindings) {
  bool cacheable = bindings.empty();
  auto cached = aliasValues.find(decl);
  if (cacheable && cached != aliasValues.end())
    return cached->second;
  if (!aliasesInProgress.insert(decl).second) {
    diags.report(decl->getNameRange(), DiagID::err_recursive_alias)
        << decl->getName();
    return std::nullopt;
  }
  std::optional<CValue> value;
  if (decl->getValue())
    value = evaluateConstant(module, decl->getValue(), bindings);
  if (value && decl->getType()) {
    // `alias N: Int = 5` has type Int rather than IntLiteral.
    Type type = resolveType(module, decl->getType(), {}, nullptr);
    if (value->kind == CValue::Kind::Int && type == getHookType("Int") &&
        value->intValue.isSignedIntN(64))
      value->type = type;
    else if (!llvm::isa<ErrorType>(type)) {
      diags.report(decl->getRange(), DiagID::err_not_yet_implemented)
          << "this annotated `alias`";
      value.reset();
    }
  }
  aliasesInProgress.erase(decl);
  if (cacheable)
    aliasValues[decl] = value;
  return value;
}
