# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# `var y = x` copies with `__copyinit__`; `x^` moves with `__moveinit__`.

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
    var y = x
    var z = x^
    show(y)
    show(z)
# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:   var x: Res = Res.__init__(Int.__init__(1))
# CHECK-NEXT:   var y: Res = copy(x) by Res.__copyinit__
# CHECK-NEXT:   var z: Res = move(x) by Res.__moveinit__
# CHECK-NEXT:   cleanup(show(y); destroy y)
# CHECK-NEXT:   cleanup(show(z); destroy z)
