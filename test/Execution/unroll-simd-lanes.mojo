# RUN: %mojoc run %s | %FileCheck %s
# A compile-time index from `unroll` used where only a compile-time value
# will do: the width of a SIMD vector.

from utils.loop import unroll


fn main():
    var lanes = 0

    @parameter
    fn grow[i: Int]():
        lanes += SIMD[DType.int32, 1 << i](1).reduce_add().__int__()

    unroll[grow, 4]()
    # 1 + 2 + 4 + 8
    # CHECK: 15
    print(lanes)
