# RUN: %mojoc run %s | %FileCheck %s
# Comparisons give bool masks; a one-lane mask is a condition; select,
# min, max and clamp work lane by lane.

fn main():
    var v = SIMD[DType.int64, 4](0)
    for k in range(4):
        v.__setitem__(k, k * k)
    # CHECK: [0, 1, 4, 9]
    print(v)
    # CHECK-NEXT: [False, False, True, True] [True, False, False, False]
    print(v > 3, v == 0)
    # CHECK-NEXT: [-1, -1, 4, 9]
    print((v > 3).select(v, SIMD[DType.int64, 4](-1)))
    # CHECK-NEXT: [2, 2, 4, 5]
    print(v.clamp(2, 5))
    # CHECK-NEXT: [0, 1, 3, 3] [3, 3, 4, 9]
    print(v.min(3), v.max(3))
    # CHECK-NEXT: less
    if Float32(1.5) < Float32(2.5):
        print("less")
    # NaN compares unequal to itself, and `!=` is unordered.
    var nan = Float64(0.0) / Float64(0.0)
    # CHECK-NEXT: False True nan
    print(nan == nan, nan != nan, nan)
    # CHECK-NEXT: True False
    print(UInt8(200) > UInt8(100), Int8(-56) > Int8(100))
