# RUN: %mojoc run %s | %FileCheck %s
# A bare `Scalar` as an argument's type takes a scalar of any dtype: the
# alias's hole is filled by the argument, as `SIMD[_, 1]` would be.


fn widen(x: Scalar) -> Float64:
    return x.cast[DType.float64]()


fn same_dtype(x: Scalar, y: __type_of(x)) -> __type_of(x):
    return x + y


fn main():
    # CHECK: 1.5 3.0
    print(widen(Float32(1.5)), widen(Int8(3)))
    # CHECK-NEXT: 7
    print(same_dtype(UInt16(3), 4))
