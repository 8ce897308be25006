# RUN: %mojoc run %s | %FileCheck %s
# A method's own compile-time parameters written at a call through a value
# (`r.widened[4]()`), on a plain and on a parametric struct, with `mut
# self`, by keyword, and among overloads told apart by their arguments.

struct Counter:
    var n: Int

    fn __init__(out self):
        self.n = 0

    fn step[by: Int](mut self) -> Int:
        self.n += by
        return self.n


struct Row[n: Int]:
    fn __init__(out self):
        pass

    fn widened[k: Int](self) -> Row[n * k]:
        return Row[n * k]()

    fn width(self) -> Int:
        return n

    fn offset[k: Int](self) -> Int:
        return k

    fn offset[k: Int](self, x: Int) -> Int:
        return k + x


fn main():
    var c = Counter()
    _ = c.step[5]()
    # CHECK: 7
    print(c.step[by=2]())
    var r = Row[3]().widened[4]()
    # CHECK-NEXT: 12 24
    print(r.width(), r.widened[2]().width())
    # CHECK-NEXT: 1 11
    print(r.offset[1](), r.offset[1](10))
