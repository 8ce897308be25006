# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# `@value` synthesizes the fieldwise `__init__`, `__copyinit__` and
# `__moveinit__`, which copy and move each field with its own members.

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
    var q = p
    var r = p^
    show(q.a)
    show(r.b)
# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:   var p: Pair = Pair.__init__(Res.__init__(Int.__init__(1)), Res.__init__(Int.__init__(2)))
# CHECK-NEXT:   var q: Pair = copy(p) by Pair.__copyinit__
# CHECK-NEXT:   var r: Pair = move(p) by Pair.__moveinit__
