# RUN: %mojoc check -verify %s
# A `ref` argument bound to a mutable variable is exclusive like `mut`; one
# bound to a temporary is only read.

struct Box:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

fn copy_into(ref dst: Box, src: Box):
    dst.v = src.v

fn compare(ref a: Box, b: Box) -> Bool:
    return a.v == b.v

fn main():
    var b = Box(1)
    copy_into(b, b)  # expected-error {{argument `b` is passed as `ref` and also as another argument of this call; a `ref` argument may not alias another argument}} expected-note {{`b` is also passed here}}
    _ = compare(Box(2), b)
