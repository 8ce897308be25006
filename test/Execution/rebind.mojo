# RUN: %mojoc run %s | %FileCheck %s
# `rebind[T](x)`: a value seen as a type of the same layout, typically the
# one type reached through other parameters.

fn as_int4[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[DType.int32, 4]:
    return rebind[SIMD[DType.int32, 4]](x)

@value
struct Meters:
    var value: Int

@value
struct Feet:
    var value: Int

fn main():
    var v = SIMD[DType.int32, 4](1, 2, 3, 4)
    # CHECK: [1, 2, 3, 4]
    print(as_int4(v))
    var f = rebind[Feet](Meters(7))
    # CHECK-NEXT: 7
    print(f.value)
    # CHECK-NEXT: 2.5
    print(rebind[Float64](Float64(2.5)))
