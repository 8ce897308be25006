# RUN: %mojoc run %s | %FileCheck %s
# A `var` initialized in both arms of an `if` holds one value, destroyed once.

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

fn test(c: Bool):
    var x: Res
    if c:
        x = Res(1)
    else:
        x = Res(2)
    print("x", x.id)

fn main():
    # CHECK: init 1
    # CHECK-NEXT: x 1
    # CHECK-NEXT: del 1
    test(True)
    # CHECK-NEXT: init 2
    # CHECK-NEXT: x 2
    # CHECK-NEXT: del 2
    test(False)
