# RUN: %mojoc run %s | %FileCheck %s
# `name = value` with no visible binding declares a function-scoped
# variable: it stays visible after the block that first assigned it (every
# path assigns it before the read, so it is definitely initialized).

fn branch_scope(flag: Bool) -> Int:
    if flag:
        result = 1
    else:
        result = 2
    return result

fn nested_scope(a: Int, b: Int) -> Int:
    if a > 0:
        if b > 0:
            quadrant = 1
        else:
            quadrant = 4
    elif b > 0:
        quadrant = 2
    else:
        quadrant = 3
    return quadrant

fn main():
    # CHECK: 1 2
    print(branch_scope(True), branch_scope(False))
    # CHECK-NEXT: 1 4 2 3
    print(nested_scope(1, 1), nested_scope(1, -1), nested_scope(-1, 1), nested_scope(-1, -1))
    for i in range(3):
        if i % 2 == 0:
            kind = "even"
        else:
            kind = "odd"
        print(i, kind)
    # CHECK-NEXT: 0 even
    # CHECK-NEXT: 1 odd
    # CHECK-NEXT: 2 even
    count = 3
    count = count + 1
    # CHECK-NEXT: 4
    print(count)
