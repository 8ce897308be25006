# RUN: %mojoc run %s | %FileCheck %s
# `mut` reaches the caller's variable: directly, through a field of it, and
# as the receiver of a `mut self` method; `inout` is the older spelling.

struct Counter:
    var n: Int

    fn __init__(out self):
        self.n = 0

    fn step(mut self, by: Int):
        self.n += by

struct Pair:
    var left: Counter
    var right: Counter

    fn __init__(out self):
        self.left = Counter()
        self.right = Counter()

fn double(mut x: Int):
    x = x * 2

fn step_twice(inout c: Counter):
    c.step(1)
    c.step(1)

fn main():
    var a = 21
    double(a)
    # CHECK: 42
    print(a)
    var c = Counter()
    c.step(5)
    # CHECK-NEXT: 5
    print(c.n)
    step_twice(c)
    # CHECK-NEXT: 7
    print(c.n)
    var p = Pair()
    p.right.step(3)
    double(p.right.n)
    step_twice(p.left)
    # CHECK-NEXT: 2 6
    print(p.left.n, p.right.n)
