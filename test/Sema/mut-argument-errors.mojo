# RUN: %mojoc check -verify %s
# A `mut` argument must be a mutable variable (or field), not a temporary.

struct Box:
    var v: Int
    fn __init__(out self):
        self.v = 0

fn bump(mut n: Int):
    n += 1

fn fill(mut b: Box):
    b.v = 1

fn main():
    var x = 1
    bump(3)  # expected-error {{a `mut` argument must be a mutable variable, not a temporary value}}
    bump(x + 1)  # expected-error {{a `mut` argument must be a mutable variable, not a temporary value}}
    fill(Box())  # expected-error {{a `mut` argument must be a mutable variable, not a temporary value}}
    bump(x)
    var b = Box()
    bump(b.v)
    fill(b)
