# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# Values of trivial types (`Int`, trivial register-passable structs) get no copy, move or destroy nodes.

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

@register_passable("trivial")
struct Point:
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x

fn main():
    var a = Point(1)
    var b = a
    var c = a^
    var n = 1
    var m = n
    _ = b.x + c.x + m
# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:   var a: Point = Point.__init__(Int.__init__(1))
# CHECK-NEXT:   var b: Point = a
# CHECK-NEXT:   var c: Point = a
# CHECK-NEXT:   var n: Int = Int.__init__(1)
# CHECK-NEXT:   var m: Int = n
# CHECK-NEXT:   var _: Int = Int.__add__(Int.__add__(b.x, c.x), m)
# CHECK-EMPTY:
