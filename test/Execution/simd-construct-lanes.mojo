# RUN: %mojoc run %s | %FileCheck %s
# `SIMD[type, size](a, b, ...)` builds a vector lane by lane; one value
# still splats.

fn main():
    # CHECK: [1, 2, 3, 4]
    print(SIMD[DType.int32, 4](1, 2, 3, 4))
    # CHECK-NEXT: [1.0, 2.5, 3.0, 4.0]
    print(SIMD[DType.float32, 4](1.0, 2.5, 3.0, 4.0))
    # CHECK-NEXT: [7, 7, 7, 7]
    print(SIMD[DType.int32, 4](7))
    var x = Float32(2)
    # CHECK-NEXT: [2.0, 2.0]
    print(SIMD[DType.float32, 2](x))
    # CHECK-NEXT: [2.0, 3.0]
    print(SIMD[DType.float32, 2](x, Float32(3)))
    # CHECK-NEXT: [1, 2, 3, 4, 5, 6, 7, -1]
    print(SIMD[DType.int8, 8](1, 2, 3, 4, 5, 6, 7, -1))
    var v = SIMD[DType.uint8, 2](200, 300)
    # CHECK-NEXT: [200, 44]
    print(v)
