# RUN: %mojoc run %s | %FileCheck %s
# `shuffle[*mask](other)` picks lanes of `self` followed by `other`.

fn main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](5, 6, 7, 8)
    # CHECK: [1, 5, 2, 6]
    print(a.shuffle[0, 4, 1, 5](b))
    # CHECK-NEXT: [8, 7, 4, 3]
    print(a.shuffle[7, 6, 3, 2](b))
