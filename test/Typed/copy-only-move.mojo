# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# A type with `__copyinit__` and no `__moveinit__` is moved by copying and destroying the original.

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

struct CopyOnly:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id

    fn __del__(owned self):
        pass

fn main():
    var x = CopyOnly(1)
    var y = x^
    _ = y.id
# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:   var x: CopyOnly = CopyOnly.__init__(Int.__init__(1))
# CHECK-NEXT:   var y: CopyOnly = move(x) by CopyOnly.__copyinit__ and destroy
