//===- SemaTypeOf.cpp - `__type_of(expr)` as a type -----------------------===//
//
// `__type_of(x)` is the type of the expression `x`, which is checked but
// never evaluated (LANGUAGE.md §8). It is a type wherever a function body
// names one: `var y: __type_of(x) = x`, `alias T = __type_of(x)`,
// `f[__type_of(x)]()`, `__type_of(x)(3)`, `__type_of(x).MAX`. The operand
// is usually a run-time value, which is why a body resolves it rather than
// Sema::resolveType (which sees no locals). In a signature it names an
// argument declared before it (`y: __type_of(x)`, `-> __type_of(x)`):
// Sema::resolveSignature binds each argument's type as it resolves it,
// and Sema::resolveSignatureTypeOf reads that binding. Anything else there
// (`__type_of(x + 1)`, a later argument) would need the signature checked
// as expressions, and is "not yet implemented".
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

std::optional<Type> BodyChecker::checkTypeOf(ast::ExprId id) {
  auto *call = llvm::dyn_cast<ast::CallExpr>(&ast.get(id));
  if (!call)
    return std::nullopt;
  return checkTypeOfCall(call);
}

std::optional<Type>
BodyChecker::checkTypeOfCall(const ast::CallExpr *call) {
  auto *callee = llvm::dyn_cast<ast::NameExpr>(&ast.get(call->getCallee()));
  if (!callee || callee->getName() != "__type_of" ||
      lookupLocal(callee->getName()) || lookupBinding(callee->getName()))
    return std::nullopt;
  if (call->getArgs().size() != 1 || call->getArgs()[0].hasKeyword()) {
    diags.report(call->getRange(), DiagID::err_type_of_form);
    return types.getErrorType();
  }
  // The tree is dropped: nothing of the operand runs.
  Entity operand = checkEntity(call->getArgs()[0].value);
  if (operand.kind == Entity::Kind::Error)
    return types.getErrorType();
  if (operand.kind != Entity::Kind::Value || !operand.value) {
    diags.report(ast.get(call->getArgs()[0].value).getRange(),
                 DiagID::err_type_of_form);
    return types.getErrorType();
  }
  return sema.materialize(operand.value->type);
}

Type BodyChecker::resolveBodyType(ast::ExprId id) {
  if (std::optional<Type> type = checkTypeOf(id))
    return *type;
  return sema.resolveType(module, id, bindings, func.owner);
}
