# RUN: %mojoc run %s | %FileCheck %s
# The bit module on Int and on integral SIMD vectors, at run time and at
# compile time.
from bit import count_leading_zeros, count_trailing_zeros, pop_count, bit_width, is_power_of_two, next_power_of_two, prev_power_of_two

alias TABLE = next_power_of_two(1000)


fn main():
    # CHECK: 63 0 64 4 64
    print(count_leading_zeros(1), count_leading_zeros(-1), count_leading_zeros(0), count_trailing_zeros(16), count_trailing_zeros(0))
    # CHECK-NEXT: 3 64 10 63
    print(pop_count(0b1011), pop_count(-1), bit_width(1000), bit_width(-1 << 63))
    # CHECK-NEXT: True False False 1024 1 512 0
    print(is_power_of_two(64), is_power_of_two(0), is_power_of_two(-8), next_power_of_two(513), next_power_of_two(0), prev_power_of_two(1000), prev_power_of_two(0))
    var v = SIMD[DType.uint8, 4](0b00010110)
    # CHECK-NEXT: [3, 3, 3, 3] [1, 1, 1, 1] [3, 3, 3, 3]
    print(count_leading_zeros(v), count_trailing_zeros(v), pop_count(v))
    # CHECK-NEXT: 1024
    print(TABLE)
