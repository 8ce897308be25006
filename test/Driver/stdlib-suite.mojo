# RUN: %mojoc test %S/../stdlib | %FileCheck %s
# The `mojoc test` suites of test/stdlib all pass.

# CHECK-NOT: FAIL
# CHECK: {{[1-9][0-9]*}} passed, 0 failed
