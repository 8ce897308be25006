# RUN: %mojoc run %s | %FileCheck %s
# Assigning a field destroys the field's old value after the new value is made; the other field is untouched.

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
    # CHECK: assigning
    print("assigning")
    # CHECK-NEXT: init 3
    # CHECK-NEXT: del 1
    # CHECK-NEXT: assigned
    p.a = Res(3)
    print("assigned")
    # CHECK-NEXT: p 3 2
    # CHECK-NEXT: del 3
    # CHECK-NEXT: del 2
    print("p", p.a.id, p.b.id)
