# RUN: %mojoc run %s | %FileCheck %s
# A struct's parameters read through a value of it (`g.rows`), in
# expressions and as compile-time parameters (`f[g.cols]()`), like its
# `alias` members.


struct Grid[rows: Int, cols: Int]:
    alias cells = rows * cols

    fn __init__(out self):
        pass

    fn area(self) -> Int:
        return self.rows * self.cols


fn twice[n: Int]() -> Int:
    return 2 * n


fn main():
    var g = Grid[3, 4]()
    # CHECK: 3 4 12 12 8
    print(g.rows, g.cols, g.area(), g.cells, twice[g.cols]())
