# RUN: %mojoc run %s | %FileCheck %s
# `join(other)` is twice as wide: `self`'s lanes, then `other`'s.

fn main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](5, 6, 7, 8)
    # CHECK: [1, 2, 3, 4, 5, 6, 7, 8]
    print(a.join(b))
    var x = Float32(1.5)
    # CHECK-NEXT: [1.5, 2.0]
    print(x.join(Float32(2)))
