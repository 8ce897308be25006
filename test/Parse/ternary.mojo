# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# `a if c else b` is right-associative and binds looser than `or`.

# CHECK:      Ternary
# CHECK-NEXT:   then: Name {{.*}} a
# CHECK-NEXT:   cond: Name {{.*}} b
# CHECK-NEXT:   else: Ternary
# CHECK-NEXT:     then: Name {{.*}} c
# CHECK-NEXT:     cond: Name {{.*}} d
# CHECK-NEXT:     else: Name {{.*}} e
r = a if b else c if d else e

# CHECK:      Ternary
# CHECK-NEXT:   then: StringLiteral {{.*}} "y"
# CHECK-NEXT:   cond: BoolOp {{.*}} or
c = "y" if flag or other else "n"
