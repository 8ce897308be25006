# RUN: %mojoc run %s | %FileCheck %s
# `vectorize` with a size that is a multiple of the width: every call is a
# whole vector, at 0, w, 2w, ...

from algorithm import vectorize


fn main():
    var total = 0
    var calls = 0
    var last = -1

    @parameter
    fn add[w: Int](i: Int):
        total += w
        calls += 1
        last = i

    vectorize[add, 8](100 - 4)
    # CHECK: 96 12 88
    print(total, calls, last)
