# RUN: %mojoc run %s | %FileCheck %s
# `//` on Int floors toward negative infinity, as in Python, for every sign
# combination; the operands are runtime values so nothing is folded.

fn main():
    var a = 7
    var b = 2
    # CHECK: 3
    print(a // b)
    # CHECK-NEXT: -4
    print(-a // b)
    # CHECK-NEXT: -4
    print(a // -b)
    # CHECK-NEXT: 3
    print(-a // -b)
    var c = 6
    var d = 3
    # CHECK-NEXT: 2 -2 -2 2
    print(c // d, -c // d, c // -d, -c // -d)
    var one = 1
    # CHECK-NEXT: 0 -1
    print(one // b, -one // b)
