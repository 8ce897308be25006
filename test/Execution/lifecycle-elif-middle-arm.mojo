# RUN: %mojoc run %s | %FileCheck %s
# A value used only in the `elif` arm is destroyed at the start of the `if` and `else` arms.

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

fn test(n: Int):
    var x = Res(n)
    if n == 0:
        print("zero")
    elif n == 1:
        print("one", x.id)
    else:
        print("many")
    print("end")

fn main():
    # CHECK: init 0
    # CHECK-NEXT: del 0
    # CHECK-NEXT: zero
    # CHECK-NEXT: end
    test(0)
    # CHECK-NEXT: init 1
    # CHECK-NEXT: one 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: end
    test(1)
    # CHECK-NEXT: init 2
    # CHECK-NEXT: del 2
    # CHECK-NEXT: many
    # CHECK-NEXT: end
    test(2)
