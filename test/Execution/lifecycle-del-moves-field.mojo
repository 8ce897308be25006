# RUN: %mojoc run %s | %FileCheck %s
# A `__del__` may move a field out of `self`; then only the other fields
# are destroyed after it.

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

    fn get(self) -> Int:
        return self.id

fn take(owned r: Res):
    print("take", r.id)

struct Outer:
    var r1: Res
    var r2: Res

    fn __init__(out self):
        self.r1 = Res(1)
        self.r2 = Res(2)

    fn __del__(owned self):
        print("del outer")
        take(self.r1^)

fn main():
    # CHECK: init 1
    # CHECK-NEXT: init 2
    var o = Outer()
    # CHECK-NEXT: use 2
    # CHECK-NEXT: del outer
    # CHECK-NEXT: move 1
    # CHECK-NEXT: take 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: del 2
    # CHECK-NEXT: end
    print("use", o.r2.id)
    print("end")
