# RUN: %mojoc run %s | %FileCheck %s
# A `@value` struct passed down several functions as `read` is never copied.

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

fn sum(p: Pair) -> Int:
    return p.a.id + p.b.id

fn twice(p: Pair) -> Int:
    return sum(p) + sum(p)

fn main():
    var p = Pair(Res(1), Res(2))
    # CHECK: start
    # CHECK-NOT: {{copy|move}}
    print("start")
    # CHECK-NEXT: del 1
    # CHECK-NEXT: del 2
    # CHECK-NEXT: twice 6
    print("twice", twice(p))
