# RUN: %mojoc run %s | %FileCheck %s
# Generic code that overwrites a `T`: assigning through a `mut` argument
# destroys the old value, and a default-constructed `T` comes from the
# type's own `__init__`; each value is destroyed exactly once.

trait Resettable(Defaultable, CollectionElement):
    pass


struct Res(Resettable):
    var id: Int

    fn __init__(out self):
        self.id = 0
        print("default")

    fn __init__(out self, id: Int):
        self.id = id

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id + 10
        print("copy", existing.id)

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

    fn __del__(owned self):
        print("del", self.id)


fn reset[T: Resettable](mut x: T):
    x = T()


fn overwrite[T: Resettable](mut x: T, y: T):
    x = y


fn main():
    var r = Res(1)
    # CHECK: default
    # CHECK-NEXT: del 1
    reset(r)
    # CHECK-NEXT: after reset 0
    print("after reset", r.id)
    var s = Res(5)
    # CHECK-NEXT: copy 5
    # CHECK-NEXT: del 0
    overwrite(r, s)
    # CHECK-NEXT: del 5
    # CHECK-NEXT: after overwrite 15
    # CHECK-NEXT: del 15
    print("after overwrite", r.id)
