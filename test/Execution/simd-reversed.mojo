# RUN: %mojoc run %s | %FileCheck %s
# `reversed()` reverses the lanes.

fn main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](5, 6, 7, 8)
    # CHECK: [4, 3, 2, 1]
    print(a.reversed())
    var f = SIMD[DType.float32, 8](1, 2, 3, 4, 5, 6, 7, 8)
    # CHECK-NEXT: [8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0]
    print(f.reversed())
    # CHECK-NEXT: 7
    print(Int16(7).reversed())
