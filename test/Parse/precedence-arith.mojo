# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# `*` binds tighter than `+`; both are left-associative.

# CHECK:      Binary <6:1, 6:9> '+'
# CHECK-NEXT:   Name <6:1, 6:1> a
a + b * c
# CHECK-NEXT:   Binary <6:5, 6:9> '*'
# CHECK-NEXT:     Name <6:5, 6:5> b
# CHECK-NEXT:     Name <6:9, 6:9> c

# CHECK:      Binary {{.*}} '-'
# CHECK-NEXT:   Binary {{.*}} '-'
# CHECK-NEXT:     Name {{.*}} a
# CHECK-NEXT:     Name {{.*}} b
# CHECK-NEXT:   Name {{.*}} c
a - b - c

# CHECK:      Binary {{.*}} '%'
# CHECK-NEXT:   Binary {{.*}} '//'
# CHECK-NEXT:     Binary {{.*}} '/'
# CHECK-NEXT:       Binary {{.*}} '@'
# CHECK-NEXT:         Binary {{.*}} '*'
a * b @ c / d // e % f

# Parentheses are not nodes, but the enclosing node's range covers them.
# CHECK:      Binary <28:1, 28:11> '*'
# CHECK-NEXT:   Binary <28:2, 28:6> '+'
(a + b) * c
