# RUN: %mojoc run %s | %FileCheck %s
# `return r` of a `read` argument copies it: the caller's value is only borrowed.

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

fn dup(r: Res) -> Res:
    return r

fn main():
    # CHECK: init 1
    var x = Res(1)
    # CHECK-NEXT: copy 1 -> 11
    var y = dup(x)
    # CHECK-NEXT: x 1
    # CHECK-NEXT: del 1
    print("x", x.id)
    # CHECK-NEXT: y 11
    # CHECK-NEXT: del 11
    print("y", y.id)
