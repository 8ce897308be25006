# RUN: %mojoc check -verify %s
# An instance of a parametric struct is a type: using it as a value, or
# passing another instance where `Self` is expected, is an error.

struct Grid[rows: Int]:
    fn __init__(out self):
        pass

    fn same(self, other: Self) -> Bool:
        return True


fn main():
    var t = Grid[3]  # expected-error {{a type cannot be used as a value}}
    _ = Grid[3]().same(Grid[4]())  # expected-error {{no matching function in call to `Grid[3].same`}} expected-note@9 {{candidate not viable: cannot convert argument of type `Grid[4]` to `Grid[3]`}}
