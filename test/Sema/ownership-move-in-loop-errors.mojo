# RUN: %mojoc check -verify %s
# Moving an outer variable in a loop body without re-initializing it is an error.

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

fn for_loop():
    var x = Res(1)
    for i in range(3):
        take(x^)  # expected-error {{`x` is moved in a loop and used again in the next iteration}}

fn while_loop():
    var x = Res(1)
    var i = 0
    while i < 2:
        show(x)
        take(x^)  # expected-error {{`x` is moved in a loop and used again in the next iteration}}
        i += 1

fn main():
    pass
