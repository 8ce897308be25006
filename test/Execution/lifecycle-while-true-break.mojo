# RUN: %mojoc run %s | %FileCheck %s
# A loop-body `var` of a `while True` loop dies each iteration, including the one that breaks.

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

fn main():
    var k = 0
    while True:
        var r = Res(k)
        k += 1
        if k == 2:
            break
        print("loop", r.id)
    print("after")
# CHECK: init 0
# CHECK-NEXT: loop 0
# CHECK-NEXT: del 0
# CHECK-NEXT: init 1
# CHECK-NEXT: del 1
# CHECK-NEXT: after
