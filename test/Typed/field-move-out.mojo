# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# Moving a field out leaves the other fields to be destroyed one by one.

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

fn first(owned p: Pair) -> Res:
    return p.a^

fn main():
    var p = Pair(Res(1), Res(2))
    take(p.a^)
    show(p.b)
# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:   var p: Pair =
# CHECK-NEXT:   take(move(p.a) by Res.__moveinit__)
# CHECK-NEXT:   cleanup(show(p.b); destroy p.b)
# CHECK-LABEL: fn first(owned p: Pair) -> Res
# CHECK-NEXT:   return cleanup(move(p.a) by Res.__moveinit__; destroy p.b)
