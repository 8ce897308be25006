//===- SemaStructFields.cpp - A struct's fields, resolved on demand -------===//
//
// A struct's fields are resolved when first needed (a layout, a lifecycle,
// a field access), which finds a struct that contains itself; and
// `materialize` gives the type a `@nonmaterializable` struct's values
// become when stored (`IntLiteral` -> `Int`).
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

#include "compiler/Basic/Budgets.h"

#include "llvm/ADT/ScopeExit.h"

using namespace mojo;
using namespace mojo::sema;

/// Resolves the fields of the structs a field of type `type` holds in
/// place, so that a struct containing itself is found.
static void resolveFieldsWithin(Sema &sema, Type type) {
  if (auto *st = llvm::dyn_cast<StructType>(type))
    sema.resolveFields(st->getInfo());
  else if (auto *tuple = llvm::dyn_cast<TupleType>(type))
    for (Type element : tuple->getElements())
      resolveFieldsWithin(sema, element);
}

void Sema::resolveFields(StructInfo *info) {
  if (info->fieldsResolved)
    return;
  if (info->resolvingFields) {
    // A check-only instance nested with an unknown value (`Chain[n + 1]`
    // in the stand-in `Chain[n]`) is one type for every value, so it
    // seems to contain itself: the real instances report what is wrong.
    if (!isCheckOnlyType(info->type) ||
        (info->generic && info->generic->standIn == info))
      diags.report(info->decl->getNameRange(), DiagID::err_recursive_struct)
          << info->name;
    return;
  }
  // `struct S[n: Int]: var next: S[n + 1]` would nest instances without
  // end: each is a new type, so the recursion check above never fires.
  if (fieldNesting >= budget::kMaxInstantiationDepth) {
    if (!reportedFieldNesting)
      diags.report(info->decl->getNameRange(),
                   DiagID::err_struct_instantiation_depth)
          << info->name << budget::kMaxInstantiationDepth;
    reportedFieldNesting = true;
    info->fieldsResolved = true;
    return;
  }
  ++fieldNesting;
  auto unnest = llvm::make_scope_exit([&] { --fieldNesting; });
  // What is wrong with the fields of a parametric struct was reported for
  // its stand-in (SemaStructGenerics.cpp), once.
  DiagnosticConsumer *consumer = diags.getConsumer();
  bool quiet = info->generic && info->generic->standInFieldErrors &&
               info->generic->standIn != info;
  if (quiet)
    diags.setConsumer(nullptr);
  auto restore = llvm::make_scope_exit([&] {
    if (quiet)
      diags.setConsumer(consumer);
  });
  info->resolvingFields = true;
  const ast::ASTContext &ctx = info->module->ast->getContext();
  for (ast::DeclId id : info->decl->getMembers()) {
    auto *var = llvm::dyn_cast<ast::VarDecl>(&ctx.get(id));
    if (!var || !var->isField())
      continue;
    Type type = program->types.getErrorType();
    if (var->getType())
      type = resolveType(info->module, var->getType(), info->paramValues, info);
    else
      diags.report(var->getNameRange(), DiagID::err_field_needs_type)
          << var->getName();
    resolveFieldsWithin(*this, type);
    // A closure held in a struct could outlive what it captures.
    auto *fnType = llvm::dyn_cast<FunctionType>(type);
    if (fnType && fnType->hasEnvironment()) {
      diags.report(ctx.get(var->getType()).getRange(),
                   DiagID::err_not_yet_implemented)
          << "fields of capturing or `escaping` function types";
      type = program->types.getErrorType();
    }
    for (const Field &other : info->fields)
      if (other.name == var->getName())
      reportRedefinition(diags, var->getNameRange(), other.range,
                         var->getName());
    if (info->methods.count(var->getName()))
      diags.report(var->getNameRange(), DiagID::err_field_method_clash)
          << var->getName();
    info->fields.push_back({var->getName().str(), type, var->getRange()});
  }
  if (const ast::Decorator *d = info->decl->findDecorator("nonmaterializable"))
    if (!d->args.empty())
      info->materializesTo =
          resolveType(info->module, d->args.front().value, info->paramValues,
                      info);
  info->resolvingFields = false;
  info->fieldsResolved = true;
  if (info->isValue)
    addFieldwiseInit(info);
}

Type Sema::materialize(Type type) {
  auto *st = llvm::dyn_cast<StructType>(type);
  // Only a `@nonmaterializable` struct's fields are needed: resolving
  // every struct's would find `Node` inside itself when its field
  // `UnsafePointer[Node]` binds the parameter.
  if (st && st->getInfo()->decl &&
      st->getInfo()->decl->findDecorator("nonmaterializable")) {
    resolveFields(st->getInfo());
    if (st->getInfo()->materializesTo)
      return st->getInfo()->materializesTo;
  }
  return type;
}
