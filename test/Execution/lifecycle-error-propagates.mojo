# RUN: %mojoc run %s | %FileCheck %s
# An error leaving a function destroys, on its way out, every value the
# function still owns; values already dead were destroyed at their last use.

struct Res:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id
        print("init", id)

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id + 100
        print("copy", existing.id)

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id
        print("move", existing.id)

    fn __del__(owned self):
        print("del", self.id)

fn use(r: Res):
    print("use", r.id)

fn fail(flag: Bool) raises -> Int:
    if flag:
        raise "boom"
    return 1

fn inner() raises:
    var a = Res(1)
    var b = Res(2)
    use(a)
    _ = fail(True)
    use(b)

fn main():
    # CHECK: init 1
    # CHECK-NEXT: init 2
    # CHECK-NEXT: use 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: del 2
    # CHECK-NEXT: caught boom
    try:
        inner()
    except e:
        print("caught", e)
