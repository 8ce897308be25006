# RUN: %mojoc run %s | %FileCheck %s
# An `owned` argument the callee never uses is destroyed on entry, before the body's first statement.

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
    print("in take")

fn main():
    # CHECK: init 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: in take
    take(Res(1))
    # CHECK-NEXT: end
    print("end")
