# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# Integer literals keep their spelling; the decoded value follows when it
# differs. Values are arbitrary precision.

# CHECK: IntegerLiteral {{.*}} 42{{$}}
a = 42
# CHECK: IntegerLiteral {{.*}} 1_000 (1000)
b = 1_000
# CHECK: IntegerLiteral {{.*}} 0xFF_FF (65535)
c = 0xFF_FF
# CHECK: IntegerLiteral {{.*}} 0o17 (15)
d = 0o17
# CHECK: IntegerLiteral {{.*}} 0b1010 (10)
e = 0b1010
# CHECK: IntegerLiteral {{.*}} 123456789012345678901234567890{{$}}
f = 123456789012345678901234567890
# A negative number is unary minus on a literal.
# CHECK:      Unary {{.*}} '-'
# CHECK-NEXT:   IntegerLiteral {{.*}} 7
g = -7
