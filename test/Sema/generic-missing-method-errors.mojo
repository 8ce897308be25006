# RUN: %mojoc check -verify %s
# A generic body may call only what its bound (and the bound's parents)
# declares. This is checked with no instance in the program, and does not
# depend on which structs happen to conform.

trait Shape:
    fn area(self) -> Int: ...

trait Solid(Shape):
    fn volume(self) -> Int: ...

trait Named:
    fn name(self) -> Int: ...

# Every struct of the program has `perimeter`, but `Shape` does not.
@value
struct Square(Shape):
    var side: Int
    fn area(self) -> Int:
        return self.side * self.side
    fn perimeter(self) -> Int:
        return 4 * self.side

fn child_method[T: Shape](x: T) -> Int:
    return x.volume()  # expected-error {{`T` has no member named `volume`}}

fn sibling_method[T: Shape](x: T) -> Int:
    return x.name()  # expected-error {{`T` has no member named `name`}}

fn concrete_only[T: Shape](x: T) -> Int:
    return x.perimeter()  # expected-error {{`T` has no member named `perimeter`}}

# A static call of a method that is not declared static anywhere.
fn static_call[T: Shape]() -> Int:
    return T.create()  # expected-error {{`T` has no member named `create`}}

# The second parameter's bound does not lend its methods to the first.
fn mixed[A: Shape, B: Named](a: A, b: B) -> Int:
    return a.name() + b.area()  # expected-error {{`A` has no member named `name`}} expected-error {{`B` has no member named `area`}}

# Parent methods are available through a child bound.
fn parent_ok[T: Solid](x: T) -> Int:
    return x.area() + x.volume()

fn main():
    pass
