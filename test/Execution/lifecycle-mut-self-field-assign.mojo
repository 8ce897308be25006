# RUN: %mojoc run %s | %FileCheck %s
# Assigning a field through `mut self` destroys the field's old value.

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

@value
struct Pair:
    var a: Res
    var b: Res

    fn reset_a(mut self):
        self.a = Res(3)

fn main():
    var p = Pair(Res(1), Res(2))
    # CHECK: resetting
    print("resetting")
    # CHECK-NEXT: init 3
    # CHECK-NEXT: del 1
    p.reset_a()
    # CHECK-NEXT: p 3 2
    print("p", p.a.id, p.b.id)
