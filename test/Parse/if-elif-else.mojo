# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# An `if` with its `elif`s is one IfStmt with a flat list of clauses.

# CHECK:      IfStmt <17:1, 24:8>
# CHECK-NEXT:   If <17:1, 18:9>
# CHECK-NEXT:     cond: Compare {{.*}} '<'
# CHECK:          Block
# CHECK-NEXT:       ExprStmt
# CHECK:        Elif <19:1, 20:8>
# CHECK-NEXT:     cond: Compare {{.*}} '=='
# CHECK:          Block
# CHECK:        Elif <21:1, 22:9>
# CHECK-NEXT:     cond: Name {{.*}} other
# CHECK:        Else
# CHECK-NEXT:     ExprStmt
# CHECK-NOT:    IfStmt
if x < 0:
    f(-1)
elif x == 0:
    f(0)
elif other:
    f(10)
else:
    f(1)
