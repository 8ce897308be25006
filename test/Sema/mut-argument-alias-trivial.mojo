# RUN: %mojoc check -verify %s
# No diagnostics are expected.
# A trivial register-passable value passed `read` is copied, so it may be
# passed again as `mut`; so may an `owned` argument (a copy) or a temporary.

@register_passable("trivial")
struct Cell:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

@value
struct Box:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

fn add_to(mut total: Int, n: Int):
    total += n

fn set_cell(mut c: Cell, from_: Cell):
    c.v = from_.v

fn replace(mut b: Box, owned other: Box):
    b.v = other.v

fn main():
    var x = 1
    add_to(x, x)
    x += x
    var c = Cell(3)
    set_cell(c, c)
    var b = Box(1)
    replace(b, b)
