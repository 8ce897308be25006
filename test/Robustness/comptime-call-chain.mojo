# 3,000 aliases each computed by a function call on the next nest one
# compile-time evaluation in another: past 256 levels that is an error,
# reported once, not a stack overflow (each level holds a body checker and
# an interpreter frame on the native stack).
# RUN: %python %S/Inputs/comptime-call-chain.py 3000 > %t.mojo
# RUN: %not %limit %mojoc check %t.mojo 2>&1 | %FileCheck %s
# CHECK: error: compile-time evaluation exceeds the depth limit of 256
# CHECK: note: the limit is reached evaluating this expression
# CHECK-NOT: error:
# RUN: %python %S/Inputs/comptime-call-chain.py 200 > %t2.mojo
# RUN: %limit %mojoc run %t2.mojo | %FileCheck %s --check-prefix=SHALLOW
# SHALLOW: 200
