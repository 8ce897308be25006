# RUN: %mojoc run %s | %FileCheck %s
# A type with `__copyinit__` but no `__moveinit__` is moved by a copy and the destruction of the original.

struct CopyOnly:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id
        print("init", id)

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id + 10
        print("copy", existing.id, "->", self.id)

    fn __del__(owned self):
        print("del", self.id)

fn main():
    # CHECK: init 1
    var x = CopyOnly(1)
    # CHECK-NEXT: copy 1 -> 11
    # CHECK-NEXT: del 1
    var y = x^
    # CHECK-NEXT: y 11
    # CHECK-NEXT: del 11
    print("y", y.id)
    # CHECK-NOT: del
