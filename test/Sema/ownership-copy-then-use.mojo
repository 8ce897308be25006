# RUN: %mojoc check -verify %s
# No error: after a copy (`var y = x`, an `owned` argument without `^`), the original is still usable.

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
    var y = x
    take(x)
    show(x)
    show(y)
