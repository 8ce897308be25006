//===- Mangling.cpp - Symbol names of function instances ------------------===//
//
// A function instance's symbol is derived from what identifies it, never
// from the order instances were created, so the same instance gets the same
// name in every compilation (which lets compiled instances be cached):
//
//   builtin.int::Int.__add__(self: Int, rhs: Int)
//   builtin.io::print[Int, Int](values: Int, values: Int, sep: StringLiteral,
//                               end: StringLiteral, flush: Bool)
//   __main__::swap(mut a: Int, mut b: Int)
//
// module `::` name (methods are `Owner.name`), the compile-time parameter
// values in brackets, then the runtime signature, which tells overloads
// apart. Symbols are MLIR and LLVM strings and need no escaping; instances
// are internal to their object file, so the names never meet a linker's
// rules.
//
//===----------------------------------------------------------------------===//
#include "compiler/IRGen/IRGen.h"
#include "compiler/SemIR/Program.h"

#include "llvm/Support/raw_ostream.h"

using namespace mojo;

static llvm::StringRef getConventionPrefix(sema::Convention convention) {
  switch (convention) {
  case sema::Convention::Read:
    return "";
  case sema::Convention::Mut:
    return "mut ";
  case sema::Convention::Owned:
    return "owned ";
  case sema::Convention::Out:
    return "out ";
  case sema::Convention::Ref:
    return "ref ";
  }
  return "";
}

std::string mojo::mangleFunctionName(const sema::FuncInstance &instance) {
  std::string name;
  llvm::raw_string_ostream os(name);
  const sema::FuncInfo &info = *instance.info;
  os << info.module->name << "::" << info.name;
  if (info.closureId) // Nested functions of one name are told apart.
    os << '#' << info.closureId;
  if (!instance.bindings.empty()) {
    os << '[';
    llvm::interleave(
        instance.bindings, os,
        [&](const sema::CValue &value) { os << value.str(); }, ", ");
    os << ']';
  }
  os << '(';
  llvm::interleave(
      instance.params, os,
      [&](const sema::ParamSlot &slot) {
        os << getConventionPrefix(slot.convention) << slot.name << ": "
           << sema::getTypeName(slot.type);
      },
      ", ");
  os << ')';
  return name;
}
