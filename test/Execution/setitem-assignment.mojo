# RUN: %mojoc run %s | %FileCheck %s
# `v[i] = x` calls `__setitem__` on a value whose type has one; a tuple
# element is still assigned in place.

struct Grid:
    var cells: SIMD[DType.int32, 4]

    fn __init__(out self):
        self.cells = SIMD[DType.int32, 4](0)

    fn __getitem__(self, row: Int, col: Int) -> Int32:
        return self.cells[row * 2 + col]

    fn __setitem__(mut self, row: Int, col: Int, value: Int32):
        self.cells[row * 2 + col] = value


fn main():
    var v = SIMD[DType.float32, 4](0)
    for k in range(4):
        v[k] = Float32(k) * 1.5
    # CHECK: [0.0, 1.5, 3.0, 4.5] 4
    print(v, len(v))
    var g = Grid()
    g[1, 0] = 7
    g[0, 1] = g[1, 0] + 1
    # CHECK-NEXT: [0, 8, 7, 0] 7
    print(g.cells, g[1, 0])
    var t = (1, 2)
    t[1] = 5
    # CHECK-NEXT: 1 5
    print(t[0], t[1])
