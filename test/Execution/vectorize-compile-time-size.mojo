# RUN: %mojoc run %s | %FileCheck %s
# `vectorize[func, w, size=n]()`: the size as a keyword parameter.

from algorithm import vectorize


fn main():
    var total = 0
    var calls = 0

    @parameter
    fn add[w: Int](i: Int):
        total += w
        calls += 1

    vectorize[add, 8, size=21]()
    # 21 = 8 + 8 + 4 + 1
    # CHECK: 21 4
    print(total, calls)
    total = 0
    calls = 0
    vectorize[add, 4, size=16, unroll_factor=2]()
    # CHECK-NEXT: 16 4
    print(total, calls)
