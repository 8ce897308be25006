# RUN: %mojoc run %s | %FileCheck %s
# Returning one of two locals moves it out; the other dies at the start of the path that does not use it.

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

fn pick(c: Bool) -> Res:
    var a = Res(1)
    var b = Res(2)
    if c:
        return a
    return b

fn main():
    # CHECK: init 1
    # CHECK-NEXT: init 2
    # CHECK-NEXT: del 2
    # CHECK-NEXT: move 1
    var x = pick(True)
    # CHECK-NEXT: x 1
    # CHECK-NEXT: del 1
    print("x", x.id)
    # CHECK-NEXT: init 1
    # CHECK-NEXT: init 2
    # CHECK-NEXT: del 1
    # CHECK-NEXT: move 2
    var y = pick(False)
    # CHECK-NEXT: y 2
    # CHECK-NEXT: del 2
    print("y", y.id)
