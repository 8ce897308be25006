# RUN: %mojoc check -verify %s
# No error: a field moved out of a struct without `__del__` and never
# re-initialized; the other fields are destroyed individually.

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

@value
struct Pair:
    var a: Res
    var b: Res

fn first(owned p: Pair) -> Res:
    return p.a^

fn main():
    var p = Pair(Res(1), Res(2))
    take(p.a^)
    show(p.b)
