# RUN: %mojoc run %s | %FileCheck %s
# Generic functions building and taking apart tuples of their parameters:
# each element of a `T` is copied by `T`'s own `__copyinit__`, and the
# temporary tuples are destroyed element by element.

struct Res(CollectionElement):
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id + 10
        print("copy", existing.id)

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

    fn __del__(owned self):
        print("del", self.id)


fn swap[A: CollectionElement, B: CollectionElement](t: (A, B)) -> (B, A):
    return t[1], t[0]


fn dup[T: CollectionElement](x: T) -> (T, T):
    return x, x


fn main():
    # CHECK: 1 True
    var s = swap((True, 1))
    print(s[0], s[1])
    var r = Res(1)
    # CHECK-NEXT: copy 1
    # CHECK-NEXT: copy 1
    # CHECK-NEXT: del 1
    var d = dup(r)
    # CHECK-NEXT: 11 11
    # CHECK-NEXT: del 11
    # CHECK-NEXT: del 11
    print(d[0].id, d[1].id)
    # Swapping a temporary: its elements are copied out, then it dies.
    # CHECK-NEXT: copy 2
    # CHECK-NEXT: del 2
    # CHECK-NEXT: 12 5
    # CHECK-NEXT: del 12
    var e = swap((5, Res(2)))
    print(e[0].id, e[1])
    # CHECK-NEXT: end
    print("end")
