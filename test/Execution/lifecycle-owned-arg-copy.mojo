# RUN: %mojoc run %s | %FileCheck %s
# An lvalue passed to an `owned` argument without `^` is copied; the callee
# destroys the copy and the caller keeps the original.

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
    # CHECK-NEXT: copy 1 -> 11
    # CHECK-NEXT: take 11
    # CHECK-NEXT: del 11
    take(x)
    # CHECK-NEXT: x 1
    # CHECK-NEXT: del 1
    print("x", x.id)
