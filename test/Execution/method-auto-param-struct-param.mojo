# RUN: %mojoc run %s | FileCheck %s
# A method's automatically parameterized argument may name its struct's
# own parameters: `other: Box[T, *_]` in a method of `Box[T]` accepts a
# `Box` of the same `T` and any flag (it was "use of undeclared name `T`").


struct Box[T: CollectionElement, flag: Bool = False]:
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x

    fn plus(self, other: Box[T, *_]) -> Int:
        return self.x + other.x


fn main():
    var a = Box[Int](1)
    # CHECK: 3 5
    print(a.plus(Box[Int, True](2)), a.plus(Box[Int](4)))
