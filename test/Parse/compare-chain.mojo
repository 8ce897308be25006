# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# Comparisons chain into one node: N+1 operands, N operators.

# CHECK:      Compare {{.*}} '<' '<='
# CHECK-NEXT:   Name {{.*}} a
# CHECK-NEXT:   Name {{.*}} b
# CHECK-NEXT:   Name {{.*}} c
a < b <= c

# CHECK:      Compare {{.*}} 'not in'
x not in y

# CHECK:      Compare {{.*}} 'is not'
# CHECK-NEXT:   Name {{.*}} v
# CHECK-NEXT:   NoneLiteral
v is not None

# CHECK:      Compare {{.*}} '==' '!=' '>' '>=' 'in' 'is'
a == b != c > d >= e in f is g

# Arithmetic binds tighter than comparison.
# CHECK:      Compare {{.*}} '<'
# CHECK-NEXT:   Binary {{.*}} '+'
# CHECK:        Binary {{.*}} '*'
a + 1 < b * 2
