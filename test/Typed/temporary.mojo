# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# An rvalue in a borrowed place is held in a temporary, destroyed right
# after the call that uses it; a discarded result is destroyed at once.

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
    show(Res(1))
    var n = make().id
    make()
    _ = make()
# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:   cleanup(show(temp($0 = Res.__init__(Int.__init__(1)))); destroy $0)
# CHECK-NEXT:   var n: Int = temp($1 = make()).id
# CHECK-NEXT:   destroy $1
# CHECK-NEXT:   temp($2 = make())
# CHECK-NEXT:   destroy $2
# CHECK-NEXT:   var _: Res = make()
# CHECK-NEXT:   destroy _
