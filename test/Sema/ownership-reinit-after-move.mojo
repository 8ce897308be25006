# RUN: %mojoc check -verify %s
# No error: a variable re-initialized after a move can be used again.

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

fn main():
    var x = Res(1)
    take(x^)
    x = Res(2)
    show(x)
    var y = x^
    x = y^
    show(x)
