//===- SemaTypeExpr.cpp - Type expressions ---------------------------------===//
//
// What a written type denotes: a struct (or an instance of a parametric one,
// `Pair[Int, Bool]`), `Self`, a type parameter, an alias of a type, a
// struct's `alias` member (`Self.T`), a type of another module
// (`module.Type`), a tuple, a function type, or an MLIR type.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/SemaImpl.h"

using namespace mojo;
using namespace mojo::sema;

/// Evaluates a type expression: a struct name, `Self`, `__mlir_type.X`,
/// `__mlir_type[...]`, `None`, or a compile-time parameter bound to a type.
Type Sema::resolveTypeExpr(ModuleInfo *module, ast::ExprId id,
                           const Bindings &bindings, StructInfo *selfStruct) {
  const ast::ASTContext &ctx = module->ast->getContext();
  const ast::Expr &expr = ctx.get(id);
  Type error = program->types.getErrorType();
  if (Type tuple = resolveTupleType(module, expr, bindings, selfStruct))
    return tuple;
  if (llvm::isa<ast::NoneLiteralExpr>(expr))
    return program->types.getNoneType();
  if (auto *name = llvm::dyn_cast<ast::NameExpr>(&expr)) {
    if (name->getName() == "Self" && selfStruct)
      return selfStruct->type;
    auto it = bindings.find(name->getName());
    if (it == bindings.end() && selfStruct) {
      it = selfStruct->paramValues.find(name->getName());
      if (it == selfStruct->paramValues.end())
        it = bindings.end();
    }
    if (it != bindings.end()) {
      if (it->second.kind == CValue::Kind::Type)
        return it->second.type;
      diags.report(expr.getRange(), DiagID::err_not_a_type) << name->getName();
      return error;
    }
    Entity e = lookupGlobal(module, name->getName(), expr.getRange());
    if (e.kind == Entity::Kind::Alias) {
      // A bare partial alias (`var y: Scalar`) is no type: its holes are
      // reported here, not as `_` where the alias is declared. (An
      // argument's type takes it whole: getUnboundGeneric.)
      if (std::optional<PartialAlias> partial =
              getPartialAlias(e.aliasModule, *e.alias)) {
        diags.report(expr.getRange(), DiagID::err_param_unbound)
            << partial->generic->params[partial->open.front()]->getName()
            << name->getName();
        return error;
      }
      std::optional<CValue> value = evaluateAlias(e.aliasModule, e.alias);
      if (!value)
        return error;
      if (value->kind == CValue::Kind::Type)
        return value->type;
      diags.report(expr.getRange(), DiagID::err_not_a_type) << name->getName();
      return error;
    }
    if (e.kind == Entity::Kind::Type)
      return e.type;
    if (e.kind == Entity::Kind::GenericStruct) {
      // A bare parametric struct is complete when every parameter has a
      // default; otherwise the first unbound one is reported.
      StructInfo *info = completeStructParams(
          e.generic, std::vector<CValue>(e.generic->params.size()),
          expr.getRange());
      return info ? info->type : error;
    }
    if (e.notFound)
      reportUndeclaredGlobal(module, name->getName(), expr.getRange(), bindings,
                             /*typesOnly=*/true);
    else if (e.kind != Entity::Kind::Error)
      diags.report(expr.getRange(), DiagID::err_not_a_type) << name->getName();
    return error;
  }
  if (auto *member = llvm::dyn_cast<ast::MemberExpr>(&expr)) {
    auto *base = llvm::dyn_cast<ast::NameExpr>(&ctx.get(member->getBase()));
    if (base && base->getName() == "__mlir_type")
      return program->types.getMLIRType(member->getName(),
                                        member->getNameRange());
    // `module.Type`: a type another module declares.
    Entity scope = base && !bindings.count(base->getName())
                       ? lookupGlobal(module, base->getName(), SourceRange())
                       : Entity::error(SourceRange());
    if (scope.kind == Entity::Kind::Module) {
      Entity e =
          lookupMember(scope.module, member->getName(), expr.getRange());
      if (e.kind == Entity::Kind::Type)
        return e.type;
      if (e.notFound)
        reportNoModuleMember(member->getNameRange(), scope.module,
                             member->getName());
      else if (e.kind != Entity::Kind::Error)
        diags.report(expr.getRange(), DiagID::err_not_a_type)
            << member->getName();
      return error;
    }
    // `Self.T`, `Pair[Int, Bool].T`: a struct's `alias` member.
    Type owner = resolveType(module, member->getBase(), bindings, selfStruct);
    if (llvm::isa<ErrorType>(owner))
      return error;
    auto *st = llvm::dyn_cast<StructType>(owner);
    const ast::AliasDecl *alias =
        st ? findStructAlias(st->getInfo(), member->getName()) : nullptr;
    if (!alias) {
      diags.report(member->getNameRange(), DiagID::err_no_member)
          << getTypeName(owner) << member->getName();
      return error;
    }
    std::optional<CValue> value = evaluateAlias(
        st->getInfo()->module, alias, st->getInfo()->paramValues);
    if (!value)
      return error;
    if (value->kind == CValue::Kind::Type)
      return value->type;
    diags.report(expr.getRange(), DiagID::err_not_a_type)
        << getTypeName(owner) + "." + member->getName().str();
    return error;
  }
  if (auto *subscript = llvm::dyn_cast<ast::SubscriptExpr>(&expr)) {
    auto *base = llvm::dyn_cast<ast::NameExpr>(&ctx.get(subscript->getBase()));
    if (base && base->getName() == "__mlir_type")
      return resolveMLIRTypeSplice(module, *subscript, bindings, selfStruct);
    Entity e = base ? lookupGlobal(module, base->getName(), base->getRange())
                    : Entity::error(expr.getRange());
    if (e.kind == Entity::Kind::Alias && !bindings.count(base->getName()))
      if (std::optional<PartialAlias> partial = getPartialAlias(module, *base)) {
        StructInfo *info = bindPartialAlias(*partial, subscript->getIndices(),
                                            module, bindings, expr.getRange());
        return info ? info->type : error;
      }
    if (e.kind == Entity::Kind::GenericStruct) {
      StructInfo *info = bindStructParams(e.generic, subscript->getIndices(),
                                          module, bindings, expr.getRange());
      return info ? info->type : error;
    }
    if (e.kind == Entity::Kind::Type) {
      diags.report(subscript->getBase() ? ctx.get(subscript->getBase()).getRange()
                                        : expr.getRange(),
                   DiagID::err_struct_not_parametric)
          << getTypeName(e.type);
      return error;
    }
    // `Nope[Int]`: the name is the mistake, not the form.
    if (base && e.notFound && !bindings.count(base->getName())) {
      reportUndeclaredGlobal(module, base->getName(), base->getRange(),
                             bindings, /*typesOnly=*/true);
      return error;
    }
  }
  if (auto *fnType = llvm::dyn_cast<ast::FunctionTypeExpr>(&expr))
    return resolveFunctionType(module, *fnType, bindings, selfStruct);
  if (auto *call = llvm::dyn_cast<ast::CallExpr>(&expr))
    if (std::optional<Type> type = resolveSignatureTypeOf(module, *call,
                                                          bindings))
      return *type;
  if (llvm::isa<ast::ErrorExpr>(expr))
    return error;
  diags.report(expr.getRange(), DiagID::err_not_yet_implemented)
      << "this form of type expression";
  return error;
}

/// `__type_of(x)` outside a function body: in a signature, `x` an argument
/// before it (Sema::resolveSignature binds each argument's type as it
/// goes), or `None`, whose type needs no scope (the prelude's
/// `alias NoneType = __type_of(None)`). A body resolves the general form
/// itself (SemaTypeOf.cpp).
std::optional<Type> Sema::resolveSignatureTypeOf(ModuleInfo *module,
                                                 const ast::CallExpr &call,
                                                 const Bindings &bindings) {
  const ast::ASTContext &ctx = module->ast->getContext();
  auto *callee = llvm::dyn_cast<ast::NameExpr>(&ctx.get(call.getCallee()));
  if (!callee || callee->getName() != "__type_of")
    return std::nullopt;
  if (call.getArgs().size() != 1 || call.getArgs()[0].hasKeyword()) {
    diags.report(call.getRange(), DiagID::err_type_of_form);
    return program->types.getErrorType();
  }
  const ast::Expr &operand = ctx.get(call.getArgs()[0].value);
  if (llvm::isa<ast::NoneLiteralExpr>(operand))
    return program->types.getNoneType();
  auto *name = llvm::dyn_cast<ast::NameExpr>(&operand);
  auto bound = name ? bindings.find(getArgumentTypeName(name->getName()))
                    : bindings.end();
  if (bound != bindings.end() && bound->second.kind == CValue::Kind::Type)
    return bound->second.type;
  diags.report(operand.getRange(), DiagID::err_type_of_signature)
      << std::string(operand.getRange().Start.getPointer(),
                     operand.getRange().End.getPointer());
  return program->types.getErrorType();
}
