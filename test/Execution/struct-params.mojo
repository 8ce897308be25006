# RUN: %mojoc run %s | %FileCheck %s
# Struct parameters (LANGUAGE.md §8): type and value parameters, defaults,
# keywords, `Self` and parameter names inside methods, `alias` members,
# static methods, and instances keyed by their parameter values.

@value
struct Pair[A: CollectionElement, B: CollectionElement]:
    var first: A
    var second: B

    fn get_first(self) -> A:
        return self.first

    fn swapped(self) -> Pair[B, A]:
        return Pair[B, A](self.second, self.first)

    fn same(self) -> Self:
        return Self(self.first, self.second)


struct Grid[rows: Int, cols: Int = 2]:
    alias size = rows * cols

    fn __init__(out self):
        pass

    fn area(self) -> Int:
        return rows * cols

    @staticmethod
    fn describe() -> Int:
        return Self.size


struct Flag[on: Bool, label: StringLiteral]:
    fn __init__(out self):
        pass

    fn show(self):
        print(label, on)


alias IntPair = Pair[Int, Int]
alias Three = 3


fn sum_pair(p: IntPair) -> Int:
    return p.first + p.second


fn main():
    # CHECK: 3 False
    var q = Pair[Int, Bool](3, False)
    print(q.first, q.second)
    # CHECK-NEXT: 3
    print(q.get_first())
    # CHECK-NEXT: False 3
    var r = q.swapped()
    print(r.first, r.second)
    # CHECK-NEXT: 3 False
    var s = q.same()
    print(s.first, s.second)
    # CHECK-NEXT: 6
    print(Grid[3]().area())
    # CHECK-NEXT: 20
    print(Grid[cols=4, rows=5]().area())
    # CHECK-NEXT: 4 8
    print(Grid[2, 2].size, Grid[4].describe())
    # An alias and a literal bind the same instance.
    # CHECK-NEXT: 6
    var g: Grid[Three] = Grid[3]()
    print(g.area())
    # CHECK-NEXT: 11
    print(sum_pair(IntPair(5, 6)))
    # CHECK-NEXT: yes True
    Flag[True, "yes"]().show()
