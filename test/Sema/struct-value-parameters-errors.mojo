# RUN: %mojoc check -verify %s
# Only `@value`'s fieldwise constructor of `Int` and `Bool` fields, given
# constants, is evaluated at compile time; anything else needs the
# compile-time interpreter. Distinct values make distinct instances.

@value
struct Point:
    var x: Int
    var y: Int


struct Written:
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x + 1


@value
struct Named:
    var s: StringLiteral


fn show[p: Point]() -> Int:
    return p.x


fn other[w: Written]() -> Int:
    return 0


struct Shifted[p: Point]:
    fn __init__(out self):
        pass


fn main():
    _ = other[Written(1)]()  # expected-error {{not yet implemented: compile-time values of `Written`: only `@value`'s fieldwise constructor of `Int` and `Bool` fields is evaluated without the compile-time interpreter}}
    _ = show[Named("a")]()  # expected-error {{not yet implemented: compile-time values of `Named`: only `@value`'s fieldwise constructor of `Int` and `Bool` fields is evaluated without the compile-time interpreter}}
    _ = show[Point(1, True)]()  # expected-error {{cannot implicitly convert `Bool` value to `Int`}}
    _ = show[Point(1)]()  # expected-error {{not yet implemented: compile-time values of `Point` not built from one positional argument per field}}
    _ = show[Point(1, 2).z]()  # expected-error {{`Point` has no member named `z`}}
    var s: Shifted[Point(1, 2)] = Shifted[Point(2, 1)]()  # expected-error {{cannot implicitly convert `Shifted[Point(2, 1)]` value to `Shifted[Point(1, 2)]`}}
