# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# An lvalue passed to an `owned` argument is copied, `x^` is moved, a
# temporary goes as it is; the callee destroys its argument.

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
    take(x)
    take(x^)
    take(Res(2))
# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:   var x: Res = Res.__init__(Int.__init__(1))
# CHECK-NEXT:   take(copy(x) by Res.__copyinit__)
# CHECK-NEXT:   take(move(x) by Res.__moveinit__)
# CHECK-NEXT:   take(Res.__init__(Int.__init__(2)))
# CHECK-LABEL: fn take(owned r: Res) -> NoneType
# CHECK-NEXT:   destroy r
