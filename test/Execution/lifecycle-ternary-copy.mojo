# RUN: %mojoc run %s | %FileCheck %s
# `var y = x if c else Res(2)` copies `x` when the condition picks it: the
# copy and the original are two values, each destroyed once.

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

fn pick(c: Bool):
    var x = Res(1)
    var y = x if c else Res(2)
    print("y", y.id)

fn main():
    # CHECK: init 1
    # CHECK-NEXT: copy 1 -> 11
    # CHECK-NEXT: del 1
    # CHECK-NEXT: y 11
    # CHECK-NEXT: del 11
    pick(True)
    # CHECK-NEXT: end
    print("end")
