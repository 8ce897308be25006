# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# Assigning a field destroys the field's old value once the new value is made.

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

@value
struct Pair:
    var a: Res
    var b: Res

fn main():
    var p = Pair(Res(1), Res(2))
    p.a = Res(3)
    show(p.a)
# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:   var p: Pair = Pair.__init__(Res.__init__(Int.__init__(1)), Res.__init__(Int.__init__(2)))
# CHECK-NEXT:   p.a = cleanup(Res.__init__(Int.__init__(3)); destroy p.a)
# CHECK-NEXT:   cleanup(show(p.a); destroy p)
