# 3,000 aliases each computed by a function call on the next nest one
# compile-time evaluation in another: past 256 levels that is an error, not
# a stack overflow (each level holds a body checker and an interpreter
# frame on the native stack).
# RUN: %python %S/Inputs/comptime-call-chain.py 3000 > %t.mojo
# RUN: %not %limit %mojoc check %t.mojo 2>&1 | %FileCheck %s
# CHECK: error: cannot evaluate this at compile time: compile-time evaluations nest more than 256 deep
# RUN: %python %S/Inputs/comptime-call-chain.py 200 > %t2.mojo
# RUN: %limit %mojoc run %t2.mojo | %FileCheck %s --check-prefix=SHALLOW
# SHALLOW: 200
