# RUN: %mojoc run %s | %FileCheck %s
# Run-time arguments of `capturing` function types take closures (with
# their environment) and plain functions (through a trampoline) alike.

fn apply(f: fn(Int) capturing -> Int, x: Int) -> Int:
    return f(x)

fn negate(x: Int) -> Int:
    return -x

fn main():
    var offset = 100
    fn shift(x: Int) -> Int:
        return x + offset
    # CHECK: 101
    print(apply(shift, 1))
    offset = 200
    # CHECK-NEXT: 201
    print(apply(shift, 1))
    # CHECK-NEXT: -7
    print(apply(negate, 7))
    var f = shift
    # CHECK-NEXT: 205
    print(f(5))
    var g: fn(Int) capturing -> Int = negate
    # CHECK-NEXT: -3
    print(apply(g, 3))
