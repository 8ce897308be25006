# RUN: %mojoc run %s | %FileCheck %s
# A bound's associated alias is a compile-time value in a generic body: it
# bounds a `@parameter for`, binds another function's parameter and a
# struct's parameter, and enters arithmetic, per instance.

trait Sided:
    alias sides: Int


struct Triangle(Sided):
    alias sides = 3

    fn __init__(out self):
        pass


struct Hexagon(Sided):
    alias sides = 6

    fn __init__(out self):
        pass


struct Counter[n: Int]:
    fn __init__(out self):
        pass

    fn get(self) -> Int:
        return n


fn triple[n: Int]() -> Int:
    return 3 * n


fn corners[T: Sided]() -> Int:
    var total = 0

    @parameter
    for i in range(T.sides):
        total += i
    return total


fn derived[T: Sided]() -> Int:
    return triple[T.sides]() + Counter[T.sides + 1]().get()


fn main():
    # CHECK: 3 15
    print(corners[Triangle](), corners[Hexagon]())
    # CHECK-NEXT: 13 25
    print(derived[Triangle](), derived[Hexagon]())
