# RUN: %mojoc check -verify %s
# A compile-time `Int` or `Bool` parameter is an unknown value while the
# generic body is checked against its bounds: every branch of a
# `@parameter if` over it is checked, and the body of a `@parameter for`.

trait Shape:
    fn area(self) -> Int: ...

fn pick[n: Int, T: Shape](x: T) -> Int:
    @parameter
    if n > 8:
        return x.area()
    elif n > 4:
        return x.volume()  # expected-error {{`T` has no member named `volume`}}
    else:
        return n

fn unrolled[n: Int, T: Shape](x: T) -> Int:
    var total = 0
    @parameter
    for i in range(n):
        total += x.side(i)  # expected-error {{`T` has no member named `side`}}
    return total

fn flag[b: Bool]() -> Int:
    @parameter
    if b:
        return 1
    return undefined_name  # expected-error {{use of undeclared name `undefined_name`}}

fn recurse[n: Int]() -> Int:
    @parameter
    if n <= 0:
        return 0
    else:
        return n + recurse[n - 1]()

fn typed[n: Int]() -> Bool:
    return n  # expected-error {{cannot implicitly convert `Int` value to `Bool`}}

fn main():
    print(recurse[3]())
