# RUN: %mojoc run %s | %FileCheck %s
# `nextafter` steps one representable value toward its second argument;
# `ulp` is the gap above `|x|`.

from utils.numerics import nextafter, ulp, inf, nan

fn main():
    # CHECK: 1.0000000000000002 0.99999994 -5e-324
    print(nextafter(Float64(1), Float64(2)), nextafter(Float32(1), Float32(0)), nextafter(Float64(0), Float64(-1)))
    # CHECK-NEXT: 2.0 nan
    print(nextafter(Float64(2), Float64(2)), nextafter(Float64(1), nan[DType.float64]()))
    # CHECK-NEXT: [-0.99999994, 1.0000001]
    print(nextafter(SIMD[DType.float32, 2](-1, 1), SIMD[DType.float32, 2](0, 5)))
    # CHECK-NEXT: 2.220446049250313e-16 1.1920929e-07 5e-324
    print(ulp(Float64(1)), ulp(Float32(-1)), ulp(Float64(0)))
    # CHECK-NEXT: inf nan
    print(ulp(inf[DType.float64]()), ulp(nan[DType.float32]()))
    # CHECK-NEXT: 1.99584030953472e+292
    print(ulp(Float64(1.7976931348623157e308)))
