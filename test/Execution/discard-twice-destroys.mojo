# RUN: %mojoc run %s | FileCheck %s
# Every `_ = x^` destroys the moved value, not only the first (the later
# ones discarded it without destroying it).


struct Noisy(Movable):
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

    fn __del__(owned self):
        print("del", self.id)


fn main():
    var a = Noisy(1)
    var b = Noisy(2)
    var c = Noisy(3)
    # CHECK: del 1
    _ = a^
    # CHECK-NEXT: after a
    print("after a")
    # CHECK-NEXT: del 2
    _ = b^
    # CHECK-NEXT: after b
    print("after b")
    # CHECK-NEXT: del 3
    _ = c^
    # CHECK-NEXT: after c
    print("after c")
