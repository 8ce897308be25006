# RUN: %mojoc check -verify %s
# One plain function is an `alias` value; an overloaded or generic one is
# not yet, and a function is no value for a parameter of another type.

fn double(x: Int) -> Int:
    return 2 * x


fn negate(x: Int) -> Int:
    return -x


fn negate(x: Bool) -> Bool:
    return not x


fn ident[T: AnyType](x: Int) -> Int:
    return x


struct Grid[n: Int]:  # expected-note {{parameter `n` is declared here}}
    fn __init__(out self):
        pass


alias twice = double
alias flip = negate  # expected-error {{not yet implemented: overloaded, generic or method functions as `alias` values}}
alias same = ident  # expected-error {{not yet implemented: overloaded, generic or method functions as `alias` values}}


fn main():
    _ = twice(2)
    _ = Grid[double]()  # expected-error {{parameter `n` of `Grid` takes a value of type `Int`, not `fn(Int) -> Int`}}
