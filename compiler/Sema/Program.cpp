//===- Program.cpp - Modules, structs, functions and instances ------------===//
#include "compiler/Sema/Program.h"

#include "compiler/AST/Module.h"

using namespace mojo::sema;

ModuleInfo::ModuleInfo() = default;
ModuleInfo::~ModuleInfo() = default;
