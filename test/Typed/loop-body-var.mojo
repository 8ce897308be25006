# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# A variable declared in a loop body is destroyed inside the body, on every iteration.

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
    for i in range(3):
        var r = Res(i)
        show(r)
# CHECK-LABEL: fn main() -> NoneType
# CHECK:        while
# CHECK-NEXT:     var i: Int =
# CHECK-NEXT:     var r: Res = Res.__init__(i)
# CHECK-NEXT:     cleanup(show(r); destroy r)
