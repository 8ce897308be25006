# RUN: %mojoc run %s | %FileCheck %s
# `Int(x)` for any `Intable` calls `x.__int__()`; a non-generic
# constructor still wins where one fits as well (`Int(True)`).

@value
struct Meters(Intable):
    var v: Float64

    fn __int__(self) -> Int:
        return Int(self.v)

fn main():
    # CHECK: 3
    print(Int(SIMD[DType.float32, 1](3.7)))
    # CHECK-NEXT: -2 200 1 5 12
    print(Int(Float64(-2.9)), Int(UInt8(200)), Int(True), Int(5), Int(Meters(12.5)))
    var i = 7
    # CHECK-NEXT: 7 2
    print(Int(i), Int(2.5))
