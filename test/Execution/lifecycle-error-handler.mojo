# RUN: %mojoc run %s | %FileCheck %s
# An error jumping to `except` destroys the values of the `try` body on the
# way; a value the handler uses stays alive until its last use there.

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

fn main():
    # CHECK: init 10
    var keep = Res(10)
    try:
        # CHECK-NEXT: init 11
        # CHECK-NEXT: del 11
        # CHECK-NEXT: caught boom
        # CHECK-NEXT: use 10
        # CHECK-NEXT: del 10
        var t = Res(11)
        _ = fail(True)
        use(t)
    except e:
        print("caught", e)
        use(keep)
    # CHECK-NEXT: after
    print("after")
