# RUN: %mojoc check -verify %s
# A `mut` receiver needs a variable too; so does `inout`, the older spelling.

struct Box:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

    fn bump(mut self):
        self.v += 1

fn make() -> Box:
    return Box(1)

fn old_style(inout n: Int):
    n += 1

fn main():
    make().bump()  # expected-error {{a `mut` argument must be a mutable variable, not a temporary value}}
    Box(2).bump()  # expected-error {{a `mut` argument must be a mutable variable, not a temporary value}}
    old_style(5)  # expected-error {{a `mut` argument must be a mutable variable, not a temporary value}}
