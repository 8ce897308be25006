# RUN: %mojoc run %s | %FileCheck %s
# Automatic parameterization (LANGUAGE.md §8): an argument typed with a
# parametric struct left unbound (`Grid`, `Grid[_, 3]`) takes any instance
# that fits, and the function gets one instance per argument type.

struct Grid[rows: Int, cols: Int = 2]:
    fn __init__(out self):
        pass

    fn area(self) -> Int:
        return rows * cols


@value
struct Pair[A: CollectionElement, B: CollectionElement]:
    var first: A
    var second: B


fn area_of(g: Grid) -> Int:
    return g.area()


fn three_columns(g: Grid[_, 3]) -> Int:
    return g.area()


fn rows_of(g: Grid[*_]) -> Int:
    return g.area()


fn first_int(p: Pair[Int, _]) -> Int:
    return p.first


fn main():
    # CHECK: 6 20
    print(area_of(Grid[3]()), area_of(Grid[4, 5]()))
    # CHECK-NEXT: 6
    print(three_columns(Grid[2, 3]()))
    # CHECK-NEXT: 8
    print(rows_of(Grid[4]()))
    # CHECK-NEXT: 7 9
    print(first_int(Pair(7, True)), first_int(Pair(9, 10)))
