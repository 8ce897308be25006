# RUN: %mojoc run %s | %FileCheck %s
# A loop-body `var` is destroyed before a `continue` that skips its later uses.

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
    for i in range(3):
        var r = Res(i)
        if i == 1:
            print("skip", r.id)
            continue
        print("use", r.id)
    print("after")
# CHECK: init 0
# CHECK-NEXT: use 0
# CHECK-NEXT: del 0
# CHECK-NEXT: init 1
# CHECK-NEXT: skip 1
# CHECK-NEXT: del 1
# CHECK-NEXT: init 2
# CHECK-NEXT: use 2
# CHECK-NEXT: del 2
# CHECK-NEXT: after
