# RUN: %mojoc run %s | %FileCheck %s
# A variable moved and re-initialized on each iteration is destroyed once per value.

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

fn main():
    var x = Res(0)
    for i in range(1, 3):
        take(x^)
        x = Res(i)
    print("after", x.id)
# CHECK: init 0
# CHECK-NEXT: move 0
# CHECK-NEXT: take 0
# CHECK-NEXT: del 0
# CHECK-NEXT: init 1
# CHECK-NEXT: move 1
# CHECK-NEXT: take 1
# CHECK-NEXT: del 1
# CHECK-NEXT: init 2
# CHECK-NEXT: after 2
# CHECK-NEXT: del 2
