//===- Program.cpp - Modules, structs, functions and instances ------------===//
#include "compiler/Sema/Program.h"

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
