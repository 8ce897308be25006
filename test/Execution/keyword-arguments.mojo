# RUN: %mojoc run %s | %FileCheck %s
# Keyword arguments in any order, and defaults filled in for what is omitted.

fn combine(a: Int, b: Int = 10, c: Int = 100) -> Int:
    return a * 10000 + b * 100 + c

fn main():
    # CHECK: 11100
    print(combine(1))
    # CHECK-NEXT: 10400
    print(combine(1, 3))
    # CHECK-NEXT: 10304
    print(combine(1, 3, 4))
    # CHECK-NEXT: 11005
    print(combine(1, c=5))
    # CHECK-NEXT: 30201
    print(combine(c=1, b=2, a=3))
    # CHECK-NEXT: 70807
    print(combine(7, c=7, b=8))
