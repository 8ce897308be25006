# RUN: %mojoc run %s | FileCheck %s
# `OwnedPointer` owns one heap value; `ArcPointer` shares one, and the
# last owner's end destroys it.
from memory import ArcPointer, OwnedPointer


struct Noisy(Movable):
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

    fn __del__(owned self):
        print("del", self.id)


fn main():
    var p = OwnedPointer(List[Int](1, 2, 3))
    # CHECK: 3 3
    print(len(p[]), p[][2])
    p[].append(4)
    var q = p^
    var l = q^.take()
    # CHECK-NEXT: 4
    print(len(l))
    var n = OwnedPointer(Noisy(1))
    # CHECK-NEXT: 1
    print(n[].id)
    # CHECK-NEXT: del 1
    _ = n^
    # CHECK-NEXT: after n
    print("after n")
    var s = OwnedPointer(Noisy(7))
    var raw = s^.steal_data()
    # CHECK-NEXT: 7
    print(raw[].id)
    # CHECK-NEXT: del 7
    raw.destroy_pointee()
    raw.free()
    var a = ArcPointer(Noisy(2))
    var b = a
    # CHECK-NEXT: 2 2 True
    print(a.count(), b.count(), a is b)
    a[].id = 3
    # CHECK-NEXT: 3
    print(b[].id)
    _ = a^
    # CHECK-NEXT: after a 1
    print("after a", b.count())
    # CHECK-NEXT: del 3
    _ = b^
    # CHECK-NEXT: after b
    print("after b")
    var c = ArcPointer(5)
    var d = ArcPointer(5)
    # CHECK-NEXT: False True True
    print(c is d, c is not d, c[] == d[])
