//===- Dunders.cpp - The special method each operator calls ---------------===//
#include "compiler/Sema/Dunders.h"

using namespace mojo;

const char *sema::getBinaryDunder(ast::BinaryOp op, bool reflected) {
  switch (op) {
  case ast::BinaryOp::Add: return reflected ? "__radd__" : "__add__";
  case ast::BinaryOp::Sub: return reflected ? "__rsub__" : "__sub__";
  case ast::BinaryOp::Mul: return reflected ? "__rmul__" : "__mul__";
  case ast::BinaryOp::MatMul: return reflected ? "__rmatmul__" : "__matmul__";
  case ast::BinaryOp::Div: return reflected ? "__rtruediv__" : "__truediv__";
  case ast::BinaryOp::FloorDiv:
    return reflected ? "__rfloordiv__" : "__floordiv__";
  case ast::BinaryOp::Mod: return reflected ? "__rmod__" : "__mod__";
  case ast::BinaryOp::Pow: return reflected ? "__rpow__" : "__pow__";
  case ast::BinaryOp::LShift: return reflected ? "__rlshift__" : "__lshift__";
  case ast::BinaryOp::RShift: return reflected ? "__rrshift__" : "__rshift__";
  case ast::BinaryOp::BitAnd: return reflected ? "__rand__" : "__and__";
  case ast::BinaryOp::BitXor: return reflected ? "__rxor__" : "__xor__";
  case ast::BinaryOp::BitOr: return reflected ? "__ror__" : "__or__";
  }
  return "";
}

const char *sema::getInPlaceDunder(ast::BinaryOp op) {
  switch (op) {
  case ast::BinaryOp::Add: return "__iadd__";
  case ast::BinaryOp::Sub: return "__isub__";
  case ast::BinaryOp::Mul: return "__imul__";
  case ast::BinaryOp::MatMul: return "__imatmul__";
  case ast::BinaryOp::Div: return "__itruediv__";
  case ast::BinaryOp::FloorDiv: return "__ifloordiv__";
  case ast::BinaryOp::Mod: return "__imod__";
  case ast::BinaryOp::Pow: return "__ipow__";
  case ast::BinaryOp::LShift: return "__ilshift__";
  case ast::BinaryOp::RShift: return "__irshift__";
  case ast::BinaryOp::BitAnd: return "__iand__";
  case ast::BinaryOp::BitXor: return "__ixor__";
  case ast::BinaryOp::BitOr: return "__ior__";
  }
  return "";
}

const char *sema::getUnaryDunder(ast::UnaryOp op) {
  switch (op) {
  case ast::UnaryOp::Neg: return "__neg__";
  case ast::UnaryOp::Pos: return "__pos__";
  case ast::UnaryOp::Invert: return "__invert__";
  }
  return "";
}

const char *sema::getCompareDunder(ast::CompareOp op) {
  switch (op) {
  case ast::CompareOp::Eq: return "__eq__";
  case ast::CompareOp::Ne: return "__ne__";
  case ast::CompareOp::Lt: return "__lt__";
  case ast::CompareOp::Le: return "__le__";
  case ast::CompareOp::Gt: return "__gt__";
  case ast::CompareOp::Ge: return "__ge__";
  case ast::CompareOp::In:
  case ast::CompareOp::NotIn: return "__contains__";
  case ast::CompareOp::Is: return "__is__";
  case ast::CompareOp::IsNot: return "__isnot__";
  }
  return "";
}
