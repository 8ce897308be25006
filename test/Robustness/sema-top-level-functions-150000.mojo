# RUN: %python %S/Inputs/top-level-functions.py 150000 > %t.mojo
# RUN: %limit %mojoc check %t.mojo 2>&1 | %FileCheck %s --allow-empty --check-prefix=QUIET
# RUN: %limit %mojoc run %t.mojo | %FileCheck %s
# Checking every top-level function once scanned the whole file for imports
# at each lookup of a name like `Int`: quadratic in the number of functions
# (60,000 took 9.6 s), so at this size a quadratic regression runs out of
# %limit's CPU budget.
# QUIET-NOT: error
# CHECK: 1
