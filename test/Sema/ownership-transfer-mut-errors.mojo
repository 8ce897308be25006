# RUN: %mojoc check -verify %s
# A `mut` argument belongs to the caller: moving it out with `^` is an error.

@value
struct Res:
    var id: Int

    fn __del__(owned self):
        pass

fn take(owned r: Res):
    pass

fn steal(mut r: Res):
    take(r^)  # expected-error {{cannot transfer `r`: it is a `mut` argument, which its caller still owns}}

fn main():
    var r = Res(1)
    steal(r)
