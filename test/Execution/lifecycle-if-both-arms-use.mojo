# RUN: %mojoc run %s | %FileCheck %s
# A value used in both arms is destroyed in each arm right after its use there.

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
        print("then done")
    else:
        print("else", x.id)
        print("else done")

fn main():
    # CHECK: init 1
    # CHECK-NEXT: then 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: then done
    test(True)
    # CHECK-NEXT: init 1
    # CHECK-NEXT: else 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: else done
    test(False)
