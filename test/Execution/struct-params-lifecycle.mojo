# RUN: %mojoc run %s | %FileCheck %s
# Each instance of a parametric struct has its own lifecycle: fields of a
# type with `__copyinit__` and `__del__` are copied and destroyed, bits are
# bits.

struct Noisy(CollectionElement):
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id + 100
        print("copy", existing.id)

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id
        print("move", existing.id)

    fn __del__(owned self):
        print("del", self.id)


@value
struct Box[T: CollectionElement]:
    var item: T


fn main():
    # CHECK: move 1
    var b = Box(Noisy(1))
    # CHECK-NEXT: copy 1
    var c = b
    # CHECK-NEXT: move 1
    # CHECK-NEXT: del 1
    _ = b^
    # CHECK-NEXT: 101
    print(c.item.id)
    # CHECK-NEXT: del 101
    var i = Box(5)
    # CHECK-NEXT: 5
    print(i.item)
