# RUN: %mojoc run %s | %FileCheck %s
# `unroll_factor`: the same calls, in the same order, however many vectors
# one step covers; leftover whole vectors and the tail still run.

from algorithm import vectorize


fn main():
    var trace = 0
    var covered = 0

    @parameter
    fn record[w: Int](i: Int):
        trace = trace * 10 + w
        covered += w

    vectorize[record, 4, unroll_factor=2](23)
    # 23 = 2 * (4 + 4) + 4 + 2 + 1
    # CHECK: 4444421 23
    print(trace, covered)
    trace = 0
    covered = 0
    vectorize[record, 2, unroll_factor=4](19)
    # 19 = 2 * 8 + 2 + 1
    # CHECK-NEXT: 2222222221 19
    print(trace, covered)
