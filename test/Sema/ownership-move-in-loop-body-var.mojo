# RUN: %mojoc check -verify %s
# No error: moving a variable declared in the loop body; each iteration has its own.

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
    for i in range(3):
        var r = Res(i)
        take(r^)
