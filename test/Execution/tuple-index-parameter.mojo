# RUN: %mojoc run %s | %FileCheck %s
# A tuple's index may be a compile-time parameter: `t[n]` in a generic
# function, and `t[i]` in a `@parameter for`, are checked per instance,
# where the index has its value.

fn at[n: Int](t: (Int, Bool, Int)) -> Int:
    @parameter
    if n == 1:
        return 0
    else:
        return t[n]

fn sum_first[n: Int](t: (Int, Int, Int)) -> Int:
    var total = 0
    @parameter
    for i in range(n):
        total += t[i]
    return total

fn main():
    var t = (10, True, 30)
    # CHECK: 10 0 30
    print(at[0](t), at[1](t), at[2](t))
    var u = (1, 20, 300)
    # CHECK-NEXT: 21 321
    print(sum_first[2](u), sum_first[3](u))
    # In a plain function, each unrolled copy has its own constant.
    var s = 0
    @parameter
    for i in range(3):
        s += u[i] * (i + 1)
    # CHECK-NEXT: 941
    print(s)
