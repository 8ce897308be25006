# RUN: %mojoc run %s | %FileCheck %s
# A method whose `self` repeats a value parameter (`self: Grid[n, n]`)
# exists only for the instances whose values agree, here square grids; the
# struct's other methods exist for all.

struct Grid[rows: Int, cols: Int]:
    fn __init__(out self):
        pass

    fn diagonal[n: Int, //](self: Grid[n, n]) -> Int:
        return n

    fn transposed_area[r: Int, c: Int, //](self: Grid[r, c]) -> Int:
        return c * r

    fn cells(self) -> Int:
        return rows * cols


fn main():
    # CHECK: 3 5
    print(Grid[3, 3]().diagonal(), Grid[5, 5]().diagonal())
    # CHECK-NEXT: 12 12
    print(Grid[3, 4]().transposed_area(), Grid[3, 4]().cells())
