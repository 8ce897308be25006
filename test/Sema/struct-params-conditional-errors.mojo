# RUN: %mojoc check -verify %s
# A method with a stricter `self` cannot be called on an instance whose
# parameters do not meet its bound.

trait Shape:
    fn area(self) -> Int:
        ...


@value
struct Holder[T: CollectionElement]:
    var item: T

    fn total_area[U: Shape, //](self: Holder[U]) -> Int:  # expected-note {{candidate not viable: cannot bind parameter `U` of `Holder[Int].total_area` to `Int`: `Int` does not conform to `Shape`: it has no method `area`}}
        return self.item.area()


fn main():
    _ = Holder(5).total_area()  # expected-error {{no matching function in call to `Holder[Int].total_area`}}
