# RUN: %mojoc run %s | %FileCheck %s
# A value used inside a loop is destroyed once, after the loop ends.

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
    var x = Res(7)
    for i in range(3):
        print("iter", i, x.id)
    print("after")
# CHECK: init 7
# CHECK-NEXT: iter 0 7
# CHECK-NEXT: iter 1 7
# CHECK-NEXT: iter 2 7
# CHECK-NEXT: del 7
# CHECK-NEXT: after
