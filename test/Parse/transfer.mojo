# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# Postfix `^` is a transfer when no expression can follow it; otherwise xor.

# CHECK:      AssignStmt
# CHECK-NEXT:   target: Name {{.*}} y
# CHECK-NEXT:   value: Transfer <8:5, 8:6>
# CHECK-NEXT:     Name <8:5, 8:5> x
y = x^

# CHECK:      Call
# CHECK-NEXT:   Name {{.*}} take
# CHECK-NEXT:   Transfer
# CHECK-NEXT:     Member {{.*}} .name
# CHECK-NEXT:       Name {{.*}} p
# CHECK-NEXT:   Name {{.*}} b
take(p.name^, b)

# `x^+1` is `x ^ (+1)`.
# CHECK:      Binary {{.*}} '^'
# CHECK-NEXT:   Name {{.*}} x
# CHECK-NEXT:   Unary {{.*}} '+'
z = x^+1

# A space before the postfix `^` is allowed.
# CHECK:      ReturnStmt
# CHECK-NEXT:   value: Transfer
fn give(owned s: String) -> String:
    return s ^

# CHECK:      Binary {{.*}} '^'
# CHECK-NEXT:   Name {{.*}} a
# CHECK-NEXT:   Name {{.*}} b
w = a ^ b
