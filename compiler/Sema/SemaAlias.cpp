//===- SemaAlias.cpp - `alias` declarations and constant expressions -------===//
//
// An alias names a compile-time value: an integer (exact, staying an
// `IntLiteral` unless annotated), a string literal, a type, a struct value,
// anything a compile-time expression computes.
//
//   alias N = 1 << 10          # IntLiteral 1024
//   alias M: Int = N * 2       # Int 2048
//   alias Greeting = "hi"      # StringLiteral
//   alias Index = Int          # a type
//
// The checker evaluates what needs no running: literals, names (of
// aliases, types, parameters, their members and instances), and integer
// arithmetic and comparisons, `not`, `and`/`or` on the values it knows,
// exactly (the `IntLiteral` hook, Comptime/IntLiteralFolding), and
// symbolically: what is computed from a parameter of a generic body
// checked against its bounds is unknown. Anything else (a call, a method,
// an operator on other values) is checked as an ordinary expression and
// run by the compile-time interpreter (SemaComptime.cpp).
//
// Why the arithmetic stays here (docs/compiler/comptime.md): through the
// interpreter, each parameter expression of each instance is a body check
// of its own, which doubled the time and memory of instance-heavy programs
// (250,000 instances: 10 s and 0.9 GB became 21 s and 1.8 GB).
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/Dunders.h"
#include "compiler/Sema/SemaImpl.h"

#include "compiler/Basic/Budgets.h"
#include "compiler/Comptime/IntLiteralFolding.h"

#include "llvm/ADT/StringExtras.h"

using namespace mojo;
using namespace mojo::sema;

std::string mojo::sema::describeInteger(const llvm::APSInt &value) {
  std::string digits = llvm::toString(value, 10);
  size_t sign = value.isNegative(), count = digits.size() - sign;
  if (count <= 40)
    return digits;
  return digits.substr(0, sign + 12) + "..." +
         digits.substr(digits.size() - 12) + " (" + std::to_string(count) +
         " digits)";
}

void mojo::sema::reportValueTooLarge(DiagnosticEngine &diags,
                                     SourceRange range) {
  diags.report(range, DiagID::err_comptime_value_too_large)
      << budget::kMaxIntLiteralBits;
}

bool mojo::sema::checkStringSize(DiagnosticEngine &diags, size_t size,
                                 SourceRange range) {
  if (size <= budget::kMaxStringBytes)
    return true;
  diags.report(range, DiagID::err_comptime_string_too_large)
      << budget::kMaxStringBytes;
  return false;
}

/// Evaluation recurses on the native stack, so its depth is budgeted: past
/// the limit every level fails without a diagnostic, and the outermost
/// level, the expression the user wrote, reports it once.
std::optional<CValue> Sema::evaluateConstant(ModuleInfo *module,
                                             ast::ExprId id,
                                             const Bindings &bindings) {
  const ast::Expr &expr = module->ast->getContext().get(id);
  if (depthLimitRange.isValid())
    return std::nullopt; // Unwinding from the limit.
  if (evaluationDepth >= budget::kMaxEvaluationDepth) {
    depthLimitRange = expr.getRange();
    depthLimit = budget::kMaxEvaluationDepth;
    return std::nullopt;
  }
  ++evaluationDepth;
  std::optional<CValue> value = evaluateExpr(module, id, bindings);
  if (--evaluationDepth > 0 || !depthLimitRange.isValid())
    return value;
  // Once per compilation: the aliases on the way down are cached as
  // failed, and another evaluation reaching the limit is the same story.
  if (!reportedDepthLimit) {
    reportedDepthLimit = true;
    auto diag =
        diags.report(expr.getRange(), DiagID::err_comptime_depth_exceeded);
    diag << depthLimit;
    diag.note(depthLimitRange, DiagID::note_comptime_depth_reached);
  }
  depthLimitRange = SourceRange();
  return std::nullopt;
}

/// One level of `evaluateConstant`.
std::optional<CValue> Sema::evaluateExpr(ModuleInfo *module, ast::ExprId id,
                                         const Bindings &bindings) {
  const ast::ASTContext &ctx = module->ast->getContext();
  const ast::Expr &expr = ctx.get(id);
  // What the cases below do not evaluate themselves (calls, methods,
  // operators on values other than integers), the interpreter runs.
  auto notConstant = [&]() -> std::optional<CValue> {
    return interpretConstant(module, id, bindings);
  };
  auto foldFailed = [&](comptime::FoldFailure failure) {
    if (failure == comptime::FoldFailure::DivisionByZero)
      diags.report(expr.getRange(), DiagID::err_comptime_failed)
          << "division by zero";
    else if (failure == comptime::FoldFailure::TooLarge)
      reportValueTooLarge(diags, expr.getRange());
    else
      return notConstant();
    return std::optional<CValue>();
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
    return evaluateComparison(module, id, *compare, bindings);
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
    if (e.kind == Entity::Kind::GenericStruct) {
      Type type = resolveType(module, id, bindings, nullptr);
      if (llvm::isa<ErrorType>(type))
        return std::nullopt;
      return CValue::ofType(type);
    }
    if (e.kind == Entity::Kind::Alias)
      return evaluateAlias(e.aliasModule, e.alias);
    if (e.kind == Entity::Kind::Error) {
      if (e.notFound)
        reportUndeclaredGlobal(module, name->getName(), expr.getRange(),
                               bindings);
      return std::nullopt;
    }
    // `alias f = double`: one plain function is a constant of its own
    // type. A function parameter is bound against its type instead
    // (SemaParamBinding.cpp, evaluateFunctionParam).
    if (e.kind == Entity::Kind::Funcs) {
      if (std::optional<CValue> value = getFunctionConstant(e.funcs))
        return value;
      diags.report(expr.getRange(), DiagID::err_not_yet_implemented)
          << "overloaded, generic or method functions as `alias` values";
      return std::nullopt;
    }
    return notConstant();
  }
  if (auto *call = llvm::dyn_cast<ast::CallExpr>(&expr))
    return evaluateStructValue(module, id, *call, bindings);
  if (auto *member = llvm::dyn_cast<ast::MemberExpr>(&expr)) {
    // `p.x` of a struct value (SemaStructValues.cpp).
    if (isStructValue(module, member->getBase(), bindings)) {
      std::optional<CValue> value =
          evaluateConstant(module, member->getBase(), bindings);
      if (!value || value->kind != CValue::Kind::Struct)
        return value ? notConstant() : value;
      return evaluateStructField(*value, member->getName(),
                                 member->getNameRange());
    }
    StructInfo *owner = nullptr;
    if (const ast::AliasDecl *alias =
            findMemberAlias(module, *member, bindings, owner))
      return evaluateAlias(owner->module, alias, owner->paramValues);
    // `Grid[2, 8].cells`: an `alias` member of an instance written out,
    // whatever its kind (below, a member must be a type).
    if (llvm::isa<ast::SubscriptExpr>(ctx.get(member->getBase()))) {
      Type base = resolveType(module, member->getBase(), bindings, nullptr);
      if (llvm::isa<ErrorType>(base))
        return std::nullopt;
      if (auto *st = llvm::dyn_cast<StructType>(base))
        if (const ast::AliasDecl *alias =
                findStructAlias(st->getInfo(), member->getName()))
          return evaluateAlias(st->getInfo()->module, alias,
                               st->getInfo()->paramValues);
    }
  }
  // `sizes[i]` of a variadic parameter: one of its values.
  if (auto *subscript = llvm::dyn_cast<ast::SubscriptExpr>(&expr)) {
    auto *base = llvm::dyn_cast<ast::NameExpr>(&ctx.get(subscript->getBase()));
    auto list = base ? bindings.find(base->getName()) : bindings.end();
    if (list != bindings.end() && list->second.kind == CValue::Kind::List &&
        subscript->getIndices().size() == 1) {
      std::optional<CValue> index = evaluateConstant(
          module, subscript->getIndices()[0].value, bindings);
      if (!index)
        return std::nullopt;
      if (index->kind != CValue::Kind::Int)
        return notConstant();
      const std::vector<CValue> &values = list->second.fields;
      if (!index->intValue.isSignedIntN(64) ||
          index->intValue.isNegative() ||
          index->intValue.getSExtValue() >= int64_t(values.size())) {
        diags.report(ctx.get(subscript->getIndices()[0].value).getRange(),
                     DiagID::err_bad_pack_index)
            << describeInteger(index->intValue) << unsigned(values.size());
        return std::nullopt;
      }
      const CValue &element = values[index->intValue.getSExtValue()];
      if (element.kind == CValue::Kind::None) // A variadic argument.
        return notConstant();
      return element;
    }
  }
  // `shape[1]` of a struct value (an `IndexList` parameter) is a call of
  // its `__getitem__`, which the interpreter runs; any other subscript
  // names a type (`Grid[2, 8]`).
  if (auto *subscript = llvm::dyn_cast<ast::SubscriptExpr>(&expr))
    if (isStructValue(module, subscript->getBase(), bindings))
      return notConstant();
  if (llvm::isa<ast::MemberExpr, ast::SubscriptExpr>(expr)) {
    Type type = resolveType(module, id, bindings, nullptr);
    if (llvm::isa<ErrorType>(type))
      return std::nullopt;
    return CValue::ofType(type);
  }
  if (auto *unary = llvm::dyn_cast<ast::UnaryExpr>(&expr)) {
    std::optional<CValue> v =
        evaluateConstant(module, unary->getOperand(), bindings);
    if (!v)
      return v;
    if (v->kind != CValue::Kind::Int)
      return notConstant();
    comptime::FoldFailure failure;
    std::optional<llvm::APSInt> r = comptime::foldIntLiteral(
        getUnaryDunder(unary->getOp()), v->intValue, nullptr, &failure);
    return r ? std::optional<CValue>(CValue::ofInt(*r)) : foldFailed(failure);
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
      // "a" + "b" is a StringLiteral.
      if (!checkStringSize(diags,
                           l->stringValue.size() + r->stringValue.size(),
                           expr.getRange()))
        return std::nullopt;
      l->stringValue += r->stringValue;
      return l;
    }
    if (l->kind != CValue::Kind::Int || r->kind != CValue::Kind::Int)
      return notConstant();
    comptime::FoldFailure failure;
    std::optional<llvm::APSInt> v = comptime::foldIntLiteral(
        getBinaryDunder(binary->getOp()), l->intValue, &r->intValue, &failure);
    return v ? std::optional<CValue>(CValue::ofInt(*v)) : foldFailed(failure);
  }
  if (llvm::isa<ast::ErrorExpr>(expr))
    return std::nullopt;
  return notConstant();
}

/// Whether `id` is a struct value rather than a type: a call, a name
/// bound to (or an `alias` of) a struct value, or a field of one that is
/// a struct (`mask.data`). No call is run to tell.
bool Sema::isStructValue(ModuleInfo *module, ast::ExprId id,
                         const Bindings &bindings) {
  const ast::Expr &expr = module->ast->getContext().get(id);
  if (llvm::isa<ast::CallExpr>(expr))
    return true;
  if (auto *member = llvm::dyn_cast<ast::MemberExpr>(&expr)) {
    if (!isStructValue(module, member->getBase(), bindings))
      return false;
    std::optional<CValue> value = evaluateConstant(module, id, bindings);
    return value && value->kind == CValue::Kind::Struct;
  }
  auto *name = llvm::dyn_cast<ast::NameExpr>(&expr);
  if (!name)
    return false;
  auto bound = bindings.find(name->getName());
  if (bound != bindings.end())
    return bound->second.kind == CValue::Kind::Struct;
  Entity e = lookupGlobal(module, name->getName(), SourceRange());
  if (e.kind != Entity::Kind::Alias || getPartialAlias(e.aliasModule, *e.alias))
    return false;
  std::optional<CValue> value = evaluateAlias(e.aliasModule, e.alias);
  return value && value->kind == CValue::Kind::Struct;
}

/// `a < b <= c` on integers, chained as at run time.
std::optional<CValue>
Sema::evaluateComparison(ModuleInfo *module, ast::ExprId id,
                         const ast::CompareExpr &expr,
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
    if (!r) // `in`, `is`, or operands that are not integers.
      return interpretConstant(module, id, bindings);
    result.boolValue = result.boolValue && r->getBoolValue();
    lhs = rhs;
  }
  return result;
}

/// The alias `decl` forwards to when its value is just the name of another
/// global alias (`alias T0 = T1`), with that alias's module.
static std::pair<ModuleInfo *, const ast::AliasDecl *>
getForwardedAlias(Sema &sema, ModuleInfo *module, const ast::AliasDecl *decl,
                  const Bindings &bindings) {
  if (!decl->getValue())
    return {};
  auto *name = llvm::dyn_cast<ast::NameExpr>(
      &module->ast->getContext().get(decl->getValue()));
  if (!name || bindings.count(name->getName()))
    return {};
  Entity e = sema.lookupGlobal(module, name->getName(), name->getRange());
  if (e.kind != Entity::Kind::Alias)
    return {};
  return {e.aliasModule, e.alias};
}

/// Applies `decl`'s annotation to its value: `alias N: Int = 5` has type
/// Int rather than IntLiteral.
std::optional<CValue> Sema::applyAliasType(ModuleInfo *module,
                                           const ast::AliasDecl *decl,
                                           std::optional<CValue> value) {
  if (!value || !decl->getType())
    return value;
  Type type = resolveType(module, decl->getType(), {}, nullptr);
  if (value->kind == CValue::Kind::Unknown) {
    value->type = type;
    return value;
  }
  if (value->kind == CValue::Kind::Int && type == getHookType("Int") &&
      value->intValue.isSignedIntN(64)) {
    value->type = type;
    return value;
  }
  if (!llvm::isa<ErrorType>(type))
    diags.report(decl->getRange(), DiagID::err_not_yet_implemented)
        << "this annotated `alias`";
  return std::nullopt;
}

/// A struct's member alias whose value is of that struct (`alias int8 =
/// DType(...)` in `DType`) names the value in messages and symbols:
/// `SIMD[DType.int8, 4]` rather than the fields' values.
void Sema::nameStructValue(const ast::AliasDecl *decl,
                           std::optional<CValue> &value) {
  if (!value || value->kind != CValue::Kind::Struct ||
      !value->stringValue.empty())
    return;
  StructInfo *info = llvm::cast<StructType>(value->type)->getInfo();
  auto it = info->aliases.find(decl->getName());
  if (it != info->aliases.end() && it->second == decl)
    value->stringValue = info->name + "." + decl->getName().str();
}

/// Aliases that name other aliases (`alias T0 = T1`, `alias T1 = T2`, ...)
/// are followed in a loop rather than by recursion, so a chain of any length
/// costs no stack and a cycle through them is reported once, where it
/// closes. Only the first link sees `bindings` (a local alias); the others
/// are global.
std::optional<CValue> Sema::evaluateAlias(ModuleInfo *module,
                                          const ast::AliasDecl *decl,
                                          const Bindings &bindings) {
  llvm::SmallVector<std::pair<ModuleInfo *, const ast::AliasDecl *>, 4> chain;
  const Bindings none;
  std::optional<CValue> value;
  for (;;) {
    const Bindings &scope = chain.empty() ? bindings : none;
    auto cached = aliasValues.find(decl);
    if (scope.empty() && cached != aliasValues.end()) {
      value = cached->second;
      break;
    }
    if (!aliasesInProgress.insert(decl).second) {
      diags.report(decl->getNameRange(), DiagID::err_recursive_alias)
          << decl->getName();
      break;
    }
    chain.emplace_back(module, decl);
    auto [nextModule, next] = getForwardedAlias(*this, module, decl, scope);
    if (!next) {
      if (decl->getValue())
        value = evaluateConstant(module, decl->getValue(), scope);
      break;
    }
    module = nextModule;
    decl = next;
  }
  for (size_t i = chain.size(); i-- > 0;) {
    auto [linkModule, link] = chain[i];
    value = applyAliasType(linkModule, link, std::move(value));
    nameStructValue(link, value);
    aliasesInProgress.erase(link);
    if (i > 0 || bindings.empty())
      aliasValues[link] = value;
  }
  return value;
}
