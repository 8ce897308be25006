# RUN: %mojoc check -verify %s
# A parameter inferred from a constructor argument must still meet its
# bound: the error names the inferred type and what it lacks.

trait Shape(CollectionElement):
    fn area(self) -> Int:
        ...


@value
struct Holder[T: Shape]:  # expected-note {{parameter `T` is declared here}}
    var item: T


fn main():
    _ = Holder(5)  # expected-error {{cannot bind parameter `T` of `Holder` to `Int`: `Int` does not conform to `Shape`: it has no method `area`}}
