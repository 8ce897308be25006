# RUN: %mojoc run %s | %FileCheck %s
# `unroll[func, count]()` calls `func[0]()` ... `func[count - 1]()`.

from utils.loop import unroll


fn main():
    var digits = 0

    @parameter
    fn step[i: Int]():
        digits = digits * 10 + i + 1

    unroll[step, 4]()
    # CHECK: 1234
    print(digits)
    unroll[step, 0]()
    # CHECK-NEXT: 1234
    print(digits)
