# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK: value: Tuple <4:5, 4:6> parenthesized{{$}}
a = ()
# CHECK:      value: Tuple <7:5, 7:8> parenthesized
# CHECK-NEXT:   IntegerLiteral {{.*}} 1
b = (1,)
# Parentheses around one expression make no tuple.
# CHECK: value: IntegerLiteral <10:6, 10:6> 1
c = (1)
# CHECK:      value: Tuple <14:5, 14:8>{{$}}
# CHECK-NEXT:   IntegerLiteral
# CHECK-NEXT:   IntegerLiteral
d = 1, 2
# CHECK:      value: Tuple {{.*}} parenthesized
# CHECK-NEXT:   IntegerLiteral
# CHECK-NEXT:   StringLiteral {{.*}} "x"
e = (1, "x",)
# In type position a tuple means `Tuple[...]`.
# CHECK:      type: Tuple {{.*}} parenthesized
# CHECK-NEXT:   Name {{.*}} Int
# CHECK-NEXT:   Name {{.*}} String
var t: (Int, String) = (1, "a")
