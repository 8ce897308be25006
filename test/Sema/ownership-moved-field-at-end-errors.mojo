# RUN: %mojoc check -verify %s
# Moving a field out of a struct that has its own `__del__`, and never
# initializing it again, is an error: the struct cannot be destroyed.

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

struct Guard:
    var r: Res

    fn __init__(out self):
        self.r = Res(1)

    fn __del__(owned self):
        pass

fn local():
    var g = Guard()
    take(g.r^)  # expected-error {{field `r` of `g` is moved out and never initialized again; `g` cannot be destroyed}}

fn argument(owned g: Guard):
    take(g.r^)  # expected-error {{field `r` of `g` is moved out and never initialized again}}

fn main():
    pass
