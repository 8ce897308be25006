# RUN: %mojoc run %s | %FileCheck %s
# A struct without `__del__` is destroyed by destroying its fields, in declaration order.

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
    # CHECK: last use
    # CHECK-NEXT: del 1
    # CHECK-NEXT: del 2
    # CHECK-NEXT: end
    print("last use", p.a.id)
    print("end")
