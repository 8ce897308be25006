# RUN: %mojoc check -verify %s
# A type or a function name is not a runtime value.

struct Plain:
    var n: Int
    fn __init__(out self):
        self.n = 0

fn helper():
    pass

fn main():
    var t = Int  # expected-error {{a type cannot be used as a value}}
    print(Plain)  # expected-error {{a type cannot be used as a value}}
    f = helper  # expected-error {{a function cannot be used as a value}}
