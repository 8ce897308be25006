# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# A `read` argument borrows: no copy, and the value dies after the call holding its last use.

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

fn main():
    var x = Res(1)
    show(x)
    show(x)
# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:   var x: Res = Res.__init__(Int.__init__(1))
# CHECK-NEXT:   show(x)
# CHECK-NEXT:   cleanup(show(x); destroy x)
# CHECK-NOT:    copy(
