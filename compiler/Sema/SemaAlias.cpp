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
// The checker itself resolves only names (of aliases, types, parameters,
// their members and instances) and literals. Everything else, integer
// arithmetic included, is checked as an ordinary expression and run by the
// compile-time interpreter (SemaComptime.cpp): operators on `IntLiteral`s
// fold exactly as they are checked (the `IntLiteral` hook), those on `Int`
// run `Int`'s methods, which wrap at 64 bits as at run time.
//
// In a generic body checked against its bounds, a parameter has no value:
// what is computed from one is unknown, and keeps the checked expression
// that computes it (CValue::symbolic), which substitution runs for each
// instance (docs/compiler/comptime.md, "Two layers"). So an instance costs
// no check of its parameter expressions.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/SemaImpl.h"

#include "compiler/Basic/Budgets.h"

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
  // What the cases below do not evaluate themselves (operators, calls,
  // methods), the interpreter runs.
  auto notConstant = [&]() -> std::optional<CValue> {
    return interpretConstant(module, id, bindings);
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
  // Operators, on integers too, are calls of their operands' methods (or
  // the `IntLiteral` hook, which folds exactly as the expression is
  // checked): the interpreter runs them as any other code, so a value
  // means at compile time what it means at run time.
  if (llvm::isa<ast::CompareExpr, ast::NotExpr, ast::BoolOpExpr,
                ast::UnaryExpr, ast::BinaryExpr>(expr))
    return notConstant();
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
      if (std::optional<CValue> origin = getNamedOrigin(name->getName());
          origin && e.notFound)
        return origin;
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
  // `Span[Byte, __origin_of(self)]`: untracked, so any origin will do.
  if (isOriginOf(ctx, expr))
    return CValue::ofOrigin();
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
