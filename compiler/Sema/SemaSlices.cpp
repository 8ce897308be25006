//===- SemaSlices.cpp - `x[a:b:c]` -----------------------------------------===//
//
// A slice in a subscript is a `Slice` value (the prelude's `Slice`, a hook
// listed in docs/compiler/builtins.md), passed to `__getitem__` like any
// index:
//
//   x[a:b]       x.__getitem__(Slice(a, b, None))
//   x[::-1]      x.__getitem__(Slice(None, None, -1))
//
// through `Slice.__init__(start: Optional[Int], end: Optional[Int],
// step: Optional[Int])`, so the bounds convert as that constructor's
// arguments do, and what a slice means is the library's business
// (`Slice.indices`).
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

CExprPtr BodyChecker::checkSlice(const ast::SliceExpr &expr) {
  SourceRange range = expr.getRange();
  std::vector<CExprPtr> bounds;
  bool ok = true;
  for (ast::ExprId id : {expr.getLower(), expr.getUpper(), expr.getStep()}) {
    if (!id) {
      bounds.push_back(makeExpr(CExpr::Kind::None, types.getNoneType(), range));
      continue;
    }
    bounds.push_back(checkValue(id));
    ok &= bool(bounds.back());
  }
  auto *slice = llvm::dyn_cast<StructType>(sema.getHookType("Slice"));
  if (!slice) {
    diags.report(range, DiagID::err_hook_missing) << "Slice" << "a slice";
    return nullptr;
  }
  if (!ok)
    return nullptr;
  sema.resolveFields(slice->getInfo());
  auto ctors = slice->getInfo()->methods.find("__init__");
  if (ctors == slice->getInfo()->methods.end()) {
    diags.report(range, DiagID::err_no_matching_call) << "Slice";
    return nullptr;
  }
  // A bound that is no integer (nor the `Optional[Int]` a `Slice` holds)
  // is reported at itself, not as a failed call of a constructor the user
  // did not write.
  Type intType = sema.getHookType("Int");
  Type held = slice->getInfo()->fields.empty()
                  ? intType
                  : slice->getInfo()->fields.front().type;
  for (const CExprPtr &bound : bounds)
    if (bound->kind != CExpr::Kind::None &&
        conversionCost(bound->type, intType) < 0 &&
        conversionCost(bound->type, held) < 0) {
      diags.report(bound->range, DiagID::err_slice_bound_type)
          << getTypeName(bound->type);
      return nullptr;
    }
  CExprPtr self;
  std::vector<llvm::StringRef> keywords(bounds.size());
  return resolveCall(ctors->second, self, bounds, keywords,
                     /*explicitParams=*/nullptr, range, "Slice",
                     /*quiet=*/false);
}
