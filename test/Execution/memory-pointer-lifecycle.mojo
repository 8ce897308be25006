# RUN: %mojoc run %s | %FileCheck %s
# The pointee's lifecycle is the caller's: `init_pointee_move` and
# `init_pointee_copy` initialize memory that holds nothing (no destructor
# runs), `p[] = v` destroys the old value, `take_pointee` moves the value
# out, and `destroy_pointee` ends its life in place, with no move first.
from memory import UnsafePointer


struct Noisy:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id
        print("init", id)

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id + 100
        print("copy", self.id)

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id
        print("move", self.id)

    fn __del__(owned self):
        print("del", self.id)


fn main():
    var p = UnsafePointer[Noisy].alloc(3)
    # CHECK: init 1
    # CHECK-NEXT: move 1
    p.init_pointee_move(Noisy(1))
    var two = Noisy(2)
    # CHECK-NEXT: init 2
    # CHECK-NEXT: copy 102
    (p + 1).init_pointee_copy(two)
    # CHECK-NEXT: del 2
    # CHECK-NEXT: 1 102
    print(p[].id, p[1].id)
    # CHECK-NEXT: init 3
    # CHECK-NEXT: del 102
    p[1] = Noisy(3)
    # CHECK-NEXT: 3
    print(p[1].id)
    p[1].id = 4
    # CHECK-NEXT: move 1
    var taken = p.take_pointee()
    # CHECK-NEXT: took 1
    # CHECK-NEXT: del 1
    print("took", taken.id)
    # CHECK-NEXT: del 4
    (p + 1).destroy_pointee()
    # CHECK-NEXT: end
    p.free()
    print("end")
