# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# Binding compile-time parameters is a subscript; calling a parametric
# function is a call on a subscript.

# CHECK:      Call
# CHECK-NEXT:   Subscript
# CHECK-NEXT:     Name {{.*}} f
# CHECK-NEXT:     Name {{.*}} T
# CHECK-NEXT:     n= IntegerLiteral {{.*}} 8
# CHECK-NEXT:   Name {{.*}} x
f[T, n=8](x)
# CHECK:      Subscript
# CHECK-NEXT:   Name {{.*}} Grid
# CHECK-NEXT:   Name {{.*}} _
# CHECK-NEXT:   cols= Name {{.*}} _
# CHECK-NEXT:   Unpack {{.*}} '**'
# CHECK-NEXT:     Name {{.*}} _
alias G = Grid[_, cols=_, **_]
# CHECK:      Subscript
# CHECK-NEXT:   Name {{.*}} SIMD
# CHECK-NEXT:   Unpack {{.*}} '*'
alias S = SIMD[*_]
# CHECK:      Subscript
# CHECK-NEXT:   Name {{.*}} SIMD
# CHECK-NEXT:   Member {{.*}} .float32
# CHECK-NEXT:     Name {{.*}} DType
# CHECK-NEXT:   IntegerLiteral {{.*}} 4
var v = SIMD[DType.float32, 4](1, 2, 3, 4)
