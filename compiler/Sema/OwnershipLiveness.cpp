//===- OwnershipLiveness.cpp - Walk 1 of the ownership pass: liveness -----===//
//
// Backward over the structured checked tree: which tracked values are live
// after each statement and on entry to each block. A loop's head is iterated
// to a fixpoint; a `try` keeps what its `finally` needs live throughout and
// what its handler needs live wherever an error may go to it.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/OwnershipPass.h"

using namespace mojo;
using namespace mojo::sema;
using namespace mojo::sema::ownership;

//===----------------------------------------------------------------------===//
// 1. Liveness
//===----------------------------------------------------------------------===//

/// The tracked variables `expr` reads (a Temporary is made and used inside
/// one expression and is not live across statements).
void OwnershipPass::usesOf(const CExpr &expr, Set &uses) {
  if ((expr.kind == Kind::Local) && expr.local) {
    int i = indexOf(expr.local);
    if (i >= 0)
      uses.set(i);
    // Reading a view reads what it points into (LocalVar::viewSources).
    for (const LocalVar *source : expr.local->viewSources)
      if (int s = indexOf(source); s >= 0)
        uses.set(s);
  }
  forEachCapturedVar(expr, [&](const LocalVar *var) {
    if (int i = indexOf(var); i >= 0)
      uses.set(i);
  });
  for (const CExprPtr &operand : expr.operands)
    usesOf(*operand, uses);
}

/// try: B except: H else: E finally: F, with L live after it:
///   F is entered with what L and the outer error target need;
///   H and E flow into F, and their errors go to F (or outward);
///   B flows into E, and its errors go to H (or where H's would).
Set OwnershipPass::liveIntoTry(CStmt &stmt, const Set &liveOut) {
  Set outer = errorLive.back();
  Set finallyIn = liveOut;
  Set otherErrors = outer;
  bool hasFinally = !stmt.finally.empty();
  if (hasFinally) {
    Set finallyOut = liveOut;
    finallyOut |= outer;
    finallyIn = liveIntoBlock(stmt.finally, finallyOut);
    otherErrors = finallyIn;
    Set extra = extraLive.back();
    extra |= finallyIn;
    extraLive.push_back(extra);
  }
  errorLive.push_back(otherErrors);
  Set elseIn = liveIntoBlock(stmt.orElse, finallyIn);
  Set handlerIn =
      stmt.hasHandler ? liveIntoBlock(stmt.handler, finallyIn) : emptySet();
  errorLive.pop_back();
  Set bodyErrors = stmt.hasHandler ? handlerIn : otherErrors;
  errorLive.push_back(bodyErrors);
  Set bodyIn = liveIntoBlock(stmt.body, elseIn);
  errorLive.pop_back();
  if (hasFinally)
    extraLive.pop_back();
  tries[&stmt] = {handlerIn, bodyErrors, otherErrors};
  return bodyIn;
}

Set OwnershipPass::liveIntoBlock(CBlock &block, Set live) {
  for (size_t i = block.size(); i-- > 0;)
    live = liveIntoStmt(*block[i], live);
  liveOnEntry[&block] = live;
  return live;
}

/// Whether evaluating `expr` may raise.
static bool mayRaise(const CExpr &expr) {
  if ((expr.kind == Kind::Call || expr.kind == Kind::CallIndirect) &&
        expr.callee && expr.callee->raises)
    return true;
  return llvm::any_of(expr.operands,
                      [](const CExprPtr &e) { return mayRaise(*e); });
}

/// Whether control may leave `stmt` by an error before it completes (not
/// counting the statements nested in it).
static bool mayRaise(const CStmt &stmt) {
  using SK = CStmt::Kind;
  switch (stmt.kind) {
  case SK::Raise:
    return true;
  case SK::If:
    return mayRaise(*stmt.cond) ||
           llvm::any_of(stmt.elifs,
                        [](const CStmtPtr &e) { return mayRaise(*e->cond); });
  case SK::While:
    return mayRaise(*stmt.cond);
  default:
    return (stmt.value && mayRaise(*stmt.value)) ||
           (stmt.target && mayRaise(*stmt.target));
  }
}

/// Around the statement's own liveness: what an enclosing `finally` needs
/// stays live throughout its `try`, so every path reaches the `finally`
/// owning the same values; what a handler needs is live where an error
/// may go to it.
Set OwnershipPass::liveIntoStmt(CStmt &stmt, const Set &liveOut) {
  Set out = liveOut;
  out |= extraLive.back();
  Set in = liveIntoStmtOwn(stmt, out);
  in |= extraLive.back();
  if (mayRaise(stmt))
    in |= errorLive.back();
  return in;
}

Set OwnershipPass::liveIntoStmtOwn(CStmt &stmt, const Set &liveOut) {
  using SK = CStmt::Kind;
  liveAfter[&stmt] = liveOut;
  Set live = liveOut;
  switch (stmt.kind) {
  case SK::Expr:
    usesOf(*stmt.value, live);
    return live;
  case SK::Init:
    if (int i = indexOf(stmt.local); i >= 0)
      live.reset(i);
    usesOf(*stmt.value, live);
    return live;
  case SK::Assign:
    // Assigning a variable kills it; assigning a field keeps the whole
    // alive until then.
    if (stmt.target->kind == Kind::Local) {
      if (int i = indexOf(stmt.target->local); i >= 0)
        live.reset(i);
    } else {
      usesOf(*stmt.target, live);
    }
    usesOf(*stmt.value, live);
    return live;
  case SK::If: {
    // Each clause's condition is evaluated where the previous were false.
    Set rest = liveIntoBlock(stmt.orElse, liveOut);
    for (size_t k = stmt.elifs.size(); k-- > 0;) {
      CStmt &elif = *stmt.elifs[k];
      rest |= liveIntoBlock(elif.body, liveOut);
      usesOf(*elif.cond, rest);
    }
    rest |= liveIntoBlock(stmt.body, liveOut);
    usesOf(*stmt.cond, rest);
    return rest;
  }
  case SK::While: {
    Set head = emptySet();
    // The head's live set grows to a fixpoint (at most one pass per
    // tracked variable; in practice two).
    for (;;) {
      loops.push_back({head, liveOut, {}});
      Set next = liveIntoBlock(stmt.body, head);
      loops.pop_back();
      next |= liveIntoBlock(stmt.orElse, liveOut);
      usesOf(*stmt.cond, next);
      if (next == head)
        break;
      head = next;
    }
    loopHeads[&stmt] = head;
    return head;
  }
  case SK::Break:
    return loops.back().exit;
  case SK::Continue:
    return loops.back().head;
  case SK::Return: {
    Set uses = emptySet();
    if (stmt.value)
      usesOf(*stmt.value, uses);
    return uses;
  }
  case SK::Block:
    return liveIntoBlock(stmt.body, liveOut);
  case SK::Destroy:
    return live;
  case SK::Raise: {
    Set uses = emptySet();
    if (stmt.value)
      usesOf(*stmt.value, uses);
    return uses;
  }
  case SK::Try:
    return liveIntoTry(stmt, liveOut);
  }
  return live;
}
