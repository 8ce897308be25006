# RUN: %mojoc run %s | %FileCheck %s
# MIN, MAX, MIN_FINITE and MAX_FINITE of each dtype, computed at compile
# time by the interpreter.

fn main():
    # CHECK: 127 -128 255 0 9223372036854775807 -9223372036854775808
    print(Int8.MAX, Int8.MIN, UInt8.MAX, UInt8.MIN, Int64.MAX, Int64.MIN)
    # CHECK-NEXT: inf -inf 1.7976931348623157e+308 -1.7976931348623157e+308 65504.0
    print(Float32.MAX, Float32.MIN, Float64.MAX_FINITE, Float64.MIN_FINITE, Float16.MAX_FINITE)
    # CHECK-NEXT: 18446744073709551615 [32767, 32767] 3.4028235e+38
    print(UInt64.MAX, SIMD[DType.int16, 2].MAX, Float32.MAX_FINITE)
    # CHECK-NEXT: True
    print(Int32.MAX + 1 == Int32.MIN)
