# RUN: %mojoc run %s | %FileCheck %s
# An `@implicit` constructor converts a value of its argument type where the
# struct is expected: in a typed `var`, an argument, a return and an
# assignment.

struct Meters:
    var value: Int

    @implicit
    fn __init__(out self, value: Int):
        self.value = value

fn describe(m: Meters):
    print("meters:", m.value)

fn as_meters(n: Int) -> Meters:
    return n

fn main():
    var n = 5
    # CHECK: meters: 5
    describe(n)
    var m: Meters = n * 2
    # CHECK-NEXT: 10
    print(m.value)
    # CHECK-NEXT: 7
    print(as_meters(7).value)
    m = n + 100
    # CHECK-NEXT: 105
    print(m.value)
