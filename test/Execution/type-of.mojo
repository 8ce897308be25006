# RUN: %mojoc run %s | %FileCheck %s
# `__type_of(x)` names the type of an expression, which is not evaluated.

fn noisy() -> Int:
    print("evaluated")
    return 1

fn main():
    var v = SIMD[DType.int32, 4](1, 2, 3, 4)
    var y: __type_of(v) = v
    # CHECK: [1, 2, 3, 4]
    print(y)
    alias T = __type_of(v)
    # CHECK-NEXT: [9, 9, 9, 9]
    print(T(9))
    # CHECK-NEXT: 2.5
    print(__type_of(Float32(1.5))(2.5))
    # CHECK-NEXT: 127
    print(__type_of(Int8(0)).MAX)
    # CHECK-NOT: evaluated
    var n: __type_of(noisy()) = 3
    # CHECK-NEXT: 3
    print(n)
