# RUN: %mojoc run %s | %FileCheck %s
# Int division and modulo by zero do not trap: both return 0.

fn main():
    var x = 42
    var zero = 0
    # CHECK: 0
    print(x // zero)
    # CHECK-NEXT: 0
    print(x % zero)
    # CHECK-NEXT: 0 0
    print(-x // zero, -x % zero)
    x //= zero
    # CHECK-NEXT: 0
    print(x)
