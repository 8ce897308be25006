# RUN: %mojoc run %s | %FileCheck %s
# `split()` gives the lower and the upper half.

fn main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](5, 6, 7, 8)
    var halves = a.split()
    # CHECK: [1, 2] [3, 4]
    print(halves[0], halves[1])
    var quarters = halves[1].split()
    # CHECK-NEXT: 3 4
    print(quarters[0], quarters[1])
