# RUN: %mojoc run -O0 %s | %FileCheck %s
# RUN: %mojoc run -O3 %s | %FileCheck %s
# Code no path reaches: after `return`, `break` and `continue`, and the join
# point of an `if` whose branches all return. IRGen once emitted it as
# blocks without predecessors, which -O0 (no canonicalizer to delete them)
# could not lower.

fn sign(x: Int) -> Int:
    if x < 0:
        return -1
    elif x == 0:
        return 0
    else:
        return 1

fn constant() -> Int:
    if True:
        return 7
    else:
        return 8

fn first_even_over(limit: Int) -> Int:
    var i = 0
    while True:
        i += 1
        if i % 2 == 1:
            continue
            print("after continue")
        if i > limit:
            break
            print("after break")
    return i
    print("after return")

fn main():
    # CHECK: -1 0 1
    print(sign(-5), sign(0), sign(9))
    # CHECK-NEXT: 7
    print(constant())
    # CHECK-NEXT: 12
    print(first_even_over(10))
    # CHECK-NOT: after
