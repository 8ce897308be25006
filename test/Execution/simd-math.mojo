# RUN: %mojoc run %s | %FileCheck %s
# Rounding and the other math members of SIMD.

fn main():
    var x = SIMD[DType.float64, 4](-2.5)
    # CHECK: [-3.0, -3.0, -3.0, -3.0] [-2.0, -2.0, -2.0, -2.0] [-2.0, -2.0, -2.0, -2.0]
    print(x.__floor__(), x.__ceil__(), x.__trunc__())
    # Round halves away from zero; roundeven to even.
    # CHECK-NEXT: -3.0 -2.0 3.0 2.0
    print(x[0].__round__(), x[0].roundeven(), Float64(2.5).__round__(), Float64(2.5).roundeven())
    # CHECK-NEXT: 2.5 7 0
    print(x[0].__abs__(), Int32(-7).__abs__(), UInt8(0).__abs__())
