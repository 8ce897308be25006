# RUN: %mojoc check -verify %s
# Moves are followed one field deep: moving a field out of a field is
# reported as not yet implemented, never compiled into a double destruction.

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
    take(b.p.a^)  # expected-error {{not yet implemented: moving a field out of a field (`b.p.a^`); move the outer field first}}
    var c = b^
