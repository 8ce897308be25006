# RUN: %mojoc check -verify %s
# Every kind of use after a move is an error: a field read, a copy, a second move, a field write.

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

fn read_field():
    var x = Res(1)
    var y = x^  # expected-note {{`x` is moved here}}
    print(x.id)  # expected-error {{use of `x` after it was moved}}

fn copy():
    var x = Res(1)
    take(x^)  # expected-note {{`x` is moved here}}
    var y = x  # expected-error {{use of `x` after it was moved}}

fn move_twice():
    var x = Res(1)
    take(x^)  # expected-note {{`x` is moved here}}
    take(x^)  # expected-error {{use of `x` after it was moved}}

fn write_field():
    var x = Res(1)
    take(x^)  # expected-note {{`x` is moved here}}
    x.id = 3  # expected-error {{use of `x` after it was moved}}

fn main():
    pass
