//===- UninitializedVars.h - Definite initialization state -----*- C++ -*-===//
//
// The variables that may still be uninitialized on the path being checked
// (LANGUAGE.md §2: reading one is an error), kept with an undo log. A branch
// checks each arm from the state before it and rolls the arm's changes back,
// and the state after the branch is merged from the arms' changes, all in
// time proportional to the changes rather than to the number of variables:
// a chain of 40,000 `elif` arms, each declaring a variable, stays linear.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_SEMA_UNINITIALIZEDVARS_H
#define MOJOC_SEMA_UNINITIALIZEDVARS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseSet.h"

#include <optional>
#include <vector>

namespace mojo::sema {

struct LocalVar;

class UninitializedVars {
public:
  /// One change to the set: `var` was inserted, or erased.
  struct Change {
    const LocalVar *var;
    bool inserted;
  };

  /// How one arm of a branch ended: where the log stood when it started,
  /// and its net changes from there, or none if it never falls through.
  struct Arm {
    size_t start = 0;
    std::optional<std::vector<Change>> changes = std::nullopt;
  };

  bool count(const LocalVar *var) const { return vars.count(var); }
  void insert(const LocalVar *var) {
    if (vars.insert(var).second)
      log.push_back({var, true});
  }
  void erase(const LocalVar *var) {
    if (vars.erase(var))
      log.push_back({var, false});
  }

  /// A point to roll back to.
  size_t mark() const { return log.size(); }
  /// The net changes since `mark`: each variable whose membership differs.
  std::vector<Change> changesSince(size_t mark) const;
  /// Undoes every change since `mark`.
  void rollback(size_t mark);
  /// Sets the state after a branch that began at `branchStart`: a variable
  /// is uninitialized if it is on any arm that falls through. The arms are
  /// in order, each checked (then rolled back) from the state at its start;
  /// nothing changes if none falls through.
  void mergeArms(size_t branchStart, llvm::ArrayRef<Arm> arms);

private:
  llvm::DenseSet<const LocalVar *> vars;
  std::vector<Change> log;
};

} // namespace mojo::sema

#endif
