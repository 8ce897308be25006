# RUN: %mojoc run %s | %FileCheck %s
# Tuples of values with lifecycles handed around: moved into an `owned`
# argument and back out as a result, an element moved out with `^`, the
# whole tuple reassigned, and a tuple copied as a field of a `@value` struct.

struct Res:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id + 10
        print("copy", existing.id)

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id
        print("move", self.id)

    fn __del__(owned self):
        print("del", self.id)


fn pass_through(owned t: (Res, Res)) -> (Res, Res):
    print("inside", t[0].id, t[1].id)
    return t^


@value
struct Holder:
    var pair: (Res, Int)


fn main():
    var t = (Res(1), Res(2))
    # CHECK: move 1
    # CHECK-NEXT: move 2
    # CHECK-NEXT: inside 1 2
    # CHECK-NEXT: move 1
    # CHECK-NEXT: move 2
    var u = pass_through(t^)
    # Moving one element out leaves the other to be destroyed alone.
    # CHECK-NEXT: move 1
    var first = u[0]^
    # CHECK-NEXT: del 2
    # CHECK-NEXT: first 1
    # CHECK-NEXT: del 1
    print("first", first.id)

    var v = (Res(3), Res(4))
    # Reassigning destroys the old elements, in order.
    # CHECK-NEXT: del 3
    # CHECK-NEXT: del 4
    v = (Res(5), Res(6))
    # CHECK-NEXT: v 5 6
    # CHECK-NEXT: del 5
    # CHECK-NEXT: del 6
    print("v", v[0].id, v[1].id)

    # The fieldwise constructor moves its argument into the field.
    # CHECK-NEXT: move 7
    var h = Holder((Res(7), 0))
    # CHECK-NEXT: copy 7
    var h2 = h
    # CHECK-NEXT: h 7
    # CHECK-NEXT: del 7
    print("h", h.pair[0].id)
    # CHECK-NEXT: h2 17
    # CHECK-NEXT: del 17
    print("h2", h2.pair[0].id)
    # CHECK-NEXT: end
    print("end")
