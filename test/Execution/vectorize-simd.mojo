# RUN: %mojoc run %s | %FileCheck %s
# The closure builds a SIMD vector of its width: a sum over 13 items of
# 1.5 each, in vectors of 8, 4 and 1.

from algorithm import vectorize


fn main():
    var acc: Float32 = 0
    var widest = 0

    @parameter
    fn sum[w: Int](i: Int):
        acc += SIMD[DType.float32, w](1.5).reduce_add()
        if w > widest:
            widest = w

    vectorize[sum, 8](13)
    # CHECK: 19.5 8
    print(acc, widest)
