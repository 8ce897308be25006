# RUN: %mojoc run %s | %FileCheck %s
# A temporary in a `while` condition is made and destroyed on each evaluation of the condition.

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

fn make(n: Int) -> Res:
    return Res(n)

fn main():
    var i = 0
    while make(i).id < 2:
        print("loop", i)
        i += 1
    print("after")
# CHECK: init 0
# CHECK-NEXT: del 0
# CHECK-NEXT: loop 0
# CHECK-NEXT: init 1
# CHECK-NEXT: del 1
# CHECK-NEXT: loop 1
# CHECK-NEXT: init 2
# CHECK-NEXT: del 2
# CHECK-NEXT: after
