# RUN: %mojoc run %s | %FileCheck %s
# A function is a value of a function type: passed as an argument, held in a
# variable, reassigned, and called through it (an indirect call).

fn double(x: Int) -> Int:
    return x * 2

fn inc(x: Int) -> Int:
    return x + 1

fn add(a: Int, b: Int) -> Int:
    return a + b

fn pick(x: Int) -> Int:
    return x + 100

fn pick(x: Int, y: Int) -> Int:
    return x + y + 1000

fn apply(f: fn(Int) -> Int, x: Int) -> Int:
    return f(x)

fn fold(f: fn(Int, Int) -> Int, a: Int, b: Int, c: Int) -> Int:
    return f(f(a, b), c)

fn bump(mut x: Int):
    x += 1

fn twice_mut(f: fn(mut Int) -> None, mut x: Int):
    f(x)
    f(x)

fn main():
    # CHECK: 10
    print(apply(double, 5))
    # CHECK-NEXT: 6
    print(apply(inc, 5))
    # CHECK-NEXT: 6
    print(fold(add, 1, 2, 3))
    var g = double
    # CHECK-NEXT: 42
    print(g(21))
    g = inc
    # CHECK-NEXT: 22
    print(g(21))
    # CHECK-NEXT: 23
    print(apply(g, 22))
    # The expected type chooses among overloads.
    # CHECK-NEXT: 101
    print(apply(pick, 1))
    # CHECK-NEXT: 1003
    print(fold(pick, 1, 2, 0) - 1000)
    var h: fn(Int) -> Int = pick
    # CHECK-NEXT: 107
    print(h(7))
    var n = 1
    twice_mut(bump, n)
    # CHECK-NEXT: 3
    print(n)
