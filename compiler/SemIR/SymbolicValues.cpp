//===- SymbolicValues.cpp - Parameter expressions kept in generic trees ---===//
//
// A generic body checked against its bounds computes some compile-time
// values from its parameters (`f[n - 1]`, `alias m = n * 2`). It keeps the
// checked expression that computes each (SymbolicValue), and substitution
// runs it for each instance (docs/compiler/comptime.md, "Two layers").
// Here: copying such an expression into a body that uses the value, and
// the key by which two of them are one value.
//
//===----------------------------------------------------------------------===//
#include "compiler/SemIR/Program.h"

#include "llvm/Support/raw_ostream.h"

using namespace mojo;
using namespace mojo::sema;

/// Only trees the ownership pass has not run on are copied: it is what
/// generic trees are, and it keeps cleanups out of compile-time values.
CExprPtr sema::copyExpr(const CExpr &expr) {
  auto node = std::make_unique<CExpr>(expr.kind, expr.type, expr.range);
  node->origin = expr.origin;
  node->intValue = expr.intValue;
  node->text = expr.text;
  node->local = expr.local;
  node->fieldIndex = expr.fieldIndex;
  node->callee = expr.callee;
  for (const CExprPtr &operand : expr.operands)
    node->operands.push_back(copyExpr(*operand));
  node->attributes = expr.attributes;
  node->movesByCopy = expr.movesByCopy;
  node->typeOperand = expr.typeOperand;
  node->refResult = expr.refResult;
  node->refMutable = expr.refMutable;
  node->uninitialized = expr.uninitialized;
  node->elementsByAddress = expr.elementsByAddress;
  return node;
}

static void printKey(const CExpr &expr, llvm::raw_ostream &os) {
  os << unsigned(expr.kind) << ':' << getTypeName(expr.type);
  if (expr.kind == CExpr::Kind::IntConst)
    os << '=' << expr.intValue;
  if (!expr.text.empty())
    os << '"' << expr.text << '"';
  if (expr.local) // Of the thunk it was checked in: never equal to another.
    os << "&" << static_cast<const void *>(expr.local);
  if (expr.fieldIndex)
    os << '.' << expr.fieldIndex;
  // The name says which instance; the declaration, which of the
  // overloads spelled alike.
  if (expr.callee)
    os << ' ' << describeInstance(expr.callee) << '@'
       << static_cast<const void *>(expr.callee->info);
  for (const auto &[name, value] : expr.attributes)
    os << ' ' << name << '=' << value;
  if (expr.typeOperand)
    os << " of " << getTypeName(expr.typeOperand);
  os << '(';
  for (const CExprPtr &operand : expr.operands) {
    printKey(*operand, os);
    os << ',';
  }
  os << ')';
}

std::string sema::getSymbolicKey(const CExpr &expr) {
  std::string key;
  llvm::raw_string_ostream os(key);
  printKey(expr, os);
  return key;
}
