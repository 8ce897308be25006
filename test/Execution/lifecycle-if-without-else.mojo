# RUN: %mojoc run %s | %FileCheck %s
# A value used only inside an `if` without `else` is destroyed when the
# condition is false, before the statements after the `if`.

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

fn test(c: Bool):
    var x = Res(1)
    if c:
        print("then", x.id)
    print("end")

fn main():
    # CHECK: init 1
    # CHECK-NEXT: then 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: end
    test(True)
    # CHECK-NEXT: init 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: end
    test(False)
