# RUN: %mojoc run %s | %FileCheck %s
# A function declared `-> ref [origin] T` returns a place: its call can be
# read, assigned, updated in place, and passed `mut`, and the change is to
# the memory it refers to.


struct Grid:
    var cells: Int
    var other: Int

    fn __init__(out self):
        self.cells = 1
        self.other = 2

    fn at(ref self, i: Int) -> ref [self] Int:
        if i == 0:
            return self.cells
        return self.other


fn first(mut g: Grid) -> ref [g] Int:
    return g.at(0)


fn triple(mut x: Int):
    x *= 3


fn main():
    var g = Grid()
    g.at(1) = 5
    g.at(0) += 10
    triple(g.at(1))
    # CHECK: 11 15
    print(g.cells, g.other)
    first(g) = 7
    var copy = g.at(0)
    copy += 1
    # CHECK-NEXT: 7 8 15
    print(g.at(0), copy, g.at(1))
