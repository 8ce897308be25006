//===- SemaOwnership.cpp - Last uses, destruction, use after move ---------===//
//
// Mojo destroys a value right after its last use, not at the end of its
// scope (LANGUAGE.md §5, "ASAP destruction"). This pass runs over one
// function instance's checked tree once its body is checked, and makes that
// explicit: it inserts a Destroy statement (or a Cleanup around the
// sub-expression holding the last use) wherever an owned value dies, and
// reports uses of moved values. IRGen and the compile-time interpreter then
// execute the destructions like any other node.
//
// The values it follows ("tracked") are the variables of non-trivial type
// the function owns: `var`s, `owned` arguments, and the temporaries Sema
// made for rvalues in borrowed places. Trivial values (`Int`, `Bool`) are
// not followed, and a function without tracked values is not walked.
//
// Two walks over the structured tree:
//  1. backward: liveness of each tracked variable, with a fixpoint per loop;
//     each statement records what is live after it and each block what is
//     live on entry;
//  2. forward: which variables hold a value (`owned`) and which were moved.
//     After each statement, an owned variable that is no longer live is
//     destroyed: within the statement, right after the innermost
//     sub-expression that completes the last use, else after the
//     statement; on entry to a branch arm that does not use it; before a
//     `break` or `continue` that leaves it behind.
// A reassignment kills liveness, so the old value dies after its last use,
// which is at the latest the assignment's own value.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/OwnershipPass.h"

using namespace mojo;
using namespace mojo::sema;
using namespace mojo::sema::ownership;

/// A type with an origin parameter, or a collection of such
/// (`List[StringSlice[o]]`, what `splitlines` returns): its values point
/// into something else.
bool mojo::sema::isViewType(Type type) {
  auto *st = llvm::dyn_cast_or_null<StructType>(type);
  return st && llvm::any_of(st->getInfo()->bindings, [&](const CValue &v) {
           return v.kind == CValue::Kind::Origin ||
                  (v.kind == CValue::Kind::Type && v.type != type &&
                   isViewType(v.type));
         });
}

void UseCollector::collect(CExprPtr &slot, CExprPtr *holder, CExprPtr *safe,
                           bool inArm, bool whole, int field) {
  CExpr &expr = *slot;
  // A reference (`v[i]` of a `-> ref` method, `p[]`) is a place too: what
  // its arguments read must live until the node that consumes the place.
  // So must the elements of a variadic list, read through it by the call
  // it is passed to, and what a call returning a view borrowed: in
  // `String(line.lower().strip())` the lowered temporary lives until the
  // `String` is built from the slice into it. (Origins would say which
  // argument the view points into; until mojoc tracks them, every
  // argument of such a call lives as long as the view's consumer.)
  bool isPath = expr.kind == Kind::Local || expr.kind == Kind::Field ||
                expr.kind == Kind::Temporary || expr.kind == Kind::Deref ||
                (expr.kind == Kind::Call &&
                 (expr.refResult || isViewType(expr.type))) ||
                expr.kind == Kind::VariadicList;
  CExprPtr *innerHolder = isPath ? holder : &slot;
  CExprPtr *innerSafe = isPath || inArm ? safe : &slot;
  switch (expr.kind) {
  case Kind::Local:
  case Kind::Temporary: {
    if (expr.kind == Kind::Temporary)
      collect(expr.operands[0], holder, safe, inArm);
    auto it = index.find(expr.local);
    if (it != index.end()) {
      bool temp = tracked[it->second]->isTemporaryValue;
      uses.push_back(
          {it->second, &expr, temp ? holder : safe, whole, field, seq++});
    }
    // Reading a view reads what it points into (LocalVar::viewSources).
    for (LocalVar *source : expr.local->viewSources) {
      auto s = index.find(source);
      if (s != index.end())
        uses.push_back({s->second, &expr, safe, /*whole=*/true, -1, seq++});
    }
    return;
  }
  case Kind::Field:
    return collect(expr.operands[0], holder, safe, inArm, false,
                   int(expr.fieldIndex));
  case Kind::Move:
    // What remains of a value a field is moved out of is last used by
    // the consumer of the move, like a borrow.
    collect(expr.operands[0], holder, safe, inArm);
    moves.push_back({&expr, seq++});
    completions[&slot] = seq++;
    return;
  case Kind::And:
  case Kind::Or:
  case Kind::Select:
    // The first operand always runs; the others may not.
    collect(expr.operands[0], &slot, innerSafe, inArm);
    for (size_t k = 1; k < expr.operands.size(); ++k) {
      collect(expr.operands[k], &expr.operands[k], innerSafe,
              /*inArm=*/true);
      completions[&expr.operands[k]] = seq++;
    }
    completions[&slot] = seq++;
    return;
  default:
    for (CExprPtr &operand : expr.operands)
      collect(operand, innerHolder, innerSafe, inArm);
    // What a closure reads by reference is read where it runs: in this
    // call, or, for a closure passed on as a value, in its consumer.
    forEachCapturedVar(expr, [&](const LocalVar *var) {
      auto it = index.find(var);
      if (it != index.end())
        uses.push_back({it->second, &expr,
                        expr.kind == Kind::FuncRef ? safe : innerSafe, true,
                        -1, seq++});
    });
    if ((expr.kind == Kind::Call || expr.kind == Kind::CallIndirect) &&
        expr.callee && expr.callee->raises)
      raisingCalls.push_back({&expr, seq++});
    completions[&slot] = seq++;
    return;
  }
}

//===----------------------------------------------------------------------===//
// 2. Placement
//===----------------------------------------------------------------------===//

/// A copy of the lvalue path `expr` (`p`, `p.f.g`).
static CExprPtr cloneLValue(const CExpr &expr) {
  auto copy = makeExpr(expr.kind, expr.type, expr.range);
  copy->local = expr.local;
  copy->fieldIndex = expr.fieldIndex;
  if (expr.kind == Kind::Field)
    copy->operands.push_back(cloneLValue(*expr.operands[0]));
  return copy;
}

CStmtPtr OwnershipPass::makeDestroy(CExprPtr target, SourceRange range) {
  auto stmt = std::make_unique<CStmt>(CStmt::Kind::Destroy, range);
  stmt->target = std::move(target);
  return stmt;
}

/// The destructions ending `var`'s life: the whole value, or, when fields
/// were moved out of it, the fields still in it.
void OwnershipPass::appendDestroys(unsigned var, SourceRange range,
                                   const State &state, CBlock &out) {
  LocalVar *local = tracked[var];
  // `__moveinit__`'s `existing` has given its fields away; `__del__`'s
  // `self` is being destroyed: what ends here is its fields, not `self`.
  if (local->neverDestroyed && !local->endsWithFields)
    return;
  auto partial = state.movedFields.find(var);
  bool hasMovedFields =
      partial != state.movedFields.end() && !partial->second.empty();
  if (!hasMovedFields && !local->endsWithFields) {
    out.push_back(makeDestroy(makeLocalRef(local, range), range));
    return;
  }
  const Lifecycle &life = sema.getLifecycle(local->type);
  if (life.destructor && !local->endsWithFields) {
    diags.report(range, DiagID::err_moved_field_at_end)
        << local->name
        << getFieldName(local->type, partial->second.front());
    return;
  }
  for (unsigned f = getNumFields(local->type); f-- > 0;) {
    if ((hasMovedFields && llvm::is_contained(partial->second, f)) ||
        !sema.getLifecycle(getFieldType(local->type, f)).needsDestroy)
      continue;
    out.push_back(makeDestroy(
        makeFieldRef(makeLocalRef(local, range), f, range), range));
  }
}

/// Destroyed in the reverse order of declaration, as values declared later
/// may refer to earlier ones. Returns how many statements were inserted.
size_t OwnershipPass::destroyAt(CBlock &block, size_t pos, const Set &dying,
                                const State &state) {
  if (dying.none())
    return 0;
  SourceRange range = pos < block.size() ? block[pos]->range
                      : !block.empty()   ? block.back()->range
                                         : SourceRange();
  CBlock destroys;
  for (int v = dying.find_last(); v >= 0; v = dying.find_prev(v))
    appendDestroys(v, range, state, destroys);
  block.insert(block.begin() + pos, std::make_move_iterator(destroys.begin()),
               std::make_move_iterator(destroys.end()));
  return destroys.size();
}


void OwnershipPass::checkStoredClosure(const CExpr &value) {
  const CExpr *e = &value;
  while (e->kind == Kind::Cleanup)
    e = e->operands[0].get();
  if (e->kind != Kind::FuncRef)
    return;
  bool readsOwned = false;
  forEachCapturedVar(*e, [&](const LocalVar *var) {
    readsOwned |= !sema.isTrivial(var->type);
  });
  if (readsOwned)
    diags.report(value.range, DiagID::err_not_yet_implemented)
        << "keeping a closure that captures values with destructors in a "
           "variable; call it or pass it on directly";
}

void OwnershipPass::reportMovedUse(const Use &use, State &state) {
  LocalVar *local = tracked[use.var];
  if (state.moved.test(use.var)) {
    bool maybe = state.maybe.test(use.var);
    auto diag = diags.report(use.node->range, maybe
                                                  ? DiagID::err_use_maybe_moved
                                                  : DiagID::err_use_after_move);
    diag << local->name;
    diag.note(moveSites[use.var], DiagID::note_moved_here) << local->name;
    state.moved.reset(use.var); // Once is enough.
    return;
  }
  auto partial = state.movedFields.find(use.var);
  if (partial == state.movedFields.end() || partial->second.empty())
    return;
  if (use.whole) {
    diags.report(use.node->range, DiagID::err_moved_field_whole_use)
        << local->name << getFieldName(local->type, partial->second.front());
    partial->second.clear(); // Once is enough.
    return;
  }
  unsigned field = unsigned(use.field);
  if (use.field >= 0 && llvm::is_contained(partial->second, field)) {
    std::string f = getFieldName(local->type, field);
    std::string name = llvm::isa<TupleType>(local->type)
                           ? local->name + "[" + f + "]"
                           : local->name + "." + f;
    auto diag = diags.report(use.node->range, DiagID::err_use_after_move);
    diag << name;
    diag.note(fieldMoveSites[{use.var, field}], DiagID::note_moved_here)
        << name;
    llvm::erase(partial->second, field); // Once is enough.
  }
}

/// The error edge of each raising call: the values owned there that the
/// handler (or the caller, when the error leaves the function) does not
/// need are destroyed on the edge, as the normal path would destroy them
/// after their last use.
void OwnershipPass::placeErrorCleanups(
    const UseCollector &collector, const Set &ownedAtStart,
    const llvm::MapVector<CExprPtr *, Set> &dyingAt, const State &state) {
  for (const Event &call : collector.raisingCalls) {
    Set owned = ownedAtStart;
    for (const Use &use : collector.uses)
      if (use.seq < call.seq && tracked[use.var]->isTemporaryValue)
        owned.set(use.var); // Made before the call.
    for (const Event &move : collector.moves)
      if (move.seq < call.seq && move.node->operands[0]->kind == Kind::Local)
        if (int v = indexOf(move.node->operands[0]->local); v >= 0)
          owned.reset(v);
    for (auto &[slot, dying] : dyingAt)
      if (collector.completions.lookup(slot) < call.seq)
        owned.reset(dying); // Destroyed before the call.
    owned.reset(errorLive.back());
    for (int v = owned.find_last(); v >= 0; v = owned.find_prev(v))
      appendDestroys(v, call.node->range, state, call.node->onError);
    appendResultDestroys(call.node->range, state, call.node->onError);
  }
}

void OwnershipPass::appendResultDestroys(SourceRange range, const State &state,
                                         CBlock &out) {
  if (errorLive.size() != 1 || resultFieldsToDestroy.empty())
    return; // A handler inside the constructor takes the error.
  for (auto it = resultFieldsToDestroy.rbegin();
       it != resultFieldsToDestroy.rend(); ++it)
    if (state.resultFields.test(*it))
      out.push_back(makeDestroy(
          makeFieldRef(makeLocalRef(instance.resultLocal, range), *it, range),
          range));
}

Set OwnershipPass::walkExprs(llvm::ArrayRef<CExprPtr *> roots, State &state,
                             const Set &liveAfterStmt,
                             CExprPtr *completesAtEnd) {
  UseCollector collector(index, tracked);
  for (CExprPtr *root : roots)
    if (*root)
      collector.collect(*root, nullptr, nullptr, false);
  Set afterStmt = emptySet();
  Set ownedAtStart = state.owned;
  if (collector.uses.empty()) {
    placeErrorCleanups(collector, ownedAtStart, {}, state);
    return afterStmt;
  }
  for (const Use &use : collector.uses) {
    reportMovedUse(use, state);
    // A temporary holds its value from its node on.
    if (tracked[use.var]->isTemporaryValue)
      state.owned.set(use.var);
  }
  for (const Event &event : collector.moves) {
    CExpr *move = event.node;
    const CExpr &from = *move->operands[0];
    int v = indexOf(from.getRootLocal());
    if (v < 0)
      continue;
    if (from.kind == Kind::Local) {
      state.owned.reset(v);
      state.moved.set(v);
      moveSites[v] = move->range;
    } else if (from.operands[0]->kind == Kind::Local) {
      // `p.f^`: the rest of `p` stays with its owner.
      state.movedFields[v].push_back(from.fieldIndex);
      fieldMoveSites[{unsigned(v), from.fieldIndex}] = move->range;
    }
  }
  // Last uses: the values owned, read here and dead afterwards die where
  // the read that completes last completes. That is not always the last
  // read: in `s.m(get(s))` the receiver is read first but used until `m`
  // returns, after `get(s)` has completed.
  auto completionOf = [&](const Use &use) {
    return use.completion ? use.completion : completesAtEnd;
  };
  auto orderOf = [&](CExprPtr *completion) {
    auto it = collector.completions.find(completion);
    return it == collector.completions.end() ? ~0u : it->second;
  };
  llvm::DenseMap<unsigned, CExprPtr *> lastCompletion;
  for (const Use &use : collector.uses) {
    auto [it, inserted] =
        lastCompletion.try_emplace(use.var, completionOf(use));
    if (!inserted && orderOf(completionOf(use)) >= orderOf(it->second))
      it->second = completionOf(use);
  }
  llvm::MapVector<CExprPtr *, Set> cleanups;
  Set seen = emptySet();
  for (size_t u = collector.uses.size(); u-- > 0;) {
    const Use &use = collector.uses[u];
    if (seen.test(use.var))
      continue;
    seen.set(use.var);
    if (!state.owned.test(use.var) || liveAfterStmt.test(use.var))
      continue;
    CExprPtr *completion = lastCompletion.lookup(use.var);
    if (completion) {
      auto [it, inserted] = cleanups.insert({completion, emptySet()});
      it->second.set(use.var);
    } else {
      afterStmt.set(use.var);
    }
  }
  placeErrorCleanups(collector, ownedAtStart, cleanups, state);
  for (auto &[slot, dying] : cleanups) {
    state.owned.reset(dying);
    CBlock destroys;
    for (int v = dying.find_last(); v >= 0; v = dying.find_prev(v))
      appendDestroys(v, (*slot)->range, state, destroys);
    if (destroys.empty())
      continue; // Only values whose life ends without a destruction.
    CExprPtr inner = std::move(*slot);
    auto cleanup = makeExpr(Kind::Cleanup, inner->type, inner->range);
    cleanup->cleanups = std::move(destroys);
    cleanup->operands.push_back(std::move(inner));
    *slot = std::move(cleanup);
  }
  return afterStmt;
}

void OwnershipPass::enterArm(CBlock &arm, State &state, const Set &liveIn) {
  Set dying = state.owned;
  dying.reset(liveIn);
  destroyAt(arm, 0, dying, state);
  state.owned.reset(dying);
}

void OwnershipPass::walkBlock(CBlock &block, State &state) {
  for (size_t i = 0; i < block.size() && state.reachable; ++i)
    walkStmt(block, i, state);
}

void OwnershipPass::walkStmt(CBlock &block, size_t &i, State &state) {
  using SK = CStmt::Kind;
  CStmt &stmt = *block[i];
  Set after = liveAfter.lookup(&stmt);
  // Destroys what dies in or right after this statement, and moves `i`
  // past the destructions.
  auto finish = [&](Set dying) {
    Set dead = state.owned;
    dead.reset(after);
    dying |= dead;
    state.owned.reset(dying);
    i += destroyAt(block, i + 1, dying, state);
  };
  switch (stmt.kind) {
  case SK::Expr:
    return finish(walkExprs({&stmt.value}, state, after));
  case SK::Init: {
    checkStoredClosure(*stmt.value);
    Set dying = walkExprs({&stmt.value}, state, after);
    if (int v = indexOf(stmt.local); v >= 0) {
      state.owned.set(v);
      state.moved.reset(v);
      state.movedFields.erase(v);
    }
    return finish(dying);
  }
  case SK::Assign: {
    checkStoredClosure(*stmt.value);
    CExpr &target = *stmt.target;
    int v = indexOf(target.getRootLocal());
    bool toTracked = target.kind == Kind::Local && v >= 0;
    // The variable's old value is dead once the new one is computed, even
    // where the new value reads it (`x = next(x)`).
    Set liveAfterValue = after;
    if (toTracked)
      liveAfterValue.reset(v);
    // (The target is written, not read: a moved-out field may be given a
    // value again.)
    Set dying = walkExprs({&stmt.value}, state,
                          toTracked ? liveAfterValue : after);
    if (!toTracked && v >= 0 && state.moved.test(v))
      reportMovedUse({unsigned(v), &target, nullptr, true, -1, 0}, state);
    if (!state.resultFields.empty() && instance.resultLocal) {
      if (target.kind == Kind::Local && target.local == instance.resultLocal)
        state.resultFields.set();
      else if (target.kind == Kind::Field &&
               target.operands[0]->kind == Kind::Local &&
               target.operands[0]->local == instance.resultLocal)
        state.resultFields.set(target.fieldIndex);
    }
    if (toTracked) {
      state.owned.set(v);
      state.moved.reset(v);
      state.movedFields.erase(v);
    } else if (v >= 0 && target.kind == Kind::Field &&
               target.operands[0]->kind == Kind::Local &&
               llvm::is_contained(state.movedFields[v], target.fieldIndex)) {
      // Giving a moved-out field a value again makes the whole whole.
      llvm::erase(state.movedFields[v], target.fieldIndex);
    } else if (!stmt.initializes && target.isReference() &&
               sema.getLifecycle(target.type).needsDestroy) {
      stmt.destroysOld = true; // `p[] = v`: IRGen destroys the old value.
    } else if (!stmt.initializes &&
               sema.getLifecycle(target.type).needsDestroy) {
      // `p.f = v`, or a `mut` argument `r = v`: the old value dies once
      // `v` is computed.
      CExprPtr value = std::move(stmt.value);
      auto cleanup = makeExpr(Kind::Cleanup, value->type, value->range);
      cleanup->cleanups.push_back(makeDestroy(cloneLValue(target), stmt.range));
      cleanup->operands.push_back(std::move(value));
      stmt.value = std::move(cleanup);
    }
    return finish(dying);
  }
  case SK::Return: {
    // What the returned value does not use died before; what it uses dies
    // once it is computed.
    Set dying = walkExprs({&stmt.value}, state, keptForFinally(stmt.kind),
                          stmt.value ? &stmt.value : nullptr);
    i += destroyAt(block, i, dying, state);
    state.owned.reset(dying);
    leaveThroughFinally(stmt, state, emptySet());
    state.reachable = false;
    return;
  }
  case SK::Break:
  case SK::Continue: {
    Set dying = state.owned;
    dying.reset(stmt.kind == SK::Break ? loops.back().exit
                                       : loops.back().head);
    dying.reset(keptForFinally(stmt.kind));
    i += destroyAt(block, i, dying, state);
    State leaving = state;
    leaving.owned.reset(dying);
    leaveThroughFinally(stmt, leaving, stmt.kind == SK::Break
                                           ? loops.back().exit
                                           : loops.back().head);
    if (stmt.kind == SK::Break)
      loops.back().breaks.push_back(std::move(leaving));
    state.reachable = false;
    return;
  }
  case SK::Block:
    walkBlock(stmt.body, state);
    if (!state.reachable)
      return;
    return finish(emptySet());
  case SK::Destroy:
    return;
  case SK::If:
    return walkIf(block, i, state, after);
  case SK::While:
    return walkWhile(block, i, state, after);
  case SK::Raise: {
    // Once the error is made, what the handler does not need dies.
    Set dying = walkExprs({&stmt.value}, state, errorLive.back());
    i += destroyAt(block, i, dying, state);
    Set owned = state.owned;
    owned.reset(errorLive.back());
    for (int v = owned.find_last(); v >= 0; v = owned.find_prev(v))
      appendDestroys(v, stmt.range, state, stmt.onError);
    appendResultDestroys(stmt.range, state, stmt.onError);
    state.reachable = false;
    return;
  }
  case SK::Try:
    return walkTry(block, i, state, after);
  }
}

/// The state where paths meet: owned where owned on every path; moved, or
/// maybe moved, where moved on one.
OwnershipPass::State OwnershipPass::join(llvm::ArrayRef<State> paths) {
  State state = paths.front();
  Set ownedSomewhere = state.owned;
  for (const State &s : paths.drop_front()) {
    state.owned &= s.owned;
    ownedSomewhere |= s.owned;
    state.moved |= s.moved;
    state.maybe |= s.maybe;
    state.resultFields &= s.resultFields;
    for (auto &[var, fields] : s.movedFields)
      for (unsigned f : fields)
        if (!llvm::is_contained(state.movedFields[var], f))
          state.movedFields[var].push_back(f);
  }
  ownedSomewhere &= state.moved;
  state.maybe |= ownedSomewhere;
  return state;
}

void OwnershipPass::walkIf(CBlock &block, size_t &i, State &state,
                           const Set &after) {
  CStmt &stmt = *block[i];
  // What the arms need after the conditions are evaluated.
  Set afterCond = liveOnEntry.lookup(&stmt.body);
  for (CStmtPtr &elif : stmt.elifs) {
    afterCond |= liveOnEntry.lookup(&elif->body);
    usesOf(*elif->cond, afterCond);
  }
  afterCond |= liveOnEntry.lookup(&stmt.orElse);
  Set dying = walkExprs({&stmt.cond}, state, afterCond);
  state.owned.reset(dying); // Not yet destroyed: each arm's entry does it.
  std::vector<State> ends;
  State start = state;
  auto walkArm = [&](CBlock &arm) {
    State s = start;
    s.owned |= dying;
    enterArm(arm, s, liveOnEntry.lookup(&arm));
    walkBlock(arm, s);
    if (s.reachable)
      ends.push_back(std::move(s));
  };
  walkArm(stmt.body);
  for (CStmtPtr &elif : stmt.elifs) {
    dying |= walkExprs({&elif->cond}, start, afterCond);
    start.owned.reset(dying);
    walkArm(elif->body);
  }
  walkArm(stmt.orElse);
  if (ends.empty()) {
    state.reachable = false;
    return;
  }
  state = join(ends);
  Set dead = state.owned;
  dead.reset(after);
  state.owned.reset(dead);
  i += destroyAt(block, i + 1, dead, state);
}

void OwnershipPass::walkWhile(CBlock &block, size_t &i, State &state,
                              const Set &after) {
  CStmt &stmt = *block[i];
  Set head = loopHeads.lookup(&stmt);
  Set afterCond = liveOnEntry.lookup(&stmt.body);
  afterCond |= liveOnEntry.lookup(&stmt.orElse);
  Set dying = walkExprs({&stmt.cond}, state, afterCond);
  State body = state;
  body.owned |= dying;
  loops.push_back({head, after, {}});
  enterArm(stmt.body, body, liveOnEntry.lookup(&stmt.body));
  walkBlock(stmt.body, body);
  // A value moved in the body and live at the head would be used, moved
  // from, in the next iteration.
  if (body.reachable) {
    Set again = body.moved;
    again &= head;
    again &= state.owned;
    for (unsigned v : again.set_bits())
      diags.report(moveSites[v], DiagID::err_move_in_loop) << tracked[v]->name;
  }
  std::vector<State> breaks = std::move(loops.back().breaks);
  loops.pop_back();
  State exit = state;
  exit.owned |= dying;
  enterArm(stmt.orElse, exit, liveOnEntry.lookup(&stmt.orElse));
  walkBlock(stmt.orElse, exit);
  // The end is reached from the `else` or by a `break`, each of which
  // destroyed what the code after the loop does not need.
  if (exit.reachable)
    breaks.push_back(std::move(exit));
  if (breaks.empty()) {
    state.reachable = false;
    return;
  }
  state = join(breaks);
}

/// Whether `block` assigns a value that must be destroyed first, to a
/// variable the function does not own (`mut` argument) or to a field. A
/// statement-level scan: functions over trivial values skip the pass.
bool OwnershipPass::assignsNonTrivial(const CBlock &block) {
  for (const CStmtPtr &stmt : block) {
    if (stmt->kind == CStmt::Kind::Assign && !stmt->initializes &&
        sema.getLifecycle(stmt->target->type).needsDestroy)
      return true;
    if (assignsNonTrivial(stmt->body) || assignsNonTrivial(stmt->orElse) ||
        assignsNonTrivial(stmt->handler) || assignsNonTrivial(stmt->finally))
      return true;
    for (const CStmtPtr &elif : stmt->elifs)
      if (assignsNonTrivial(elif->body))
        return true;
  }
  return false;
}

void OwnershipPass::walkTry(CBlock &block, size_t &i, State &state,
                            const Set &after) {
  CStmt &stmt = *block[i];
  const TryLiveness &live = tries[&stmt];
  State entry = state;
  bool hasFinally = !stmt.finally.empty();
  if (hasFinally)
    finallyRegions.push_back(
        {loops.size(), {}, liveOnEntry.lookup(&stmt.finally)});
  errorLive.push_back(live.bodyErrors);
  State body = state;
  enterArm(stmt.body, body, liveOnEntry.lookup(&stmt.body));
  walkBlock(stmt.body, body);
  errorLive.pop_back();

  errorLive.push_back(live.otherErrors);
  std::vector<State> ends;
  if (body.reachable) {
    enterArm(stmt.orElse, body, liveOnEntry.lookup(&stmt.orElse));
    walkBlock(stmt.orElse, body);
    if (body.reachable)
      ends.push_back(body);
  }
  if (stmt.hasHandler) {
    // An error arrives with what was owned at the `try` and is still
    // needed; the error edges destroyed the rest. A value the body moved
    // may have been moved.
    State handler = entry;
    handler.owned &= live.handler;
    handler.moved |= body.moved;
    Set movedSomewhere = body.moved;
    movedSomewhere &= entry.owned;
    handler.maybe |= movedSomewhere;
    enterArm(stmt.handler, handler, liveOnEntry.lookup(&stmt.handler));
    walkBlock(stmt.handler, handler);
    if (handler.reachable)
      ends.push_back(handler);
  }
  errorLive.pop_back();
  std::vector<PendingExit> exits;
  if (hasFinally) {
    exits = std::move(finallyRegions.back().exits);
    finallyRegions.pop_back();
  }
  if (ends.empty() && stmt.finally.empty()) {
    state.reachable = false;
    return;
  }
  if (!stmt.finally.empty()) {
    // Every way in (normal ends, errors, and exits through it) owns what
    // the `finally` needs, which stayed live inside the `try`.
    State fin = ends.empty() ? entry : join(ends);
    fin.owned &= liveOnEntry.lookup(&stmt.finally);
    fin.reachable = true;
    Set finallyEnters = fin.owned;
    walkBlock(stmt.finally, fin);
    // The exits that ran this `finally` own less: what it ended.
    Set ended = finallyEnters;
    ended.reset(fin.owned);
    for (PendingExit &pending : exits) {
      pending.owned.reset(ended);
      if (!fin.reachable)
        continue; // The `finally` itself leaves; the exit never resumes.
      if (!finallyRegions.empty() && leaves(pending, finallyRegions.back()))
        finallyRegions.back().exits.push_back(std::move(pending));
      else
        settleExit(pending, fin);
    }
    if (ends.empty() || !fin.reachable) {
      state.reachable = false;
      return;
    }
    state = fin;
  } else {
    state = join(ends);
  }
  Set dead = state.owned;
  dead.reset(after);
  state.owned.reset(dead);
  i += destroyAt(block, i + 1, dead, state);
}

/// Whether `pending` leaves `region`: a `return` leaves every region; a
/// `break` or `continue` those inside the loop it leaves (entered with
/// that loop on the stack).
bool OwnershipPass::leaves(const PendingExit &pending,
                           const FinallyRegion &region) {
  return pending.exit->kind == CStmt::Kind::Return ||
         region.loopDepth >= pending.loopDepth;
}

Set OwnershipPass::keptForFinally(CStmt::Kind exit) {
  Set kept = emptySet();
  for (auto it = finallyRegions.rbegin(); it != finallyRegions.rend(); ++it) {
    if (exit != CStmt::Kind::Return && it->loopDepth < loops.size())
      break; // Regions outside the loop a `break`/`continue` leaves.
    kept |= it->needs;
  }
  return kept;
}

void OwnershipPass::leaveThroughFinally(CStmt &exit, const State &state,
                                        const Set &targetLive) {
  if (finallyRegions.empty())
    return;
  PendingExit pending{&exit, state.owned, targetLive, loops.size()};
  if (leaves(pending, finallyRegions.back()))
    finallyRegions.back().exits.push_back(std::move(pending));
}

void OwnershipPass::settleExit(PendingExit &pending, const State &state) {
  Set dying = pending.owned;
  dying.reset(pending.targetLive);
  for (int v = dying.find_last(); v >= 0; v = dying.find_prev(v))
    appendDestroys(v, pending.exit->range, state, pending.exit->afterFinally);
}

void OwnershipPass::run() {
  for (LocalVar &local : instance.locals) {
    if (&local == instance.resultLocal || llvm::isa<ErrorType>(local.type))
      continue;
    if (local.convention != Convention::Owned || local.readOnly)
      continue;
    if (sema.isTrivial(local.type))
      continue;
    index[&local] = tracked.size();
    tracked.push_back(&local);
  }
  // A raising constructor owns the fields of `self` it initialized until
  // it returns: an error must destroy them.
  auto *result = instance.isInit && instance.raises && instance.resultLocal
                     ? llvm::dyn_cast<StructType>(instance.result)
                     : nullptr;
  unsigned numResultFields = result ? result->getInfo()->fields.size() : 0;
  for (unsigned f = 0; f < numResultFields; ++f)
    if (sema.getLifecycle(result->getInfo()->fields[f].type).needsDestroy)
      resultFieldsToDestroy.push_back(f);
  if (tracked.empty() && resultFieldsToDestroy.empty() &&
      !assignsNonTrivial(instance.body))
    return;
  extraLive.push_back(emptySet());
  errorLive.push_back(emptySet());
  liveIntoBlock(instance.body, emptySet());
  State state;
  state.owned = emptySet();
  state.moved = emptySet();
  state.maybe = emptySet();
  state.resultFields.resize(resultFieldsToDestroy.empty() ? 0
                                                          : numResultFields);
  // Owned arguments hold a value on entry.
  for (LocalVar *param : instance.paramLocals)
    if (int v = indexOf(param); v >= 0)
      state.owned.set(v);
  enterArm(instance.body, state, liveOnEntry.lookup(&instance.body));
  walkBlock(instance.body, state);
  // Falling off the end (a function returning None) ends every lifetime.
  if (state.reachable) {
    Set dying = state.owned;
    destroyAt(instance.body, instance.body.size(), dying, state);
  }
}

void mojo::sema::runOwnershipPass(Sema &sema, FuncInstance &instance) {
  OwnershipPass(sema, instance).run();
}
