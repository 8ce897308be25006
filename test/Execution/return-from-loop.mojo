# RUN: %mojoc run %s | %FileCheck %s
# `return` inside nested loops leaves the whole function at once.

fn first_pair(target: Int) -> Int:
    for i in range(10):
        var j = 0
        while j < 10:
            if i * 10 + j == target:
                return i * 100 + j
            j += 1
    return -1

fn main():
    # CHECK: 407
    print(first_pair(47))
    # CHECK-NEXT: -1
    print(first_pair(100))
