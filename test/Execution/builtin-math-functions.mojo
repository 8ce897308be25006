# RUN: %mojoc run %s | FileCheck %s
# The prelude's `abs`, `min`, `max`, `pow`, `round`, `divmod` and `swap`.


fn main():
    # CHECK: 3 4 2.5 1.5
    print(abs(-3), abs(Int(-4)), abs(Float64(-2.5)), abs(-1.5))
    # CHECK-NEXT: 3 4 2 2.5
    print(min(3, 4), max(3, 4), min(Int(7), 2), max(Float32(1.5), 2.5))
    # Lane by lane.
    # CHECK-NEXT: [1, 2, 3, 0]
    print(min(SIMD[DType.int32, 4](1, 5, 3, 7), SIMD[DType.int32, 4](4, 2, 6, 0)))
    # Any number of comparable collection elements.
    # CHECK-NEXT: 9 0
    print(max(3, 9, 2), min(5, 1, 8, 0))
    # CHECK-NEXT: 1024 8.0 81
    print(pow(2, 10), pow(Float64(2), 3), pow(Int(3), Int(4)))
    # Float64 halves go away from zero.
    # CHECK-NEXT: 3.0 -3.0 3.14 1200.0 1200
    print(round(Float64(2.5)), round(Float64(-2.5)), round(Float64(3.14159), 2), round(Float64(1234.5), -2), round(Int(1250), -2))
    # The remainder has the denominator's sign.
    var d = divmod(7, -2)
    # CHECK-NEXT: -4 -1
    print(d[0], d[1])
    var a = 1
    var b = 2
    swap(a, b)
    # CHECK-NEXT: 2 1
    print(a, b)
    var x = [1]
    var y = [2, 3]
    swap(x, y)
    # CHECK-NEXT: 2 1
    print(len(x), len(y))
