# RUN: %mojoc run %s | %FileCheck %s
# A method may take any instance of its own struct (automatic
# parameterization), or only its own instance (`Self`).

struct Grid[rows: Int, cols: Int]:
    fn __init__(out self):
        pass

    fn same_rows(self, other: Grid) -> Bool:
        return rows == other.rows_count()

    fn rows_count(self) -> Int:
        return rows

    fn cells_with(self, other: Self) -> Int:
        return 2 * rows * cols


fn main():
    var g = Grid[2, 3]()
    # CHECK: True False
    print(g.same_rows(Grid[2, 9]()), g.same_rows(Grid[4, 3]()))
    # CHECK-NEXT: 12
    print(g.cells_with(Grid[2, 3]()))
