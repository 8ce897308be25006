# RUN: %mojoc run %s | %FileCheck %s
# `name = value` with no visible binding declares a function-scoped
# variable: it stays visible after the block that first assigned it.

fn branch_scope(flag: Bool) -> Int:
    if flag:
        result = 1
    else:
        result = 2
    return result

fn loop_scope() -> Int:
    for i in range(5):
        last = i * i
    return last

fn nested_scope() -> Int:
    var n = 0
    while n < 3:
        if n == 1:
            seen = n + 100
        n += 1
    return seen

fn main():
    # CHECK: 1 2
    print(branch_scope(True), branch_scope(False))
    # CHECK-NEXT: 16
    print(loop_scope())
    # CHECK-NEXT: 101
    print(nested_scope())
    count = 3
    count = count + 1
    # CHECK-NEXT: 4
    print(count)
