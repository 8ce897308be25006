# RUN: %mojoc run %s | %FileCheck %s
# Floats and SIMD values computed at compile time: the interpreter folds
# the stdlib's `arith` ops through MLIR's folders, and the constants are
# put back into the program.

fn mean(a: Float64, b: Float64) -> Float64:
    return (a + b) / 2


fn largest[n: Int](v: SIMD[DType.int32, n]) -> Int32:
    return v.reduce_max()


alias HALF = 1.0 / 2.0
alias MEAN = mean(1.5, 2.5)
alias DOUBLED = SIMD[DType.int32, 4](21) * 2
alias BIGGEST = largest[4](SIMD[DType.int32, 4](7) - 3)
alias FLOAT_BITS = DType.float32.bitwidth()


fn main():
    # CHECK: 0.5 2.0
    print(HALF, MEAN)
    # CHECK-NEXT: [42, 42, 42, 42] 4 32
    print(DOUBLED, BIGGEST, FLOAT_BITS)
    # CHECK-NEXT: 0.30000000000000004
    alias tenth_sum = 0.1 + 0.2
    print(tenth_sum)
