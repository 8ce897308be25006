//===- OwnershipPass.h - The ownership pass, shared by its files -*- C++ -*-===//
//
// Private to compiler/Sema: the class behind runOwnershipPass, whose two
// walks live in OwnershipLiveness.cpp (backward) and SemaOwnership.cpp
// (forward). SemaOwnership.cpp's banner describes the pass.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_SEMA_OWNERSHIPPASS_H
#define MOJOC_SEMA_OWNERSHIPPASS_H

#include "compiler/Sema/SemaImpl.h"

#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/MapVector.h"

#include <map>

namespace mojo::sema::ownership {
using Set = llvm::BitVector;
using Kind = CExpr::Kind;

/// The variables a call or a function value reads through closures'
/// environments: the captures of each closure whose environment it
/// passes (getEnvironmentArgs), since the closure reads them by reference
/// whenever it runs (docs/compiler/closures.md).
template <typename Fn> void forEachCapturedVar(const CExpr &expr, Fn fn) {
  if ((expr.kind != Kind::Call && expr.kind != Kind::FuncRef) || !expr.callee)
    return;
  for (const FuncInstance *closure : getEnvironmentArgs(*expr.callee))
    for (const auto &capture : closure->captures)
      fn(capture.first);
}

/// One read of a tracked value inside a statement, in evaluation order,
/// with the slot holding the node that completes it (the Cleanup point).
struct Use {
  unsigned var;
  const CExpr *node;
  CExprPtr *completion; ///< Null: the statement itself completes it.
  bool whole;           ///< Reads the whole value, not a field of it.
  int field;            ///< Else the field of the variable it reads.
  unsigned seq;         ///< Position in evaluation order.
};

/// A node of a statement's expressions with its position in evaluation
/// order: a move, or a call that may raise (its error edge follows the
/// call's return, before its own completion).
struct Event {
  CExpr *node;
  unsigned seq;
};

struct UseCollector {
  UseCollector(const llvm::DenseMap<const LocalVar *, unsigned> &index,
               const std::vector<LocalVar *> &tracked)
      : index(index), tracked(tracked) {}

  const llvm::DenseMap<const LocalVar *, unsigned> &index;
  const std::vector<LocalVar *> &tracked;
  std::vector<Use> uses;
  std::vector<Event> moves;
  std::vector<Event> raisingCalls;
  /// When each completion point completes, in evaluation order.
  llvm::DenseMap<CExprPtr *, unsigned> completions;
  unsigned seq = 0;

  /// Records the tracked reads under `slot` in evaluation order, each with
  /// the node whose completion ends it (the Cleanup point):
  ///  - `holder`, the innermost enclosing node that consumes a reference (a
  ///    call, an operator, a copy), for a temporary: it exists only on the
  ///    path that made it, so it ends there, even inside an `and`/`or`
  ///    operand or an arm of `a if c else b`;
  ///  - `safe`, the same but never inside such a conditional part, for a
  ///    variable: its last use may be in a part that does not run, so it
  ///    ends after the conditional node, which always runs.
  void collect(CExprPtr &slot, CExprPtr *holder, CExprPtr *safe, bool inArm,
               bool whole = true, int field = -1);
};

class OwnershipPass {
public:
  OwnershipPass(Sema &sema, FuncInstance &instance)
      : sema(sema), diags(sema.diags), instance(instance) {}

  void run();

private:
  // Tracked variables.
  int indexOf(const LocalVar *local) const {
    auto it = index.find(local);
    return it == index.end() ? -1 : int(it->second);
  }
  Set emptySet() const { return Set(tracked.size()); }

  // 1. Liveness (backward).
  void usesOf(const CExpr &expr, Set &uses);
  Set liveIntoBlock(CBlock &block, Set liveOut);
  Set liveIntoTry(CStmt &stmt, const Set &liveOut);
  Set liveIntoStmt(CStmt &stmt, const Set &liveOut);
  Set liveIntoStmtOwn(CStmt &stmt, const Set &liveOut);
  /// The live sets of a `try`'s parts, for walk 2.
  struct TryLiveness {
    Set handler;     ///< On entry to the `except` block.
    Set bodyErrors;  ///< Where an error in the body goes.
    Set otherErrors; ///< Where an error in the handler or `else` goes.
  };
  llvm::DenseMap<const CStmt *, TryLiveness> tries;
  /// What must stay live inside the `try`s being walked (their `finally`
  /// blocks' needs), and what the innermost error target needs.
  std::vector<Set> extraLive, errorLive;

  // 2. Placement (forward).
  struct State {
    Set owned; ///< Holds a value this function must end.
    Set moved; ///< Moved on some path reaching here.
    Set maybe; ///< Moved on some path, still owned on another.
    /// Fields moved out of a variable that is otherwise owned.
    llvm::DenseMap<unsigned, llvm::SmallVector<unsigned, 2>> movedFields;
    /// The fields of the result (a raising constructor's `self`) given a
    /// value on every path here.
    llvm::BitVector resultFields;
    bool reachable = true;
  };
  void walkBlock(CBlock &block, State &state);
  void walkStmt(CBlock &block, size_t &i, State &state);
  void walkIf(CBlock &block, size_t &i, State &state, const Set &after);
  State join(llvm::ArrayRef<State> paths);
  void walkWhile(CBlock &block, size_t &i, State &state, const Set &after);
  /// Checks and applies the uses and moves in a statement's expressions,
  /// wraps the sub-expressions completing a last use in Cleanups, and
  /// returns the values whose last use the statement itself completes.
  /// `completesAtEnd`, if given, is the root whose completion ends what
  /// the statement itself would (a returned value: before the return).
  Set walkExprs(llvm::ArrayRef<CExprPtr *> roots, State &state,
                const Set &liveAfterStmt, CExprPtr *completesAtEnd = nullptr);
  void placeErrorCleanups(const UseCollector &collector,
                          const Set &ownedAtStart,
                          const llvm::MapVector<CExprPtr *, Set> &dyingAt,
                          const State &state);
  void walkTry(CBlock &block, size_t &i, State &state, const Set &after);
  /// A `return`, `break` or `continue` leaving `try`s with `finally`
  /// blocks: what it owns once they have run is destroyed after them.
  struct PendingExit {
    CStmt *exit;
    Set owned;      ///< Owned at the exit, less what the `finally`s end.
    Set targetLive; ///< Live where the exit goes.
    size_t loopDepth; ///< `loops.size()` at the exit.
  };
  /// Records `exit` with the innermost `try` region it leaves, if any.
  void leaveThroughFinally(CStmt &exit, const State &state,
                           const Set &targetLive);
  void settleExit(PendingExit &pending, const State &state);
  /// The `try`s with a `finally` being walked: the loop depth at each, and
  /// the exits leaving it, settled once its `finally` is walked.
  struct FinallyRegion {
    size_t loopDepth;
    std::vector<PendingExit> exits;
    Set needs; ///< What the `finally` uses: alive until it has run.
  };
  /// What the `finally` blocks an exit leaves still need.
  Set keptForFinally(CStmt::Kind exit);
  std::vector<FinallyRegion> finallyRegions;
  static bool leaves(const PendingExit &pending, const FinallyRegion &region);
  /// A closure that reads values needing destruction, kept in a
  /// variable: its calls there are not seen as reads of them.
  void checkStoredClosure(const CExpr &value);
  void reportMovedUse(const Use &use, State &state);
  size_t destroyAt(CBlock &block, size_t pos, const Set &dying,
                   const State &state);
  void appendDestroys(unsigned var, SourceRange range, const State &state,
                      CBlock &out);
  CStmtPtr makeDestroy(CExprPtr target, SourceRange range);
  /// On an error edge leaving a raising constructor: destroys the fields of
  /// `self` it has initialized, as nothing else will.
  void appendResultDestroys(SourceRange range, const State &state,
                            CBlock &out);
  void enterArm(CBlock &arm, State &state, const Set &liveIn);
  bool assignsNonTrivial(const CBlock &block);

  Sema &sema;
  DiagnosticEngine &diags;
  FuncInstance &instance;
  std::vector<LocalVar *> tracked;
  /// The fields of a raising constructor's result that need destroying.
  std::vector<unsigned> resultFieldsToDestroy;
  llvm::DenseMap<const LocalVar *, unsigned> index;
  /// Where each tracked variable (or field of one) was last moved, for
  /// notes.
  llvm::DenseMap<unsigned, SourceRange> moveSites;
  std::map<std::pair<unsigned, unsigned>, SourceRange> fieldMoveSites;
  /// Liveness results of walk 1.
  llvm::DenseMap<const CStmt *, Set> liveAfter;
  llvm::DenseMap<const CBlock *, Set> liveOnEntry;
  llvm::DenseMap<const CStmt *, Set> loopHeads;
  /// The live sets at the loop heads and after the loops being walked.
  struct Loop {
    Set head, exit;
    /// The states at the `break`s placed so far (walk 2).
    std::vector<State> breaks;
  };
  std::vector<Loop> loops;
};

} // namespace mojo::sema::ownership

#endif
