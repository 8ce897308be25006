# RUN: %mojoc run %s | %FileCheck %s
# A method whose `self` has a stricter type exists only for the instances
# that fit it (conditional conformance, LANGUAGE.md §8); `alias` members
# read through a value.

trait Shape:
    fn area(self) -> Int:
        ...


@value
struct Square(Shape):
    var side: Int

    fn area(self) -> Int:
        return self.side * self.side


@value
struct Holder[T: CollectionElement]:
    var item: T
    alias factor = 2

    fn get(self) -> T:
        return self.item

    fn total_area[U: Shape, //](self: Holder[U]) -> Int:
        return self.item.area() * self.factor


fn main():
    # CHECK: 18 2
    var h = Holder(Square(3))
    print(h.total_area(), h.factor)
    # An instance that does not fit still has its other methods.
    # CHECK-NEXT: 5
    print(Holder(5).get())
