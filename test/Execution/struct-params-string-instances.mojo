# RUN: %mojoc run %s | %FileCheck %s
# String-literal and `Bool` values as struct parameters: each distinct value
# is its own instance (overloads tell them apart), equal values computed
# differently are one, and methods read the values.

struct Unit[name: StringLiteral, metric: Bool]:
    var amount: Int

    fn __init__(out self, amount: Int):
        self.amount = amount

    fn show(self):
        print(self.amount, name, "metric" if metric else "imperial")


fn kind(u: Unit["m", True]) -> Int:
    return 1


fn kind(u: Unit["ft", False]) -> Int:
    return 2


fn main():
    # CHECK: 3 m metric
    Unit["m", True](3).show()
    # CHECK-NEXT: 5 ft imperial
    Unit["ft", False](5).show()
    # CHECK-NEXT: 1 2
    print(kind(Unit["m", True](0)), kind(Unit["ft", False](0)))
    # `"f" + "t"` and `not True` are the values of the second instance.
    # CHECK-NEXT: 2
    print(kind(Unit["f" + "t", not True](0)))
