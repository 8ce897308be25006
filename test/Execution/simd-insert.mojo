# RUN: %mojoc run %s | %FileCheck %s
# `insert[offset=k](v)` overwrites lanes from `k` on with `v`'s.

fn main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](5, 6, 7, 8)
    # CHECK: [1, 2, 9, 8]
    print(a.insert[offset=2](SIMD[DType.int32, 2](9, 8)))
    # CHECK-NEXT: [0, 2, 3, 4]
    print(a.insert(Int32(0)))
    # CHECK-NEXT: [5, 6, 7, 8]
    print(a.insert(b))
