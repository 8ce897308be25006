# RUN: %mojoc run %s | %FileCheck %s
# `isnan`, `isinf`, `isfinite` lane by lane; integers are never NaN or
# infinite.

from utils.numerics import nan, inf, isnan, isinf, isfinite

fn main():
    var v = SIMD[DType.float64, 4](1.0, nan[DType.float64](), inf[DType.float64](), -inf[DType.float64]())
    # CHECK: [False, True, False, False]
    print(isnan(v))
    # CHECK-NEXT: [False, False, True, True]
    print(isinf(v))
    # CHECK-NEXT: [True, False, False, False]
    print(isfinite(v))
    # CHECK-NEXT: [False, False] True False
    print(isnan(SIMD[DType.int32, 2](1, 2)), isfinite(Int32(3)), isinf(UInt8(255)))
    # CHECK-NEXT: True
    print(isnan(Float16(0) / Float16(0)))
