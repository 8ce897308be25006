# RUN: %mojoc check -verify %s
# A type or a bound method is not a runtime value (functions are: see
# Execution/function-value-argument.mojo).

struct Plain:
    var n: Int
    fn __init__(out self):
        self.n = 0

fn helper():
    pass

fn main():
    var t = Int  # expected-error {{a type cannot be used as a value}}
    print(Plain)  # expected-error {{a type cannot be used as a value}}
    var p = Plain()
    f = p.__init__  # expected-error {{a method cannot be used as a value}}
    g = helper
    g()
