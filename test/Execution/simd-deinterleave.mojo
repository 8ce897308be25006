# RUN: %mojoc run %s | %FileCheck %s
# `deinterleave()` gives the even lanes and the odd lanes.

fn main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](5, 6, 7, 8)
    var parts = a.join(b).deinterleave()
    # CHECK: [1, 3, 5, 7] [2, 4, 6, 8]
    print(parts[0], parts[1])
    var two = a.deinterleave()
    # CHECK-NEXT: [1, 3] [2, 4]
    print(two[0], two[1])
