//===- SemaVariadics.cpp - Reading packs and variadic parameters ----------===//
//
// A heterogeneous pack (`*values: *Ts`, as `print` takes) is one slot per
// element of the call that made the instance, and a variadic parameter
// (`*sizes: Int`) a list of constants. Either is read by a compile-time
// index (`values[i]`, `sizes[i]`), measured by `len(values)` or
// `values.__len__()` (a constant), and walked by `for v in values`, which
// is unrolled: one copy of the body per element, as `@parameter for` is.
// Their elements' types and number are part of the instance, so every read
// resolves to one slot or one constant, which the optimizer and the
// interpreter see through.
//
// A homogeneous variadic argument (`*values: Int`) is none of these: it is
// one `VariadicList` value, read through its methods
// (SemaVariadicLists.cpp).
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"
#include "compiler/Sema/SemaPacks.h"

#include "compiler/Basic/Budgets.h"

#include <functional>

using namespace mojo;
using namespace mojo::sema;

std::optional<BodyChecker::Variadic>
BodyChecker::findVariadic(ast::ExprId id) {
  auto *name = llvm::dyn_cast<ast::NameExpr>(&ast.get(id));
  if (!name || lookupLocal(name->getName()))
    return std::nullopt;
  Variadic v;
  auto it = packs.find(name->getName());
  if (it != packs.end()) {
    v.locals = &it->second;
    return v;
  }
  const CValue *value = lookupBinding(name->getName());
  if (value && value->kind == CValue::Kind::List) {
    v.list = value;
    return v;
  }
  return std::nullopt;
}

size_t BodyChecker::Variadic::size() const {
  return locals ? locals->size() : list->fields.size();
}

Entity BodyChecker::variadicLength(const Variadic &v, SourceRange range) {
  auto e = makeExpr(CExpr::Kind::IntConst, sema.getHookType("Int"), range);
  e->intValue = llvm::APSInt(llvm::APInt(64, v.size()), false);
  return valueEntity(std::move(e));
}

Entity BodyChecker::variadicElement(const Variadic &v, size_t i,
                                    SourceRange range) {
  if (v.list)
    return constantEntity(v.list->fields[i], range);
  LocalVar *element = (*v.locals)[i];
  auto e = makeExpr(CExpr::Kind::Local, element->type, range);
  e->local = element;
  return valueEntity(std::move(e));
}

std::optional<Entity>
BodyChecker::checkVariadicSubscript(const ast::SubscriptExpr &expr) {
  std::optional<Variadic> v = findVariadic(expr.getBase());
  if (!v)
    return std::nullopt;
  SourceRange range = expr.getRange();
  if (expr.getIndices().size() != 1 || expr.getIndices()[0].hasKeyword()) {
    diags.report(range, DiagID::err_variadic_one_index);
    return Entity::error(range);
  }
  CExprPtr index = checkValue(expr.getIndices()[0].value);
  if (!index)
    return Entity::error(range);
  if (index->kind != CExpr::Kind::IntConst)
    return variadicRuntimeElement(*v, std::move(index), range);
  int64_t i = index->intValue.getSExtValue();
  if (!index->intValue.isSignedIntN(64) || i < 0 || size_t(i) >= v->size()) {
    diags.report(index->range, DiagID::err_bad_pack_index)
        << describeInteger(index->intValue) << unsigned(v->size());
    return Entity::error(range);
  }
  return variadicElement(*v, size_t(i), range);
}

/// `values[i]` with `i` known at run time: each element is its own slot or
/// constant, so the index picks among them through a balanced tree of
/// selects (depth log2 of the count, so 100,000 elements nest 17 deep):
///
///   values[i]  ->  (t := i) < 2 ? (t < 1 ? v0 : v1) : (t < 3 ? v2 : v3)
///
/// An index past either end gives the nearest element, as no check is made
/// (Mojo does not check it either outside debug builds).
Entity BodyChecker::variadicRuntimeElement(const Variadic &v, CExprPtr index,
                                           SourceRange range) {
  if (v.size() == 0) {
    diags.report(index->range, DiagID::err_variadic_runtime_index);
    return Entity::error(range);
  }
  if (v.size() > budget::kMaxVariadicRuntimeIndex) {
    diags.report(index->range, DiagID::err_variadic_runtime_index_limit)
        << unsigned(v.size()) << budget::kMaxVariadicRuntimeIndex;
    return Entity::error(range);
  }
  Type intType = sema.getHookType("Int");
  SourceRange indexRange = index->range; // Read before `index` moves.
  index = convert(std::move(index), intType, indexRange);
  if (!index)
    return Entity::error(range);
  LocalVar *temp = newTemporary(intType, range);
  auto bind = makeExpr(CExpr::Kind::Bind, intType, range);
  bind->local = temp;
  bind->operands.push_back(std::move(index));
  CExprPtr first = std::move(bind); // The root's comparison stores it.
  std::function<CExprPtr(size_t, size_t)> pick =
      [&](size_t lo, size_t hi) -> CExprPtr {
    if (hi - lo == 1) {
      Entity element = variadicElement(v, lo, range);
      if (element.kind != Entity::Kind::Value)
        return nullptr;
      return ownedValue(materializeValue(std::move(element.value)));
    }
    size_t mid = lo + (hi - lo) / 2;
    CExprPtr lhs = first ? std::move(first) : makeLocalRef(temp, range);
    auto bound = makeExpr(CExpr::Kind::IntConst, intType, range);
    bound->intValue = llvm::APSInt(llvm::APInt(64, mid), false);
    std::vector<CExprPtr> operands;
    operands.push_back(std::move(bound));
    CExprPtr cond = makeCondition(callOperator(lhs, "__lt__", operands, range));
    CExprPtr low = pick(lo, mid);
    CExprPtr high = pick(mid, hi);
    if (!cond || !low || !high || low->type != high->type)
      return nullptr;
    auto select = makeExpr(CExpr::Kind::Select, low->type, range);
    select->operands.push_back(std::move(cond));
    select->operands.push_back(std::move(low));
    select->operands.push_back(std::move(high));
    return select;
  };
  CExprPtr result = pick(0, v.size());
  if (!result)
    return Entity::error(range);
  return valueEntity(std::move(result));
}

std::optional<Entity>
BodyChecker::checkVariadicLength(const ast::CallExpr &expr) {
  const ast::Expr &callee = ast.get(expr.getCallee());
  // `values.__len__()`
  if (auto *member = llvm::dyn_cast<ast::MemberExpr>(&callee)) {
    if (member->getName() != "__len__" || !expr.getArgs().empty())
      return std::nullopt;
    std::optional<Variadic> v = findVariadic(member->getBase());
    if (!v)
      return std::nullopt;
    return variadicLength(*v, expr.getRange());
  }
  // `len(values)`, unless `len` names something of the user's.
  auto *name = llvm::dyn_cast<ast::NameExpr>(&callee);
  if (!name || name->getName() != "len" || lookupLocal("len") ||
      lookupBinding("len") || expr.getArgs().size() != 1 ||
      expr.getArgs()[0].hasKeyword())
    return std::nullopt;
  std::optional<Variadic> v = findVariadic(expr.getArgs()[0].value);
  if (!v)
    return std::nullopt;
  return variadicLength(*v, expr.getRange());
}

bool BodyChecker::checkVariadicFor(const ast::ForStmt &stmt, CBlock &out) {
  std::optional<Variadic> v = findVariadic(stmt.getIterable());
  if (!v)
    return false;
  SourceRange range = ast.get(stmt.getIterable()).getRange();
  if (!reserveUnrolledIterations(llvm::APInt(64, v->size()), range))
    return true;
  // `break` and `continue` would need the copies to be one loop.
  unsigned savedLoopDepth = loopDepth;
  loopDepth = 0;
  ++unrollDepth;
  for (size_t i = 0; i < v->size() && !unrollLimitReached; ++i) {
    Entity element = variadicElement(*v, i, range);
    CExprPtr value = element.kind == Entity::Kind::Value
                         ? ownedValue(std::move(element.value))
                         : nullptr;
    if (!value)
      break;
    auto block = makeStmt(CStmt::Kind::Block, stmt.getRange());
    unsigned errors = diags.getNumErrors() + diags.getNumDropped();
    scopes.emplace_back();
    bindLoopTarget(stmt.getTarget(), std::move(value), range, block->body);
    checkBlock(stmt.getBody(), block->body);
    scopes.pop_back();
    out.push_back(std::move(block));
    if (diags.getNumErrors() + diags.getNumDropped() != errors)
      break; // The other copies would repeat this one's errors.
  }
  --unrollDepth;
  loopDepth = savedLoopDepth;
  // The `else` runs once the elements are done (there is no `break`).
  auto orElse = makeStmt(CStmt::Kind::Block, stmt.getRange());
  scopes.emplace_back();
  checkBlock(stmt.getElse(), orElse->body);
  scopes.pop_back();
  out.push_back(std::move(orElse));
  return true;
}

bool mojo::sema::takesWholePack(const ast::ASTContext &ctx,
                                const ast::ParamDecl &param) {
  if (param.isVariadic() || !param.getType())
    return false;
  // `VariadicPack[..., *Ts]`, the prelude's name for a pack as one value.
  auto *type = llvm::dyn_cast<ast::SubscriptExpr>(&ctx.get(param.getType()));
  auto *base =
      type ? llvm::dyn_cast<ast::NameExpr>(&ctx.get(type->getBase())) : nullptr;
  return base && base->getName() == "VariadicPack" &&
         !type->getIndices().empty() &&
         llvm::isa<ast::UnpackExpr>(ctx.get(type->getIndices().back().value));
}

const ast::UnpackExpr *mojo::sema::getPackType(const ast::ASTContext &ctx,
                                               const ast::ParamDecl &param) {
  if (!param.getType())
    return nullptr;
  const ast::Expr &type = ctx.get(param.getType());
  if (param.isVariadic())
    return llvm::dyn_cast<ast::UnpackExpr>(&type);
  if (!takesWholePack(ctx, param))
    return nullptr;
  return llvm::cast<ast::UnpackExpr>(
      &ctx.get(llvm::cast<ast::SubscriptExpr>(type).getIndices().back().value));
}

bool mojo::sema::checkPackEach(BodyChecker &checker, const ast::Expr &expr,
                               CBlock &out) {
  const ast::ASTContext &ast = checker.ast;
  auto *call = llvm::dyn_cast<ast::CallExpr>(&expr);
  auto *sub = call ? llvm::dyn_cast<ast::SubscriptExpr>(
                         &ast.get(call->getCallee()))
                   : nullptr;
  auto *member =
      sub ? llvm::dyn_cast<ast::MemberExpr>(&ast.get(sub->getBase())) : nullptr;
  if (!member ||
      (member->getName() != "each" && member->getName() != "each_idx"))
    return false;
  std::optional<BodyChecker::Variadic> pack =
      checker.findVariadic(member->getBase());
  if (!pack || !pack->locals)
    return false;
  SourceRange range = expr.getRange();
  bool withIndex = member->getName() == "each_idx";
  Entity func = sub->getIndices().size() == 1 && !sub->getIndices()[0].hasKeyword()
                    ? checker.checkEntity(sub->getIndices()[0].value)
                    : Entity::error(range);
  const CExpr *ref = func.kind == Entity::Kind::Value ? func.value.get() : nullptr;
  FuncInstance *closureTemplate =
      ref && ref->kind == CExpr::Kind::FuncRef && ref->callee &&
              ref->callee->isClosureTemplate
          ? ref->callee
          : nullptr;
  Sema &sema = checker.sema;
  std::vector<const ast::ParamDecl *> params =
      closureTemplate ? sema.getCompileTimeParams(closureTemplate->info)
                      : std::vector<const ast::ParamDecl *>();
  if (!closureTemplate || params.size() != (withIndex ? 2u : 1u) ||
      !call->getArgs().empty()) {
    // An error in the function named was reported; anything else is here.
    if (func.kind != Entity::Kind::Error || sub->getIndices().size() != 1 ||
        sub->getIndices()[0].hasKeyword())
      checker.diags.report(range, DiagID::err_not_yet_implemented)
          << (withIndex ? "`each_idx` of anything but a nested function "
                          "`f[i: Int, T: Trait](x: T)`, called with no arguments"
                        : "`each` of anything but a nested function "
                          "`f[T: Trait](x: T)`, called with no arguments");
    return true;
  }
  for (size_t i = 0; i < pack->size(); ++i) {
    Entity element = checker.variadicElement(*pack, i, range);
    std::vector<CValue> values;
    if (withIndex)
      values.push_back(CValue::ofInt(llvm::APSInt(llvm::APInt(64, i), false)));
    values.push_back(CValue::ofType(element.value->type));
    // The element's type must meet the parameter's bounds.
    Bindings earlier = sema.closureTemplates[closureTemplate].bindings;
    for (size_t p = 0; p < params.size(); ++p) {
      if (std::optional<ParamMismatch> m = sema.checkParamValue(
              closureTemplate->info->module, *params[p],
              closureTemplate->info->name, values[p], earlier)) {
        auto diag = checker.diags.report(range, m->id);
        for (const std::string &text : m->args)
          diag << text;
        return true;
      }
      earlier[params[p]->getName()] = values[p];
    }
    FuncInstance *instance =
        sema.instantiateParametricClosure(closureTemplate, values, range);
    if (!instance->signatureOk)
      return true;
    CExprPtr callee =
        checker.makeFuncRef(instance, sema.getFunctionTypeOf(instance), range);
    if (!callee)
      return true;
    std::vector<CExprPtr> args;
    args.push_back(std::move(element.value));
    llvm::StringRef keywords[] = {""};
    CExprPtr value = checker.borrowedValue(
        checker.callFunctionValue(std::move(callee), args, keywords, range));
    if (!value)
      return true;
    auto s = makeStmt(CStmt::Kind::Expr, range);
    s->value = std::move(value);
    out.push_back(std::move(s));
  }
  return true;
}
