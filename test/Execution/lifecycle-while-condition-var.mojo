# RUN: %mojoc run %s | %FileCheck %s
# A value used in a `while` condition is destroyed when the loop exits.

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
    var limit = Res(2)
    var i = 0
    while i < limit.id:
        print("iter", i)
        i += 1
    print("after")
# CHECK: init 2
# CHECK-NEXT: iter 0
# CHECK-NEXT: iter 1
# CHECK-NEXT: del 2
# CHECK-NEXT: after
