# RUN: %mojoc run %s | %FileCheck %s
# Conditional conformance: each method with a stricter `self` exists for
# the instances whose parameter meets its own bound, so one struct offers
# different methods to different instances, and its other methods to all.

trait Shape(CollectionElement):
    fn area(self) -> Int:
        ...


trait Named(CollectionElement):
    @staticmethod
    fn code() -> Int:
        ...


@value
struct Square(Shape):
    var side: Int

    fn area(self) -> Int:
        return self.side * self.side


@value
struct Tag(Named):
    var n: Int

    @staticmethod
    fn code() -> Int:
        return 77


@value
struct Both(Shape, Named):
    fn area(self) -> Int:
        return 1

    @staticmethod
    fn code() -> Int:
        return 5


@value
struct Box[T: CollectionElement]:
    var item: T

    fn doubled_area[U: Shape, //](self: Box[U]) -> Int:
        return 2 * self.item.area()

    fn code_of[U: Named, //](self: Box[U]) -> Int:
        return U.code()

    fn get(self) -> T:
        return self.item


fn main():
    # CHECK: 18
    print(Box(Square(3)).doubled_area())
    # CHECK-NEXT: 77
    print(Box(Tag(1)).code_of())
    # An instance that meets both bounds has both methods.
    # CHECK-NEXT: 2 5
    var b = Box(Both())
    print(b.doubled_area(), b.code_of())
    # CHECK-NEXT: 4 1
    print(Box(Square(4)).get().side, Box(Tag(1)).get().n)
