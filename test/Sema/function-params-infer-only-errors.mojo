# RUN: %mojoc check -verify %s
# A function's infer-only parameters (before `//`) are not positional: a
# value written in their place counts against the positional ones after
# `//`. Bound by keyword, they must agree with what the arguments say.

struct Grid[rows: Int, cols: Int = 2]:
    fn __init__(out self):
        pass

fn width[n: Int, //](g: Grid[n]) -> Int:  # expected-note {{candidate not viable: too many compile-time parameters}} expected-note {{candidate not viable: cannot convert argument of type `Grid[5, 2]` to `Grid[4, 2]`}}
    return n

fn tagged[T: CollectionElement, //, k: Int](x: T) -> Int:  # expected-note {{candidate not viable: too many compile-time parameters}}
    return k

fn main():
    _ = width[5](Grid[5]())  # expected-error {{no matching function in call to `width`}}
    _ = width[n=4](Grid[5]())  # expected-error {{no matching function in call to `width`}}
    _ = tagged[Int, 3](1)  # expected-error {{no matching function in call to `tagged`}}
    # Inferred, or bound by keyword consistently with the argument.
    _ = width(Grid[5]())
    _ = width[n=5](Grid[5]())
    _ = tagged[3](1)
    _ = tagged[k=3, T=Int](1)
