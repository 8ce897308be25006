# RUN: %mojoc check -verify %s
# `^` on a temporary (a constructor call, a call result) is an error.

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

fn make() -> Res:
    return Res(1)

fn main():
    var a = Res(1)^  # expected-error {{`^` needs a variable or a field of one; a temporary value is already owned}}
    var b = make()^  # expected-error {{`^` needs a variable or a field of one}}
    take(make()^)  # expected-error {{`^` needs a variable or a field of one}}
