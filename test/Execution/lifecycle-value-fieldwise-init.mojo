# RUN: %mojoc run %s | %FileCheck %s
# `@value`'s fieldwise `__init__` takes its arguments `owned` and moves each into its field.

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

fn main():
    # CHECK: init 1
    # CHECK-NEXT: init 2
    # CHECK-NEXT: move 1
    # CHECK-NEXT: move 2
    var p = Pair(Res(1), Res(2))
    # CHECK-NEXT: made
    print("made")
    # CHECK-NEXT: a 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: del 2
    print("a", p.a.id)
