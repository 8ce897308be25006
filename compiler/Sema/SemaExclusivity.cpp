//===- SemaExclusivity.cpp - A `mut` argument aliases no other -------------===//
//
// LANGUAGE.md §5, Exclusivity: within one call, a value passed `mut` (or
// `ref`, which mojoc passes as a mutable reference) may not also reach the
// callee through another argument, the receiver `self` included. Two
// arguments overlap when they are parts of one variable and one access
// path is a prefix of the other: `p` and `p.x` overlap, `p.x` and `p.y` do
// not. A trivial register-passable value passed `read` is exempt (it is
// copied), and so is an `owned` argument (the callee gets its own copy).
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

namespace {
/// What the callee may do with the memory an argument names.
enum class Access : uint8_t { None, Read, Write };

/// An lvalue argument as its variable and the field indices from it.
struct AccessPath {
  const LocalVar *root = nullptr;
  llvm::SmallVector<unsigned, 4> fields;
};
} // namespace

/// Values of these types are plain bits held in registers, which a `read`
/// argument copies. (Not Sema::isTrivial: a memory struct of trivial
/// fields is passed `read` by address, so it can alias.)
static bool isCopiedWhenRead(Type type) {
  if (llvm::isa<MLIRType, NoneType, ErrorType>(type))
    return true;
  if (auto *st = llvm::dyn_cast<StructType>(type))
    return st->getInfo()->trivial;
  if (auto *tuple = llvm::dyn_cast<TupleType>(type))
    return llvm::all_of(tuple->getElements(), isCopiedWhenRead);
  return false;
}

static Access getAccess(const ParamSlot &slot, const CExpr &arg) {
  if (!arg.isLValue())
    return Access::None; // A temporary belongs to this call alone.
  // Memory a reference designates is not a variable of this function:
  // which places it overlaps is the pointer's business, not tracked (as
  // origins are not yet).
  if (arg.isReference())
    return Access::None;
  switch (slot.convention) {
  case Convention::Mut:
  case Convention::Ref:
    return Access::Write;
  case Convention::Read:
    return isCopiedWhenRead(arg.type) ? Access::None : Access::Read;
  case Convention::Owned:
  case Convention::Out:
    return Access::None;
  }
  return Access::None;
}

static AccessPath getPath(const CExpr &lvalue) {
  AccessPath path;
  const CExpr *e = &lvalue;
  for (; e->kind == CExpr::Kind::Field; e = e->operands[0].get())
    path.fields.push_back(e->fieldIndex);
  path.root = e->local;
  std::reverse(path.fields.begin(), path.fields.end());
  return path;
}

static bool overlap(const AccessPath &a, const AccessPath &b) {
  if (a.root != b.root)
    return false;
  size_t common = std::min(a.fields.size(), b.fields.size());
  return std::equal(a.fields.begin(), a.fields.begin() + common,
                    b.fields.begin());
}

/// `p.x.y`, as written.
static std::string describe(const CExpr &lvalue) {
  if (lvalue.kind == CExpr::Kind::Local)
    return lvalue.local->name;
  const CExpr &base = *lvalue.operands[0];
  std::string field = getFieldName(base.type, lvalue.fieldIndex);
  if (llvm::isa<TupleType>(base.type))
    return describe(base) + "[" + field + "]";
  return describe(base) + "." + field;
}

bool BodyChecker::checkExclusivity(const FuncInstance &callee,
                                   llvm::ArrayRef<CExprPtr> args) {
  llvm::SmallVector<Access, 8> access;
  llvm::SmallVector<AccessPath, 8> paths;
  for (size_t i = 0; i < args.size(); ++i) {
    access.push_back(getAccess(callee.params[i], *args[i]));
    paths.push_back(access.back() == Access::None ? AccessPath()
                                                  : getPath(*args[i]));
  }
  bool ok = true;
  for (size_t i = 0; i < args.size(); ++i) {
    if (access[i] == Access::None)
      continue;
    for (size_t j = i + 1; j < args.size(); ++j) {
      if (access[j] == Access::None ||
          (access[i] != Access::Write && access[j] != Access::Write) ||
          !overlap(paths[i], paths[j]))
        continue;
      // Point at the `mut` one; the note shows the other.
      size_t writer = access[i] == Access::Write ? i : j;
      size_t other = writer == i ? j : i;
      auto diag = diags.report(args[writer]->range,
                               DiagID::err_mut_argument_alias);
      diag << describe(*args[writer])
           << (callee.params[writer].convention == Convention::Ref ? "ref"
                                                                   : "mut");
      diag.note(args[other]->range, DiagID::note_aliased_argument)
          << describe(*args[other]);
      ok = false;
    }
  }
  return ok;
}
