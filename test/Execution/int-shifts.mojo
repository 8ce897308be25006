# RUN: %mojoc run %s | %FileCheck %s
# Shifts on Int: `>>` is arithmetic (keeps the sign), and a negative shift
# count gives 0.

fn main():
    var one = 1
    var n = -16
    # CHECK: 8 1024
    print(one << 3, one << 10)
    # CHECK-NEXT: 4 -4 -1
    print(16 >> 2, n >> 2, n >> 10)
    # CHECK-NEXT: -9223372036854775808
    print(one << 63)
    var neg = -1
    # CHECK-NEXT: 0 0
    print(one << neg, n >> neg)
