# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# A variable or an `owned` argument that is never used is destroyed right after it is made.

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

fn consume(owned r: Res):
    show(Res(2))

fn main():
    var x = Res(1)
    consume(Res(3))
# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:   var x: Res = Res.__init__(Int.__init__(1))
# CHECK-NEXT:   destroy x
# CHECK-NEXT:   consume(Res.__init__(Int.__init__(3)))
# CHECK-LABEL: fn consume(owned r: Res) -> NoneType
# CHECK-NEXT:   destroy r
# CHECK-NEXT:   cleanup(show(temp($0 = Res.__init__(Int.__init__(2)))); destroy $0)
