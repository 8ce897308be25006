# RUN: %mojoc run %s | %FileCheck %s
# An `alias` of a parametric struct's instance is that instance: it builds
# values, calls static methods, reads `alias` members, names argument and
# result types, binds other parameters, and may itself be aliased, at module
# or function scope.

@value
struct Pair[A: CollectionElement, B: CollectionElement]:
    var first: A
    var second: B

    @staticmethod
    fn both(x: A, y: B) -> Self:
        return Self(x, y)


struct Grid[rows: Int, cols: Int]:
    alias cells = rows * cols

    fn __init__(out self):
        pass


alias IntBool = Pair[Int, Bool]
alias Same = IntBool
alias Nested = Pair[IntBool, Int]
alias Wide = Grid[2, 8]


fn flip(p: IntBool) -> Pair[Bool, Int]:
    return Pair(p.second, p.first)


fn main():
    var p = Same(3, True)
    # CHECK: True 3
    var f = flip(p)
    print(f.first, f.second)
    # CHECK-NEXT: 4 False
    var q = IntBool.both(4, False)
    print(q.first, q.second)
    # CHECK-NEXT: 5 9
    var n = Nested(IntBool(5, True), 9)
    print(n.first.first, n.second)
    # CHECK-NEXT: 16
    print(Wide.cells)
    # Its `alias` members are compile-time values, in parameters too.
    alias Local = Grid[Wide.cells, 2]
    alias Twice = Local.cells
    # CHECK-NEXT: 32 32
    print(Local.cells, Twice)
    # CHECK-NEXT: 48
    print(Grid[Grid[2, 8].cells, 3].cells)
