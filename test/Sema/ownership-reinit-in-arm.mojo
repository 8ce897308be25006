# RUN: %mojoc check -verify %s
# No error: a value moved and re-initialized in the same arm is whole after the `if`.

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

fn f(c: Bool):
    var x = Res(1)
    if c:
        take(x^)
        x = Res(2)
    show(x)

fn main():
    f(True)
