//===- SemaValues.cpp - Copies, moves and temporaries in the checked tree -===//
//
// Where a value flows decides what the checked tree says about it
// (LANGUAGE.md §5):
//
//   into an owned place (a `var`, an assignment, an `owned` argument, a
//   constructor's field): an rvalue is already owned and goes as it is; an
//   lvalue is copied (a Copy node), or moved when written `x^` (Move);
//   into a borrowed place (a `read`, `mut` or `ref` argument, a field
//   access): an lvalue goes by reference; an rvalue that must be destroyed
//   is held in a Temporary, so that it has an address and a lifetime;
//   out of a function (`return x`): a variable the function owns is moved,
//   since its lifetime ends there; anything else is copied.
//
// Values of trivial types (bits in, bits out, nothing to destroy) get no
// node at all: reading `Int` costs the checked tree nothing. The ownership
// pass (SemaOwnership.cpp) then places the destructions.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

bool Sema::isTrivial(Type type) {
  const Lifecycle &life = getLifecycle(type);
  return life.copy == Transfer::Bitwise && life.move == Transfer::Bitwise &&
         !life.needsDestroy;
}

CExprPtr BodyChecker::ownedValue(CExprPtr value) {
  if (!value || !value->isLValue() || sema.isTrivial(value->type))
    return value;
  const Lifecycle &life = sema.getLifecycle(value->type);
  if (life.copy == Transfer::Unavailable) {
    diags.report(value->range, life.move == Transfer::Unavailable
                                   ? DiagID::err_not_copyable_or_movable
                                   : DiagID::err_not_copyable)
        << getTypeName(value->type);
    return nullptr;
  }
  SourceRange range = value->range;
  auto copy = makeExpr(CExpr::Kind::Copy, value->type, range);
  copy->callee = life.copyInit;
  copy->operands.push_back(std::move(value));
  return copy;
}

CExprPtr BodyChecker::borrowedValue(CExprPtr value) {
  if (!value || value->isLValue() || !sema.getLifecycle(value->type).needsDestroy)
    return value;
  SourceRange range = value->range;
  auto temp = makeExpr(CExpr::Kind::Temporary, value->type, range);
  temp->local = newTemporary(value->type, range);
  temp->local->isTemporaryValue = true;
  temp->operands.push_back(std::move(value));
  return temp;
}

CExprPtr BodyChecker::moveValue(CExprPtr lvalue, SourceRange range) {
  Type type = lvalue->type;
  const Lifecycle &life = sema.getLifecycle(type);
  auto move = makeExpr(CExpr::Kind::Move, type, range);
  if (life.move == Transfer::Method) {
    move->callee = life.moveInit;
  } else if (life.move == Transfer::Unavailable) {
    // LANGUAGE.md §5: without `__moveinit__`, a move is a copy and the
    // destruction of the original.
    if (life.copy == Transfer::Unavailable) {
      diags.report(range, DiagID::err_not_movable) << getTypeName(type);
      return nullptr;
    }
    move->callee = life.copyInit;
    move->movesByCopy = true;
  }
  move->operands.push_back(std::move(lvalue));
  return move;
}

CExprPtr BodyChecker::checkTransfer(const ast::TransferExpr &expr) {
  CExprPtr value = checkValue(expr.getOperand());
  if (!value)
    return nullptr;
  if (!value->isLValue() || value->kind == CExpr::Kind::Temporary) {
    diags.report(expr.getRange(), DiagID::err_transfer_needs_lvalue);
    return nullptr;
  }
  const LocalVar *root = value->getRootLocal();
  if (!root) {
    diags.report(expr.getRange(), DiagID::err_transfer_from_reference);
    return nullptr;
  }
  if (root->convention == Convention::Mut) {
    diags.report(expr.getRange(), DiagID::err_transfer_mut) << root->name;
    return nullptr;
  }
  if (root->readOnly || root->convention == Convention::Ref) {
    diags.report(expr.getRange(), DiagID::err_transfer_read_only)
        << root->name;
    return nullptr;
  }
  // Moves are followed one field deep (SemaOwnership.cpp).
  if (value->kind == CExpr::Kind::Field &&
      value->operands[0]->kind == CExpr::Kind::Field &&
      !sema.isTrivial(value->type)) {
    SourceRange range = expr.getRange();
    llvm::StringRef text(range.Start.getPointer(),
                         range.End.getPointer() - range.Start.getPointer());
    diags.report(range, DiagID::err_transfer_nested_field) << text;
    return nullptr;
  }
  if (sema.isTrivial(value->type))
    return value; // Its bits; the variable stays usable, as a copy would.
  return moveValue(std::move(value), expr.getRange());
}

CExprPtr BodyChecker::returnedValue(CExprPtr value) {
  if (value && value->kind == CExpr::Kind::Local &&
      !sema.isTrivial(value->type) && !value->local->readOnly &&
      value->local->convention == Convention::Owned &&
      sema.getLifecycle(value->type).move != Transfer::Unavailable) {
    SourceRange range = value->range;
    return moveValue(std::move(value), range);
  }
  return ownedValue(std::move(value));
}
