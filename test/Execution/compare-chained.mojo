# RUN: %mojoc run %s | %FileCheck %s
# `a < b < c` means `a < b and b < c`; any comparison operators may be mixed.

fn main():
    var a = 1
    var b = 2
    var c = 3
    # CHECK: True False
    print(a < b < c, a < c < b)
    # CHECK-NEXT: True False
    print(c > b > a, c > b > b)
    # CHECK-NEXT: True True
    print(a <= a < b <= b, a == a != b)
    # CHECK-NEXT: False
    print(a < b < c < a)
    # CHECK-NEXT: True
    print(1 < 2 < 3 <= 3 != 4)
