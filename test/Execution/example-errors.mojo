# RUN: %mojoc run %S/../../examples/errors.mojo | %FileCheck %s
# The errors example shows raising, handling, `finally` and `with`.

# CHECK: 4 + 2 = 6
# CHECK-NEXT: error: not a digit
# CHECK-NEXT: finally always runs
# CHECK-NEXT: start work
# CHECK-NEXT: working on work
# CHECK-NEXT: stop work
