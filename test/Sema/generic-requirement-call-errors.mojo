# RUN: %mojoc check -verify %s
# A requirement called from an uninstantiated generic body is checked
# against the requirement's own signature: its arguments, its receiver's
# convention, and its result.

trait Shape:
    fn area(self) -> Int: ...  # expected-note {{candidate not viable: missing argument `self`}}
    fn grow(mut self, by: Int): ...  # expected-note {{candidate not viable: missing argument `by`}} expected-note {{candidate not viable: cannot convert argument of type `StringLiteral` to `Int`}} expected-note {{candidate not viable: no parameter named `size`}}
    @staticmethod
    fn unit() -> Int: ...

# An instance requirement called on the type has no receiver.
fn on_type[T: Shape](x: T) -> Int:
    return T.area()  # expected-error {{no matching function in call to `T.area`}}

fn too_few[T: Shape](mut x: T):
    x.grow()  # expected-error {{no matching function in call to `T.grow`}}

fn wrong_type[T: Shape](mut x: T):
    x.grow("big")  # expected-error {{no matching function in call to `T.grow`}}

fn wrong_keyword[T: Shape](mut x: T):
    x.grow(size=1)  # expected-error {{no matching function in call to `T.grow`}}

# `grow` takes `mut self`; a read-only argument cannot be its receiver.
fn read_only[T: Shape](x: T):
    x.grow(1)  # expected-error {{cannot modify `x`: it is a read-only argument; declare it `mut` or `owned` to change it}}

fn wrong_result[T: Shape](x: T) -> Bool:
    return T.unit()  # expected-error {{cannot implicitly convert `Int` value to `Bool`}}

# Correct calls, including a static requirement through a value.
fn fine[T: Shape](mut x: T) -> Int:
    x.grow(by=2)
    return x.area() + T.unit() + x.unit()

fn main():
    pass
