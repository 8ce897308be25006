# RUN: %mojoc run %s | %FileCheck %s
# Each value is destroyed right after its own last use, not at the end of
# the scope: `a` dies before `b` is read.

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
    # CHECK: init 1
    var a = Res(1)
    # CHECK-NEXT: init 2
    var b = Res(2)
    # CHECK-NEXT: a 1
    # CHECK-NEXT: del 1
    print("a", a.id)
    # CHECK-NEXT: between
    print("between")
    # CHECK-NEXT: b 2
    # CHECK-NEXT: del 2
    print("b", b.id)
    # CHECK-NEXT: end
    print("end")
