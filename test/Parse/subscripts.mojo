# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK:      Subscript
# CHECK-NEXT:   Name {{.*}} x
# CHECK-NEXT:   Slice <8:3, 8:5>
# CHECK-NEXT:     lower: IntegerLiteral {{.*}} 1
# CHECK-NEXT:     upper: IntegerLiteral {{.*}} 2
x[1:2]
# CHECK:      Slice <13:3, 13:6>
# CHECK-NEXT:   step: Unary {{.*}} '-'
# CHECK-NEXT:     IntegerLiteral {{.*}} 1
# CHECK-NEXT: ExprStmt
s[::-1]
# CHECK:      Slice <17:3, 17:4>
# CHECK-NEXT:   lower: Name {{.*}} a
# CHECK-NEXT: ExprStmt
s[a:]
# `x[]` dereferences: a subscript with no indices.
# CHECK:      Subscript <22:1, 22:3>
# CHECK-NEXT:   Name {{.*}} p
# CHECK-NEXT: ExprStmt
p[]
# Several indices are separate entries, not a tuple.
# CHECK:      Subscript
# CHECK-NEXT:   Name {{.*}} m
# CHECK-NEXT:   Name {{.*}} i
# CHECK-NEXT:   Name {{.*}} j
m[i, j]
