# RUN: %mojoc run %s | %FileCheck %s
# `shuffle[*mask]()` picks lanes of one vector (one `vector.shuffle`).

fn main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](5, 6, 7, 8)
    # CHECK: [4, 3, 2, 1]
    print(a.shuffle[3, 2, 1, 0]())
    # CHECK-NEXT: [1, 1, 4, 4]
    print(a.shuffle[0, 0, 3, 3]())
    var f = SIMD[DType.float64, 2](0.5, 1.5)
    # CHECK-NEXT: [1.5, 0.5]
    print(f.shuffle[1, 0]())
