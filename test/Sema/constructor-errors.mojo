# RUN: %mojoc check -verify %s
# A struct without `__init__` has no instances; a call must match one of the
# constructors that exist.

struct NoInit:
    var n: Int

struct Pair:
    var a: Int
    var b: Int
    fn __init__(out self, a: Int, b: Int):  # expected-note {{missing argument `b`}}
        self.a = a
        self.b = b

fn main():
    var x = NoInit()  # expected-error {{no matching function in call to `NoInit.__init__`}}
    var p = Pair(1)  # expected-error {{no matching function in call to `Pair`}}
