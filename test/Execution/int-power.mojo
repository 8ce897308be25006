# RUN: %mojoc run %s | %FileCheck %s
# `**` on Int: repeated multiplication, `x ** 0 == 1`, and a negative exponent
# gives 0. `**` is right-associative.

fn main():
    var two = 2
    var three = -3
    var zero = 0
    var neg = -1
    # CHECK: 1024
    print(two ** 10)
    # CHECK-NEXT: -27 9
    print(three ** 3, three ** 2)
    # CHECK-NEXT: 1 1
    print(two ** zero, zero ** zero)
    # CHECK-NEXT: 0
    print(two ** neg)
    # CHECK-NEXT: 512 64
    print(two ** 3 ** 2, (two ** 3) ** 2)
