# RUN: %mojoc check -verify %s
# Using a variable moved on one path of an `if` is an error, with a note at the move.

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
        take(x^)  # expected-note {{`x` is moved here}}
    show(x)  # expected-error {{use of `x`, which may have been moved}}

fn g(c: Bool):
    var x = Res(1)
    if c:
        show(x)
    else:
        take(x^)  # expected-note {{`x` is moved here}}
    if x.id > 0:  # expected-error {{use of `x`, which may have been moved}}
        pass

fn main():
    pass
