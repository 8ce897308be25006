# RUN: %mojoc run %s | %FileCheck %s
# `var` with a type, with a value, or with both; late initialization.

fn main():
    var a: Int = 3
    var b = 4
    var c: Int
    c = a * b
    # CHECK: 3 4 12
    print(a, b, c)
    var flag: Bool
    if c > 10:
        flag = True
    else:
        flag = False
    # CHECK-NEXT: True
    print(flag)
    var d: Int = 2 ** 40
    # CHECK-NEXT: 1099511627776
    print(d)
