# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# A value is destroyed inside the statement holding its last use (a
# `cleanup` around the call), or after the statement for a plain field read.

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

fn use(n: Int):
    pass

fn main():
    var a = Res(1)
    var b = Res(2)
    show(a)
    var n = b.id
    use(n)
# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:   var a: Res = Res.__init__(Int.__init__(1))
# CHECK-NEXT:   var b: Res = Res.__init__(Int.__init__(2))
# CHECK-NEXT:   cleanup(show(a); destroy a)
# CHECK-NEXT:   var n: Int = b.id
# CHECK-NEXT:   destroy b
# CHECK-NEXT:   use(n)
