# RUN: %mojoc check -verify %s
# A type argument that does not conform to its parameter's bound, given to
# a function (explicitly or inferred) or to a struct (in a call, a variable's
# type or an argument's type): the reason names the first unmet requirement.

trait Shape:
    fn area(self) -> Int: ...

@value
struct Square:
    var side: Int
    fn area(self) -> Int:
        return self.side * self.side

# Not copyable: no `CollectionElement`.
struct Plain:
    fn __init__(out self):
        pass

@value
struct Box[T: CollectionElement]:  # expected-note {{parameter `T` is declared here}}
    var item: T

struct Holder[T: Shape]:  # expected-note {{parameter `T` is declared here}} expected-note {{parameter `T` is declared here}} expected-note {{parameter `T` is declared here}}
    fn __init__(out self):
        pass

fn measure[T: Shape]() -> Int:  # expected-note {{candidate not viable: cannot bind parameter `T` of `measure` to `Box[Int]`: `Box[Int]` does not conform to `Shape`: it has no method `area`}}
    return 0

fn both[A: Shape, B: Shape](a: A, b: B) -> Int:  # expected-note {{candidate not viable: cannot bind parameter `B` of `both` to `Int`: `Int` does not conform to `Shape`: it has no method `area`}}
    return a.area() + b.area()

fn held(h: Holder[Int]):  # expected-error {{cannot bind parameter `T` of `Holder` to `Int`: `Int` does not conform to `Shape`: it has no method `area`}}
    pass

fn main():
    # An instance of a parametric struct as the type argument.
    _ = measure[Box[Int]]()  # expected-error {{no matching function in call to `measure`}}
    # The first argument conforms, the second does not.
    _ = both(Square(2), 3)  # expected-error {{no matching function in call to `both`}}
    var h: Holder[Bool]  # expected-error {{cannot bind parameter `T` of `Holder` to `Bool`: `Bool` does not conform to `Shape`: it has no method `area`}}
    _ = Holder[Box[Square]]()  # expected-error {{cannot bind parameter `T` of `Holder` to `Box[Square]`: `Box[Square]` does not conform to `Shape`: it has no method `area`}}
    # A lifecycle requirement unmet by a struct.
    var b: Box[Plain]  # expected-error {{cannot bind parameter `T` of `Box` to `Plain`: `Plain` does not conform to `CollectionElement`: it has no method `__copyinit__`}}
    # Conforming arguments are fine, implicitly (`Square` declares nothing).
    _ = measure[Square]() + both(Square(1), Square(2))
    _ = Holder[Square]()
