# RUN: %mojoc run %s | %FileCheck %s
# Parameter values may be computed (arithmetic on literals and aliases,
# comparisons for a `Bool` parameter); equal values name one instance, so
# `Grid[2 * 3, N + 1]` and `Grid[6, 4]` convert to each other freely.

alias N = 3


struct Grid[rows: Int, cols: Int]:
    fn __init__(out self):
        pass

    fn cells(self) -> Int:
        return rows * cols


struct Flag[on: Bool]:
    fn __init__(out self):
        pass

    fn get(self) -> Bool:
        return on


@value
struct Box[T: CollectionElement = Int]:
    var item: T

    @staticmethod
    fn zero() -> Int:
        return 0

    fn get(self) -> T:
        return self.item


fn takes(a: Grid[6, N + 1], b: Grid[2 * 3, 4]) -> Int:
    return a.cells() + b.cells()


fn main():
    # CHECK: 48
    print(takes(Grid[6, 4](), Grid[N + N, 2 * 2]()))
    # CHECK-NEXT: True False
    print(Flag[N > 2]().get(), Flag[N == 2 or N < 0]().get())
    # A defaulted type parameter: used when nothing binds it, and beaten
    # by an inferred type.
    # CHECK-NEXT: 0 True
    print(Box.zero(), Box(True).get())
