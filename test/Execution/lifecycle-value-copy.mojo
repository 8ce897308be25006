# RUN: %mojoc run %s | %FileCheck %s
# `@value`'s synthesized `__copyinit__` copies each field with its own `__copyinit__`, in order.

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
    var p = Pair(Res(1), Res(2))
    # CHECK: copied
    # CHECK-NOT: copy
    print("copied")
    # CHECK-NEXT: copy 1 -> 11
    # CHECK-NEXT: copy 2 -> 12
    var q = p
    # CHECK-NEXT: p 1 2
    print("p", p.a.id, p.b.id)
    # CHECK: q 11 12
    print("q", q.a.id, q.b.id)
