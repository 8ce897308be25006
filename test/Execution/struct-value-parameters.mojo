# RUN: %mojoc run %s | %FileCheck %s
# A `@value` struct of `Int` and `Bool` fields, built by its fieldwise
# constructor from constants, is a compile-time value: it binds function
# and struct parameters (one instance per distinct value), `p.x` reads a
# field in a parameter expression, and `p` is a run-time value too.

@value
struct Point:
    var x: Int
    var y: Int


@value
struct Flagged:
    var on: Bool
    var n: Int


fn encode[p: Point]() -> Int:
    return p.x * 10 + p.y


fn echo[p: Point]() -> Point:
    return p


fn pick[f: Flagged]() -> Int:
    @parameter
    if f.on:
        return f.n
    return -1


struct Shifted[p: Point]:
    fn __init__(out self):
        pass

    fn sum(self) -> Int:
        alias s = p.x + p.y
        return s

    fn moved(self, by: Int) -> Int:
        var q = p
        q.x += by
        return q.x


alias origin = Point(0, 0)


fn main():
    # CHECK: 12 34
    print(encode[Point(1, 2)](), encode[Point(3, 4)]())
    # CHECK-NEXT: 6
    print(echo[Point(5, 6)]().y)
    # CHECK-NEXT: 7 -1
    print(pick[Flagged(True, 7)](), pick[Flagged(False, 7)]())
    # CHECK-NEXT: 7 12 0
    var a = Shifted[Point(2, 5)]()
    print(a.sum(), a.moved(10), Shifted[origin]().sum())
