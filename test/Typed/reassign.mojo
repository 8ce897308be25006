# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# Re-assigning a variable: its old value dies after its last use; an old
# value never used again dies before the new one is made.

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
    x = Res(2)
    var y = Res(3)
    y = Res(4)
    show(x)
    show(y)
# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:   var x: Res = Res.__init__(Int.__init__(1))
# CHECK-NEXT:   cleanup(show(x); destroy x)
# CHECK-NEXT:   x = Res.__init__(Int.__init__(2))
# CHECK-NEXT:   var y: Res = Res.__init__(Int.__init__(3))
# CHECK-NEXT:   destroy y
# CHECK-NEXT:   y = Res.__init__(Int.__init__(4))
# CHECK-NEXT:   cleanup(show(x); destroy x)
# CHECK-NEXT:   cleanup(show(y); destroy y)
