# RUN: %mojoc run %s | %FileCheck %s
# Variadic arguments of a trivial struct type, and of a parameter-dependent
# one: the elements convert implicitly (literals to `Float32`).

fn sum32(*values: Float32) -> Float32:
    var s = Float32(0)
    for v in values:
        s += v
    return s

fn biggest[T: DType](*values: SIMD[T, 1]) -> SIMD[T, 1]:
    var best = values[0]
    for v in values:
        best = best.max(v)
    return best

fn main():
    # CHECK: 6.5
    print(sum32(1.5, 2, 3))
    # CHECK-NEXT: 9
    print(biggest[DType.int16](3, 9, -4))
    # CHECK-NEXT: 2.5
    print(biggest(Float64(1), Float64(2.5)))
