# RUN: %mojoc run %s | %FileCheck %s
# `x^` passed to an `owned` argument moves the value into the callee, which destroys it.

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
    # CHECK: init 1
    var x = Res(1)
    # CHECK-NEXT: move 1
    # CHECK-NEXT: take 1
    # CHECK-NEXT: del 1
    take(x^)
    # CHECK-NEXT: end
    print("end")
