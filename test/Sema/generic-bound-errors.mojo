# RUN: %mojoc check -verify %s
# A generic body is checked once against its bounds: a type parameter has
# exactly what its bound promises, even when nothing instantiates it.

trait Shape:
    fn area(self) -> Int: ...
    @staticmethod
    fn sides() -> Int: ...

trait Solid(Shape):
    alias faces: Int

fn perimeter[T: Shape](shape: T) -> Int:
    return shape.perimeter()  # expected-error {{`T` has no member named `perimeter`}}

fn volume[T: Shape](shape: T) -> Int:
    return T.volume()  # expected-error {{`T` has no member named `volume`}}

fn wrong_result[T: Shape](shape: T) -> Bool:
    return shape.area()  # expected-error {{cannot implicitly convert `Int` value to `Bool`}}

# The parent's requirements and the alias are there.
fn fine[T: Solid](shape: T) -> Int:
    return shape.area() + T.sides() + T.faces

# Copying needs the bound to promise `Copyable`.
fn copy_it[T: Shape](shape: T) -> T:
    return shape  # expected-error {{value of type `T` cannot be copied or moved}}

fn copy_ok[T: CollectionElement](value: T) -> T:
    var other = value
    return other

# A bound of the generic callee is met by the caller's bound.
fn call_fine[T: Solid](shape: T) -> Int:
    return fine(shape)

fn call_wrong[T: Shape](shape: T) -> Int:
    return fine(shape)  # expected-error {{no matching function in call to `fine`}}

struct Holder:
    fn __init__(out self):
        pass
    fn measure[T: Shape](self, shape: T) -> Int:
        return shape.volume()  # expected-error {{`T` has no member named `volume`}}

# A type argument inside a generic body is checked against the callee's
# bound too: `AnyType` promises no `write_to`.
fn show[T: AnyType](x: T):
    print(x)  # expected-error {{no matching function in call to `print`}}

# A non-conforming type argument is an error at the call.
struct Plain:
    fn __init__(out self):
        pass

fn main():
    _ = fine(Plain())  # expected-error {{no matching function in call to `fine`}}

# expected-note@* {{`T` does not conform to `Solid`: it has no alias `faces`}}
# expected-note@* {{`Plain` does not conform to `Solid`: it has no alias `faces`}}
# expected-note@* {{`T` does not conform to `Writable`: it has no method `write_to`}}
