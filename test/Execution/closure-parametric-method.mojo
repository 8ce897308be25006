# RUN: %mojoc run %s | %FileCheck %s
# A parametric closure in a method captures `self` (a `mut` argument) and
# in a generic function its parameter value: each instance of the method's
# or function's closure changes what its own caller sees.

from algorithm import vectorize


@value
struct Acc:
    var total: Int

    fn run(mut self, n: Int):
        @parameter
        fn body[w: Int](i: Int):
            self.total += w

        vectorize[body, 2](n)


fn widths_times_n[n: Int]() -> Int:
    var t = 0

    @parameter
    fn add[w: Int](i: Int):
        t += w * n

    vectorize[add, 4](n)
    return t


fn main():
    var a = Acc(0)
    a.run(7)
    a.run(2)
    # CHECK: 9
    print(a.total)
    # CHECK-NEXT: 25 64
    print(widths_times_n[5](), widths_times_n[8]())
