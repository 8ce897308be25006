# RUN: %mojoc run %s | %FileCheck %s
# A variadic parameter's values are compile-time values: usable in
# `alias`es, `@parameter if` and other parameters.

fn pick[*sizes: Int]() -> Int:
    alias last = sizes[len(sizes) - 1]
    @parameter
    if len(sizes) > 2:
        return last * 100
    else:
        return last

fn width[n: Int]() -> Int:
    return n

fn forward[*sizes: Int]() -> Int:
    return width[sizes[1]]()

fn main():
    # CHECK: 300
    print(pick[1, 2, 3]())
    # CHECK-NEXT: 5
    print(pick[4, 5]())
    # CHECK-NEXT: 42
    print(forward[1, 42]())
