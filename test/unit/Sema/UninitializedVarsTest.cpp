//===- UninitializedVarsTest.cpp - Definite initialization state ----------===//
#include "compiler/Sema/UninitializedVars.h"

#include "compiler/SemIR/Checked.h"

#include <gtest/gtest.h>

#include <functional>

using namespace mojo::sema;

namespace {

class UninitializedVarsTest : public ::testing::Test {
protected:
  LocalVar a, b, c;
  UninitializedVars vars;

  /// Checks an arm: `body` changes the state, which is then rolled back.
  UninitializedVars::Arm arm(bool fallsThrough,
                             const std::function<void()> &body) {
    UninitializedVars::Arm result;
    result.start = vars.mark();
    body();
    if (fallsThrough)
      result.changes = vars.changesSince(result.start);
    vars.rollback(result.start);
    return result;
  }
};

TEST_F(UninitializedVarsTest, RollbackRestoresAndChangesAreNet) {
  vars.insert(&a);
  size_t mark = vars.mark();
  vars.erase(&a);
  vars.insert(&b);
  vars.erase(&b); // Back where it was: no net change.
  std::vector<UninitializedVars::Change> changes = vars.changesSince(mark);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].var, &a);
  EXPECT_FALSE(changes[0].inserted);
  vars.rollback(mark);
  EXPECT_TRUE(vars.count(&a));
  EXPECT_FALSE(vars.count(&b));
}

TEST_F(UninitializedVarsTest, InitializedOnlyIfEveryFallingArmInitializes) {
  vars.insert(&a);
  vars.insert(&b);
  size_t start = vars.mark();
  std::vector<UninitializedVars::Arm> arms;
  arms.push_back(arm(true, [&] { vars.erase(&a), vars.erase(&b); }));
  arms.push_back(arm(true, [&] { vars.erase(&a); }));
  // An arm that returns does not count, whatever it leaves behind.
  arms.push_back(arm(false, [&] {}));
  vars.mergeArms(start, arms);
  EXPECT_FALSE(vars.count(&a)); // Both falling arms assigned it.
  EXPECT_TRUE(vars.count(&b));  // The second did not.
}

TEST_F(UninitializedVarsTest, ChangesBetweenArmsApplyToLaterArms) {
  size_t start = vars.mark();
  std::vector<UninitializedVars::Arm> arms;
  // The first arm declares `c` by assignment: for the arms after it, `c`
  // exists but is unassigned.
  arms.push_back(arm(true, [] {}));
  vars.insert(&c);
  arms.push_back(arm(true, [&] { vars.erase(&c); }));
  vars.mergeArms(start, arms);
  EXPECT_FALSE(vars.count(&c)); // No falling arm that knew `c` skipped it.

  start = vars.mark();
  arms.clear();
  arms.push_back(arm(true, [] {}));
  vars.insert(&a);
  arms.push_back(arm(true, [] {}));
  vars.mergeArms(start, arms);
  EXPECT_TRUE(vars.count(&a)); // The second arm left it unassigned.
}

TEST_F(UninitializedVarsTest, NothingChangesWhenNoArmFallsThrough) {
  vars.insert(&a);
  size_t start = vars.mark();
  std::vector<UninitializedVars::Arm> arms;
  arms.push_back(arm(false, [&] { vars.erase(&a); }));
  vars.mergeArms(start, arms);
  EXPECT_TRUE(vars.count(&a));
}

TEST_F(UninitializedVarsTest, MergeIsUndoneByAnEnclosingRollback) {
  vars.insert(&a);
  size_t outer = vars.mark();
  size_t start = vars.mark();
  std::vector<UninitializedVars::Arm> arms;
  arms.push_back(arm(true, [&] { vars.erase(&a); }));
  vars.mergeArms(start, arms);
  EXPECT_FALSE(vars.count(&a));
  vars.rollback(outer);
  EXPECT_TRUE(vars.count(&a));
}

} // namespace
