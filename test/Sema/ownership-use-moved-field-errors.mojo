# RUN: %mojoc check -verify %s
# Using a field after moving it out is an error, with a note at the move.

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

fn read():
    var p = Pair(Res(1), Res(2))
    take(p.a^)  # expected-note {{`p.a` is moved here}}
    show(p.a)  # expected-error {{use of `p.a` after it was moved}}

fn move_twice():
    var p = Pair(Res(1), Res(2))
    take(p.a^)  # expected-note {{`p.a` is moved here}}
    take(p.a^)  # expected-error {{use of `p.a` after it was moved}}

fn main():
    pass
