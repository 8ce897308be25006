# Sums 1 << 24 float32 values with `vectorize`: the Mojo program of
# bench/simd_sum (the same data, sums and output as simd_sum.c there).
#
# The array holds (i % 11) // 4, that is 0, 1 or 2, and is summed REPS
# times; after each sum one element grows by 1, so that no sum can be
# reused. Every partial sum is an integer below 2^24, so each addition is
# exact and the result does not depend on the vector width or the order.

from algorithm import vectorize
from memory import UnsafePointer

alias N = 1 << 24
alias REPS = 48
alias WIDTH = 16


fn simd_sum(a: UnsafePointer[Float32], n: Int) -> Float32:
    """The sum of a[0] ... a[n - 1]: WIDTH lanes at a time, then the rest."""
    var acc = SIMD[DType.float32, WIDTH](0)
    var rest = Float32(0)

    @parameter
    fn add[width: Int](i: Int):
        @parameter
        if width == WIDTH:
            acc += a.load[width=WIDTH](i)
        else:
            rest += a.load[width=width](i).reduce_add()

    vectorize[add, WIDTH](n)
    return acc.reduce_add() + rest


fn main():
    var a = UnsafePointer[Float32].alloc(N)
    for i in range(N):
        a[i] = Float32((i % 11) // 4)
    var first = Float32(0)
    var total = 0
    for r in range(REPS):
        var sum = simd_sum(a, N)
        if r == 0:
            first = sum
        total += sum.__int__()
        a[r * 4099 % N] += 1.0
    print(first)
    print(total)
    a.free()
