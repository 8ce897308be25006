# RUN: %mojoc run %s | %FileCheck %s
# Moving a field out of an `owned` argument (`return p.a^`) moves that
# field; the other field is destroyed on its own.

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

fn take_a(owned p: Pair) -> Res:
    return p.a^

fn main():
    # CHECK: init 1
    # CHECK-NEXT: init 2
    # CHECK-NEXT: move 1
    # CHECK-NEXT: move 2
    # CHECK-NEXT: move 1
    # CHECK-NEXT: del 2
    var a = take_a(Pair(Res(1), Res(2)))
    # CHECK-NEXT: a 1
    # CHECK-NEXT: del 1
    print("a", a.id)
