# RUN: %mojoc run %s | %FileCheck %s
# Structs of more than a few fields are returned through a slot of the
# caller rather than as values: by constructors (built in place), by
# functions and methods, in loops, and assigned over a live variable.

@value
struct Nine:
    var a: Int
    var b: Int
    var c: Int
    var d: Int
    var e: Int
    var f: Int
    var g: Int
    var h: Int
    var i: Int

    fn sum(self) -> Int:
        return self.a + self.b + self.c + self.d + self.e + self.f + self.g + self.h + self.i

    fn shifted(self, by: Int) -> Nine:
        return Nine(self.a + by, self.b + by, self.c + by, self.d + by,
                    self.e + by, self.f + by, self.g + by, self.h + by,
                    self.i + by)

struct Grid:
    var cells: Nine
    var scale: Int

    fn __init__(out self, scale: Int):
        self.scale = scale
        self.cells = Nine(1, 2, 3, 4, 5, 6, 7, 8, 9)
        if scale == 0:
            return
        self.cells = self.cells.shifted(scale)

fn make(base: Int) -> Nine:
    if base < 0:
        return Nine(0, 0, 0, 0, 0, 0, 0, 0, 0)
    return Nine(base, base, base, base, base, base, base, base, base)

fn main():
    # CHECK: 45 54 0
    print(Nine(1, 2, 3, 4, 5, 6, 7, 8, 9).sum(), make(6).sum(), make(-1).sum())
    var n = make(1)
    for k in range(3):
        n = n.shifted(k)
    # CHECK-NEXT: 36 4
    print(n.sum(), n.i)
    # CHECK-NEXT: 45 0 63 2
    var g0 = Grid(0)
    var g2 = Grid(2)
    print(g0.cells.sum(), g0.scale, g2.cells.sum(), g2.scale)
