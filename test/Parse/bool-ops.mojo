# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# `not` > `and` > `or`; `not` applies to a whole comparison.

# CHECK:      BoolOp {{.*}} or
# CHECK-NEXT:   BoolOp {{.*}} and
# CHECK-NEXT:     Not
# CHECK-NEXT:       Name {{.*}} a
# CHECK-NEXT:     Name {{.*}} b
# CHECK-NEXT:   BoolOp {{.*}} and
not a and b or c and d

# CHECK:      Not
# CHECK-NEXT:   Compare {{.*}} '=='
not x == y

# CHECK:      Not
# CHECK-NEXT:   Not
# CHECK-NEXT:     Name {{.*}} z
not not z
