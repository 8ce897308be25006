# RUN: %mojoc run %s | %FileCheck %s
# Bitwise operators on Int and on literals: & | ^ and unary ~.

fn main():
    var a = 12
    var b = 10
    # CHECK: 8 14 6
    print(a & b, a | b, a ^ b)
    # CHECK-NEXT: -13 11
    print(~a, ~(-12))
    # CHECK-NEXT: 1 7 6 -6
    print(5 & 3, 5 | 3, 5 ^ 3, ~5)
    var m = -1
    # CHECK-NEXT: 12
    print(a & m)
