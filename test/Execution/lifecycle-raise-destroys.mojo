# RUN: %mojoc run %s | %FileCheck %s
# `raise` destroys what the function owns before the error leaves it;
# inside a `try`, the values the handler needs survive.

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

fn check(n: Int) raises:
    var r = Res(n)
    if n > 1:
        raise "too big"
    use(r)

fn main():
    # CHECK: init 1
    # CHECK-NEXT: use 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: init 2
    # CHECK-NEXT: del 2
    # CHECK-NEXT: caught too big
    try:
        check(1)
        check(2)
    except e:
        print("caught", e)
    # CHECK-NEXT: init 30
    var kept = Res(30)
    try:
        raise "direct"
    except:
        # CHECK-NEXT: handled
        print("handled")
    # CHECK-NEXT: use 30
    # CHECK-NEXT: del 30
    use(kept)
