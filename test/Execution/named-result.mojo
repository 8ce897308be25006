# RUN: %mojoc run %s | %FileCheck %s
# An `out` argument is a named result: callers pass nothing and get it
# back; a bare `return` returns it as built so far (LANGUAGE.md §4).

struct Point:
    var x: Int
    var y: Int

    fn __init__(out self, x: Int, y: Int):
        self.x = x
        self.y = y

fn origin(out result: Point):
    result = Point(0, 0)

fn clamp(v: Int, out r: Int):
    r = v
    if v > 10:
        r = 10
        return
    if v < 0:
        r = 0
        return

fn fieldwise(a: Int, out p: Point, b: Int):
    p.x = a
    p.y = p.x + b

fn legacy(v: Int) -> Int as r:
    r = v + 1

struct Maker:
    var base: Int

    fn __init__(out self, base: Int):
        self.base = base

    fn make(self, out p: Point):
        p = Point(self.base, self.base + 1)

fn main():
    var o = origin()
    # CHECK: 0 0
    print(o.x, o.y)
    # CHECK-NEXT: 10 0 5
    print(clamp(42), clamp(-3), clamp(5))
    var f = fieldwise(3, 4)
    # CHECK-NEXT: 3 7
    print(f.x, f.y)
    # CHECK-NEXT: 8
    print(legacy(7))
    var p = Maker(20).make()
    # CHECK-NEXT: 20 21
    print(p.x, p.y)
