# RUN: %mojoc run %s | %FileCheck %s
# A field moved out and assigned again makes the struct whole: it is destroyed as usual.

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
    # CHECK-NEXT: init 3
    # CHECK-NEXT: refilled
    p.a = Res(3)
    print("refilled")
    # CHECK-NEXT: p 3 2
    # CHECK-NEXT: del 3
    # CHECK-NEXT: del 2
    print("p", p.a.id, p.b.id)
