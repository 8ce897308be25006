# RUN: %mojoc check -verify %s
# Struct values as parameters: what the compile-time interpreter cannot
# build, and mistakes in building them. Distinct values make distinct
# instances.

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
    _ = other[Written(1)]()
    _ = show[Named("a")]()  # expected-error {{no matching function in call to `show`}} expected-note@24 {{candidate not viable: parameter `p` of `show` takes a value of type `Point`, not `Named`}}
    _ = show[Point(1, True)]()  # expected-error {{cannot implicitly convert `Bool` value to `Int`}}
    _ = show[Point(1)]()  # expected-error {{no matching function in call to `Point`}} expected-note@7 {{candidate not viable: missing argument `y`}}
    _ = show[Point(1, 2).z]()  # expected-error {{`Point` has no member named `z`}}
    var s: Shifted[Point(1, 2)] = Shifted[Point(2, 1)]()  # expected-error {{cannot implicitly convert `Shifted[Point(2, 1)]` value to `Shifted[Point(1, 2)]`}}
