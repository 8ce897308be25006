# RUN: %mojoc check -verify %s
# A function given as a struct parameter must have the parameter's
# function type exactly.

fn double(x: Int) -> Int:
    return 2 * x


fn both(x: Int, y: Int) -> Int:
    return x + y


fn flag(x: Bool) -> Bool:
    return x


struct Op[f: fn(Int) -> Int]:
    fn __init__(out self):
        pass


fn main():
    _ = Op[double]()
    _ = Op[both]()  # expected-error {{no overload of `both` has the function type `fn(Int) -> Int`}}
    _ = Op[flag]()  # expected-error {{no overload of `flag` has the function type `fn(Int) -> Int`}}
# expected-note@17 {{parameter `f` is declared here}}
# expected-note@17 {{parameter `f` is declared here}}
