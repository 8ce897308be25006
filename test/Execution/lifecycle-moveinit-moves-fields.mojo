# RUN: %mojoc run %s | %FileCheck %s
# A written `__moveinit__` that moves each field runs the fields' own `__moveinit__`; nothing is destroyed.

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

struct Outer:
    var r1: Res
    var r2: Res

    fn __init__(out self):
        self.r1 = Res(1)
        self.r2 = Res(2)

    fn __moveinit__(out self, owned existing: Self):
        print("move outer")
        self.r1 = existing.r1^
        self.r2 = existing.r2^

fn main():
    var o = Outer()
    # CHECK: moving
    print("moving")
    # CHECK-NEXT: move outer
    # CHECK-NEXT: move 1
    # CHECK-NEXT: move 2
    # CHECK-NEXT: moved
    var p = o^
    print("moved")
    # CHECK-NEXT: p 1 2
    # CHECK-NEXT: del 1
    # CHECK-NEXT: del 2
    print("p", p.r1.id, p.r2.id)
