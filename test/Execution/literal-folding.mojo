# RUN: %mojoc run %s | %FileCheck %s
# Integer literal expressions are folded with arbitrary precision, so
# intermediate values may exceed 64 bits as long as the result fits in Int.

fn main():
    # CHECK: 4
    print(1 << 70 >> 68)
    # CHECK-NEXT: 9223372036854775807
    print((1 << 63) - 1)
    # CHECK-NEXT: 1000
    print(100000000000000000000000 // 100000000000000000000)
    # CHECK-NEXT: -9223372036854775808
    print(-(1 << 63))
    var x = 36893488147419103232 // 4611686018427387904
    # CHECK-NEXT: 8
    print(x)
