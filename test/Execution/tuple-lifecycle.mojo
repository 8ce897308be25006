# RUN: %mojoc run %s | %FileCheck %s
# Tuples of values with lifecycles: building a tuple copies lvalues and
# takes rvalues as they are; copying a tuple copies each element, moving it
# moves each; destroying it destroys each element, in order; unpacking
# moves the elements out, so nothing is destroyed twice.

struct Res:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id
        print("init", id)

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id + 10
        print("copy", existing.id, "->", self.id)

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id
        print("move", self.id)

    fn __del__(owned self):
        print("del", self.id)


fn make(a: Int, b: Int) -> (Res, Res):
    return Res(a), Res(b)


fn show(t: (Res, Int)):
    print("show", t[0].id, t[1])


fn main():
    # CHECK: init 1
    var r = Res(1)
    # CHECK-NEXT: copy 1 -> 11
    # CHECK-NEXT: init 2
    var t = (r, Res(2))
    # CHECK-NEXT: r 1
    # CHECK-NEXT: del 1
    print("r", r.id)
    # CHECK-NEXT: t 11 2
    # CHECK-NEXT: del 11
    # CHECK-NEXT: del 2
    print("t", t[0].id, t[1].id)

    # CHECK-NEXT: init 3
    # CHECK-NEXT: init 4
    var a = make(3, 4)
    # CHECK-NEXT: copy 3 -> 13
    # CHECK-NEXT: copy 4 -> 14
    var b = a
    # CHECK-NEXT: a 3
    # CHECK-NEXT: del 3
    # CHECK-NEXT: del 4
    print("a", a[0].id)
    # CHECK-NEXT: move 13
    # CHECK-NEXT: move 14
    var c = b^
    # CHECK-NEXT: c 13 14
    # CHECK-NEXT: del 13
    # CHECK-NEXT: del 14
    print("c", c[0].id, c[1].id)

    # Unpacking moves each element out of the returned tuple.
    # CHECK-NEXT: init 5
    # CHECK-NEXT: init 6
    # CHECK-NEXT: move 5
    # CHECK-NEXT: move 6
    var x, y = make(5, 6)
    # CHECK-NEXT: x 5
    # CHECK-NEXT: del 5
    print("x", x.id)
    # CHECK-NEXT: y 6
    # CHECK-NEXT: del 6
    print("y", y.id)

    # A swap copies both into the tuple first (each old value dies after
    # its copy, its last use), then moves them out into the targets.
    # CHECK-NEXT: init 7
    # CHECK-NEXT: init 8
    var p = Res(7)
    var q = Res(8)
    # CHECK-NEXT: copy 8 -> 18
    # CHECK-NEXT: del 8
    # CHECK-NEXT: copy 7 -> 17
    # CHECK-NEXT: del 7
    # CHECK-NEXT: move 18
    # CHECK-NEXT: move 17
    p, q = q, p
    # CHECK-NEXT: p 18 q 17
    # CHECK-NEXT: del 17
    # CHECK-NEXT: del 18
    print("p", p.id, "q", q.id)

    # An element read from a temporary tuple; the temporary then dies.
    # CHECK-NEXT: init 9
    # CHECK-NEXT: show 9 1
    # CHECK-NEXT: del 9
    show((Res(9), 1))

    # Assigning an element destroys the old one.
    # CHECK-NEXT: init 20
    # CHECK-NEXT: init 21
    var s = (Res(20), 0)
    # CHECK-NEXT: del 20
    s[0] = Res(21)
    # CHECK-NEXT: s 21
    # CHECK-NEXT: del 21
    print("s", s[0].id)
    # CHECK-NEXT: end
    print("end")
