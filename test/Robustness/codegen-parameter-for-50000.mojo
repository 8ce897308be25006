# RUN: %python %S/Inputs/parameter-for-sum.py 50000 > %t.mojo
# RUN: %limit %mojoc run %t.mojo | %FileCheck %s
# A long `@parameter for` unrolls into one long block of inlined `Int`
# calls; compile time once grew quadratically with it (over 180 s for
# 100,000 iterations), so at this size a quadratic regression runs out of
# %limit's CPU budget. 3 * (0 + 1 + ... + 49999):
# CHECK: 3749925000
