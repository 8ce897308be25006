# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# A value used in a loop dies when the loop ends: on the normal exit (the
# loop's `else`) and before each `break`.

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

fn test(n: Int):
    var x = Res(1)
    for i in range(3):
        if i == n:
            show(x)
            break
        show(x)

fn main():
    test(1)
# CHECK-LABEL: fn test(n: Int) -> NoneType
# CHECK-NEXT:   var x: Res = Res.__init__(Int.__init__(1))
# CHECK-NEXT:   var $0: _ZeroStartingRange =
# CHECK-NEXT:   while Bool.__mlir_i1__(_ZeroStartingRange.__has_next__($0)):
# CHECK-NEXT:     var i: Int = _ZeroStartingRange.__next__($0)
# CHECK-NEXT:     if Bool.__mlir_i1__(Int.__eq__(i, n)):
# CHECK-NEXT:       cleanup(show(x); destroy x)
# CHECK-NEXT:       break
# CHECK-NEXT:     show(x)
# CHECK-NEXT:   else:
# CHECK-NEXT:     destroy x
