# RUN: %mojoc check -verify %s
# A `mut` argument may not alias another argument of the same call
# (LANGUAGE.md §5, Exclusivity): here a `mut` and a `read` one.

struct Box:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

fn copy_into(x: Box, mut y: Box):
    y.v = x.v

fn main():
    var b = Box(1)
    var c = Box(2)
    copy_into(b, b)  # expected-error {{argument `b` is passed as `mut` and also as another argument of this call; a `mut` argument may not alias another argument}} expected-note {{`b` is also passed here}}
    copy_into(b, c)
