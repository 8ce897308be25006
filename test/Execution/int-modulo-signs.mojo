# RUN: %mojoc run %s | %FileCheck %s
# `%` on Int is the floored modulo: the result takes the sign of the divisor,
# and `(a // b) * b + a % b == a` always holds.

fn main():
    var a = 7
    var b = 3
    # CHECK: 1
    print(a % b)
    # CHECK-NEXT: 2
    print(-a % b)
    # CHECK-NEXT: -2
    print(a % -b)
    # CHECK-NEXT: -1
    print(-a % -b)
    var six = 6
    # CHECK-NEXT: 0 0
    print(six % b, -six % b)
    # CHECK-NEXT: True True True True
    print((a // b) * b + a % b == a, (-a // b) * b + -a % b == -a,
          (a // -b) * -b + a % -b == a, (-a // -b) * -b + -a % -b == -a)
