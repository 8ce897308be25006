//===- Program.cpp - Modules, structs, functions and instances ------------===//
#include "compiler/SemIR/Program.h"

#include "compiler/AST/Module.h"

using namespace mojo::sema;

ModuleInfo::ModuleInfo() = default;
ModuleInfo::~ModuleInfo() = default;

/// `f[1, Int]`, as the user would write the instance.
std::string mojo::sema::describeInstance(const FuncInstance *instance) {
  std::string text = instance->info->name;
  if (instance->bindings.empty())
    return text;
  text += "[";
  for (size_t i = 0; i < instance->bindings.size(); ++i)
    text += (i ? ", " : "") + instance->bindings[i].str();
  return text + "]";
}

std::string mojo::sema::describeFunctionValue(const FuncInstance *instance) {
  // A parametric closure is named without its unknown parameters.
  std::string text = instance->isClosureTemplate ? instance->info->name
                                                 : describeInstance(instance);
  if (instance->info->closureId)
    text += "#" + std::to_string(instance->info->closureId);
  return text;
}

std::vector<const FuncInstance *>
mojo::sema::getEnvironmentArgs(const FuncInstance &instance) {
  std::vector<const FuncInstance *> closures;
  if (!instance.captures.empty())
    closures.push_back(getEnvironmentOwner(&instance));
  for (const CValue &value : instance.bindings)
    if (value.kind == CValue::Kind::Func && !value.func->captures.empty())
      closures.push_back(getEnvironmentOwner(value.func));
  return closures;
}

const FuncInstance *
mojo::sema::getEnvironmentOwner(const FuncInstance *closure) {
  return closure->closureTemplate ? closure->closureTemplate : closure;
}
