# RUN: %mojoc check -verify %s
# Using a struct as a whole while one of its fields is moved out is an error.

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

fn show_pair(p: Pair):
    pass

fn read():
    var p = Pair(Res(1), Res(2))
    take(p.a^)
    show_pair(p)  # expected-error {{use of `p` while its field `a` is moved out; initialize the field again first}}

fn move():
    var p = Pair(Res(1), Res(2))
    take(p.b^)
    var q = p^  # expected-error {{use of `p` while its field `b` is moved out}}

fn main():
    pass
