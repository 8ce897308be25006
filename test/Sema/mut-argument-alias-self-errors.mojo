# RUN: %mojoc check -verify %s
# The receiver counts as an argument: `b.absorb(b)` passes `b` as `mut self`
# and again as `other`.

struct Box:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

    fn absorb(mut self, other: Box):
        self.v += other.v

    fn show(self, mut into: Box):
        into.v = self.v

fn main():
    var b = Box(1)
    var c = Box(2)
    b.absorb(b)  # expected-error {{argument `b` is passed as `mut` and also as another argument of this call}} expected-note {{`b` is also passed here}}
    b.show(b)  # expected-error {{argument `b` is passed as `mut` and also as another argument of this call}} expected-note {{`b` is also passed here}}
    b.absorb(c)
    c.show(b)
