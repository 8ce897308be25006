# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK:      ListDisplay <8:5, 8:17>
# CHECK-NEXT:   IntegerLiteral {{.*}} 1
# CHECK-NEXT:   StringLiteral {{.*}} "x"
# CHECK-NEXT:   FloatLiteral {{.*}} 2.5
# CHECK-NOT:    Literal
l = [1, "x", 2.5]
# CHECK: value: ListDisplay <10:5, 10:6>{{$}}
e = []
# CHECK:      ListDisplay
# CHECK-NEXT:   ListDisplay
# CHECK-NEXT:     IntegerLiteral
# CHECK-NEXT:   ListDisplay
n = [[1], [],]
