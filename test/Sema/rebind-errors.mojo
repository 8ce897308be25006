# RUN: %mojoc check -verify %s
# `rebind` to a type of another layout is an error in its instance, with a
# note at the call.

@value
struct Two:
    var a: Int
    var b: Int

fn main():
    var v = SIMD[DType.int32, 4](1, 2, 3, 4)
    _ = rebind[SIMD[DType.int32, 8]](v)  # expected-note {{in `rebind[SIMD[DType.int32, 4], SIMD[DType.int32, 8]]`, instantiated here}}
    # expected-error@* {{cannot rebind a value of type `SIMD[DType.int32, 4]` to `SIMD[DType.int32, 8]`: their representations differ}}
    _ = rebind[Int](Float64(1.0))  # expected-note {{in `rebind[SIMD[DType.float64, 1], Int]`, instantiated here}}
    # expected-error@* {{cannot rebind a value of type `SIMD[DType.float64, 1]` to `Int`: their representations differ}}
    _ = rebind[Two](5)  # expected-note {{in `rebind[Int, Two]`, instantiated here}}
    # expected-error@* {{cannot rebind a value of type `Int` to `Two`: their representations differ}}
