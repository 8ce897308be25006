# RUN: %python %S/Inputs/irgen-chained-compare.py 9000 > %t.mojo
# RUN: %limit %mojoc run %t.mojo | %FileCheck %s
# A chained comparison of 9,000 operands is a 9,000-deep chain of `and`s
# after Sema; IRGen recursed once per link and overflowed its stack.

# CHECK: True
