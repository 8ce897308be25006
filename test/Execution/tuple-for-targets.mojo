# RUN: %mojoc run %s | %FileCheck %s
# `for a, b in seq` unpacks each element the iterator yields, like
# `var a, b = ...`; nested targets too. Elements with lifecycles are moved
# out of the yielded tuple (a nested target moves its part out first, then
# each element of it) and destroyed once per iteration.

struct Res:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id
        print("move", self.id)

    fn __del__(owned self):
        print("del", self.id)


struct Pairs:
    var i: Int
    var n: Int

    fn __init__(out self, n: Int):
        self.i = 0
        self.n = n

    fn __iter__(self) -> Self:
        return Pairs(self.n)

    fn __has_next__(self) -> Bool:
        return self.i < self.n

    fn __next__(mut self) -> (Int, (Res, Bool)):
        self.i += 1
        return self.i, (Res(self.i * 10), self.i % 2 == 0)


fn main():
    # CHECK: move 10
    # CHECK-NEXT: move 10
    # CHECK-NEXT: 1 10 False
    # CHECK-NEXT: del 10
    # CHECK-NEXT: move 20
    # CHECK-NEXT: move 20
    # CHECK-NEXT: 2 20 True
    # CHECK-NEXT: del 20
    for i, (r, even) in Pairs(2):
        print(i, r.id, even)
    # CHECK-NEXT: end
    print("end")
