# RUN: %mojoc check -verify %s
# No error: a field moved out and assigned again makes the struct whole again.

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

struct Guard:
    var r: Res

    fn __init__(out self):
        self.r = Res(1)

    fn __del__(owned self):
        pass

fn show_pair(p: Pair):
    pass

fn main():
    var p = Pair(Res(1), Res(2))
    take(p.a^)
    p.a = Res(3)
    show_pair(p)
    var g = Guard()
    take(g.r^)
    g.r = Res(2)
