# RUN: %mojoc check -verify %s
# Using a struct as a whole while a field of one of its fields is moved out
# is an error.
# XFAIL: *
# BUG: no error: moves are tracked one field deep, so `b.p.a^` is not seen
# as leaving `b` partially initialized (and at run time `b.p.a` is later
# destroyed twice).

struct Res:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

    fn __del__(owned self):
        pass

fn take(owned r: Res):
    pass

fn show(r: Res):
    pass

@value
struct Pair:
    var a: Res
    var b: Res

@value
struct Box:
    var p: Pair
    var n: Int

fn main():
    var b = Box(Pair(Res(1), Res(2)), 3)
    take(b.p.a^)
    var c = b^  # expected-error {{use of `b` while its field `p.a` is moved out}}
