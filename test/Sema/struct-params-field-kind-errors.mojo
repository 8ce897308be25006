# RUN: %mojoc check -verify %s
# Inside a parametric struct, a value parameter is not a type and a type
# parameter is not a value.

struct Wrong[n: Int, T: AnyType]:
    var a: n  # expected-error {{`n` is not a type}}

    fn __init__(out self):
        pass

    fn get(self) -> Int:
        return T  # expected-error {{a type cannot be used as a value}}


fn main():
    _ = Wrong[1, Int]().get()
