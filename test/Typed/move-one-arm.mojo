# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# A value moved in one arm is destroyed in the other arm, after its last use there.

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

fn test(c: Bool):
    var x = Res(1)
    if c:
        take(x^)
    else:
        show(x)

fn main():
    test(True)
# CHECK-LABEL: fn test(c: Bool) -> NoneType
# CHECK-NEXT:   var x: Res = Res.__init__(Int.__init__(1))
# CHECK-NEXT:   if Bool.__mlir_i1__(c):
# CHECK-NEXT:     take(move(x) by Res.__moveinit__)
# CHECK-NEXT:   else:
# CHECK-NEXT:     cleanup(show(x); destroy x)
