# RUN: %mojoc run %s | %FileCheck %s
# Casts between dtypes, lane access, and printing as Mojo prints numbers.

fn main():
    # CHECK: 0.1 0.30000000000000004 0.1 0.099975586 0.100097656
    var x: Float64 = 0.1
    print(x, x * 3.0, Float32(0.1), Float16(0.1), BFloat16(0.1))
    # CHECK-NEXT: 1.5 0.6666666666666666 -0.0 1e+100 1e-05 100.0 1e+16
    print(1.5, 2.0 / 3.0, -0.0, 1e100, 1e-5, 100.0, 1e16)
    # CHECK-NEXT: inf -inf
    print(Float64(1.0) / 0.0, Float32(-1.0) / 0.0)
    # CHECK-NEXT: [1, 1, 1, 1] [1.0, 1.0, 1.0, 1.0] [-1, -1, -1, -1]
    var f = SIMD[DType.float32, 4](1.75)
    print(f.cast[DType.int32](), f.cast[DType.int32]().cast[DType.float64](), (-f).cast[DType.int64]())
    # CHECK-NEXT: 255 -1 65535
    print(Int32(-1).cast[DType.uint8](), UInt8(255).cast[DType.int8](), Int64(-1).cast[DType.uint16]())
    # CHECK-NEXT: [True, True] [False, False] 1 0.0
    print(SIMD[DType.int32, 2](3).cast[DType.bool](), SIMD[DType.float32, 2](0.0).cast[DType.bool](), Int(True), Int8(0).cast[DType.float64]())
    # CHECK-NEXT: 7 -3 255 18446744073709551615
    print(Float64(7.9).__int__(), Float32(-3.7).__int__(), UInt8(255), UInt64(18446744073709551615))
    var v = SIMD[DType.float64, 2](2.0)
    # CHECK-NEXT: 2.0 2 [7.0, 7.0]
    print(v[1], v.__len__(), v.fma(3.0, 1.0))
    # CHECK-NEXT: 14.0 9 1 8.5
    var w = SIMD[DType.float32, 4](3.5)
    var k = SIMD[DType.int64, 4](0)
    for i in range(4):
        k.__setitem__(i, i * i)
    print(w.reduce_add(), k.reduce_max(), k.reduce_min() + 1, (w + 5).reduce_min())
