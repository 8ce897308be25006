# RUN: %mojoc run %s | %FileCheck %s
# A Mojo-style vectorized matmul: a struct over UnsafePointer[Scalar[type]] with
# its dimensions as parameters (read through values: `C.cols`, also as a
# parameter of `vectorize`), a generic kernel whose `@parameter` closure
# captures the matrices (values with destructors) by reference.
from memory import UnsafePointer, memset_zero
from algorithm import vectorize
from sys.info import simdwidthof

alias type = DType.float32
alias nelts = simdwidthof[type]() * 2

struct Matrix[rows: Int, cols: Int]:
    var data: UnsafePointer[Scalar[type]]

    fn __init__(out self):
        self.data = UnsafePointer[Scalar[type]].alloc(rows * cols)
        memset_zero(self.data, rows * cols)

    fn __del__(owned self):
        self.data.free()

    fn __getitem__(self, y: Int, x: Int) -> Scalar[type]:
        return self.load(y, x)

    fn __setitem__(mut self, y: Int, x: Int, val: Scalar[type]):
        self.store(y, x, val)

    fn load[nelts: Int = 1](self, y: Int, x: Int) -> SIMD[type, nelts]:
        return self.data.load[width=nelts](y * self.cols + x)

    fn store[nelts: Int = 1](self, y: Int, x: Int, val: SIMD[type, nelts]):
        self.data.store(y * self.cols + x, val)

fn matmul_vectorized[M: Int, N: Int, K: Int](mut C: Matrix[M, N], A: Matrix[M, K], B: Matrix[K, N]):
    for m in range(C.rows):
        for k in range(A.cols):
            @parameter
            fn dot[nelts: Int](n: Int):
                C.store[nelts](m, n, C.load[nelts](m, n) + A[m, k] * B.load[nelts](k, n))
            vectorize[dot, nelts, size = C.cols]()

fn main():
    var A = Matrix[4, 3]()
    var B = Matrix[3, 5]()
    var C = Matrix[4, 5]()
    for i in range(4):
        for j in range(3):
            A[i, j] = i + j
    for i in range(3):
        for j in range(5):
            B[i, j] = i * j
    matmul_vectorized(C, A, B)
    # CHECK: 56.0 0.0 11.0 56
    print(C[3, 4], C[0, 0], C[2, 1], Int(C[3, 4]))
