//===- SemaListDisplays.cpp - `[a, b, c]` ---------------------------------===//
//
// A list display builds a `List` (the prelude's `List`, a hook listed in
// docs/compiler/builtins.md) through its variadic constructor:
//
//   [a, b, c]        List[T](a, b, c)     List[T].__init__(owned *values: T)
//   []               List[T]()
//
// `T` is the element type of the `List` the context expects
// (`var l: List[Int] = []`, a return value, a nested display, an argument
// whose candidates agree: `expectedDisplayType`), else the
// type of the first element that is not a literal (`[1, x]` with
// `x: Float64` is a `List[Float64]`), else the type the first element
// materializes to: `[1, 2]` is a `List[Int]`, `[1.5]` a `List[Float64]`,
// `["a"]` a `List[StringLiteral]`. Every other element converts to `T`,
// or the display is an error naming both types.
// (Mojo 24.6 types a display as a `ListLiteral` of its elements' types;
// a `List` is what programs use it for, and what later Mojo does.)
//
// The elements travel as one variadic list, built in the caller's frame,
// so a display of 100,000 elements is one call, not 100,000 `append`s.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/SemaListDisplays.h"

#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

/// Whether `e` takes its type from the display's element type rather than
/// giving one: a nested display or a tuple.
static bool takesElementType(const ast::Expr &e) {
  return llvm::isa<ast::ListDisplayExpr, ast::TupleExpr>(e);
}

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
  if (!element && ids.empty()) {
    diags.report(range, DiagID::err_list_display_needs_type);
    return nullptr;
  }
  std::vector<CExprPtr> values(ids.size());
  std::vector<bool> checked(ids.size());
  bool ok = true;
  size_t from = 0; // The element the type comes from, for the note.
  auto check = [&](size_t i) {
    values[i] = checkValue(ids[i]);
    checked[i] = true;
    ok &= bool(values[i]);
  };
  if (!element) {
    // The first element's type that is no literal's gives the type
    // (`[1, x]` with `x: Float64` is a `List[Float64]`), else the first
    // element's materialized one (`[1, 2]`: `List[Int]`). Nested displays
    // and tuples take it rather than give it, unless all elements are.
    for (size_t i = 0; i < ids.size(); ++i) {
      if (takesElementType(ast.get(ids[i])))
        continue;
      check(i);
      if (!element && values[i] &&
          sema.materialize(values[i]->type) == values[i]->type) {
        element = values[i]->type;
        from = i;
      }
    }
    for (size_t i = 0; i < ids.size() && !element; ++i)
      if (values[i]) {
        element = sema.materialize(values[i]->type);
        from = i;
      }
    if (!element && ok) {
      check(0);
      if (values[0])
        element = sema.materialize(values[0]->type);
    }
    if (!element)
      return nullptr;
  }
  for (size_t i = 0; i < ids.size(); ++i) {
    const ast::Expr &e = ast.get(ids[i]);
    if (!checked[i]) {
      // A nested display (or a tuple) takes the element type as its own.
      values[i] = checkValueAs(ids[i], element);
      ok &= bool(values[i]);
      continue;
    }
    if (!values[i])
      continue;
    if (conversionCost(values[i]->type, element) < 0) {
      auto diag =
          diags.report(e.getRange(), DiagID::err_list_display_mixed_types);
      diag << getTypeName(element) << getTypeName(values[i]->type);
      diag.note(ast.get(ids[from]).getRange(),
                DiagID::note_list_display_element_type)
          << getTypeName(element);
      values[i] = nullptr;
    } else {
      values[i] = convert(std::move(values[i]), element, e.getRange());
    }
    ok &= bool(values[i]);
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

Type mojo::sema::expectedDisplayType(Sema &sema, const Entity &callee,
                                      llvm::ArrayRef<ast::Argument> args,
                                      size_t index, SourceRange range) {
  std::vector<FuncInfo *> funcs;
  bool selfGiven = callee.kind == Entity::Kind::Method;
  if (callee.kind == Entity::Kind::Funcs || selfGiven) {
    funcs = callee.funcs;
  } else if (callee.kind == Entity::Kind::Type) {
    auto *st = llvm::dyn_cast<StructType>(callee.type);
    if (!st)
      return nullptr;
    sema.resolveFields(st->getInfo());
    auto it = st->getInfo()->methods.find("__init__");
    if (it == st->getInfo()->methods.end())
      return nullptr;
    funcs = it->second;
  }
  GenericStruct *list = sema.getHookGeneric("List");
  llvm::StringRef keyword = args[index].keyword;
  size_t positional = 0; // The argument's place among the positional ones.
  for (size_t a = 0; a < index; ++a)
    positional += args[a].keyword.empty();
  Type expected = nullptr;
  for (FuncInfo *func : funcs) {
    // Only an instance bound to nothing is the one the call will use:
    // generic candidates, and those binding the type of an argument
    // (`List[T, *_]`) or the mutability of a `ref` one, are skipped.
    if (!sema.getCompileTimeParams(func).empty() ||
        !sema.getAutoParameterized(func).empty() ||
        !sema.getRefArguments(func).empty())
      continue;
    // `Type.method(obj, ...)`: the first argument is the receiver.
    bool receiverFirst = callee.kind == Entity::Kind::Funcs && func->owner &&
                         !func->isStatic && func->decl &&
                         func->decl->getName() != "__init__";
    size_t position = positional;
    if (receiverFirst && keyword.empty() && position-- == 0)
      continue;
    FuncInstance *instance = sema.instantiate(func, {}, range);
    if (!instance->signatureOk)
      continue;
    Type type = nullptr;
    size_t next = 0;
    for (const ParamSlot &slot : instance->params) {
      if (slot.isSelf && (selfGiven || receiverFirst))
        continue;
      if (!keyword.empty()) {
        if (slot.name == keyword && !slot.positionalOnly)
          type = slot.type;
        continue;
      }
      if (slot.keywordOnly || slot.isCallLocation)
        continue;
      if (slot.variadicElement || next++ == position) {
        type = slot.variadicElement ? slot.variadicElement : slot.type;
        break;
      }
    }
    auto *st = llvm::dyn_cast_or_null<StructType>(type);
    if (!st || st->getInfo()->generic != list)
      continue;
    if (expected && expected != type)
      return nullptr; // Candidates disagree: the display types itself.
    expected = type;
  }
  return expected;
}
