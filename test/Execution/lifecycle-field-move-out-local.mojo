# RUN: %mojoc run %s | %FileCheck %s
# Moving one field out of a local struct leaves the other field to be destroyed after the struct's last use.

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

fn take(owned r: Res):
    print("take", r.id)

fn main():
    var p = Pair(Res(1), Res(2))
    # CHECK: taking
    print("taking")
    # CHECK-NEXT: move 1
    # CHECK-NEXT: take 1
    # CHECK-NEXT: del 1
    take(p.a^)
    # CHECK-NEXT: b 2
    # CHECK-NEXT: del 2
    print("b", p.b.id)
    # CHECK-NEXT: end
    print("end")
