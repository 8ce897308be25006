# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# `x = next(x)`: the old value's last use is the call computing the new one,
# so it is destroyed right after that call, before the assignment.

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

fn show(r: Res):
    pass

fn take(owned r: Res):
    pass

fn make() -> Res:
    return Res(1)

fn next(r: Res) -> Res:
    return Res(r.id + 1)

fn main():
    var x = Res(1)
    x = next(x)
    show(x)
# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:   var x: Res = Res.__init__(Int.__init__(1))
# CHECK-NEXT:   x = cleanup(next(x); destroy x)
# CHECK-NEXT:   cleanup(show(x); destroy x)
