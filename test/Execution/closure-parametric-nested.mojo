# RUN: %mojoc run %s | %FileCheck %s
# Parametric closures calling each other and declared inside each other:
# an inner one reaches the variables of the outermost function through the
# one between.

from utils.loop import unroll


fn main():
    var total = 0

    @parameter
    fn outer[a: Int]():
        @parameter
        fn inner[b: Int]():
            total += a * 10 + b

        unroll[inner, 3]()

    unroll[outer, 2]()
    # CHECK: 36
    print(total)

    var c = 0

    @parameter
    fn leaf[w: Int](i: Int):
        c += w * i

    @parameter
    fn mid[w: Int](i: Int):
        leaf[w](i)
        leaf[1](i)

    mid[2](3)
    mid[4](1)
    # CHECK-NEXT: 14
    print(c)
