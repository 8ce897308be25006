# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# On an early `return`, a value the rest of the function would use is destroyed before returning.

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

fn test(c: Bool) -> Int:
    var x = Res(1)
    if c:
        return 0
    show(x)
    return 1

fn main():
    _ = test(True)
# CHECK-LABEL: fn test(c: Bool) -> Int
# CHECK-NEXT:   var x: Res = Res.__init__(Int.__init__(1))
# CHECK-NEXT:   if Bool.__mlir_i1__(c):
# CHECK-NEXT:     destroy x
# CHECK-NEXT:     return Int.__init__(0)
# CHECK-NEXT:   cleanup(show(x); destroy x)
# CHECK-NEXT:   return Int.__init__(1)
