# RUN: %mojoc run %s | %FileCheck %s
# A value the `finally` uses stays alive through the `try`, on the normal
# path and on the error path, and dies after its use in the `finally`.

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

fn run(flag: Bool) raises:
    var x = Res(20)
    try:
        _ = fail(flag)
        print("no error")
    finally:
        use(x)
    print("after finally")

fn main():
    # CHECK: init 20
    # CHECK-NEXT: no error
    # CHECK-NEXT: use 20
    # CHECK-NEXT: del 20
    # CHECK-NEXT: after finally
    try:
        run(False)
    except:
        print("unexpected")
    # CHECK-NEXT: init 20
    # CHECK-NEXT: use 20
    # CHECK-NEXT: del 20
    # CHECK-NEXT: propagated
    try:
        run(True)
    except:
        print("propagated")
