# RUN: %mojoc run %s | %FileCheck %s
# `Scalar[dt]`: the alias `SIMD[_, 1]` with its hole filled.

fn one[t: DType]() -> Scalar[t]:
    return 1

fn main():
    var x: Scalar[DType.int32] = 3
    # CHECK: 3 1 1.0
    print(x, one[DType.int8](), one[DType.float32]())
