# RUN: %mojoc check -verify %s
# A value moved before a `break` may have been moved after the loop.

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
    for i in range(3):
        if i == 1:
            take(x^)  # expected-note {{`x` is moved here}}
            break
    show(x)  # expected-error {{use of `x`, which may have been moved}}
