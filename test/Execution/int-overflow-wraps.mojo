# RUN: %mojoc run %s | %FileCheck %s
# Int is a 64-bit machine word: arithmetic on runtime values wraps around.

fn main():
    var max = 9223372036854775807
    var min = -9223372036854775807 - 1
    # CHECK: -9223372036854775808
    print(max + 1)
    # CHECK-NEXT: 9223372036854775807
    print(min - 1)
    # CHECK-NEXT: -2
    print(max * 2)
    # CHECK-NEXT: -9223372036854775808
    print(-min)
    var x = max
    x += 1
    # CHECK-NEXT: True
    print(x == min)
