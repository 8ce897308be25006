//===- SemaConstraints.cpp - `constrained[cond, msg]()` -------------------===//
//
// `constrained` (stdlib/builtin/constrained.mojo) is an ordinary function
// whose check is the compiler's: an instance whose `cond` is False is an
// error at the call that asked for it, with the user's message and the
// chain of instances that led there.
//
//   fn f[n: Int]():
//       constrained[n > 0, "n must be positive"]()
//   f[0]()   ->   error: constraint failed: n must be positive
//                 note: in `f[0]`, instantiated here
//
// A check against bounds binds `cond` to an unknown value, which is no
// failure; each concrete instance is checked. An instance is made once per
// parameter set, so a constraint fails once per set, where first asked.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/SemaImpl.h"

using namespace mojo;
using namespace mojo::sema;

void Sema::checkConstraint(const FuncInstance *instance) {
  const FuncInfo *func = instance->info;
  if (func->owner || func->name != "constrained" ||
      func->module->name != "builtin.constrained" ||
      instance->bindings.empty())
    return;
  const CValue &cond = instance->bindings[0];
  if (cond.kind != CValue::Kind::Bool || cond.boolValue)
    return;
  std::string message = "param assertion failed";
  if (instance->bindings.size() > 1 &&
      instance->bindings[1].kind == CValue::Kind::String)
    message = instance->bindings[1].stringValue;
  auto diag = diags.report(instance->instantiatedAt,
                           DiagID::err_constraint_failed);
  diag << message;
  noteInstantiationChain(diag, instance);
}
