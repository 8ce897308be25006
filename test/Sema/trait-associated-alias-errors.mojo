# RUN: %mojoc check -verify %s
# An associated alias (`alias N: Int` in a trait) must be defined by an
# `alias` member of each conforming struct: explicitly declared conformance
# reports it at the struct, an implicit one at the use, and a generic body
# may read only the aliases its bound declares.

trait Sided:
    alias sides: Int  # expected-note {{`sides` is required by `Sided` here}} expected-note {{`sides` is required by `Sided` here}} expected-note {{`sides` is required by `Sided` here}}

trait Solid(Sided):
    alias faces: Int

# Missing outright.
struct Blob(Sided):  # expected-error {{`Blob` does not conform to `Sided`: it has no alias `sides`}}
    pass

# A field of that name is not an alias.
struct Field(Sided):  # expected-error {{`Field` does not conform to `Sided`: it has no alias `sides`}}
    var sides: Int
    fn __init__(out self):
        self.sides = 3

# A child trait needs its parent's aliases too.
struct Cube(Solid):  # expected-error {{`Cube` does not conform to `Solid`: it has no alias `sides`}}
    alias faces = 6

struct Triangle:
    alias corners = 3
    fn __init__(out self):
        pass

fn count[T: Sided]() -> Int:
    return T.sides

fn guess[T: Sided]() -> Int:
    return T.faces  # expected-error {{`T` has no member named `faces`}}

struct Holder[T: Sided]:  # expected-note {{parameter `T` is declared here}}
    fn __init__(out self):
        pass

fn main():
    # Implicit conformance: the alias is missing at the use.
    _ = count[Triangle]()  # expected-error {{no matching function in call to `count`}} expected-note@32 {{candidate not viable: cannot bind parameter `T` of `count` to `Triangle`: `Triangle` does not conform to `Sided`: it has no alias `sides`}}
    _ = Holder[Triangle]()  # expected-error {{cannot bind parameter `T` of `Holder` to `Triangle`: `Triangle` does not conform to `Sided`: it has no alias `sides`}}
