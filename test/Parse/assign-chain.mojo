# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# Chained assignment: targets left to right, then the value.
# CHECK:      AssignStmt
# CHECK-NEXT:   target: Name {{.*}} x
# CHECK-NEXT:   target: Name {{.*}} y
# CHECK-NEXT:   value: IntegerLiteral {{.*}} 0
x = y = 0

# Tuple targets destructure.
# CHECK:      AssignStmt
# CHECK-NEXT:   target: Tuple
# CHECK-NEXT:     Name {{.*}} a
# CHECK-NEXT:     Name {{.*}} b
# CHECK-NEXT:   value: Tuple
# CHECK-NEXT:     Name {{.*}} b
# CHECK-NEXT:     Name {{.*}} a
a, b = b, a

# Attributes, subscripts and dereferences are targets too.
# CHECK:      AssignStmt
# CHECK-NEXT:   target: Member {{.*}} .x
# CHECK:      AssignStmt
# CHECK-NEXT:   target: Subscript
# CHECK:      AssignStmt
# CHECK-NEXT:   target: Subscript
# CHECK-NEXT:     Name {{.*}} p
# CHECK-NEXT:   value: IntegerLiteral
self.x = 1
l[i] = 2
p[] = 3

# `_ = expr` discards a value.
# CHECK:      AssignStmt
# CHECK-NEXT:   target: Name {{.*}} _
_ = f()
