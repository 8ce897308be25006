# RUN: %mojoc run %s | %FileCheck %s
# A value moved through several `owned` arguments is moved at each step and destroyed once, at the end.

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

fn last(owned r: Res):
    print("last", r.id)

fn pass_on(owned r: Res):
    last(r^)

fn main():
    # CHECK: init 1
    var x = Res(1)
    # CHECK-NEXT: move 1
    # CHECK-NEXT: move 1
    # CHECK-NEXT: last 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: end
    pass_on(x^)
    print("end")
