# RUN: %mojoc check -verify %s
# Arguments overlap when one access path is a prefix of the other: `p` and
# `p.a` do, `p.a` and `p.b` (different fields) do not.

struct Box:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

struct Pair:
    var a: Box
    var b: Box

    fn __init__(out self):
        self.a = Box(1)
        self.b = Box(2)

fn copy_box(x: Box, mut y: Box):
    y.v = x.v

fn take_pair(p: Pair, mut y: Box):
    y.v = p.a.v

fn bump_both(mut x: Box, mut y: Box):
    x.v += 1
    y.v += 1

fn main():
    var p = Pair()
    take_pair(p, p.a)  # expected-error {{argument `p.a` is passed as `mut` and also as another argument of this call}} expected-note {{`p` is also passed here}}
    copy_box(p.a, p.a)  # expected-error {{argument `p.a` is passed as `mut}} expected-note {{`p.a` is also passed here}}
    copy_box(p.a, p.b)
    bump_both(p.a, p.b)
