# RUN: %mojoc run %s | %FileCheck %s
# The 2-D `unroll[func, dim0, dim1]()`, row by row, through the `utils`
# package's re-export.

from utils import unroll


fn main():
    var trace = 0

    @parameter
    fn cell[i: Int, j: Int]():
        trace = trace * 10 + i * 3 + j

    unroll[cell, 2, 3]()
    # CHECK: 12345
    print(trace)
