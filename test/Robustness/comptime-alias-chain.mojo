# 5,000 aliases each defined with an operator on the next: evaluation is
# bounded by the budget of nested compile-time evaluations (each operator is
# run by the interpreter, inside the evaluation of the alias that names it),
# reported once at the first alias, not a stack overflow.
# RUN: %python %S/Inputs/comptime-alias-chain.py plus 5000 > %t.mojo
# RUN: %not %limit %mojoc check %t.mojo 2>&1 | %FileCheck %s
# CHECK: :1:12: error: compile-time evaluation exceeds the depth limit of 256
# CHECK-NEXT: alias A0 = A1 + 1
# CHECK: :257:14: note: the limit is reached evaluating this expression
# CHECK-NOT: error:
