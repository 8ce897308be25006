# RUN: %mojoc check -verify %s
# `^` on a `read` argument, a field of one, or a `read` self is an error.

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

fn give(r: Res):
    take(r^)  # expected-error {{cannot transfer `r`: it is a read-only argument; declare it `owned` to take it}}

fn give_field(p: Pair):
    take(p.a^)  # expected-error {{cannot transfer `p`: it is a read-only argument}}

struct Box:
    var r: Res

    fn __init__(out self):
        self.r = Res(1)

    fn give(self):
        take(self.r^)  # expected-error {{cannot transfer `self`: it is a read-only argument}}

fn main():
    pass
