//===- UninitializedVars.cpp - Definite initialization state --------------===//
#include "compiler/Sema/UninitializedVars.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SmallVector.h"

#include <algorithm>

using namespace mojo::sema;

std::vector<UninitializedVars::Change>
UninitializedVars::changesSince(size_t mark) const {
  // A variable's first change tells its membership at `mark`.
  llvm::SmallDenseMap<const LocalVar *, bool, 16> initially;
  std::vector<Change> net;
  for (size_t i = mark; i < log.size(); ++i)
    if (initially.try_emplace(log[i].var, !log[i].inserted).second)
      net.push_back({log[i].var, false});
  llvm::erase_if(net, [&](Change &c) {
    c.inserted = vars.count(c.var);
    return c.inserted == initially[c.var];
  });
  return net;
}

void UninitializedVars::rollback(size_t mark) {
  while (log.size() > mark) {
    Change c = log.back();
    log.pop_back();
    if (c.inserted)
      vars.erase(c.var);
    else
      vars.insert(c.var);
  }
}

namespace {
/// What a branch did to one variable: its membership along the path the
/// arms start from (changes between arms), and the arms that changed it.
struct History {
  llvm::SmallVector<std::pair<size_t, bool>, 2> path; ///< (first arm, in)
  llvm::SmallVector<std::pair<size_t, bool>, 2> arms; ///< (arm, in)
};
} // namespace

void UninitializedVars::mergeArms(size_t branchStart,
                                  llvm::ArrayRef<Arm> arms) {
  // fallsBefore[k]: how many of the first k arms fall through.
  std::vector<size_t> fallsBefore(arms.size() + 1, 0);
  for (size_t k = 0; k < arms.size(); ++k)
    fallsBefore[k + 1] = fallsBefore[k] + bool(arms[k].changes);
  if (fallsBefore.back() == 0)
    return;
  // Only variables something changed can differ from the current state.
  llvm::MapVector<const LocalVar *, History> touched;
  for (size_t i = branchStart; i < log.size(); ++i) {
    // A change between arms applies to every arm starting after it.
    auto next = std::upper_bound(
        arms.begin(), arms.end(), i,
        [](size_t pos, const Arm &arm) { return pos < arm.start; });
    touched[log[i].var].path.push_back(
        {size_t(next - arms.begin()), log[i].inserted});
  }
  for (size_t k = 0; k < arms.size(); ++k)
    if (arms[k].changes)
      for (const Change &c : *arms[k].changes)
        touched[c.var].arms.push_back({k, c.inserted});

  llvm::SmallVector<std::pair<const LocalVar *, bool>, 16> updates;
  for (auto &[var, history] : touched) {
    bool in = llvm::any_of(history.arms, [](auto &a) { return a.second; });
    // Else: on an arm that left it alone, where the path had it.
    bool pathIn =
        history.path.empty() ? vars.count(var) : !history.path.front().second;
    size_t from = 0;
    auto armsLeavingIt = [&](size_t begin, size_t end) {
      size_t changed = llvm::count_if(history.arms, [&](auto &a) {
        return a.first >= begin && a.first < end;
      });
      return fallsBefore[end] - fallsBefore[begin] - changed;
    };
    for (auto [until, nowIn] : history.path) {
      if (pathIn && !in)
        in = armsLeavingIt(from, std::min(until, arms.size())) > 0;
      from = std::min(until, arms.size());
      pathIn = nowIn;
    }
    if (pathIn && !in)
      in = armsLeavingIt(from, arms.size()) > 0;
    if (in != bool(vars.count(var)))
      updates.push_back({var, in});
  }
  for (auto [var, in] : updates)
    in ? insert(var) : erase(var);
}
