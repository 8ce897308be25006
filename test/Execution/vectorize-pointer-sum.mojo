# RUN: %mojoc run %s | %FileCheck %s
# The building blocks of a kernel together: `vectorize` over memory from
# `UnsafePointer.alloc`, loading and storing vectors of the widths it asks
# for (a whole-width body and narrower remainders), as examples/simd_sum.mojo
# does at scale.
from algorithm import vectorize
from memory import UnsafePointer
from sys.info import simdwidthof

alias W = simdwidthof[DType.float32]()


fn vector_sum(a: UnsafePointer[Float32], n: Int) -> Float32:
    var acc = SIMD[DType.float32, W](0)
    var rest = Float32(0)

    @parameter
    fn add[width: Int](i: Int):
        @parameter
        if width == W:
            acc += a.load[width=W](i)
        else:
            rest += a.load[width=width](i).reduce_add()

    vectorize[add, W](n)
    return acc.reduce_add() + rest


fn scale(a: UnsafePointer[Float32], n: Int, k: Float32):
    @parameter
    fn body[width: Int](i: Int):
        a.store(i, a.load[width=width](i) * k)

    vectorize[body, W, unroll_factor=2](n)


fn main():
    for n in range(0, 70, 23):
        var a = UnsafePointer[Float32].alloc(n + 1)
        var expected = Float32(0)
        for i in range(n):
            a[i] = Float32(i % 7)
            expected += Float32(i % 7)
        a[n] = 1000
        scale(a, n, 2)
        # CHECK: 0 True 1000.0
        # CHECK-NEXT: 23 True 1000.0
        # CHECK-NEXT: 46 True 1000.0
        # CHECK-NEXT: 69 True 1000.0
        print(n, vector_sum(a, n) == 2 * expected, a[n])
        a.free()
