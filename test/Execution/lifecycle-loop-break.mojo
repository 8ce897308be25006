# RUN: %mojoc run %s | %FileCheck %s
# A value still needed by the loop is destroyed right before a `break` that leaves it behind.

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
    for i in range(5):
        if i == 2:
            print("break", x.id)
            break
        print("iter", i, x.id)
    print("after")
# CHECK: init 7
# CHECK-NEXT: iter 0 7
# CHECK-NEXT: iter 1 7
# CHECK-NEXT: break 7
# CHECK-NEXT: del 7
# CHECK-NEXT: after
