# RUN: %mojoc run %s | %FileCheck %s
# `interleave(other)` alternates the lanes of the two vectors.

fn main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](5, 6, 7, 8)
    # CHECK: [1, 5, 2, 6, 3, 7, 4, 8]
    print(a.interleave(b))
    # CHECK-NEXT: [3, 4]
    print(Int8(3).interleave(Int8(4)))
