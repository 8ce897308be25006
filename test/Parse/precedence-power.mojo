# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# `**` binds tighter than unary minus on its left, and takes a unary operand
# on its right; it is right-associative.

# CHECK:      Unary {{.*}} '-'
# CHECK-NEXT:   Binary {{.*}} '**'
# CHECK-NEXT:     IntegerLiteral {{.*}} 2
# CHECK-NEXT:     IntegerLiteral {{.*}} 2
x = -2**2

# CHECK:      Binary {{.*}} '**'
# CHECK-NEXT:   IntegerLiteral {{.*}} 2
# CHECK-NEXT:   Unary {{.*}} '-'
# CHECK-NEXT:     IntegerLiteral {{.*}} 1
y = 2**-1

# CHECK:      Binary {{.*}} '**'
# CHECK-NEXT:   IntegerLiteral {{.*}} 2
# CHECK-NEXT:   Binary {{.*}} '**'
# CHECK-NEXT:     IntegerLiteral {{.*}} 3
# CHECK-NEXT:     IntegerLiteral {{.*}} 2
z = 2**3**2
