# RUN: %mojoc run %s | %FileCheck %s
# With `unroll_factor=4` each offset is visited once, in increasing order.

from algorithm import vectorize


fn main():
    var next = 0
    var ok = True

    @parameter
    fn visit[w: Int](i: Int):
        if i != next:
            ok = False
        next = i + w

    vectorize[visit, 4, unroll_factor=4](101)
    # CHECK: True 101
    print(ok, next)
