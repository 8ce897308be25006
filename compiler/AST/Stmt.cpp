//===- Stmt.cpp - Statement nodes -----------------------------------------===//
#include "compiler/AST/Stmt.h"

using namespace mojo;
using namespace mojo::ast;

llvm::StringRef Stmt::getKindName(Kind kind) {
  switch (kind) {
#define STMT(Name)                                                             \
  case Kind::Name:                                                             \
    return #Name "Stmt";
#include "compiler/AST/StmtNodes.def"
  }
  return "Stmt";
}
