# RUN: %mojoc run %s | %FileCheck %s
# `vectorize` over nothing calls nothing, and a width of 1 calls once per
# item.

from algorithm import vectorize


fn main():
    var calls = 0

    @parameter
    fn count[w: Int](i: Int):
        calls += 1

    vectorize[count, 8](0)
    # CHECK: 0
    print(calls)
    vectorize[count, 1](5)
    # CHECK-NEXT: 5
    print(calls)
