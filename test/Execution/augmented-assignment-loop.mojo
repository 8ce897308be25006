# RUN: %mojoc run %s | %FileCheck %s
# Augmented assignment to a variable declared outside the loop accumulates
# across iterations.

fn main():
    var total = 0
    var product = 1
    for i in range(1, 11):
        total += i
        product *= i
    # CHECK: 55 3628800
    print(total, product)
    var bits = 0
    for i in range(0, 8, 2):
        bits |= 1 << i
    # CHECK-NEXT: 85
    print(bits)
