# RUN: %mojoc check -verify %s
# The reference `rebind` gives is as mutable as the value it is given.


struct Res:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

    fn __del__(owned self):
        pass


fn reset(r: Res):
    rebind[Res](r).v = 0  # expected-error {{cannot modify this: the reference `rebind` returns is immutable here (its origin is an argument this call passes `read`)}}


fn main():
    var r = Res(1)
    rebind[Res](r).v = 2
    reset(r)
