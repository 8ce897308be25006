//===- SemaPartialAliases.cpp - `alias Scalar = SIMD[_, size=1]` ----------===//
//
// An alias of a parametric struct with some parameters left unbound is a
// partly bound type (LANGUAGE.md §2): writing parameters after it binds
// the rest.
//
//   alias Scalar = SIMD[_, size=1]     Scalar[DType.int8] is SIMD[int8, 1]
//   alias Scalar = SIMD[size=1]        the same: no hole, so the written
//                                      parameters take the unbound ones
//   alias StrMap = Dict[String, _]     StrMap[Int] is Dict[String, Int]
//
// Positional parameters fill the `_` holes in order, or, when the alias
// has none, the parameters it leaves unbound; keywords name any parameter
// the alias does not write (one with a default too). The alias's own values are evaluated where it is
// declared, the written ones where they are written. Written bare as an
// argument's type (`x: Scalar`), the alias parameterizes the function as
// `SIMD[_, 1]` would (Sema::getUnboundGeneric, matchesUnbound). Everywhere a written
// type goes (a type annotation, a call's callee, inference of a
// function's parameters from an argument) reads this one mapping.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/SemaImpl.h"

using namespace mojo;
using namespace mojo::sema;

static bool isHoleArg(const ast::ASTContext &ctx, ast::ExprId id) {
  auto *name = llvm::dyn_cast<ast::NameExpr>(&ctx.get(id));
  return name && name->getName() == "_";
}

std::optional<Sema::PartialAlias>
Sema::getPartialAlias(ModuleInfo *module, const ast::Expr &base) {
  auto *name = llvm::dyn_cast<ast::NameExpr>(&base);
  if (!name)
    return std::nullopt;
  Entity e = lookupGlobal(module, name->getName(), SourceRange());
  if (e.kind != Entity::Kind::Alias)
    return std::nullopt;
  return getPartialAlias(e.aliasModule, *e.alias);
}

std::optional<Sema::PartialAlias>
Sema::getPartialAlias(ModuleInfo *module, const ast::AliasDecl &decl) {
  if (!decl.getValue())
    return std::nullopt;
  const ast::ASTContext &ctx = module->ast->getContext();
  auto *subscript =
      llvm::dyn_cast<ast::SubscriptExpr>(&ctx.get(decl.getValue()));
  auto *generic =
      subscript ? llvm::dyn_cast<ast::NameExpr>(&ctx.get(subscript->getBase()))
                : nullptr;
  Entity target =
      generic ? lookupGlobal(module, generic->getName(), SourceRange())
              : Entity();
  if (target.kind != Entity::Kind::GenericStruct)
    return std::nullopt;
  PartialAlias alias;
  alias.generic = target.generic;
  alias.module = module;
  const std::vector<const ast::ParamDecl *> &params = alias.generic->params;
  std::vector<bool> bound(params.size(), false);
  size_t next = 0;
  for (const ast::Argument &arg : subscript->getIndices()) {
    size_t index = getBoundParam(params, arg.keyword, next);
    if (index == params.size())
      return std::nullopt; // Reported where the alias itself is used.
    if (isHoleArg(ctx, arg.value)) {
      alias.open.push_back(index);
      continue;
    }
    bound[index] = true;
    alias.given.emplace_back(index, arg.value);
  }
  bool hasHoles = !alias.open.empty();
  for (size_t i = 0; i < params.size() && !hasHoles; ++i)
    if (!bound[i] && params[i]->getParamKind() != ast::ParamKind::InferOnly)
      alias.open.push_back(i);
  // An alias that binds everything is an ordinary type alias.
  if (alias.open.empty())
    return std::nullopt;
  return alias;
}

std::vector<size_t>
Sema::mapPartialAliasArgs(const PartialAlias &alias,
                          llvm::ArrayRef<ast::Argument> args) {
  const std::vector<const ast::ParamDecl *> &params = alias.generic->params;
  std::vector<size_t> indices;
  size_t positional = 0;
  for (const ast::Argument &arg : args) {
    size_t index = params.size();
    if (arg.hasKeyword()) {
      // Any parameter the alias does not write, a defaulted one too.
      for (size_t i = 0; i < params.size(); ++i)
        if (params[i]->getName() == arg.keyword &&
            llvm::none_of(alias.given,
                          [&](const auto &g) { return g.first == i; }))
          index = i;
    } else if (positional < alias.open.size()) {
      index = alias.open[positional++];
    }
    indices.push_back(index);
  }
  return indices;
}

StructInfo *Sema::bindPartialAlias(const PartialAlias &alias,
                                   llvm::ArrayRef<ast::Argument> args,
                                   ModuleInfo *module,
                                   const Bindings &bindings,
                                   SourceRange range) {
  GenericStruct *generic = alias.generic;
  std::vector<CValue> values(generic->params.size());
  for (const auto &[index, expr] : alias.given) {
    std::optional<CValue> value = evaluateConstant(alias.module, expr, {});
    if (!value)
      return nullptr;
    values[index] = std::move(*value);
  }
  std::vector<size_t> indices = mapPartialAliasArgs(alias, args);
  for (size_t i = 0; i < args.size(); ++i) {
    if (indices[i] == generic->params.size() ||
        values[indices[i]].kind != CValue::Kind::None) {
      diags.report(args[i].range, DiagID::err_partial_alias_param)
          << generic->name << alias.open.size();
      return nullptr;
    }
    std::optional<CValue> value =
        evaluateConstant(module, args[i].value, bindings);
    if (!value)
      return nullptr;
    values[indices[i]] = std::move(*value);
  }
  return completeStructParams(generic, std::move(values), range);
}
