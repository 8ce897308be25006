# RUN: %mojoc run %s | %FileCheck %s
# When nothing raises, the `try` body's values die after their last use as
# anywhere else; a value only the handler uses dies on the normal path as
# soon as nothing in the body can raise any more.

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
    var keep = Res(10)
    try:
        # CHECK: init 10
        # CHECK-NEXT: init 11
        # CHECK-NEXT: del 10
        # CHECK-NEXT: use 11
        # CHECK-NEXT: del 11
        var t = Res(11)
        _ = fail(False)
        use(t)
    except:
        use(keep)
    # CHECK-NEXT: after
    print("after")
