# RUN: %mojoc run %s | %FileCheck %s
# `break` and `continue` apply to the innermost loop only.

fn main():
    for i in range(3):
        for j in range(4):
            if j == 1:
                continue
            if j == 3:
                break
            print(i, j)
        print("end of row", i)
    # CHECK: 0 0
    # CHECK-NEXT: 0 2
    # CHECK-NEXT: end of row 0
    # CHECK-NEXT: 1 0
    # CHECK-NEXT: 1 2
    # CHECK-NEXT: end of row 1
    # CHECK-NEXT: 2 0
    # CHECK-NEXT: 2 2
    # CHECK-NEXT: end of row 2

    # A `while` inside a `for`, leaving the outer loop with a flag.
    var found = False
    for a in range(1, 10):
        var b = 1
        while b < 10:
            if a * b == 42:
                found = True
                break
            b += 1
        if found:
            print("factors", a, b)
            break
    # CHECK-NEXT: factors 6 7
