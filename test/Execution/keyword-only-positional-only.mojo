# RUN: %mojoc run %s | %FileCheck %s
# Parameters after `*` are keyword-only; parameters before `/` are
# positional-only.

fn kwonly(a: Int, *, scale: Int = 2, offset: Int) -> Int:
    return a * scale + offset

fn posonly(a: Int, /, b: Int) -> Int:
    return a - b

fn main():
    # CHECK: 7
    print(kwonly(3, offset=1))
    # CHECK-NEXT: 31
    print(kwonly(3, scale=10, offset=1))
    # CHECK-NEXT: 40
    print(kwonly(offset=4, a=4, scale=9))
    # CHECK-NEXT: 7 7
    print(posonly(10, 3), posonly(10, b=3))
