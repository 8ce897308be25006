# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# Each temporary of an expression is destroyed right after the call that uses it.

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

fn twice(r: Res) -> Int:
    return r.id * 2

fn main():
    var n = twice(Res(1)) + twice(Res(2))
# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:   var n: Int = Int.__add__(cleanup(twice(temp($0 = Res.__init__(Int.__init__(1)))); destroy $0), cleanup(twice(temp($1 = Res.__init__(Int.__init__(2)))); destroy $1))
