# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# A raising call's error edge destroys the values owned there that the
# handler does not need: `b` (still needed on the normal path) is destroyed
# on the edge, `a` (dead already) is not.

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

# CHECK-LABEL: fn inner() -> NoneType
# CHECK: var a: Res = Res.__init__
# CHECK: var b: Res = Res.__init__
# CHECK: cleanup(use(a); destroy a)
# CHECK: fail(Bool.__init__(true)) on error(destroy b)
# CHECK: cleanup(use(b); destroy b)
fn inner() raises:
    var a = Res(1)
    var b = Res(2)
    use(a)
    _ = fail(True)
    use(b)

fn main():
    try:
        inner()
    except:
        pass
