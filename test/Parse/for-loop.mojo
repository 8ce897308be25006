# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK:      ForStmt
# CHECK-NEXT:   target: Name {{.*}} x
# CHECK-NEXT:   iterable: Name {{.*}} l
# CHECK-NEXT:   Block
# CHECK-NEXT:     ExprStmt
# CHECK-NEXT:       Call
# CHECK-NEXT:         Name {{.*}} print
# CHECK-NEXT:         Subscript
for x in l:
    print(x[])

# Tuple targets; `for ... else`.
# CHECK:      ForStmt
# CHECK-NEXT:   target: Tuple
# CHECK-NEXT:     Name {{.*}} k
# CHECK-NEXT:     Name {{.*}} v
# CHECK-NEXT:   iterable: Call
# CHECK:        Else
# CHECK-NEXT:     BreakStmt
for k, v in items():
    continue
else:
    break

# `in` in the iterable is a comparison again.
# CHECK:      ForStmt
# CHECK-NEXT:   target: Name {{.*}} b
# CHECK-NEXT:   iterable: Ternary
for b in l if a in s else m:
    pass
