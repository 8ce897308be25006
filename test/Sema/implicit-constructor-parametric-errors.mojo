# RUN: %mojoc check -verify %s
# A parametric `@implicit` constructor converts only what its argument's
# type accepts.
from memory import UnsafePointer


fn first(p: UnsafePointer[Int]) -> Int:
    return p[0]


fn main():
    var p = UnsafePointer[Float64, alignment=32].alloc(1)
    # expected-error@+2 {{no matching function in call to `first`}}
    # expected-note@-7 {{candidate not viable: cannot convert argument of type `UnsafePointer[SIMD[DType.float64, 1], 32]` to `UnsafePointer[Int, 1]`}}
    _ = first(p)
    var q: UnsafePointer[Int] = p  # expected-error {{cannot implicitly convert `UnsafePointer[SIMD[DType.float64, 1], 32]` value to `UnsafePointer[Int, 1]`}}
