//===- Dunders.h - The special method each operator calls -------*- C++ -*-===//
//
// One table for the operator → method mapping of LANGUAGE.md §6, used by
// expression checking, augmented assignment and compile-time evaluation.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_SEMA_DUNDERS_H
#define MOJOC_SEMA_DUNDERS_H

#include "compiler/AST/Expr.h"

namespace mojo::sema {

/// `__add__` for `+`, or `__radd__` when `reflected`.
const char *getBinaryDunder(ast::BinaryOp op, bool reflected = false);
/// `__iadd__` for `+=`.
const char *getInPlaceDunder(ast::BinaryOp op);
/// `__neg__`, `__pos__`, `__invert__`.
const char *getUnaryDunder(ast::UnaryOp op);
/// `__eq__` ... `__ge__`; `__contains__` for `in`/`not in`; `__is__`,
/// `__isnot__`.
const char *getCompareDunder(ast::CompareOp op);

} // namespace mojo::sema

#endif
