# RUN: %mojoc build -O3 --emit=mlir-lowered %s -o - | %FileCheck %s
# `shuffle[mask: IndexList]` is one shuffle, its mask the list's indices,
# like the variadic `shuffle[*mask]`.
from utils import IndexList


# CHECK-LABEL: llvm.func internal @"__main__::reverse
# CHECK: llvm.shufflevector %{{.*}}, %{{.*}} [3, 2, 1, 0] : vector<4xf32>
# CHECK-NOT: llvm.shufflevector
# CHECK: llvm.return
@no_inline
fn reverse(a: SIMD[DType.float32, 4]) -> SIMD[DType.float32, 4]:
    return a.shuffle[IndexList[4](3, 2, 1, 0)]()


# CHECK-LABEL: llvm.func internal @"__main__::mix
# CHECK: llvm.shufflevector %arg0, %arg1 [0, 4, 1, 5] : vector<4xf32>
# CHECK-NOT: llvm.shufflevector
# CHECK: llvm.return
@no_inline
fn mix(a: SIMD[DType.float32, 4], b: SIMD[DType.float32, 4]) -> SIMD[DType.float32, 4]:
    alias mask = IndexList[4](0, 4, 1, 5)
    return a.shuffle[mask](b)


fn main():
    var a = SIMD[DType.float32, 4](1, 2, 3, 4)
    print(reverse(a), mix(a, a))
