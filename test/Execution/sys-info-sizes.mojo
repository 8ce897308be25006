# RUN: %mojoc run %s | %FileCheck %s
# `sizeof` and `alignof` answer for the target's layout of a type (or a
# dtype's element); `simdwidthof` is how many elements fill the widest
# vector register, whatever this machine's (AVX2 or AVX-512).
import sys
from sys.info import sizeof, alignof, bitwidthof, simdwidthof, simdbitwidth


@value
struct Mixed:
    var flag: Bool
    var value: Int


fn main():
    # CHECK: 8 4 1 16 32
    print(sizeof[Int](), sizeof[Float32](), sizeof[Bool](), sizeof[Mixed](), sizeof[SIMD[DType.float32, 8]]())
    # CHECK-NEXT: 8 8 2
    print(alignof[Int](), alignof[Mixed](), sizeof[DType.bfloat16]())
    # CHECK-NEXT: True True
    print(simdwidthof[DType.float32]() * 32 == simdbitwidth(), simdwidthof[DType.int8]() == 4 * simdwidthof[DType.float32]())
    # The width in bits of a type or a dtype's element; the SIMD width of
    # a scalar type, as of its dtype.
    # CHECK-NEXT: 64 128 16 True
    print(bitwidthof[Int](), bitwidthof[Mixed](), bitwidthof[DType.float16](), simdwidthof[Float32]() == simdwidthof[DType.float32]())
    # `sys` re-exports the layout queries, as in Mojo 24.6.
    # CHECK-NEXT: 8 8 64 True
    print(sys.sizeof[Int](), sys.alignof[Int](), sys.bitwidthof[UInt64](), sys.simdwidthof[DType.int8]() >= 16)
