# RUN: %python %S/Inputs/irgen-finally-nesting.py 40 > %t.mojo
# RUN: %limit %not %mojoc build --emit=mlir %t.mojo 2>&1 | %FileCheck %s
# RUN: %python %S/Inputs/irgen-finally-nesting.py 8 > %t8.mojo
# RUN: %limit %mojoc run %t8.mojo | %FileCheck --check-prefix=SMALL %s
# IRGen copies a `finally` once per way out of its `try`, so nesting doubles
# the copies at each level: 40 levels would be 2**40 of them. The copies a
# function may emit are budgeted; past the budget IRGen reports it. (With
# 8 levels each `return` in a `finally` replaces the one before: 7 wins.)

# CHECK: error: this function's `finally` blocks would be emitted as more than 100000 statements, one copy per `return`, `break`, `continue` and error path leaving them; split the function

# SMALL: innermost
# SMALL-NEXT: 7
