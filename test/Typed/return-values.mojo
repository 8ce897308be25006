# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# `return` of a local or an `owned` argument moves it; of a `read` argument
# or of a field, it copies (and the owner dies right after the copy).

struct Res:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

    fn __del__(owned self):
        pass

fn show(r: Res):
    pass

fn take(owned r: Res):
    pass

fn make() -> Res:
    return Res(1)

@value
struct Pair:
    var a: Res
    var b: Res

fn local() -> Res:
    var r = Res(1)
    return r

fn owned_arg(owned r: Res) -> Res:
    return r

fn read_arg(r: Res) -> Res:
    return r

fn field() -> Res:
    var p = Pair(Res(1), Res(2))
    return p.a

fn main():
    pass
# CHECK-LABEL: fn local() -> Res
# CHECK-NEXT:   var r: Res = Res.__init__(Int.__init__(1))
# CHECK-NEXT:   return move(r) by Res.__moveinit__
# CHECK-LABEL: fn owned_arg(owned r: Res) -> Res
# CHECK-NEXT:   return move(r) by Res.__moveinit__
# CHECK-LABEL: fn read_arg(r: Res) -> Res
# CHECK-NEXT:   return copy(r) by Res.__copyinit__
# CHECK-LABEL: fn field() -> Res
# CHECK-NEXT:   var p: Pair =
# CHECK-NEXT:   return cleanup(copy(p.a) by Res.__copyinit__; destroy p)
