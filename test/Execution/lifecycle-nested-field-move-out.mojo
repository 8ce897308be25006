# RUN: %mojoc run %s | %FileCheck %s
# Moving a field of a field out (`b.p.a^`) leaves only the other fields
# to be destroyed.
# XFAIL: *
# BUG: moves are tracked one field deep: `b` is destroyed as a whole
# afterwards, so the moved-out `b.p.a` is destroyed again (`del 1` twice).

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

@value
struct Pair:
    var a: Res
    var b: Res

@value
struct Box:
    var p: Pair
    var n: Int

fn main():
    var b = Box(Pair(Res(1), Res(2)), 3)
    # CHECK: made
    print("made")
    # CHECK-NEXT: move 1
    # CHECK-NEXT: take 1
    # CHECK-NEXT: del 1
    take(b.p.a^)
    # CHECK-NEXT: end 2
    # CHECK-NEXT: del 2
    print("end", b.p.b.id)
    # CHECK-NOT: del
