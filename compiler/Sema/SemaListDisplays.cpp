//===- SemaListDisplays.cpp - `[a, b, c]` ---------------------------------===//
//
// A list display builds a `List` (the prelude's `List`, a hook listed in
// docs/compiler/builtins.md) through its variadic constructor:
//
//   [a, b, c]        List[T](a, b, c)     List[T].__init__(owned *values: T)
//   []               List[T]()
//
// `T` is the element type of the `List` the context expects
// (`var l: List[Int] = []`, a return value, a nested display), else the
// type the first element materializes to: `[1, 2]` is a `List[Int]`,
// `[1.5]` a `List[Float64]`, `["a"]` a `List[StringLiteral]`. Every other
// element converts to `T`, or the display is an error naming both types.
// (Mojo 24.6 types a display as a `ListLiteral` of its elements' types;
// a `List` is what programs use it for, and what later Mojo does.)
//
// The elements travel as one variadic list, built in the caller's frame,
// so a display of 100,000 elements is one call, not 100,000 `append`s.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

/// The element type `expected` gives a display, when it is a `List`.
static Type expectedElement(GenericStruct *list, Type expected) {
  auto *st = llvm::dyn_cast_or_null<StructType>(expected);
  if (!st || st->getInfo()->generic != list ||
      st->getInfo()->bindings.empty() ||
      st->getInfo()->bindings.front().kind != CValue::Kind::Type)
    return nullptr;
  return st->getInfo()->bindings.front().type;
}

CExprPtr BodyChecker::checkListDisplay(const ast::ListDisplayExpr &expr,
                                       Type expected) {
  SourceRange range = expr.getRange();
  llvm::ArrayRef<ast::ExprId> ids = expr.getElements();
  GenericStruct *list = sema.getHookGeneric("List");
  if (!list) {
    diags.report(range, DiagID::err_hook_missing) << "List"
                                                  << "a list display";
    return nullptr;
  }
  Type element = expectedElement(list, expected);
  std::vector<CExprPtr> values;
  values.reserve(ids.size());
  size_t firstChecked = 0;
  if (!element) {
    if (ids.empty()) {
      diags.report(range, DiagID::err_list_display_needs_type);
      return nullptr;
    }
    CExprPtr first = checkValue(ids.front());
    if (!first)
      return nullptr;
    element = sema.materialize(first->type);
    values.push_back(convert(std::move(first), element, range));
    firstChecked = 1;
  }
  bool ok = !values.empty() ? bool(values.front()) : true;
  for (ast::ExprId id : ids.drop_front(firstChecked)) {
    const ast::Expr &e = ast.get(id);
    // A nested display (or a tuple) takes the element type as its own.
    if (firstChecked == 0 || llvm::isa<ast::ListDisplayExpr, ast::TupleExpr>(e)) {
      values.push_back(checkValueAs(id, element));
      ok &= bool(values.back());
      continue;
    }
    CExprPtr value = checkValue(id);
    if (value && conversionCost(value->type, element) < 0) {
      auto diag =
          diags.report(e.getRange(), DiagID::err_list_display_mixed_types);
      diag << getTypeName(element) << getTypeName(value->type);
      diag.note(ast.get(ids.front()).getRange(),
                DiagID::note_list_display_first_element)
          << getTypeName(element);
      value = nullptr;
    }
    values.push_back(convert(std::move(value), element, e.getRange()));
    ok &= bool(values.back());
  }
  if (!ok || llvm::isa<ErrorType>(element))
    return nullptr;
  std::vector<CValue> params(list->params.size());
  params.front() = CValue::ofType(element);
  StructInfo *info = sema.completeStructParams(list, std::move(params), range);
  if (!info)
    return nullptr;
  sema.resolveFields(info);
  auto ctors = info->methods.find("__init__");
  if (ctors == info->methods.end()) {
    diags.report(range, DiagID::err_no_matching_call) << info->name;
    return nullptr;
  }
  CExprPtr self;
  std::vector<llvm::StringRef> keywords(values.size());
  return resolveCall(ctors->second, self, values, keywords,
                     /*explicitParams=*/nullptr, range, info->name,
                     /*quiet=*/false);
}
