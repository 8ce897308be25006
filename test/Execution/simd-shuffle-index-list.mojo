# RUN: %mojoc run %s | %FileCheck %s
# RUN: %mojoc run -O0 %s | %FileCheck %s
# `shuffle[mask]` with an `IndexList` mask, of one vector or of two.
from utils import IndexList

alias SWAP = IndexList[2](1, 0)


fn interleave_low[mask: IndexList[4]](a: SIMD[DType.int32, 4], b: SIMD[DType.int32, 4]) -> SIMD[DType.int32, 4]:
    return a.shuffle[mask](b)


fn main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](5, 6, 7, 8)
    # CHECK: [4, 3, 2, 1]
    print(a.shuffle[IndexList[4](3, 2, 1, 0)]())
    # CHECK-NEXT: [1, 5, 2, 8]
    print(a.shuffle[IndexList[4](0, 4, 1, 7)](b))
    # CHECK-NEXT: [1, 5, 2, 6]
    print(interleave_low[IndexList[4](0, 4, 1, 5)](a, b))
    # CHECK-NEXT: [1.5, 0.5]
    print(SIMD[DType.float64, 2](0.5, 1.5).shuffle[SWAP]())
    # The variadic form is still chosen for integer masks.
    # CHECK-NEXT: [4, 4, 1, 1]
    print(a.shuffle[3, 3, 0, 0]())
