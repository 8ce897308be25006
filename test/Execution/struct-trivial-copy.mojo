# RUN: %mojoc run %s | %FileCheck %s
# A `@register_passable("trivial")` struct is copied by value: changing the
# copy, or a `mut` argument's caller-side variable, behaves as values do.

@register_passable("trivial")
struct Point:
    var x: Int
    var y: Int

    fn __init__(out self, x: Int, y: Int):
        self.x = x
        self.y = y

fn moved(p: Point, dx: Int) -> Point:
    return Point(p.x + dx, p.y)

fn shift(mut p: Point):
    p.x += 100

fn main():
    var a = Point(1, 2)
    var b = a
    b.x = 10
    # CHECK: 1 10
    print(a.x, b.x)
    var c = moved(a, 5)
    # CHECK-NEXT: 1 6 2
    print(a.x, c.x, c.y)
    shift(a)
    # CHECK-NEXT: 101 10
    print(a.x, b.x)
