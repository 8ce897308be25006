# RUN: %mojoc run %s | %FileCheck %s
# A struct's value parameters drive `@parameter if` and `@parameter for`
# in its methods, per instance.

struct Unrolled[n: Int]:
    fn __init__(out self):
        pass

    fn sum_to(self) -> Int:
        var total = 0

        @parameter
        for i in range(n):
            total += i
        return total

    fn kind(self) -> Int:
        @parameter
        if n > 3:
            return 1
        else:
            return 0


fn main():
    # CHECK: 10 1
    print(Unrolled[5]().sum_to(), Unrolled[5]().kind())
    # CHECK-NEXT: 1 0
    print(Unrolled[2]().sum_to(), Unrolled[2]().kind())
