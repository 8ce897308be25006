# RUN: %mojoc run %s | %FileCheck %s
# An `@parameter` closure bound beside a type parameter: the generic
# function is instantiated per (type, closure) pair and calls the closure
# with values read from its `T`.

trait Measured:
    fn size(self) -> Int:
        ...


@value
struct Rope(Measured):
    var length: Int

    fn size(self) -> Int:
        return self.length


fn for_each[T: Measured, body: fn (Int) capturing -> None](x: T):
    for i in range(x.size()):
        body(i)


fn count_with[body: fn (Int) capturing -> None](n: Int):
    # Passes its closure on, beside an inferred type.
    for_each[body=body](Rope(n))


fn main():
    var total = 0
    var calls = 0

    @parameter
    fn add(i: Int):
        total += i
        calls += 1

    for_each[Rope, add](Rope(4))
    # CHECK: 6 4
    print(total, calls)
    count_with[add](3)
    # CHECK-NEXT: 9 7
    print(total, calls)
