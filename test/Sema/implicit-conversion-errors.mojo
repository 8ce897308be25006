# RUN: %mojoc check -verify %s
# Implicit conversion needs an `@implicit` constructor, and at most one
# conversion is applied per value: an `Int` does not become a `Meters` and
# then a `Km`. A literal's materialization (`IntLiteral` to `Int`) is not one:
# `walk(5)` converts as `walk(Int(5))` would, as Mojo's own tests pass `3` for
# an `Optional[Int]` (`items.index(30, start=1, stop=3)`).

struct Meters:
    var value: Int
    @implicit
    fn __init__(out self, value: Int):
        self.value = value

struct Feet:
    var value: Int
    fn __init__(out self, value: Int):
        self.value = value

struct Km:
    var value: Int
    @implicit
    fn __init__(out self, m: Meters):
        self.value = m.value // 1000

fn walk(m: Meters):
    pass

fn main():
    var n = 3
    var m: Meters = n
    var f: Feet = n  # expected-error {{cannot implicitly convert `Int` value to `Feet`}}
    var f2: Feet = Feet(n)
    walk(n)
    walk(5)
    var k: Km = n  # expected-error {{cannot implicitly convert `Int` value to `Km`}}
