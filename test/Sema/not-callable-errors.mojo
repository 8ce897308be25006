# RUN: %mojoc check -verify %s
# Only functions, types and values with `__call__` can be called.

struct Plain:
    var n: Int
    fn __init__(out self):
        self.n = 0

fn main():
    var x = 1
    x(2)  # expected-error {{a value of type `Int` is not callable}}
    var p = Plain()
    p()  # expected-error {{a value of type `Plain` is not callable}}
    p.n()  # expected-error {{a value of type `Int` is not callable}}
    True()  # expected-error {{a value of type `Bool` is not callable}}
