# RUN: %mojoc check -verify %s
# Implicit conversion needs an `@implicit` constructor, and at most one
# conversion is applied per value: an IntLiteral does not become an `Int` and
# then a `Meters`.

struct Meters:
    var value: Int
    @implicit
    fn __init__(out self, value: Int):
        self.value = value

struct Feet:
    var value: Int
    fn __init__(out self, value: Int):
        self.value = value

fn walk(m: Meters):  # expected-note {{cannot convert argument of type `IntLiteral` to `Meters`}}
    pass

fn main():
    var n = 3
    var m: Meters = n
    var f: Feet = n  # expected-error {{cannot implicitly convert `Int` value to `Feet`}}
    var f2: Feet = Feet(n)
    walk(n)
    walk(5)  # expected-error {{no matching function in call to `walk`}}
