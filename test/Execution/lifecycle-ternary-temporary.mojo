# RUN: %mojoc run %s | %FileCheck %s
# A temporary in an arm of a conditional expression is destroyed only
# when that arm runs.

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

fn twice(r: Res) -> Int:
    return r.id * 2

fn test(c: Bool):
    var n = twice(Res(1)) if c else twice(Res(2))
    print("n", n)

fn main():
    # CHECK: init 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: n 2
    test(True)
    # CHECK-NEXT: init 2
    # CHECK-NEXT: del 2
    # CHECK-NEXT: n 4
    test(False)
