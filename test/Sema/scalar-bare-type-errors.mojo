# RUN: %mojoc check -verify %s
# A bare `Scalar` argument takes scalars only: `SIMD[_, 1]`.


fn widen(x: Scalar) -> Float64:
    return x.cast[DType.float64]()


fn main():
    _ = widen(Float32(1.5))
    # expected-error@+2 {{no matching function in call to `widen`}}
    # expected-note@-7 {{candidate not viable: argument `x` takes an instance of `SIMD` that its type accepts, not `SIMD[DType.float32, 4]`}}
    _ = widen(SIMD[DType.float32, 4](1))
    # Elsewhere a bare partial alias names no type.
    var y: Scalar = Float32(1)  # expected-error {{parameter `type` of `Scalar` is not bound and has no default}}
