# RUN: %mojoc run %s | %FileCheck %s
# A constructor that raises after giving some fields of `self` a value
# destroys those fields on the way out; nothing else would.

struct Res:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id
        print("init", id)

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

    fn __del__(owned self):
        print("del", self.id)

fn check(n: Int) raises:
    if n > 5:
        raise "too big"

struct Pair:
    var first: Res
    var second: Res

    fn __init__(out self, n: Int) raises:
        self.first = Res(n)
        check(n)
        self.second = Res(n + 1)

fn main():
    # CHECK: init 2
    # CHECK-NEXT: init 3
    # CHECK-NEXT: ok 2 3
    # CHECK-NEXT: del 2
    # CHECK-NEXT: del 3
    try:
        var p = Pair(2)
        print("ok", p.first.id, p.second.id)
    except:
        print("unexpected")
    # CHECK-NEXT: init 9
    # CHECK-NEXT: del 9
    # CHECK-NEXT: caught too big
    try:
        var q = Pair(9)
        print("unreachable", q.first.id)
    except e:
        print("caught", e)
