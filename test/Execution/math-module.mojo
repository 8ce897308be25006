# RUN: %mojoc run %s | %FileCheck %s
# The math module on scalars and vectors, through intrinsics and libm.
from math import sqrt, exp, log, sin, cos, tan, atan2, tanh, floor, ceil, copysign, fma, cbrt, iota, pi

fn main():
    # CHECK: 1.4142135623730951 2.0 [1.0, 2.0, 3.0, 4.0]
    print(sqrt(Float64(2)), sqrt(Float32(4)), sqrt(SIMD[DType.float32, 4](1.0) * iota[DType.float32, 4]() * iota[DType.float32, 4]() + SIMD[DType.float32, 4](0.0)) + 1)
    # CHECK-NEXT: 1.0 0.0 0.0 1.0
    print(exp(Float64(0)), log(Float64(1)), sin(Float64(0)), cos(Float64(0)))
    # CHECK-NEXT: 0.9999999999999999 3.141592653589793
    print(tan(Float64(pi / 4)), atan2(Float64(0), Float64(-1)))
    # CHECK-NEXT: [-3.0, 2.0] [-2.0, 3.0]
    var v = SIMD[DType.float64, 2](-2.5)
    v.__setitem__(1, 2.5)
    print(floor(v), ceil(v))
    # CHECK-NEXT: -3.0 7.0 1.0
    print(copysign(Float64(3), Float64(-0.0)), fma(Float64(2), Float64(3), Float64(1)), cbrt(Float64(1)))
    # CHECK-NEXT: 0.0 [0, 1, 2, 3]
    print(tanh(Float32(0)), iota[DType.int32, 4]())
