# RUN: %mojoc run %s | %FileCheck %s
# When the new value is computed from the old one, the old value dies once the new one is computed.

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

fn next(r: Res) -> Res:
    print("next")
    return Res(r.id + 1)

fn main():
    # CHECK: init 1
    var x = Res(1)
    # CHECK-NEXT: next
    # CHECK-NEXT: init 2
    # CHECK-NEXT: del 1
    x = next(x)
    # CHECK-NEXT: x 2
    # CHECK-NEXT: del 2
    print("x", x.id)
