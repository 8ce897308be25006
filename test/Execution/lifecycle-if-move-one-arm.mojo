# RUN: %mojoc run %s | %FileCheck %s
# A value moved in one arm is destroyed by its new owner there, and by the
# other arm after its last use.

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

fn take(owned r: Res):
    print("take", r.id)

fn test(c: Bool):
    var x = Res(1)
    if c:
        take(x^)
    else:
        print("keep", x.id)
    print("end")

fn main():
    # CHECK: init 1
    # CHECK-NEXT: move 1
    # CHECK-NEXT: take 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: end
    test(True)
    # CHECK-NEXT: init 1
    # CHECK-NEXT: keep 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: end
    test(False)
