# RUN: %mojoc run %s | %FileCheck %s
# Parametric structs whose methods are checked against their bounds still
# run: methods using only what the bounds promise, value parameters,
# `@value`'s members, a conditional conformance, and a generic function
# calling the methods of an instance it names with its own parameter.

trait Shape:
    fn area(self) -> Int:
        ...


trait ShapeElement(Shape, CollectionElement):
    pass


@value
struct Square(ShapeElement):
    var side: Int

    fn area(self) -> Int:
        return self.side * self.side


@value
struct Shapes[S: Shape, count: Int]:
    var shape: S

    fn total(self) -> Int:
        return self.shape.area() * count

    fn plus[T: Shape](self, other: T) -> Int:
        @parameter
        if count > 1:
            return self.total() + other.area()
        return other.area()


@value
struct Holder[T: CollectionElement]:
    var item: T

    fn get(self) -> T:
        return self.item

    fn copy(self) -> Self:
        return Self(self.get())

    fn area_of[U: Shape, //](self: Holder[U]) -> Int:
        return self.item.area()


fn total_of[S: ShapeElement](s: S) -> Int:
    return Shapes[S, 2](s).total()


fn main():
    # CHECK: 27 31
    var s = Shapes[Square, 3](Square(3))
    print(s.total(), s.plus(Square(2)))
    # CHECK-NEXT: 5 16
    print(Holder(5).copy().get(), Holder(Square(4)).area_of())
    # CHECK-NEXT: 8
    print(total_of(Square(2)))
