//===- Decl.cpp - Declaration nodes ---------------------------------------===//
#include "compiler/AST/Decl.h"

using namespace mojo;
using namespace mojo::ast;

llvm::StringRef Decl::getKindName(Kind kind) {
  switch (kind) {
#define DECL(Name)                                                             \
  case Kind::Name:                                                             \
    return #Name "Decl";
#include "compiler/AST/DeclNodes.def"
  }
  return "Decl";
}

llvm::StringRef ast::getSpelling(Convention convention) {
  static const char *const spellings[] = {"",    "read", "mut",   "owned",
                                          "out", "ref",  "inout", "borrowed"};
  return spellings[unsigned(convention)];
}

llvm::StringRef ast::getSpelling(ParamKind kind) {
  static const char *const spellings[] = {"positional-or-keyword",
                                          "positional-only", "keyword-only",
                                          "infer-only"};
  return spellings[unsigned(kind)];
}

static const Decorator *findIn(llvm::ArrayRef<Decorator> decorators,
                               llvm::StringRef name) {
  for (const Decorator &decorator : decorators)
    if (decorator.name == name)
      return &decorator;
  return nullptr;
}

const Decorator *FuncDecl::findDecorator(llvm::StringRef name) const {
  return findIn(info.decorators, name);
}

const Decorator *StructDecl::findDecorator(llvm::StringRef name) const {
  return findIn(info.decorators, name);
}
