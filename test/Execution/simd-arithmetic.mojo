# RUN: %mojoc run %s | %FileCheck %s
# SIMD arithmetic per dtype: floats, signed and unsigned integers (which
# wrap), floor division and modulo rounding toward negative infinity.

fn main():
    var a = SIMD[DType.float32, 4](1.5)
    var b = SIMD[DType.float32, 4](2)
    # CHECK: [3.5, 3.5, 3.5, 3.5] [-0.5, -0.5, -0.5, -0.5] [3.0, 3.0, 3.0, 3.0] [0.75, 0.75, 0.75, 0.75]
    print(a + b, a - b, a * b, a / b)
    var i = SIMD[DType.int32, 4](7)
    # CHECK-NEXT: [3, 3, 3, 3] [-4, -4, -4, -4] [1, 1, 1, 1] [-1, -1, -1, -1]
    print(i // 2, (-i) // 2, (-i) % 2, i % -2)
    # CHECK-NEXT: -4.0 1.0
    print(Float64(-7.0) // 2.0, Float64(-7.0) % 2.0)
    # CHECK-NEXT: 4 250 65531
    print(UInt8(250) + 10, UInt8(0) - 6, UInt16(0) - 5)
    # CHECK-NEXT: -128 127
    print(Int8(127) + 1, Int8(-128) - 1)
    # CHECK-NEXT: 1024 0.125
    print(Int64(2) ** 10, Float64(0.5) ** 3)
    var bits = SIMD[DType.uint8, 4](0b1100)
    # CHECK-NEXT: [8, 8, 8, 8] [14, 14, 14, 14] [6, 6, 6, 6] [243, 243, 243, 243] [48, 48, 48, 48] [3, 3, 3, 3]
    print(bits & 0b1010, bits | 0b0010, bits ^ 0b1010, ~bits, bits << 2, bits >> 2)
    # CHECK-NEXT: -2 2147483647
    print(Int32(-8) >> 2, UInt32(4294967295) >> 1)
    var acc = Float32(0)
    for k in range(10):
        acc += Float32(k)
    acc *= 2
    acc -= 1
    # CHECK-NEXT: 89.0
    print(acc)
    # Mixed operands through the splat constructors.
    # CHECK-NEXT: [5.0, 5.0] [2.5, 2.5] [3.0, 3.0]
    var h = SIMD[DType.float64, 2](2.5)
    print(h * 2, 5.0 - h, 1 + h + -0.5)
