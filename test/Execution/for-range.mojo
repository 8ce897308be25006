# RUN: %mojoc run %s | %FileCheck %s
# `for i in range(...)` with one, two and three arguments.

fn main():
    for i in range(4):
        print(i, end=" ")
    print()
    # CHECK: 0 1 2 3
    for i in range(3, 7):
        print(i, end=" ")
    print()
    # CHECK-NEXT: 3 4 5 6
    for i in range(0, 10, 3):
        print(i, end=" ")
    print()
    # CHECK-NEXT: 0 3 6 9
    for i in range(10, 0, -3):
        print(i, end=" ")
    print()
    # CHECK-NEXT: 10 7 4 1
    for i in range(-2, 3):
        print(i, end=" ")
    print()
    # CHECK-NEXT: -2 -1 0 1 2
    var n = 5
    var total = 0
    for i in range(n):
        total += i
    # CHECK-NEXT: 10
    print(total)
