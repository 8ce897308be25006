# RUN: %mojoc run %s | %FileCheck %s --implicit-check-not=wrong
# `for ... else` runs the `else` when the loop ends without `break`,
# including for an empty range.

fn find(limit: Int, target: Int) -> Int:
    for i in range(limit):
        if i == target:
            print("found", i)
            break
    else:
        print("not found")
        return -1
    return target

fn main():
    # CHECK: found 3
    # CHECK-NEXT: 3
    print(find(10, 3))
    # CHECK-NEXT: not found
    # CHECK-NEXT: -1
    print(find(3, 7))
    for i in range(0):
        print("wrong: body")
    else:
        print("empty else")
    # CHECK-NEXT: empty else
    for i in range(3):
        if i == 1:
            continue
    else:
        print("else after continue")
    # CHECK-NEXT: else after continue
