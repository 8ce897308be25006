# RUN: %mojoc check -verify %s
# No error: inside `__del__`, fields may be moved out of `self`, and inside
# `__moveinit__` out of `existing`: neither is destroyed again.

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
    var r1: Res
    var r2: Res

    fn __init__(out self):
        self.r1 = Res(1)
        self.r2 = Res(2)

    fn __moveinit__(out self, owned existing: Self):
        self.r1 = existing.r1^
        self.r2 = Res(5)

    fn __del__(owned self):
        take(self.r1^)

fn main():
    var g = Guard()
    var h = g^
