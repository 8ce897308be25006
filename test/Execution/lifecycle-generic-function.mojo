# RUN: %mojoc run %s | %FileCheck %s
# A generic function copies and moves a `T` with the lifecycle methods of the type it is called with.

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

fn dup[T: Copyable](x: T) -> T:
    return x

fn keep[T: Movable](owned x: T) -> T:
    return x^

fn main():
    # CHECK: init 1
    var r = Res(1)
    # CHECK-NEXT: copy 1 -> 11
    # CHECK-NEXT: del 1
    var d = dup(r)
    # CHECK-NEXT: move 11
    # CHECK-NEXT: move 11
    var k = keep(d^)
    # CHECK-NEXT: k 11
    # CHECK-NEXT: del 11
    print("k", k.id)
    # CHECK-NOT: del
